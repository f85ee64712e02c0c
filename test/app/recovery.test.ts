import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSickness } from '../../src/app/sickness.js';
import { reportRecovery } from '../../src/app/recovery.js';
import { ConcurrencyError, NotAllowedError, NotFoundError, ValidationError } from '../../src/app/errors.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
let caseId: string;
beforeEach(() => {
  w = world();
  caseId = reportSickness(w.at('2026-03-02'), w.actor(P.piet), intake(P.anna, '2026-03-02') as unknown as IntakeInput).case.id;
});
afterEach(() => w.cleanup());

describe('reportRecovery', () => {
  it('full: the day before the return is the last sick day and the case closes', () => {
    const r = reportRecovery(w.at('2026-03-16'), w.actor(P.piet), { employeeRef: P.anna, date: '2026-03-16', kind: 'full' });
    expect(r.lastSickDay).toBe('2026-03-15');
    const c = w.store.cases.get(caseId)!;
    expect(c.periods).toEqual([{ start: '2026-03-02', end: '2026-03-15' }]);
    expect(c.closedOn).toBe('2026-03-15');
    expect(c.version).toBe(2);
    expect(w.store.cases.listOpen('acme').map((x) => x.id)).not.toContain(caseId);
    expect(w.store.audit.list({ caseId }).map((e) => [e.action, e.allowed])).toEqual([['case.report', true], ['case.recover', true]]);
  });

  it('a three-day case leaves nothing to remind', () => {
    const r = reportRecovery(w.at('2026-03-04'), w.actor(P.anna), { employeeRef: 'self', date: '2026-03-04', kind: 'full' });
    // three-day case: no arbodienst or probleemanalyse reminders; ziekmelding-werkgever was done by the report
    expect(r.case.nextDue).toBeNull();
  });

  it('partial: the period stays open and the clock keeps running', () => {
    reportRecovery(w.at('2026-03-20'), w.actor(P.fatima), { employeeRef: 'anna@example.nl', date: '2026-03-20', kind: 'partial' });
    const c = w.store.cases.get(caseId)!;
    expect(c.periods).toEqual([{ start: '2026-03-02', end: null }]);
    expect(c.partialRecoverySince).toBe('2026-03-20');
    expect(c.closedOn).toBeNull();
  });

  it('refuses a colleague (audited) and reports without an open case', () => {
    expect(() => reportRecovery(w.at('2026-03-16'), w.actor(P.ellen), { employeeRef: P.anna, date: '2026-03-16', kind: 'full' }))
      .toThrow(NotAllowedError);
    expect(w.store.audit.list({ actorPersonId: P.ellen })).toEqual([expect.objectContaining({ action: 'case.recover', allowed: false })]);
    expect(() => reportRecovery(w.at('2026-03-16'), w.actor(P.piet), { employeeRef: P.jan, date: '2026-03-16', kind: 'full' }))
      .toThrow(NotFoundError);
  });

  it('validates the date and the version the user saw', () => {
    const go = (date: string, expectedVersion?: number) =>
      reportRecovery(w.at('2026-03-16'), w.actor(P.piet), { employeeRef: P.anna, date, kind: 'full', expectedVersion });
    expect(() => go('2026-03-02')).toThrow(ValidationError);
    expect(() => go('2026-03-30')).toThrow(ValidationError);
    expect(() => go('2026-3-16')).toThrow(ValidationError);
    expect(() => go('2026-03-16', 7)).toThrow(ConcurrencyError);
    expect(go('2026-03-23', 1).lastSickDay).toBe('2026-03-22');
  });
});
