// The delivery promise across crashes (src/scheduler/README.md): on a platform that can be asked what arrived
// (Slack), a message whose send a crash interrupted is looked for before it is sent again, so every message
// arrives once; on one that cannot (Teams), an interrupted reminder is not resent (at-most-once) and an
// interrupted digest is (at-least-once); confirmations are at-most-once everywhere.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../src/core/ui.js';
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import type { DeliveryResult, DeliveryTarget, Messenger, SendOptions } from '../../src/ports/outbox.js';
import type { UiMessage } from '../../src/core/ui.js';
import { createScheduler, SCHEDULER_MARKS } from '../../src/scheduler/index.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';
import { captureLog } from './support/logs.js';
import { P, recordingMessenger, schedWorld, sick, type World } from './support/world.js';

const NO_PACING = { perTarget: {}, perPlatform: {} };
const FRIDAY = amsterdamInstant('2026-02-13', '09:00'); // probleemanalyse due-date reminder for Anna's case
let w: World;
let reopened: SqliteStore | undefined;

beforeEach(() => {
  w = schedWorld();
  const caseId = sick(w, P.anna, '2026-01-05');
  w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId });
});
afterEach(() => {
  reopened?.close();
  reopened = undefined;
  w.cleanup();
});

/** What reached the "platform": who got which message under which outbox key. */
interface Arrived { line: string; key: string }

/**
 * A messenger that delivers, and on its `n`th send "dies" after delivering: the database goes away before the
 * mark. `checks`: it can be asked what arrived, as Slack can.
 */
function dyingMessenger(n: number, store: SqliteStore | World['store'], seen: Arrived[], checks: boolean): Messenger {
  let calls = 0;
  return {
    platform: 'slack',
    checksDelivery: checks,
    async send(target, m, opts) {
      seen.push({ line: `${target.userId}|${m.summary}`, key: opts?.key ?? '' });
      if (++calls === n) store.close();
      return { ok: true };
    },
  };
}

/** A platform after the restart: delivers, and — when it checks — skips a resumed send whose key already arrived. */
function platformAfter(arrived: Arrived[], checks: boolean) {
  const m = {
    platform: 'slack' as const,
    checksDelivery: checks,
    resumed: 0,
    deliveries: [] as Arrived[],
    async send(target: DeliveryTarget, message: UiMessage, opts?: SendOptions): Promise<DeliveryResult> {
      if (opts?.resumeSince) m.resumed++;
      if (checks && opts?.resumeSince && arrived.some((a) => a.key === opts.key)) return { ok: true };
      m.deliveries.push({ line: `${target.userId}|${message.summary}`, key: opts?.key ?? '' });
      return { ok: true };
    },
  };
  return m;
}

const countBy = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

/** Restarts on the same file: a new store and scheduler, one tick five minutes later; returns the platform. */
async function restart(arrived: Arrived[], checks: boolean, extraTicks = 1) {
  reopened = openStore(w.path);
  const slack = platformAfter(arrived, checks);
  const s = createScheduler({ store: reopened, messengers: { slack }, intervalSeconds: 60, log: captureLog().log, pacing: NO_PACING });
  for (let i = 0; i <= extraTicks; i++) await s.runOnce(new Date(FRIDAY.getTime() + (5 + i) * 60_000));
  return slack;
}

/** Runs Friday's tick with a messenger that dies on its 2nd send; returns what arrived and how many rows were queued. */
async function crashOnSecondSend(checks: boolean): Promise<{ before: Arrived[]; queued: number }> {
  const before: Arrived[] = [];
  const s = createScheduler({
    store: w.store, messengers: { slack: dyingMessenger(2, w.store, before, checks) }, intervalSeconds: 60, log: captureLog().log,
    pacing: NO_PACING, delivery: { concurrency: 1 },
  });
  const tick = await s.runOnce(FRIDAY);
  expect(tick.errors).toEqual(['delivery']);
  expect(tick.reminders!.enqueued).toBeGreaterThanOrEqual(3);
  expect(before.length).toBe(2);
  return { before, queued: tick.reminders!.enqueued + tick.digests!.enqueued };
}

describe('restart after a crash between send and mark', () => {
  it('on a platform that checks: the interrupted message is looked for, not sent again; every message arrives once (in process)', async () => {
    const { before, queued } = await crashOnSecondSend(true);
    const slack = await restart(before, true);
    const all = countBy([...before, ...slack.deliveries].map((a) => a.line));
    expect(all.size).toBe(queued);
    expect([...all.values()].every((n) => n === 1)).toBe(true);
    expect(slack.resumed).toBe(1); // only the interrupted row was checked for
    expect(reopened!.outbox.list().every((r) => r.state === 'sent')).toBe(true);
  });

  it('on a platform that cannot check: an interrupted reminder is not resent (at-most-once), nothing is sent twice', async () => {
    const { before, queued } = await crashOnSecondSend(false);
    const interrupted = before[1];
    expect(interrupted.key).toMatch(/^reminders?:/);
    const slack = await restart(before, false);
    const all = countBy([...before, ...slack.deliveries].map((a) => a.line));
    expect(all.size).toBe(queued);
    expect([...all.values()].every((n) => n === 1)).toBe(true);
    const rows = reopened!.outbox.list();
    expect(rows.filter((r) => r.state === 'dead')).toEqual([expect.objectContaining({ idempotencyKey: interrupted.key, lastError: 'interrupted-at-most-once' })]);
    expect(rows.filter((r) => r.state === 'sent').length).toBe(queued - 1);
  });

  it('on a platform that cannot check: an interrupted digest is sent again (at-least-once)', async () => {
    // Monday 08:30: the digest is queued; a messenger that dies on its first send interrupts whichever goes first.
    const monday = amsterdamInstant('2026-02-16', '08:30');
    const before: Arrived[] = [];
    const s = createScheduler({
      store: w.store, messengers: { slack: dyingMessenger(1, w.store, before, false) }, intervalSeconds: 60, log: captureLog().log,
      pacing: NO_PACING, delivery: { concurrency: 1 },
    });
    await s.runOnce(monday);
    reopened = openStore(w.path);
    const digestRow = reopened.outbox.list().find((r) => r.kind === 'digest');
    expect(digestRow).toBeDefined();
    // Make the digest the interrupted one, whatever went first: a stop between its send and its mark.
    reopened.outbox.markSending(digestRow!.id);
    const slack = platformAfter(before, false);
    await createScheduler({ store: reopened, messengers: { slack }, intervalSeconds: 60, log: captureLog().log, pacing: NO_PACING })
      .runOnce(new Date(monday.getTime() + 5 * 60_000));
    expect(slack.deliveries.filter((d) => d.key === digestRow!.idempotencyKey)).toHaveLength(1);
    expect(reopened.outbox.list().find((r) => r.id === digestRow!.id)?.state).toBe('sent');
  });

  it('never resends an at-most-once confirmation', async () => {
    w.store.outbox.enqueue({
      idempotencyKey: 'confirmation:x', kind: 'confirmation', personId: P.piet, target: { platform: 'slack', tenantId: 'T1', userId: `U-${P.piet}` },
      message: message('Ziekmelding vastgelegd.'), notBefore: FRIDAY.toISOString(), createdAt: FRIDAY.toISOString(),
    });
    w.store.kv.set(SCHEDULER_MARKS, 'digest-week', '2026-W07'); // this week's digest went out already
    const before: Arrived[] = [];
    const s = createScheduler({
      store: w.store, messengers: { slack: dyingMessenger(1, w.store, before, true) }, intervalSeconds: 60, log: captureLog().log,
      pacing: NO_PACING, delivery: { concurrency: 1 },
    });
    // Saturday: only delivery runs, so the confirmation is the first (and only) send.
    await s.runOnce(amsterdamInstant('2026-02-14', '10:00'));
    expect(before.map((a) => a.line)).toEqual([`U-${P.piet}|Ziekmelding vastgelegd.`]);
    reopened = openStore(w.path);
    const slack = platformAfter([], true);
    await createScheduler({ store: reopened, messengers: { slack }, intervalSeconds: 60, log: captureLog().log, pacing: NO_PACING })
      .runOnce(amsterdamInstant('2026-02-14', '10:05'));
    expect(slack.deliveries).toEqual([]);
    expect(reopened.outbox.list()).toEqual([expect.objectContaining({ state: 'dead', lastError: 'interrupted-at-most-once' })]);
  });

  it('keeps the promise when the process is killed with SIGKILL (child process, real file): every message once', async () => {
    w.store.close();
    const file = join(w.dir, 'deliveries.jsonl');
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'support', 'crashChild.ts'), w.path, file, '2', FRIDAY.toISOString()], {
      encoding: 'utf8', timeout: 60_000,
    });
    expect(child.signal).toBe('SIGKILL');
    expect(existsSync(w.path + '-wal')).toBe(true); // killed: nothing checkpointed or closed cleanly
    const before: Arrived[] = readFileSync(file, 'utf8').trim().split('\n').map((l) => {
      const d = JSON.parse(l) as { userId: string; summary: string; key: string };
      return { line: `${d.userId}|${d.summary}`, key: d.key };
    });
    expect(before.length).toBe(2);
    const slack = await restart(before, true, 2);
    const all = countBy([...before, ...slack.deliveries].map((a) => a.line));
    const rows = reopened!.outbox.list();
    expect(rows.length).toBe(all.size);
    expect([...all.values()].every((n) => n === 1)).toBe(true);
    expect(slack.resumed).toBe(1);
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
  });
});
