// The case schedule index stays in step with its case: on create and update, when the employer's conditions
// change, through the scheduler's version-checked advance, and on delete.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeTimeline } from '../../src/core/timeline/engine.js';
import { reminderDueDate } from '../../src/core/timeline/reminderDue.js';
import { toTimelineCase } from '../../src/app/timeline.js';
import type { SqliteStore } from '../../src/store/index.js';
import { newCase, seeded, tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let s: SqliteStore;
beforeEach(() => { t = tmpDb(); s = seeded(t.path); });
afterEach(() => { s.close(); t.cleanup(); });

const stepIds = (id: string) => s.cases.schedule(id)!.steps.map((x) => x.stepId);

describe('case schedule', () => {
  it('holds exactly the steps the engine asks action for, with their dates, after every write', () => {
    const created = s.cases.create(newCase('c1', 'acme', 'p-anna', { nextDue: '2026-01-30' }));
    const expected = () => {
      const c = s.cases.get('c1')!;
      return computeTimeline(toTimelineCase(c, s.employers.get('acme')), '2026-06-01').steps
        .flatMap((x) => (reminderDueDate(x) ? [{ stepId: x.id, due: reminderDueDate(x)! }] : []));
    };
    expect(s.cases.schedule('c1')).toMatchObject({ version: 1, nextDue: '2026-01-30', employeeId: 'p-anna', closedOn: null, steps: expected() });
    s.cases.update({ ...created, nextDue: '2026-03-01', records: [{ stepId: 'probleemanalyse', kind: 'done', date: '2026-02-10', id: 'r1', recordedBy: 'p-piet', recordedAt: '2026-02-10T10:00:00.000Z' }] });
    expect(s.cases.schedule('c1')).toMatchObject({ version: 2, nextDue: '2026-03-01', steps: expected() });
    expect(stepIds('c1')).not.toContain('probleemanalyse');
  });

  it('follows the employer: turning insurance on adds the insurer notice to every case of that employer only', () => {
    s.employers.ensure('globex');
    s.people.upsert({ id: 'p-kees', employerId: 'globex', name: 'Kees Visser', email: null, locale: null, managerPersonId: null, employmentEnd: null, identities: [] });
    s.cases.create(newCase('c1', 'acme', 'p-anna'));
    s.cases.create(newCase('c2', 'globex', 'p-kees'));
    expect(stepIds('c1')).not.toContain('melding-verzekeraar');
    s.employers.updateSettings('acme', { insured: true });
    expect(stepIds('c1')).toContain('melding-verzekeraar');
    expect(stepIds('c2')).not.toContain('melding-verzekeraar');
    expect(s.cases.schedule('c1')!.version).toBe(1); // derived data: no version bump, nobody's edit is refused
  });

  it('keeps the reminder marks across case edits, and advances only an unchanged case', () => {
    const c = s.cases.create(newCase('c1', 'acme', 'p-anna', { nextDue: '2026-01-30' }));
    expect(s.cases.advanceSchedule('c1', 1, '2026-02-06', { probleemanalyse: 'k1' })).toBe(true);
    expect(s.cases.schedule('c1')).toMatchObject({ nextDue: '2026-02-06', marks: { probleemanalyse: 'k1' } });
    s.cases.update({ ...c, nextDue: '2026-01-31' });
    expect(s.cases.schedule('c1')).toMatchObject({ version: 2, nextDue: '2026-01-31', marks: { probleemanalyse: 'k1' } });
    // A pass that read version 1 must not overwrite what the edit derived.
    expect(s.cases.advanceSchedule('c1', 1, '2026-03-01', {})).toBe(false);
    expect(s.cases.schedule('c1')).toMatchObject({ nextDue: '2026-01-31', marks: { probleemanalyse: 'k1' } });
  });

  it('streams only open cases of the employer for the digest, and goes with its case', () => {
    s.cases.create(newCase('c1', 'acme', 'p-anna'));
    s.cases.create(newCase('c2', 'acme', 'p-anna', { closedOn: '2026-01-20', periods: [{ start: '2026-01-05', end: '2026-01-19' }] }));
    const open: string[] = [];
    s.cases.eachOpenSchedule({ employer: 'acme' }, '2026-12-31', (x) => open.push(`${x.caseId}:${x.employeeName}`));
    expect(open).toEqual(['c1:Anna de Vries']);
    // Scopes: c1 has no casemanager of its own until Fatima is assigned to it.
    const scoped = (scope: Parameters<typeof s.cases.eachOpenSchedule>[0]) => { const ids: string[] = []; s.cases.eachOpenSchedule(scope, '2026-12-31', (x) => ids.push(x.caseId)); return ids; };
    expect(scoped({ unassignedOf: 'acme' })).toEqual(['c1']);
    expect(scoped({ casemanager: 'p-fatima' })).toEqual([]);
    s.roles.add({ personId: 'p-fatima', employerId: 'acme', role: 'casemanager', caseId: 'c1' });
    expect(scoped({ unassignedOf: 'acme' })).toEqual([]);
    expect(scoped({ casemanager: 'p-fatima' })).toEqual(['c1']);
    // A new display name reaches the digest lines at once.
    s.people.upsert({ ...s.people.get('p-anna')!, name: 'Anna Visser' });
    const names: string[] = [];
    s.cases.eachOpenSchedule({ employer: 'acme' }, '2026-12-31', (x) => names.push(x.employeeName));
    expect(names).toEqual(['Anna Visser']);
    s.cases.delete('c1');
    expect(s.cases.schedule('c1')).toBeUndefined();
  });

  it('rolls back with a failed case write (a stale version leaves the schedule as it was)', () => {
    const c = s.cases.create(newCase('c1', 'acme', 'p-anna', { nextDue: '2026-01-30' }));
    s.cases.update({ ...c, nextDue: '2026-02-02' });
    expect(() => s.cases.update({ ...c, nextDue: '2026-09-09' })).toThrow();
    expect(s.cases.schedule('c1')).toMatchObject({ version: 2, nextDue: '2026-02-02' });
  });
});
