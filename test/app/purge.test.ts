import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purge } from '../../src/app/purge.js';
import { reportRecovery } from '../../src/app/recovery.js';
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import { P, schedWorld, sick, type World } from '../scheduler/support/world.js';

const TODAY = '2026-02-16';
let w: World;
let annaCase: string;
let janCase: string;
let keesCase: string;
const ctx = () => ({ store: w.store, now: amsterdamInstant(TODAY, '02:00') });

beforeEach(() => {
  w = schedWorld();
  annaCase = sick(w, P.anna, '2022-11-01');
  reportRecovery(w.at('2023-01-10'), w.actor(P.piet), { employeeRef: P.anna, date: '2023-01-10', kind: 'full' });
  const anna = w.store.cases.schedule(annaCase)!;
  w.store.cases.advanceSchedule(annaCase, anna.version, null, { probleemanalyse: 'x' });
  janCase = sick(w, P.jan, '2026-02-02');
  w.store.people.upsert({ ...w.store.people.get(P.ellen)!, employmentEnd: '2023-06-30' });
  // Globex carries its own Ziektewet risk: 5 years after the case closed.
  w.store.employers.updateSettings('globex', { ownRiskZiektewet: true });
  w.store.people.upsert({ ...w.store.people.get(P.kees)!, managerPersonId: null });
  keesCase = w.store.cases.create({
    id: 'case-kees', employerId: 'globex', employeeId: P.kees, managerOfRecordId: null, reporterIds: [], periods: [{ start: '2022-10-03', end: '2022-12-01' }],
    partialRecoverySince: null, intake: { phone: null, address: null, expectedDuration: 'weeks', workHandover: null, workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'no' },
    records: [], loonsanctieWeeks: 0, verlengingWeeks: 0, noLastingCapacity: false, functionalAdvice: null, closedOn: '2022-12-01', nextDue: null, createdAt: '2022-10-03T08:00:00.000Z',
  }).id;
});
afterEach(() => w.cleanup());

describe('purge', () => {
  it('reports in a dry run what is due, by id and reason, and deletes nothing', () => {
    const auditBefore = w.store.audit.list().length;
    const r = purge(ctx(), TODAY, { dryRun: true });
    expect(r.cases).toEqual([{ id: annaCase, reason: 'retention.case-closed-2y', dueSince: '2025-01-09' }]);
    expect(r.people).toEqual([{ id: P.ellen, reason: 'retention.employment-ended-2y', dueSince: '2025-06-30' }]);
    expect(r.auditEntries).toBe(w.store.audit.list({ caseId: annaCase }).length);
    expect(r.auditEntries).toBeGreaterThan(0);
    expect(r.auditCutoff).toBe('2024-02-16T01:00:00.000Z');
    expect(JSON.stringify(r)).not.toMatch(/Anna|Ellen|Vries|Smit/);
    expect(w.store.cases.get(annaCase)).toBeDefined();
    expect(w.store.people.get(P.ellen)).toBeDefined();
    expect(w.store.audit.list().length).toBe(auditBefore);
  });

  it('deletes what is due, with its audit entries and reminder marks, and audits the run', () => {
    const dry = purge(ctx(), TODAY, { dryRun: true });
    const r = purge(ctx(), TODAY, { dryRun: false });
    expect({ ...r, dryRun: true }).toEqual(dry);
    expect(w.store.cases.get(annaCase)).toBeUndefined();
    expect(w.store.audit.list({ caseId: annaCase })).toEqual([]);
    expect(w.store.cases.schedule(annaCase)).toBeUndefined();
    expect(w.store.people.get(P.ellen)).toBeUndefined();
    // What is not due stays: an open case, the own-risk employer's case (5 years), Anna herself (still employed).
    expect(w.store.cases.get(janCase)).toBeDefined();
    expect(w.store.cases.get(keesCase)).toBeDefined();
    expect(w.store.people.get(P.anna)).toBeDefined();
    expect(w.store.audit.list().at(-1)).toMatchObject({ action: 'retention.purge', reason: 'retention.purge', actorPersonId: null, caseId: null });
    // A second run finds nothing more.
    expect(purge(ctx(), TODAY, { dryRun: false })).toMatchObject({ cases: [], people: [], auditEntries: 0 });
  });

  it('applies the 5-year term once it has passed', () => {
    expect(purge({ store: w.store, now: amsterdamInstant('2027-12-02', '02:00') }, '2027-12-02', { dryRun: true }).cases.map((c) => c.id))
      .toEqual([annaCase, keesCase].sort());
  });
});
