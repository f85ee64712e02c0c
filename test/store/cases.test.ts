import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../src/ports/store.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';
import { DUE_SCHEDULES_SQL } from '../../src/store/repos/cases.js';
import { newCase, person, seeded, tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let s: SqliteStore;
beforeEach(() => { t = tmpDb(); s = seeded(t.path); });
afterEach(() => { s.close(); t.cleanup(); });

describe('cases', () => {
  it('create returns version 1 and get returns every field', () => {
    const c = newCase('c1', 'acme', 'p-anna', {
      managerOfRecordId: 'p-piet',
      reporterIds: ['p-piet'],
      periods: [{ start: '2026-01-05', end: '2026-01-09' }, { start: '2026-01-20', end: null }],
      partialRecoverySince: '2026-02-01',
      records: [{ stepId: 'probleemanalyse', kind: 'done', date: '2026-02-10', id: 'r1', recordedBy: 'p-piet', recordedAt: '2026-02-10T10:00:00.000Z' }],
      loonsanctieWeeks: 4,
      verlengingWeeks: 2,
      noLastingCapacity: true,
      functionalAdvice: 'kan 4 uur per dag werken',
      nextDue: '2026-03-01',
    });
    expect(s.cases.create(c)).toEqual({ ...c, version: 1 });
    expect(s.cases.get('c1')).toEqual({ ...c, version: 1 });
    expect(s.cases.get('nope')).toBeUndefined();
  });

  it('update writes with the current version and bumps it', () => {
    const c1 = s.cases.create(newCase('c1', 'acme', 'p-anna'));
    const c2 = s.cases.update({ ...c1, closedOn: '2026-02-01', periods: [{ start: '2026-01-05', end: '2026-01-31' }] });
    expect(c2.version).toBe(2);
    expect(s.cases.get('c1')).toEqual(c2);
    expect(() => s.cases.update({ ...c1, loonsanctieWeeks: 9 })).toThrow(ConcurrencyError);
    expect(s.cases.get('c1')?.loonsanctieWeeks).toBe(0);
    expect(() => s.cases.update({ ...c1, id: 'missing' })).toThrow(ConcurrencyError);
  });

  it('a stale version from a second handle on the same file conflicts', () => {
    s.cases.create(newCase('c1', 'acme', 'p-anna'));
    const other = openStore(t.path);
    try {
      const mine = s.cases.get('c1')!;
      const theirs = other.cases.get('c1')!;
      other.cases.update({ ...theirs, nextDue: '2026-04-01' });
      const err = (() => { try { s.cases.update({ ...mine, nextDue: '2026-05-01' }); } catch (e) { return e; } })();
      expect(err).toBeInstanceOf(ConcurrencyError);
      expect((err as ConcurrencyError).caseId).toBe('c1');
      const fresh = s.cases.get('c1')!;
      expect(fresh.nextDue).toBe('2026-04-01');
      expect(s.cases.update({ ...fresh, nextDue: '2026-05-01' }).version).toBe(3);
      expect(other.cases.get('c1')?.nextDue).toBe('2026-05-01');
    } finally {
      other.close();
    }
  });

  it('lists by employee, by employer and open ones', () => {
    s.employers.ensure('beta');
    s.people.upsert(person('p-jan', 'beta', 'Jan Bakker'));
    s.cases.create(newCase('c1', 'acme', 'p-anna', { createdAt: '2026-01-01T00:00:00.000Z', closedOn: '2026-01-10' }));
    s.cases.create(newCase('c2', 'acme', 'p-anna', { createdAt: '2026-03-01T00:00:00.000Z' }));
    s.cases.create(newCase('c3', 'acme', 'p-fatima', { createdAt: '2026-02-01T00:00:00.000Z' }));
    s.cases.create(newCase('c4', 'beta', 'p-jan', { createdAt: '2026-02-02T00:00:00.000Z' }));
    const ids = (cs: Array<{ id: string }>) => cs.map((c) => c.id);
    expect(ids(s.cases.listByEmployee('p-anna'))).toEqual(['c1', 'c2']);
    expect(ids(s.cases.listByEmployer('acme'))).toEqual(['c1', 'c3', 'c2']);
    expect(ids(s.cases.listOpen('acme'))).toEqual(['c3', 'c2']);
    expect(ids(s.cases.listOpen())).toEqual(['c3', 'c4', 'c2']);
  });

  it('eachDueSchedule streams the schedules whose next due date is on or before the date', () => {
    s.cases.create(newCase('c1', 'acme', 'p-anna', { nextDue: '2026-03-02' }));
    s.cases.create(newCase('c2', 'acme', 'p-anna', { nextDue: '2026-03-01' }));
    s.cases.create(newCase('c3', 'acme', 'p-anna', { nextDue: '2026-03-03' }));
    s.cases.create(newCase('c4', 'acme', 'p-anna', { nextDue: null }));
    const due = (d: string) => { const ids: string[] = []; s.cases.eachDueSchedule(d, (x) => ids.push(x.caseId)); return ids; };
    expect(due('2026-03-02')).toEqual(['c2', 'c1']);
    expect(due('2026-02-28')).toEqual([]);
  });

  it('a pass reads through the next_due index of the narrow schedule table, not the whole table', () => {
    const plan = s.db.prepare(`EXPLAIN QUERY PLAN ${DUE_SCHEDULES_SQL}`).all('2026-03-01') as Array<{ detail: string }>;
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toMatch(/^SEARCH d USING INDEX case_due_next \(next_due>\? AND next_due<\?\) \| SEARCH s USING INDEX sqlite_autoindex_case_schedule_1 \(case_id=\?\)$/);
  });

  it('delete removes the case and its case roles', () => {
    s.cases.create(newCase('c1', 'acme', 'p-anna'));
    s.roles.add({ personId: 'p-fatima', employerId: 'acme', role: 'casemanager', caseId: 'c1' });
    s.cases.delete('c1');
    expect(s.cases.get('c1')).toBeUndefined();
    expect(s.roles.listForPerson('p-fatima')).toEqual([]);
  });
});
