import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoles } from '../../src/app/importRoles.js';
import { ValidationError } from '../../src/app/errors.js';
import { world, type World } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/roles/${name}`, import.meta.url), 'utf8');
const HEADER = 'employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd';

let w: World;
beforeEach(() => { w = world(); });
afterEach(() => w.cleanup());
const ctx = () => w.at('2026-03-02');

function errorOf(fn: () => unknown): ValidationError {
  try { fn(); } catch (e) { if (e instanceof ValidationError) return e; throw e; }
  throw new Error('expected a ValidationError');
}

describe('importRoles', () => {
  it('imports people, identities, managers, employment ends and roles', () => {
    const r = importRoles(ctx(), fixture('good.csv'));
    expect(r).toMatchObject({ rows: 6, employersCreated: 0, peopleCreated: 5, peopleUpdated: 0, rolesAdded: 4, rolesUnchanged: 0, warnings: [] });
    const anna = w.store.people.get('e-anna')!;
    expect(anna).toMatchObject({ employerId: 'acme', managerPersonId: 'e-piet', email: 'anna.devries@acme.example' });
    expect(anna.identities).toEqual([{ platform: 'slack', tenantId: '', userId: 'U0ANNA01' }]);
    expect(w.store.people.get('e-piet')!.identities.map((i) => i.platform).sort()).toEqual(['slack', 'teams']);
    expect(w.store.people.get('e-fatima')!.name).toBe('El Amrani, Fatima');
    expect(w.store.people.get('e-ellen')).toMatchObject({ employmentEnd: '2026-06-30', managerPersonId: 'e-piet', email: null });
    expect(w.store.roles.listForPerson('e-jan').map((a) => a.role)).toEqual(['casemanager', 'manager']);
    expect(w.store.audit.list().filter((e) => e.reason === 'cli.operator' && e.action === 'role.assign')).toHaveLength(4);
    // running it again changes nothing
    const again = importRoles(ctx(), fixture('good.csv'));
    expect(again).toMatchObject({ peopleCreated: 0, peopleUpdated: 5, rolesAdded: 0, rolesUnchanged: 4 });
  });

  it('names the bad line and imports nothing', () => {
    const before = w.store.people.listByEmployer('acme').length;
    const e = errorOf(() => importRoles(ctx(), fixture('bad-email.csv')));
    expect(e.line).toBe(4);
    expect(e.field).toBe('email');
    expect(e.message).toMatch(/^line 4: /);
    expect(w.store.people.listByEmployer('acme')).toHaveLength(before);
    expect(w.store.people.get('e-anna')).toBeUndefined();
  });

  it('applies the separation rules per row, rolling back the whole file', () => {
    const e = errorOf(() => importRoles(ctx(), fixture('mixed-roles.csv')));
    expect(e.line).toBe(4);
    expect(e.field).toBe('role');
    expect(w.store.people.get('e-jan')).toBeUndefined();
    expect(w.store.roles.listForEmployer('acme').some((a) => a.personId === 'e-jan')).toBe(false);
  });

  it('refuses a missing header, an unknown manager, wrong column counts and unknown roles', () => {
    expect(errorOf(() => importRoles(ctx(), 'acme,e-1,Anna,,,,,,\n')).line).toBe(1);
    expect(errorOf(() => importRoles(ctx(), fixture('unknown-manager.csv')))).toMatchObject({ line: 2, field: 'managerPersonId' });
    expect(errorOf(() => importRoles(ctx(), `${HEADER}\nacme,e-1,Anna\n`))).toMatchObject({ line: 2, field: 'row' });
    expect(errorOf(() => importRoles(ctx(), `${HEADER}\r\n\r\nacme,e-1,Anna,,,,chief,,\r\n`))).toMatchObject({ line: 3, field: 'role' });
    expect(errorOf(() => importRoles(ctx(), `${HEADER}\nacme,e-1,Anna,,,,,,2026-02-30\n`))).toMatchObject({ line: 2, field: 'employmentEnd' });
    expect(errorOf(() => importRoles(ctx(), `${HEADER}\nacme,e-1,"Anna,,,,,,\n`))).toMatchObject({ line: 2 });
  });

  it('links rows to people who contacted the bot before, by e-mail', () => {
    w.store.people.upsert({ id: 'p-new', employerId: 'acme', name: 'anna', email: 'anna.devries@acme.example', locale: 'en', managerPersonId: null, employmentEnd: null, identities: [] });
    const r = importRoles(ctx(), `${HEADER}\nacme,e-anna,Anna de Vries,anna.devries@acme.example,,,,,\n`);
    expect(r).toMatchObject({ peopleCreated: 0, peopleUpdated: 1 });
    expect(w.store.people.get('p-new')).toMatchObject({ name: 'Anna de Vries', locale: 'en' });
  });

  it('warns once when a manager on record becomes casemanager', () => {
    importRoles(ctx(), fixture('good.csv'));
    const r = importRoles(ctx(), `${HEADER}\nacme,e-piet,Piet Jansen,piet.jansen@acme.example,,,casemanager,,\n`);
    expect(r.rolesAdded).toBe(1);
    expect(r.warnings).toEqual([expect.objectContaining({ line: 2, code: 'warn.manager-as-casemanager' })]);
  });

  it('creates employers it does not know', () => {
    const r = importRoles(ctx(), `${HEADER}\nslack:T0NEW,e-1,Jan Bakker,,,,hr,,\n`);
    expect(r.employersCreated).toBe(1);
    expect(w.store.employers.get('slack:T0NEW')).toBeDefined();
  });
});
