import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../src/core/ui.js';
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import type { OutboxKind } from '../../src/ports/outbox.js';
import { backoffMs, createScheduler, DEFAULT_DELIVERY, Pacer, type SchedulerHandle } from '../../src/scheduler/index.js';
import { captureLog } from './support/logs.js';
import { P, recordingMessenger, schedWorld, type World } from './support/world.js';

const NO_PACING = { perTarget: {}, perPlatform: {} };
const T0 = amsterdamInstant('2026-03-07', '12:00'); // a Saturday: no reminder or digest pass interferes
const later = (ms: number) => new Date(T0.getTime() + ms);
let w: World;
let s: SchedulerHandle | undefined;

beforeEach(() => { w = schedWorld(); });
afterEach(async () => {
  await s?.stop();
  w.cleanup();
});

/** Queues one message for a person's Slack account. */
function queue(key: string, personId: string = P.piet, kind: OutboxKind = 'reminder', text = 'Probleemanalyse voor Anna de Vries') {
  w.store.outbox.enqueue({
    idempotencyKey: key, kind, personId, target: { platform: 'slack', tenantId: 'T1', userId: `U-${personId}` },
    message: message(text), notBefore: T0.toISOString(), createdAt: T0.toISOString(),
  });
}

describe('delivery', () => {
  it('honours a 429 with Retry-After: nothing is sent before it has passed', async () => {
    const slack = recordingMessenger((n) => (n === 0 ? { ok: false, retryable: true, retryAfterMs: 30_000, error: 'rate_limited' } : { ok: true }));
    s = createScheduler({ store: w.store, messengers: { slack }, intervalSeconds: 60, log: captureLog().log, pacing: NO_PACING, clock: { now: () => T0 } });
    queue('k1');
    expect((await s.runOnce(T0)).delivery).toEqual({ sent: 0, retried: 1, dead: 0 });
    expect(w.store.outbox.list()[0]).toMatchObject({ state: 'pending', attempts: 1, lastError: 'rate_limited', notBefore: later(30_000).toISOString() });
    await s.runOnce(later(29_000));
    expect(slack.calls).toBe(1);
    await s.runOnce(later(30_000));
    expect(slack.calls).toBe(2);
    expect(slack.deliveries.length).toBe(1);
    expect(w.store.outbox.list()[0].state).toBe('sent');
  });

  it('backs off exponentially on 5xx and dead-letters after 8 attempts, logging the reason but no text', async () => {
    const slack = recordingMessenger(() => ({ ok: false, retryable: true, error: 'http_503' }));
    const { log, lines } = captureLog();
    let now = T0;
    s = createScheduler({ store: w.store, messengers: { slack }, intervalSeconds: 60, log, pacing: NO_PACING, clock: { now: () => now } });
    queue('k-dead');
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      await s.runOnce(now);
      const row = w.store.outbox.list()[0];
      if (row.state === 'dead') break;
      waits.push(new Date(row.notBefore).getTime() - now.getTime());
      now = new Date(row.notBefore);
    }
    expect(slack.calls).toBe(8);
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64].map((f) => Math.min(f * DEFAULT_DELIVERY.baseBackoffMs, DEFAULT_DELIVERY.maxBackoffMs)));
    expect(w.store.outbox.list({ state: 'dead' })).toEqual([expect.objectContaining({ attempts: 8, lastError: 'http_503 (gave up after 8 attempts)' })]);
    const dead = lines.filter((l) => l.includes('dead-lettered'));
    expect(dead.length).toBe(1);
    expect(dead[0]).toContain('k-dead');
    expect(lines.join('\n')).not.toMatch(/Anna|Probleemanalyse/);
  });

  it('dead-letters a permanent failure at once, and a message for a platform that is off', async () => {
    const slack = recordingMessenger(() => ({ ok: false, retryable: false, error: 'channel_not_found' }));
    s = createScheduler({ store: w.store, messengers: { slack }, intervalSeconds: 60, log: captureLog().log, pacing: NO_PACING, clock: { now: () => T0 } });
    queue('k-perm');
    w.store.outbox.enqueue({
      idempotencyKey: 'k-teams', kind: 'reminder', personId: P.jan, target: { platform: 'teams', tenantId: 't', userId: 'aad' },
      message: message('x'), notBefore: T0.toISOString(), createdAt: T0.toISOString(),
    });
    expect((await s.runOnce(T0)).delivery).toEqual({ sent: 0, retried: 0, dead: 2 });
    expect(w.store.outbox.list().map((r) => [r.idempotencyKey, r.state, r.lastError])).toEqual([
      ['k-perm', 'dead', 'channel_not_found'], ['k-teams', 'dead', 'no-messenger:teams'],
    ]);
  });

  it('treats a messenger that throws as a retryable failure', async () => {
    const slack = recordingMessenger(() => { throw new TypeError('boom'); });
    s = createScheduler({ store: w.store, messengers: { slack }, intervalSeconds: 60, log: captureLog().log, pacing: NO_PACING, clock: { now: () => T0 } });
    queue('k-throw');
    expect((await s.runOnce(T0)).delivery.retried).toBe(1);
    expect(w.store.outbox.list()[0]).toMatchObject({ state: 'pending', lastError: 'send-threw:TypeError' });
  });

  it('paces messages to one conversation (real time) and sends to different ones side by side', async () => {
    const times: Array<[string, number]> = [];
    const slack = recordingMessenger();
    const send = slack.send.bind(slack);
    slack.send = async (t, m) => { times.push([t.userId, performance.now()]); return send(t, m); };
    s = createScheduler({ store: w.store, messengers: { slack }, intervalSeconds: 60, log: captureLog().log, pacing: { perTarget: { slack: 150 }, perPlatform: {} } });
    for (const k of ['a', 'b', 'c']) queue(`same-${k}`, P.piet);
    queue('other', P.jan);
    const tick = await s.runOnce(later(0));
    expect(tick.delivery.sent).toBe(4);
    const piet = times.filter(([u]) => u === `U-${P.piet}`).map(([, t]) => t);
    expect(piet.length).toBe(3);
    for (let i = 1; i < piet.length; i++) expect(piet[i] - piet[i - 1]).toBeGreaterThanOrEqual(140);
    expect(times.findIndex(([u]) => u === `U-${P.jan}`)).toBeLessThan(2);
  });
});

describe('pacing and backoff rules', () => {
  it('waits per target and per platform, and pauses a platform for Retry-After', () => {
    let now = 0;
    const p = new Pacer({ perTarget: { slack: 1000, teams: 143 }, perPlatform: { slack: 100 } }, () => now);
    const a = { platform: 'slack' as const, tenantId: 'T', userId: 'A' };
    const b = { platform: 'slack' as const, tenantId: 'T', userId: 'B' };
    const t = { platform: 'teams' as const, tenantId: 'T', userId: 'C' };
    expect(p.waitMs(a)).toBe(0);
    p.noteSend(a);
    expect(p.waitMs(a)).toBe(1000);
    expect(p.waitMs(b)).toBe(100);
    p.noteSend(t);
    now = 143;
    expect(p.waitMs(t)).toBe(0);
    expect(p.waitMs(b)).toBe(0);
    p.pause('slack', 5000);
    expect(p.waitMs(b)).toBe(5000);
    expect(p.waitMs(t)).toBe(0);
  });

  it('uses Retry-After when given, else doubles up to the cap', () => {
    const o = { baseBackoffMs: 1000, maxBackoffMs: 5000 };
    expect([1, 2, 3, 4].map((n) => backoffMs(n, o))).toEqual([1000, 2000, 4000, 5000]);
    expect(backoffMs(3, o, 12_000)).toBe(12_000);
  });
});
