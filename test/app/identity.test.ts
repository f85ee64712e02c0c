import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveSender } from '../../src/app/identity.js';
import { importRoles } from '../../src/app/importRoles.js';
import { P, world, type World } from './helpers.js';

let w: World;
beforeEach(() => { w = world(); });
afterEach(() => w.cleanup());

describe('resolveSender', () => {
  it('creates the employer and person on first contact and finds them again', () => {
    const sender = { platform: 'slack' as const, tenantId: 'T0001', userId: 'U0001', displayName: 'Piet Jansen', locale: 'en' as const };
    const a = resolveSender(w.at('2026-03-02'), sender);
    expect(a.created).toBe(true);
    expect(a.employer.id).toBe('slack:T0001');
    expect(a.person).toMatchObject({ name: 'Piet Jansen', locale: 'en', employerId: 'slack:T0001' });
    expect(a.actor.assignments).toEqual([{ personId: a.person.id, employerId: 'slack:T0001', role: 'employee', caseId: null }]);
    const b = resolveSender(w.at('2026-03-03'), sender, { name: 'Someone Else' });
    expect(b.created).toBe(false);
    expect(b.person.id).toBe(a.person.id);
  });

  it('links by e-mail to a person the roles import created at that employer', () => {
    importRoles(w.at('2026-03-02'), [
      'employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd',
      'teams:tenant-1,e-100,Fatima El Amrani,fatima@globex.example,,,hr,,',
    ].join('\n'));
    const r = resolveSender(w.at('2026-03-02'), { platform: 'teams', tenantId: 'tenant-1', userId: '6f1c2a7e-0000-4000-8000-000000000001' }, { name: 'F. El Amrani', email: 'Fatima@Globex.example' });
    expect(r.created).toBe(false);
    expect(r.person.id).toBe('e-100');
    expect(r.person.name).toBe('Fatima El Amrani');
    expect(r.actor.assignments.map((a) => a.role)).toEqual(['hr']);
    expect(w.store.people.findByIdentity({ platform: 'teams', tenantId: 'tenant-1', userId: '6f1c2a7e-0000-4000-8000-000000000001' })?.id).toBe('e-100');
  });

  it('finds a person imported with a Slack user id from any workspace, under their own employer', () => {
    importRoles(w.at('2026-03-02'), [
      'employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd',
      'acme,p-piet,Piet Jansen,piet@example.nl,U0PIET,,manager,,',
    ].join('\n'));
    const r = resolveSender(w.at('2026-03-02'), { platform: 'slack', tenantId: 'T-ACME', userId: 'U0PIET' });
    expect(r.person.id).toBe(P.piet);
    expect(r.employer.id).toBe('acme');
    expect(r.actor.employerId).toBe('acme');
  });

  it('does not link by e-mail across employers', () => {
    const r = resolveSender(w.at('2026-03-02'), { platform: 'slack', tenantId: 'T-OTHER', userId: 'U0999' }, { name: 'Anna', email: 'anna@example.nl' });
    expect(r.created).toBe(true);
    expect(r.person.id).not.toBe(P.anna);
  });
});
