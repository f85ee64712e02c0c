import { describe, expect, it } from 'vitest';
import {
  addYears, dueForDeletion, type RetentionCase, type RetentionEmployer, type RetentionPerson,
} from '../../../src/core/privacy/retention.js';

const ACME: RetentionEmployer = { id: 'acme', settings: { ownRiskZiektewet: false } };
const OWN: RetentionEmployer = { id: 'eigenrisico', settings: { ownRiskZiektewet: true } };

function person(id: string, employmentEnd: string | null = null): RetentionPerson {
  return { id, employmentEnd };
}
function kase(id: string, employeeId: string, closedOn: string | null, employerId = 'acme'): RetentionCase {
  return { id, employerId, employeeId, closedOn };
}

describe('addYears', () => {
  it('keeps the calendar date and turns 29 February into 28 February in common years', () => {
    expect(addYears('2025-03-12', 2)).toBe('2027-03-12');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2026-02-28', 2)).toBe('2028-02-28');
    expect(addYears('2096-02-29', 4)).toBe('2100-02-28');
  });
});

describe('dueForDeletion', () => {
  it('deletes a closed case 2 years after it closed, not a day earlier', () => {
    const input = { people: [person('anna')], cases: [kase('c1', 'anna', '2024-03-12')], employers: [ACME] };
    expect(dueForDeletion({ ...input, asOf: '2026-03-11' })).toEqual([]);
    expect(dueForDeletion({ ...input, asOf: '2026-03-12' })).toEqual([
      { kind: 'case', id: 'c1', reason: 'retention.case-closed-2y', dueSince: '2026-03-12' },
    ]);
  });

  it('keeps a case 5 years for an employer that carries its own Ziektewet risk', () => {
    const input = { people: [person('piet')], cases: [kase('c2', 'piet', '2024-03-12', 'eigenrisico')], employers: [ACME, OWN] };
    expect(dueForDeletion({ ...input, asOf: '2026-03-12' })).toEqual([]);
    expect(dueForDeletion({ ...input, asOf: '2029-03-11' })).toEqual([]);
    expect(dueForDeletion({ ...input, asOf: '2029-03-12' })).toEqual([
      { kind: 'case', id: 'c2', reason: 'retention.case-closed-own-risk-5y', dueSince: '2029-03-12' },
    ]);
  });

  it('handles a case closed on a leap day', () => {
    const input = { people: [], cases: [kase('c3', 'jan', '2024-02-29'), kase('c4', 'jan', '2024-02-29', 'eigenrisico')], employers: [ACME, OWN] };
    expect(dueForDeletion({ ...input, asOf: '2026-02-27' })).toEqual([]);
    expect(dueForDeletion({ ...input, asOf: '2026-02-28' }).map((i) => i.id)).toEqual(['c3']);
    expect(dueForDeletion({ ...input, asOf: '2029-02-28' }).map((i) => i.id)).toEqual(['c3', 'c4']);
  });

  it('never deletes an open case of someone still employed', () => {
    expect(dueForDeletion({ asOf: '2099-01-01', people: [person('anna')], cases: [kase('c1', 'anna', null)], employers: [ACME] })).toEqual([]);
  });

  it('deletes a never-closed case with the employment: 2 years after it ended (5 for own risk)', () => {
    const people = [person('fatima', '2025-06-30')];
    expect(dueForDeletion({ asOf: '2027-06-30', people, cases: [kase('c5', 'fatima', null)], employers: [ACME] }))
      .toContainEqual({ kind: 'case', id: 'c5', reason: 'retention.employment-ended-2y', dueSince: '2027-06-30' });
    expect(dueForDeletion({ asOf: '2027-06-30', people, cases: [kase('c5', 'fatima', null, 'eigenrisico')], employers: [OWN] })).toEqual([]);
    expect(dueForDeletion({ asOf: '2030-06-30', people, cases: [kase('c5', 'fatima', null, 'eigenrisico')], employers: [OWN] }).map((i) => i.kind))
      .toEqual(['case', 'person']);
  });

  it('deletes a person 2 years after employment ended, but not while one of their cases is kept', () => {
    const asOf = '2027-01-01';
    expect(dueForDeletion({ asOf, people: [person('jan', '2024-12-31')], cases: [], employers: [ACME] })).toEqual([
      { kind: 'person', id: 'jan', reason: 'retention.employment-ended-2y', dueSince: '2026-12-31' },
    ]);
    expect(dueForDeletion({ asOf: '2026-12-30', people: [person('jan', '2024-12-31')], cases: [], employers: [ACME] })).toEqual([]);
    // a case closed later keeps the person until the case goes
    const withCase = { people: [person('jan', '2024-12-31')], cases: [kase('c6', 'jan', '2025-06-01', 'eigenrisico')], employers: [OWN] };
    expect(dueForDeletion({ ...withCase, asOf })).toEqual([]);
    expect(dueForDeletion({ ...withCase, asOf: '2030-06-01' })).toEqual([
      { kind: 'case', id: 'c6', reason: 'retention.case-closed-own-risk-5y', dueSince: '2030-06-01' },
      { kind: 'person', id: 'jan', reason: 'retention.employment-ended-2y', dueSince: '2030-06-01' },
    ]);
  });

  it('keeps people who still work there and their recent cases', () => {
    const r = dueForDeletion({
      asOf: '2027-01-01', employers: [ACME],
      people: [person('anna'), person('piet', '2026-01-01')],
      cases: [kase('old', 'anna', '2024-01-01'), kase('recent', 'anna', '2025-06-01'), kase('p1', 'piet', '2025-12-01')],
    });
    expect(r).toEqual([{ kind: 'case', id: 'old', reason: 'retention.case-closed-2y', dueSince: '2026-01-01' }]);
  });

  it('sends audit entries with their case, and case-less entries with their person', () => {
    const r = dueForDeletion({
      asOf: '2027-01-01', employers: [ACME],
      people: [person('jan', '2024-12-31'), person('hr-kees')],
      cases: [kase('c7', 'jan', '2024-06-01'), kase('c8', 'anna', null)],
      audit: [
        { caseId: 'c7', actorPersonId: 'hr-kees' }, { caseId: 'c7', actorPersonId: 'jan' },
        { caseId: 'c8', actorPersonId: 'jan' }, { caseId: null, actorPersonId: 'jan' }, { caseId: null, actorPersonId: 'hr-kees' },
      ],
    });
    expect(r).toEqual([
      { kind: 'case', id: 'c7', reason: 'retention.case-closed-2y', dueSince: '2026-06-01' },
      { kind: 'audit', id: 'c7', reason: 'retention.audit-with-case', dueSince: '2026-06-01', count: 2 },
      { kind: 'audit', id: 'jan', reason: 'retention.audit-with-person', dueSince: '2026-12-31', count: 1 },
      { kind: 'person', id: 'jan', reason: 'retention.employment-ended-2y', dueSince: '2026-12-31' },
    ]);
  });
});
