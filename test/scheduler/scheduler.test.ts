import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import { fixedClock } from '../../src/ports/clock.js';
import { createScheduler, SCHEDULER_MARKS, targetPicker, type SchedulerHandle } from '../../src/scheduler/index.js';
import { captureLog } from './support/logs.js';
import { P, recordingMessenger, schedWorld, sick, type World } from './support/world.js';

const NO_PACING = { perTarget: {}, perPlatform: {} };
let w: World;
let slack: ReturnType<typeof recordingMessenger>;
let s: SchedulerHandle;
const at = (date: string, time: string) => amsterdamInstant(date, time);

beforeEach(() => {
  w = schedWorld();
  slack = recordingMessenger();
  s = createScheduler({ store: w.store, messengers: { slack }, intervalSeconds: 60, clock: fixedClock(at('2026-01-05', '09:00')), log: captureLog().log, pacing: NO_PACING });
});
afterEach(async () => {
  await s.stop();
  w.cleanup();
});

describe('scheduler ticks', () => {
  it('sends reminders only inside office hours on working days, once per slot', async () => {
    sick(w, P.anna, '2026-01-05');
    // Friday 13 Feb is a reminder day for the probleemanalyse (Sunday deadline).
    expect((await s.runOnce(at('2026-02-13', '07:59'))).reminders).toBeNull();
    expect(slack.deliveries).toEqual([]);
    const tick = await s.runOnce(at('2026-02-13', '08:00'));
    expect(tick.reminders?.enqueued).toBeGreaterThan(0);
    expect(tick.delivery.sent).toBe(tick.reminders?.enqueued);
    const sent = slack.deliveries.length;
    expect(slack.deliveries.map((d) => d.target.userId)).toContain(`U-${P.piet}`);
    await s.runOnce(at('2026-02-13', '08:01'));
    await s.runOnce(at('2026-02-13', '17:00'));
    expect(slack.deliveries.length).toBe(sent);
    // Saturday: no pass at all; the employer's own office hours count.
    expect((await s.runOnce(at('2026-02-14', '10:00'))).reminders).toBeNull();
    w.store.employers.updateSettings('acme', { officeHours: { start: '10:00', end: '16:00' } });
    // Globex is open at 09:30, Acme is not yet: Acme's case waits.
    expect((await s.runOnce(at('2026-02-16', '09:30'))).reminders).toMatchObject({ enqueued: 0, skipped: 1 });
    expect((await s.runOnce(at('2026-02-16', '10:00'))).reminders?.enqueued).toBeGreaterThan(0);
  });

  it('sends the weekly digest from Monday 08:00, once a week, on Tuesday after a holiday Monday', async () => {
    const c = sick(w, P.anna, '2026-03-02');
    w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId: c });
    const digests = () => w.store.outbox.list({ kind: 'digest' });
    expect((await s.runOnce(at('2026-03-09', '07:59'))).digests).toBeNull();
    expect((await s.runOnce(at('2026-03-09', '08:00'))).digests).toEqual({ enqueued: 1, undeliverable: 0 });
    expect(digests().map((d) => [d.idempotencyKey, d.state])).toEqual([['digest:p-jan:2026-W11', 'sent']]);
    await s.runOnce(at('2026-03-10', '08:00'));
    expect(digests().length).toBe(1);
    // Tweede Paasdag (Monday 6 April 2026): the digest waits for Tuesday.
    expect((await s.runOnce(at('2026-04-06', '09:00'))).digests).toBeNull();
    expect((await s.runOnce(at('2026-04-07', '08:00'))).digests?.enqueued).toBe(1);
    // Down all Monday: the first tick later that week sends it.
    expect((await s.runOnce(at('2026-04-16', '14:00'))).digests?.enqueued).toBe(1);
    // The March digest, sent more than 30 days ago, left the outbox in the nightly housekeeping.
    expect(digests().map((d) => d.idempotencyKey)).toEqual(['digest:p-jan:2026-W15', 'digest:p-jan:2026-W16']);
  });

  it('runs the purge once per night from 01:00', async () => {
    expect((await s.runOnce(at('2026-03-10', '00:30'))).purge).toBeNull();
    expect((await s.runOnce(at('2026-03-10', '01:00'))).purge).toEqual({ cases: 0, people: 0, auditEntries: 0 });
    expect(w.store.kv.get(SCHEDULER_MARKS, 'purge-day')).toBe('2026-03-10');
    expect((await s.runOnce(at('2026-03-10', '03:00'))).purge).toBeNull();
    expect((await s.runOnce(at('2026-03-11', '01:05'))).purge).not.toBeNull();
  });

  it('skips people it cannot reach and counts them', async () => {
    sick(w, P.anna, '2026-01-05');
    const teamsOnly = createScheduler({ store: w.store, messengers: { teams: { ...recordingMessenger(), platform: 'teams' } }, intervalSeconds: 60, log: captureLog().log });
    const tick = await teamsOnly.runOnce(at('2026-02-13', '09:00'));
    expect(tick.reminders).toMatchObject({ enqueued: 0 });
    expect(tick.reminders!.undeliverable).toBeGreaterThan(0);
    expect(w.store.outbox.list()).toEqual([]);
  });

  it('ticks on its own after start() until stop()', async () => {
    sick(w, P.anna, '2026-01-05');
    const clock = fixedClock(at('2026-02-13', '09:00'));
    const auto = createScheduler({ store: w.store, messengers: { slack }, intervalSeconds: 1, clock, log: captureLog().log, pacing: NO_PACING });
    auto.start();
    await new Promise((r) => setTimeout(r, 300));
    await auto.stop();
    expect(slack.deliveries.length).toBeGreaterThan(0);
  });
});

describe('delivery targets', () => {
  it('picks the first platform that is on, preferring an account linked with its tenant', () => {
    const person = {
      id: 'p', employerId: 'acme', name: 'Fatima El Amrani', email: null, locale: null, managerPersonId: null, employmentEnd: null,
      identities: [
        { platform: 'slack' as const, tenantId: '', userId: 'U1' },
        { platform: 'teams' as const, tenantId: '', userId: 'aad-1' },
        { platform: 'teams' as const, tenantId: 'tenant-1', userId: 'aad-1' },
      ],
    };
    expect(targetPicker(['teams', 'slack'])(person)).toEqual({ platform: 'teams', tenantId: 'tenant-1', userId: 'aad-1' });
    expect(targetPicker(['slack', 'teams'])(person)).toEqual({ platform: 'slack', tenantId: '', userId: 'U1' });
    expect(targetPicker(['console'])(person)).toBeNull();
  });
});
