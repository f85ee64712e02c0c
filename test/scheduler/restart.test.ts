// The delivery promise across crashes (src/scheduler/README.md): reminders and digests are at-least-once —
// a process that dies between "sent" and "marked sent" sends that message once more after the restart, and
// nothing else twice; confirmations are at-most-once — never resent once attempted.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../flows/ui.js';
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import type { Messenger } from '../../src/ports/outbox.js';
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

/** A messenger that delivers, and on its `n`th send "dies" after delivering: the database goes away before the mark. */
function dyingMessenger(n: number, store: SqliteStore | World['store'], seen: string[]): Messenger {
  let calls = 0;
  return {
    platform: 'slack',
    async send(target, m) {
      seen.push(`${target.userId}|${m.summary}`);
      if (++calls === n) store.close();
      return { ok: true };
    },
  };
}

const countBy = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

/** Restarts on the same file: a new store and scheduler, one tick five minutes later; returns who got what. */
async function restart(extraTicks = 1): Promise<string[]> {
  reopened = openStore(w.path);
  const slack = recordingMessenger();
  const s = createScheduler({ store: reopened, messengers: { slack }, intervalSeconds: 60, log: captureLog().log, pacing: NO_PACING });
  for (let i = 0; i <= extraTicks; i++) await s.runOnce(new Date(FRIDAY.getTime() + (5 + i) * 60_000));
  return slack.deliveries.map((d) => `${d.target.userId}|${d.message.summary}`);
}

describe('restart after a crash between send and mark', () => {
  it('resends exactly the interrupted reminder once, and every other reminder exactly once (in process)', async () => {
    const before: string[] = [];
    const s = createScheduler({
      store: w.store, messengers: { slack: dyingMessenger(2, w.store, before) }, intervalSeconds: 60, log: captureLog().log,
      pacing: NO_PACING, delivery: { concurrency: 1 },
    });
    const tick = await s.runOnce(FRIDAY);
    expect(tick.errors).toEqual(['delivery']);
    const queued = tick.reminders!.enqueued + tick.digests!.enqueued;
    expect(tick.reminders!.enqueued).toBeGreaterThanOrEqual(3);
    expect(before.length).toBe(2);
    const after = await restart();
    const all = countBy([...before, ...after]);
    expect(all.size).toBe(queued);
    expect(all.get(before[1])).toBe(2); // the one cut off between send and mark
    expect([...all.values()].filter((n) => n === 1).length).toBe(queued - 1);
    expect(reopened!.outbox.list().every((r) => r.state === 'sent')).toBe(true);
  });

  it('never resends an at-most-once confirmation', async () => {
    w.store.outbox.enqueue({
      idempotencyKey: 'confirmation:x', kind: 'confirmation', personId: P.piet, target: { platform: 'slack', tenantId: 'T1', userId: `U-${P.piet}` },
      message: message('Ziekmelding vastgelegd.'), notBefore: FRIDAY.toISOString(), createdAt: FRIDAY.toISOString(),
    });
    w.store.kv.set(SCHEDULER_MARKS, 'digest-week', '2026-W07'); // this week's digest went out already
    const before: string[] = [];
    const s = createScheduler({
      store: w.store, messengers: { slack: dyingMessenger(1, w.store, before) }, intervalSeconds: 60, log: captureLog().log,
      pacing: NO_PACING, delivery: { concurrency: 1 },
    });
    // Saturday: only delivery runs, so the confirmation is the first (and only) send.
    await s.runOnce(amsterdamInstant('2026-02-14', '10:00'));
    expect(before).toEqual([`U-${P.piet}|Ziekmelding vastgelegd.`]);
    reopened = openStore(w.path);
    const slack = recordingMessenger();
    await createScheduler({ store: reopened, messengers: { slack }, intervalSeconds: 60, log: captureLog().log, pacing: NO_PACING })
      .runOnce(amsterdamInstant('2026-02-14', '10:05'));
    expect(slack.deliveries).toEqual([]);
    expect(reopened.outbox.list()).toEqual([expect.objectContaining({ state: 'dead', lastError: 'interrupted-at-most-once' })]);
  });

  it('keeps the promise when the process is killed with SIGKILL (child process, real file)', async () => {
    w.store.close();
    const file = join(w.dir, 'deliveries.jsonl');
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'support', 'crashChild.ts'), w.path, file, '2', FRIDAY.toISOString()], {
      encoding: 'utf8', timeout: 60_000,
    });
    expect(child.signal).toBe('SIGKILL');
    expect(existsSync(w.path + '-wal')).toBe(true); // killed: nothing checkpointed or closed cleanly
    const before = readFileSync(file, 'utf8').trim().split('\n').map((l) => {
      const d = JSON.parse(l) as { userId: string; summary: string };
      return `${d.userId}|${d.summary}`;
    });
    expect(before.length).toBe(2);
    const after = await restart(2);
    const all = countBy([...before, ...after]);
    const rows = reopened!.outbox.list();
    expect(rows.length).toBe(all.size);
    expect(all.get(before[1])).toBe(2);
    expect([...all.entries()].filter(([u]) => u !== before[1]).every(([, n]) => n === 1)).toBe(true);
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
  });
});
