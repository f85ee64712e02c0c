// Bulk reads used by the scheduler: the same people and names as one-by-one reads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../../src/store/index.js';
import { newCase, seeded, tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let s: SqliteStore;
beforeEach(() => { t = tmpDb(); s = seeded(t.path); });
afterEach(() => { s.close(); t.cleanup(); });

describe('people in bulk', () => {
  it('getMany returns what get returns, identities included, and leaves unknown ids out', () => {
    s.people.linkIdentity('p-piet', { platform: 'teams', tenantId: 'tn', userId: 'aad-piet' });
    const many = s.people.getMany(['p-piet', 'p-anna', 'p-nobody', 'p-piet']);
    expect(many.map((p) => p.id).sort()).toEqual(['p-anna', 'p-piet']);
    for (const p of many) expect(p).toEqual(s.people.get(p.id));
    expect(many.find((p) => p.id === 'p-piet')!.identities).toHaveLength(2);
    expect(s.people.getMany([])).toEqual([]);
  });

  it('getMany lists several accounts of a person in the order get lists them', () => {
    for (const [platform, tenantId, userId] of [['teams', 'tn', 'aad-2'], ['slack', 'T2', 'U-2'], ['teams', 'tn', 'aad-1']] as const) {
      s.people.linkIdentity('p-fatima', { platform, tenantId, userId });
    }
    const [fatima] = s.people.getMany(['p-fatima']);
    expect(fatima.identities).toHaveLength(3);
    expect(fatima).toEqual(s.people.get('p-fatima'));
  });

  it('namesOf returns display names by id', () => {
    expect(s.people.namesOf(['p-anna', 'p-fatima', 'p-nobody'])).toEqual(new Map([['p-anna', 'Anna de Vries'], ['p-fatima', 'Fatima El Amrani']]));
  });
});

describe('role kinds', () => {
  it('roleKindsAt gives one real assignment per role and kind, at that employer only', () => {
    for (const caseId of [null, 'c1', 'c2']) {
      if (caseId) s.cases.create({ ...newCase(caseId, 'acme', 'p-anna') });
      s.roles.add({ personId: 'p-fatima', employerId: 'acme', role: 'casemanager', caseId });
    }
    s.roles.add({ personId: 'p-fatima', employerId: 'acme', role: 'hr', caseId: null });
    expect(s.roles.roleKindsAt('p-fatima', 'acme')).toEqual([
      { personId: 'p-fatima', employerId: 'acme', role: 'casemanager', caseId: null },
      { personId: 'p-fatima', employerId: 'acme', role: 'casemanager', caseId: 'c1' },
      { personId: 'p-fatima', employerId: 'acme', role: 'hr', caseId: null },
    ]);
    expect(s.roles.roleKindsAt('p-fatima', 'globex')).toEqual([]);
  });
});
