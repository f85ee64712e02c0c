// The durable scheduler inside `serve`: every interval one tick writes what is due to the outbox (reminders in
// office hours, the weekly digest, the nightly purge) and then delivers due outbox rows. Everything it must
// remember lives in the database, so a restart picks up where the last process stopped (see README.md).
import type { Logger } from '../log.js';
import { systemClock, type Clock } from '../ports/clock.js';
import type { Messenger } from '../ports/outbox.js';
import type { Platform } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import { DEFAULT_DELIVERY, deliverDue, recoverInterrupted, type DeliveryOptions, type DeliveryStats } from './delivery.js';
import { DEFAULT_PACING, Pacer, type PacingRules } from './pacing.js';
import { digestPass, purgePass, reminderPass, type PassDeps } from './passes.js';
import { targetPicker } from './targets.js';

// Re-exports: the delivery promise, tunables and helpers the server, the CLI and tests use.
export { DELIVERY_GUARANTEE, guaranteeOf, type DeliveryGuarantee } from './guarantees.js';
export { DEFAULT_DELIVERY, backoffMs, type DeliveryOptions, type DeliveryStats } from './delivery.js';
export { DEFAULT_PACING, Pacer, type PacingRules } from './pacing.js';
export { digestDue, PURGE_AFTER, SCHEDULER_MARKS } from './passes.js';
export { inOfficeHours } from './officeHours.js';
export { targetPicker } from './targets.js';

/** What createScheduler needs. */
export interface SchedulerOptions {
  store: Store;
  /** The mounted platforms' messengers; a person is reached on the first of these they have an account on. */
  messengers: Partial<Record<Platform, Messenger>>;
  intervalSeconds: number;
  clock?: Clock;
  log: Logger;
  delivery?: Partial<DeliveryOptions>;
  pacing?: PacingRules;
}

/** What one tick did (null: the pass had nothing to do at that time). */
export interface TickReport {
  at: string;
  reminders: ReturnType<typeof reminderPass>;
  digests: ReturnType<typeof digestPass>;
  purge: { cases: number; people: number; auditEntries: number } | null;
  delivery: DeliveryStats;
  /** Passes that failed (logged); the others still ran. */
  errors: string[];
}

/** The running scheduler. */
export interface SchedulerHandle {
  /** Starts ticking now and then every interval. */
  start(): void;
  /** Lets the tick in progress finish (sends in flight complete, no new ones) and stops. */
  stop(): Promise<void>;
  /** One tick at `now` (default: the clock); ticks never overlap. */
  runOnce(now?: Date): Promise<TickReport>;
}

/** Creates the scheduler; nothing runs until start() or runOnce(). */
export function createScheduler(opts: SchedulerOptions): SchedulerHandle {
  const { store, log } = opts;
  const clock = opts.clock ?? systemClock;
  const platforms = (Object.keys(opts.messengers) as Platform[]).filter((p) => opts.messengers[p]);
  const deps: PassDeps = { store, log, targetOf: targetPicker(platforms) };
  // Pacing time: the tick's instant plus the real time elapsed in it, so waits inside a drain are real and a
  // later tick (or a test's jump in time) sees pauses such as Retry-After expire.
  let tickBase = { at: clock.now().getTime(), perf: performance.now() };
  const pacer = new Pacer(opts.pacing ?? DEFAULT_PACING, () => tickBase.at + (performance.now() - tickBase.perf));
  const delivery: DeliveryOptions = { ...DEFAULT_DELIVERY, ...opts.delivery };
  let recovered = false;
  let started = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<TickReport> | undefined;

  async function tick(now: Date): Promise<TickReport> {
    const report: TickReport = { at: now.toISOString(), reminders: null, digests: null, purge: null, delivery: { sent: 0, retried: 0, dead: 0 }, errors: [] };
    const guarded = <T>(name: string, fn: () => T): T | null => {
      try {
        return fn();
      } catch (err) {
        report.errors.push(name);
        log.error({ pass: name, err: (err as Error)?.name, code: (err as { code?: string })?.code }, 'scheduler: pass failed');
        return null;
      }
    };
    tickBase = { at: now.getTime(), perf: performance.now() };
    if (!recovered) {
      recoverInterrupted(store, now, log, opts.messengers);
      recovered = true;
    }
    report.reminders = guarded('reminders', () => reminderPass(deps, now));
    report.digests = guarded('digests', () => digestPass(deps, now));
    const purged = guarded('purge', () => purgePass(deps, now));
    if (purged) report.purge = { cases: purged.cases.length, people: purged.people.length, auditEntries: purged.auditEntries };
    try {
      report.delivery = await deliverDue({ store, messengers: opts.messengers, log, pacer, options: delivery, stopping: () => stopping }, now);
    } catch (err) {
      report.errors.push('delivery');
      log.error({ pass: 'delivery', err: (err as Error)?.name }, 'scheduler: delivery failed');
    }
    // Upkeep after the tick's writes, so neither a pass nor a user's request pays for folding the log in.
    guarded('checkpoint', () => store.checkpoint?.());
    return report;
  }

  function runOnce(now: Date = clock.now()): Promise<TickReport> {
    const run = (current ?? Promise.resolve()).catch(() => undefined).then(() => tick(now));
    current = run;
    return run;
  }

  function schedule(): void {
    if (stopping) return;
    timer = setTimeout(() => {
      runOnce().catch(() => undefined).finally(schedule);
    }, opts.intervalSeconds * 1000);
  }

  return {
    start() {
      if (started || stopping) return;
      started = true;
      log.info({ intervalSeconds: opts.intervalSeconds, platforms }, 'scheduler: started');
      runOnce().catch(() => undefined).finally(schedule);
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await current?.catch(() => undefined);
      log.info('scheduler: stopped');
    },
    runOnce,
  };
}
