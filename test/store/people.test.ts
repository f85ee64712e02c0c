import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, UnknownRecordError, type SqliteStore } from '../../src/store/index.js';
import { newCase, person, seeded, tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let s: SqliteStore;
beforeEach(() => { t = tmpDb(); s = seeded(t.path); });
afterEach(() => { s.close(); t.cleanup(); });

describe('employers', () => {
  it('ensure creates once with default settings and lists', () => {
    const e = s.employers.ensure('beta', 'Beta BV');
    expect(e).toEqual({ id: 'beta', name: 'Beta BV', settings: { insured: false, ownRiskZiektewet: false, officeHours: { start: '08:00', end: '18:00' }, language: 'nl' } });
    expect(s.employers.ensure('beta', 'Other name').name).toBe('Beta BV');
    expect(s.employers.list().map((x) => x.id)).toEqual(['acme', 'beta']);
    expect(s.employers.get('nope')).toBeUndefined();
  });

  it('ensureForTenant maps a platform tenant to one employer', () => {
    const a = s.employers.ensureForTenant('slack', 'T42', 'Gamma');
    const b = s.employers.ensureForTenant('slack', 'T42');
    expect(a.id).toBe('slack:T42');
    expect(b).toEqual(a);
    expect(s.employers.ensureForTenant('teams', 'T42').id).toBe('teams:T42');
  });

  it('updateSettings patches and persists', () => {
    const e = s.employers.updateSettings('acme', { insured: true, officeHours: { start: '09:00', end: '17:30' } });
    expect(e.settings).toEqual({ insured: true, ownRiskZiektewet: false, officeHours: { start: '09:00', end: '17:30' }, language: 'nl' });
    s.employers.updateSettings('acme', { language: 'en', ownRiskZiektewet: true });
    s.close();
    s = openStore(t.path);
    expect(s.employers.get('acme')?.settings).toEqual({ insured: true, ownRiskZiektewet: true, officeHours: { start: '09:00', end: '17:30' }, language: 'en' });
    expect(() => s.employers.updateSettings('nope', { insured: true })).toThrow(UnknownRecordError);
  });
});

describe('people', () => {
  it('get and upsert round-trip, identities merged and never dropped', () => {
    expect(s.people.get('p-anna')).toEqual(person('p-anna', 'acme', 'Anna de Vries', { email: 'Anna@Example.nl', managerPersonId: 'p-piet' }));
    s.people.upsert(person('p-piet', 'acme', 'Piet Jansen', { locale: 'en', identities: [{ platform: 'teams', tenantId: 'tid', userId: 'aad-piet' }] }));
    const piet = s.people.get('p-piet');
    expect(piet?.locale).toBe('en');
    expect(piet?.identities).toEqual([
      { platform: 'slack', tenantId: 'T1', userId: 'U-PIET' },
      { platform: 'teams', tenantId: 'tid', userId: 'aad-piet' },
    ]);
  });

  it('resolve accepts an id, an e-mail (any case) or a platform user id', () => {
    expect(s.people.resolve('p-anna')?.name).toBe('Anna de Vries');
    expect(s.people.resolve('anna@example.NL')?.id).toBe('p-anna');
    expect(s.people.resolve('U-PIET')?.id).toBe('p-piet');
    expect(s.people.resolve('U-PIET', 'acme')?.id).toBe('p-piet');
    expect(s.people.resolve('U-PIET', 'other')).toBeUndefined();
    expect(s.people.resolve('nobody@example.nl')).toBeUndefined();
  });

  it('resolve does not guess between two people with one e-mail', () => {
    s.employers.ensure('beta');
    s.people.upsert(person('p-anna2', 'beta', 'Anna de Vries', { email: 'anna@example.nl' }));
    expect(s.people.resolve('anna@example.nl')).toBeUndefined();
    expect(s.people.resolve('anna@example.nl', 'beta')?.id).toBe('p-anna2');
  });

  it('findByIdentity matches exactly, or an identity linked without tenant', () => {
    expect(s.people.findByIdentity({ platform: 'slack', tenantId: 'T1', userId: 'U-PIET' })?.id).toBe('p-piet');
    expect(s.people.findByIdentity({ platform: 'slack', tenantId: 'T2', userId: 'U-PIET' })).toBeUndefined();
    expect(s.people.findByIdentity({ platform: 'teams', tenantId: 'T1', userId: 'U-PIET' })).toBeUndefined();
    s.people.linkIdentity('p-fatima', { platform: 'teams', tenantId: '', userId: 'aad-fatima' });
    expect(s.people.findByIdentity({ platform: 'teams', tenantId: 'tenant-x', userId: 'aad-fatima' })?.id).toBe('p-fatima');
  });

  it('linkIdentity moves an account to the person it is linked to last', () => {
    s.people.linkIdentity('p-anna', { platform: 'slack', tenantId: 'T1', userId: 'U-PIET' });
    expect(s.people.findByIdentity({ platform: 'slack', tenantId: 'T1', userId: 'U-PIET' })?.id).toBe('p-anna');
    expect(s.people.get('p-piet')?.identities).toEqual([]);
  });

  it('searchByName is case- and accent-insensitive, by name prefix or word prefix', () => {
    s.people.upsert(person('p-zoe', 'acme', 'Zoë van den Berg-Ümit'));
    const names = (q: string) => s.people.searchByName('acme', q).map((p) => p.id);
    expect(names('anna')).toEqual(['p-anna']);
    expect(names('VRIES')).toEqual(['p-anna']);
    expect(names('de v')).toEqual(['p-anna']);
    expect(names('zoe')).toEqual(['p-zoe']);
    expect(names('umit')).toEqual(['p-zoe']);
    expect(names('el amr')).toEqual(['p-fatima']);
    expect(names('nna')).toEqual([]);
    expect(names('  ')).toEqual([]);
    expect(s.people.searchByName('other', 'anna')).toEqual([]);
    s.people.upsert(person('p-jan', 'acme', 'Jan'));
    s.people.upsert(person('p-jans', 'acme', 'Janneke Bakker'));
    expect(names('jan')).toEqual(['p-jan', 'p-jans', 'p-piet']); // exact, prefix, then word
  });

  it('listByEmployer returns people with identities, sorted by name', () => {
    const list = s.people.listByEmployer('acme');
    expect(list.map((p) => p.id)).toEqual(['p-anna', 'p-fatima', 'p-piet']);
    expect(list[2].identities).toEqual([{ platform: 'slack', tenantId: 'T1', userId: 'U-PIET' }]);
    expect(list[0].identities).toEqual([]);
  });

  it('setLocale changes only the locale', () => {
    s.people.setLocale('p-anna', 'en');
    expect(s.people.get('p-anna')?.locale).toBe('en');
    s.people.setLocale('p-anna', null);
    expect(s.people.get('p-anna')?.locale).toBeNull();
  });

  it('delete removes the person with identities, roles, cases and queued messages', () => {
    s.cases.create(newCase('c1', 'acme', 'p-piet'));
    s.roles.add({ personId: 'p-piet', employerId: 'acme', role: 'manager', caseId: null });
    s.outbox.enqueue({
      idempotencyKey: 'k1', kind: 'notice', personId: 'p-piet', target: { platform: 'slack', tenantId: 'T1', userId: 'U-PIET' },
      message: { kind: 'message', summary: 'Hoi', blocks: [] }, notBefore: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z',
    });
    s.people.delete('p-piet');
    expect(s.people.get('p-piet')).toBeUndefined();
    expect(s.people.findByIdentity({ platform: 'slack', tenantId: 'T1', userId: 'U-PIET' })).toBeUndefined();
    expect(s.cases.get('c1')).toBeUndefined();
    expect(s.roles.listForPerson('p-piet')).toEqual([]);
    expect(s.outbox.has('k1')).toBe(false);
    expect(s.people.get('p-anna')?.managerPersonId).toBeNull();
  });

  it('refuses a person of an unknown employer', () => {
    expect(() => s.people.upsert(person('p-x', 'nope', 'Jan Bakker'))).toThrow(/FOREIGN KEY/);
  });
});
