// AppContext.onEffect: the inbound event's id is written in the same commit as the effect it caused, so a crash
// between the two is impossible (the Slack modal path relies on it: a redelivered submission must be a duplicate).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { reportRecovery } from '../../src/app/recovery.js';
import { assignRole } from '../../src/app/roles.js';
import { reportSickness } from '../../src/app/sickness.js';
import { completeStep } from '../../src/app/steps.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
beforeEach(() => { w = world(); });
afterEach(() => w.cleanup());

/** A context whose onEffect records `eventId` in the inbox (as the Slack modal handler does), optionally failing after. */
function recording(date: string, eventId: string, failAfter = false): AppContext {
  const ctx = w.at(date);
  return {
    ...ctx,
    onEffect: () => {
      w.store.inbox.firstSeen('slack', eventId, ctx.now);
      if (failAfter) throw new Error('crash between the effect and the rest of the commit');
    },
  };
}
const seen = (eventId: string) => !w.store.inbox.firstSeen('slack', eventId, new Date('2026-03-02T09:00:00Z'));
const sick = (ctx: AppContext) => reportSickness(ctx, w.actor(P.piet), intake(P.anna, '2026-03-02') as unknown as IntakeInput);

describe('AppContext.onEffect', () => {
  it('records the id with the sick report, and nothing is stored when that commit fails', () => {
    expect(() => sick(recording('2026-03-02', 'EvFail', true))).toThrow(/crash/);
    expect(w.store.cases.listByEmployer('acme')).toEqual([]); // the case rolled back with the id
    expect(seen('EvFail')).toBe(false);
    const r = sick(recording('2026-03-02', 'EvOk'));
    expect(w.store.cases.get(r.case.id)).toBeDefined();
    expect(seen('EvOk')).toBe(true);
  });

  it('records the id with a step, a recovery and a role change', () => {
    const r = sick(w.at('2026-03-02'));
    completeStep(recording('2026-03-03', 'EvStep'), w.actor(P.piet), r.case.id, 'ziekmelding-arbodienst', { date: '2026-03-03' });
    expect(seen('EvStep')).toBe(true);
    expect(() => completeStep(recording('2026-03-03', 'EvStep2', true), w.actor(P.piet), r.case.id, 'ziekmelding-arbodienst', { date: '2026-03-03' })).toThrow(/crash/);
    expect(w.store.cases.get(r.case.id)!.records.filter((x) => x.stepId === 'ziekmelding-arbodienst')).toHaveLength(1);
    expect(seen('EvStep2')).toBe(false);
    reportRecovery(recording('2026-03-09', 'EvBack'), w.actor(P.piet), { employeeRef: P.anna, kind: 'full', date: '2026-03-09' });
    expect(seen('EvBack')).toBe(true);
    assignRole(recording('2026-03-09', 'EvRole'), w.actor(P.fatima), { personRef: P.jan, role: 'casemanager', caseId: r.case.id });
    expect(seen('EvRole')).toBe(true);
  });

  it('is not called for a refused report (no effect, so a retry runs again)', () => {
    sick(w.at('2026-03-02'));
    expect(() => sick(recording('2026-03-02', 'EvAgain'))).toThrow(); // already sick: a validation error
    expect(seen('EvAgain')).toBe(false);
  });
});
