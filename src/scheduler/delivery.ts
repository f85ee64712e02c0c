// Delivery: takes due pending outbox rows, sends each through its platform's Messenger and marks it. A row is
// claimed ('sending', attempt counted) before the send and marked sent after; a retryable failure backs off
// exponentially (or as long as Retry-After asks), a permanent one — or the last allowed attempt — dead-letters
// the row with its reason. A deferred body (reminders) is written out just before its send. Logs carry ids,
// kinds and error codes, never message text.
import type { UiMessage } from '../core/ui.js';
import { OutboxBodyError, renderOutboxBody } from '../app/outboxBody.js';
import type { Logger } from '../log.js';
import type { DeliveryResult, Messenger, OutboxMessage } from '../ports/outbox.js';
import type { Platform } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import { guaranteeOf } from './guarantees.js';
import { Pacer, targetKey } from './pacing.js';

/** Tunables of delivery. */
export interface DeliveryOptions {
  /** Attempts before a row is dead-lettered (default 8). */
  maxAttempts: number;
  /** First retry delay; doubles per attempt (default 30 s). */
  baseBackoffMs: number;
  /** Longest retry delay (default 1 h). */
  maxBackoffMs: number;
  /** Rows read per round (default 200). */
  batch: number;
  /** Sends in flight at once, each to a different target (default 4). */
  concurrency: number;
  /** A tick stops draining after this long; the next tick goes on (default 45 s). */
  maxDrainMs: number;
}

/** Default delivery tunables. */
export const DEFAULT_DELIVERY: DeliveryOptions = {
  maxAttempts: 8, baseBackoffMs: 30_000, maxBackoffMs: 3_600_000, batch: 200, concurrency: 4, maxDrainMs: 45_000,
};

/** Counts of one drain. */
export interface DeliveryStats {
  sent: number;
  retried: number;
  dead: number;
}

/** Everything a drain needs. */
export interface DeliveryDeps {
  store: Store;
  messengers: Partial<Record<Platform, Messenger>>;
  log: Logger;
  pacer: Pacer;
  options: DeliveryOptions;
  /** True once the scheduler is stopping: finish the sends in flight, start no new ones. */
  stopping: () => boolean;
}

/** Retry delay after `attempts` failed attempts: Retry-After when given, else exponential. */
export function backoffMs(attempts: number, o: Pick<DeliveryOptions, 'baseBackoffMs' | 'maxBackoffMs'>, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs)) return Math.max(0, retryAfterMs);
  return Math.min(o.maxBackoffMs, o.baseBackoffMs * 2 ** Math.max(0, attempts - 1));
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Rows a previous process left in 'sending' (it stopped between send and mark): at-most-once kinds — on a
 * platform that cannot be asked whether the message arrived, reminders too — are dead-lettered unsent; the rest
 * go back to pending (sent again, or first checked for at the platform: see sendOne). Run once at start.
 */
export function recoverInterrupted(store: Store, now: Date, log: Logger, messengers: DeliveryDeps['messengers'] = {}): { resent: number; dropped: number } {
  const r = { resent: 0, dropped: 0 };
  for (const row of store.outbox.list({ state: 'sending' })) {
    if (guaranteeOf(row.kind, messengers[row.target.platform]?.checksDelivery) === 'at-most-once') {
      store.outbox.markDead(row.id, 'interrupted-at-most-once');
      r.dropped++;
    } else {
      store.outbox.markRetry(row.id, now, 'interrupted');
      r.resent++;
    }
  }
  if (r.resent || r.dropped) log.warn(r, 'outbox: messages interrupted by a stop were recovered');
  return r;
}

/** How far before a row's creation the platform is searched for an earlier attempt (clocks differ a little). */
const RESUME_SLACK_MS = 60_000;

async function sendOne(d: DeliveryDeps, row: OutboxMessage, messenger: Messenger, now: Date, stats: DeliveryStats): Promise<void> {
  const { store, log, options } = d;
  let message: UiMessage;
  try {
    message = renderOutboxBody(store, row.message);
  } catch (err) {
    // Retrying cannot help a body that does not render: dead-letter it at once, with the template's name only.
    const reason = err instanceof OutboxBodyError ? `render-failed:${err.template}` : 'render-failed';
    store.outbox.markDead(row.id, reason);
    stats.dead++;
    log.warn({ id: row.id, kind: row.kind, key: row.idempotencyKey, reason }, 'outbox: message dead-lettered');
    return;
  }
  store.outbox.markSending(row.id);
  let result: DeliveryResult;
  try {
    // An earlier attempt (interrupted, timed out, failed with a 5xx) may have reached the platform: say so, and
    // a messenger that can check sends only what is not there yet.
    const resumeSince = row.attempts > 0 ? new Date(Date.parse(row.createdAt) - RESUME_SLACK_MS) : undefined;
    result = await messenger.send(row.target, message, { key: row.idempotencyKey, ...(resumeSince ? { resumeSince } : {}) });
  } catch (err) {
    result = { ok: false, retryable: true, error: `send-threw:${(err as Error)?.name ?? 'Error'}` };
  }
  if (result.ok) {
    store.outbox.markSent(row.id, now);
    stats.sent++;
    return;
  }
  const attempts = row.attempts + 1;
  const base = { id: row.id, kind: row.kind, key: row.idempotencyKey, platform: row.target.platform, attempts, error: result.error };
  if (!result.retryable || attempts >= options.maxAttempts) {
    const reason = result.retryable ? `${result.error} (gave up after ${attempts} attempts)` : result.error;
    store.outbox.markDead(row.id, reason);
    stats.dead++;
    log.warn({ ...base, reason }, 'outbox: message dead-lettered');
    return;
  }
  if (result.retryAfterMs !== undefined) d.pacer.pause(row.target.platform, result.retryAfterMs);
  const delay = backoffMs(attempts, options, result.retryAfterMs);
  store.outbox.markRetry(row.id, new Date(now.getTime() + delay), result.error);
  stats.retried++;
  log.info({ ...base, retryInMs: delay }, 'outbox: delivery failed, will retry');
}

/** Sends what is due at `now`, paced per target and platform, until nothing is due or the drain time is up. */
export async function deliverDue(d: DeliveryDeps, now: Date): Promise<DeliveryStats> {
  const stats: DeliveryStats = { sent: 0, retried: 0, dead: 0 };
  const started = performance.now();
  while (!d.stopping() && performance.now() - started < d.options.maxDrainMs) {
    const rows = d.store.outbox.duePending(now, d.options.batch);
    if (!rows.length) break;
    const picked: Array<{ row: OutboxMessage; messenger: Messenger }> = [];
    const seen = new Set<string>();
    let wait = Infinity;
    let deadNow = 0;
    for (const row of rows) {
      if (picked.length >= d.options.concurrency) break;
      const key = targetKey(row.target);
      if (seen.has(key)) continue;
      seen.add(key);
      const messenger = d.messengers[row.target.platform];
      if (!messenger) {
        const reason = `no-messenger:${row.target.platform}`;
        d.store.outbox.markDead(row.id, reason);
        stats.dead++;
        deadNow++;
        d.log.warn({ id: row.id, kind: row.kind, key: row.idempotencyKey, reason }, 'outbox: message dead-lettered');
        continue;
      }
      const w = d.pacer.waitMs(row.target);
      if (w > 0) {
        wait = Math.min(wait, w);
        continue;
      }
      d.pacer.noteSend(row.target); // reserve the slot now, so the platform gap holds within this round too
      picked.push({ row, messenger });
    }
    if (picked.length) await Promise.all(picked.map(({ row, messenger }) => sendOne(d, row, messenger, now, stats)));
    else if (wait !== Infinity) await sleep(Math.min(wait, 1000));
    else if (!deadNow) break;
  }
  return stats;
}
