import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../../src/store/index.js';
import { newCase, seeded, tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let s: SqliteStore;
beforeEach(() => {
  t = tmpDb();
  s = seeded(t.path);
  s.cases.create(newCase('c1', 'acme', 'p-anna'));
});
afterEach(() => { s.close(); t.cleanup(); });

describe('roles', () => {
  it('adds once, lists per person, employer and case, and removes', () => {
    const hr = { personId: 'p-fatima', employerId: 'acme', role: 'hr', caseId: null } as const;
    const cm = { personId: 'p-fatima', employerId: 'acme', role: 'casemanager', caseId: 'c1' } as const;
    const mgr = { personId: 'p-piet', employerId: 'acme', role: 'manager', caseId: null } as const;
    s.roles.add(hr);
    s.roles.add(hr);
    s.roles.add(cm);
    s.roles.add(mgr);
    expect(s.roles.listForPerson('p-fatima')).toEqual([cm, hr]);
    expect(s.roles.listForEmployer('acme')).toEqual([cm, hr, mgr]);
    expect(s.roles.listForCase('c1')).toEqual([cm]);
    expect(s.roles.remove(hr)).toBe(true);
    expect(s.roles.remove(hr)).toBe(false);
    expect(s.roles.remove({ ...cm, caseId: null })).toBe(false);
    expect(s.roles.listForPerson('p-fatima')).toEqual([cm]);
  });

  it('holders: employer-wide without a case; employer-wide plus assigned with one', () => {
    s.roles.add({ personId: 'p-piet', employerId: 'acme', role: 'casemanager', caseId: null });
    s.roles.add({ personId: 'p-fatima', employerId: 'acme', role: 'casemanager', caseId: 'c1' });
    expect(s.roles.holders('acme', 'casemanager')).toEqual(['p-piet']);
    expect(s.roles.holders('acme', 'casemanager', null)).toEqual(['p-piet']);
    expect(s.roles.holders('acme', 'casemanager', 'c1')).toEqual(['p-fatima', 'p-piet']);
    expect(s.roles.holders('acme', 'hr')).toEqual([]);
    expect(s.roles.holders('other', 'casemanager', 'c1')).toEqual([]);
  });

  it('listForCases gives each case its assignments in the order they were made, for ids in any order and repeated', () => {
    for (const id of ['c10', 'c2', 'c3']) s.cases.create(newCase(id, 'acme', 'p-anna'));
    const a = (personId: string, role: 'casemanager' | 'bedrijfsarts', caseId: string) => ({ personId, employerId: 'acme', role, caseId });
    for (const r of [a('p-piet', 'casemanager', 'c2'), a('p-fatima', 'casemanager', 'c10'), a('p-fatima', 'bedrijfsarts', 'c2'), a('p-anna', 'casemanager', 'c1')]) s.roles.add(r);
    s.roles.add({ personId: 'p-piet', employerId: 'acme', role: 'casemanager', caseId: null }); // employer-wide: not a case's
    const expected = new Map([['c1', [a('p-anna', 'casemanager', 'c1')]], ['c10', [a('p-fatima', 'casemanager', 'c10')]],
      ['c2', [a('p-piet', 'casemanager', 'c2'), a('p-fatima', 'bedrijfsarts', 'c2')]]]);
    // Sorted and unique (as a pass asks), unsorted, and with repeats: the same answer.
    for (const ids of [['c1', 'c10', 'c2', 'c3'], ['c3', 'c2', 'c10', 'c1'], ['c2', 'c1', 'c2', 'c10', 'c3', 'c1']]) {
      const got = s.roles.listForCases(ids);
      expect(new Map([...got].sort((x, y) => (x[0] < y[0] ? -1 : 1)))).toEqual(expected);
    }
    expect(s.roles.listForCases([])).toEqual(new Map());
  });

  it('refuses an assignment to an unknown case or person', () => {
    expect(() => s.roles.add({ personId: 'p-fatima', employerId: 'acme', role: 'casemanager', caseId: 'nope' })).toThrow(/FOREIGN KEY/);
    expect(() => s.roles.add({ personId: 'nobody', employerId: 'acme', role: 'hr', caseId: null })).toThrow(/FOREIGN KEY/);
  });
});
