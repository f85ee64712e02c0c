import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSickness } from '../../src/app/sickness.js';
import { assignRole, revokeRole } from '../../src/app/roles.js';
import { NotAllowedError, NotFoundError, ValidationError } from '../../src/app/errors.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
let caseId: string;
beforeEach(() => {
  w = world();
  caseId = reportSickness(w.at('2026-03-02'), w.actor(P.piet), intake(P.anna, '2026-03-02') as unknown as IntakeInput).case.id;
});
afterEach(() => w.cleanup());
const ctx = () => w.at('2026-03-03');

describe('assignRole / revokeRole', () => {
  it('lets HR assign a casemanager to a case, idempotently, and revoke it', () => {
    const r = assignRole(ctx(), w.actor(P.fatima), { personRef: 'jan@example.nl', role: 'casemanager', caseId });
    expect(r).toMatchObject({ alreadyHeld: false, assignment: { personId: P.jan, role: 'casemanager', caseId } });
    expect(r.warning).toBeUndefined();
    expect(w.store.roles.listForCase(caseId)).toEqual([{ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId }]);
    expect(assignRole(ctx(), w.actor(P.fatima), { personRef: P.jan, role: 'casemanager', caseId }).alreadyHeld).toBe(true);
    revokeRole(ctx(), w.actor(P.fatima), { personRef: P.jan, role: 'casemanager', caseId });
    expect(w.store.roles.listForCase(caseId)).toEqual([]);
    expect(() => revokeRole(ctx(), w.actor(P.fatima), { personRef: P.jan, role: 'casemanager', caseId })).toThrow(NotFoundError);
  });

  it('refuses people without hr/admin, audited', () => {
    expect(() => assignRole(ctx(), w.actor(P.piet), { personRef: P.jan, role: 'hr' })).toThrow(NotAllowedError);
    expect(w.store.audit.list({ actorPersonId: P.piet }).at(-1)).toMatchObject({ action: 'role.assign', allowed: false });
    expect(w.store.roles.listForPerson(P.jan)).toEqual([]);
  });

  it('refuses mixing casemanager and casemanager-td with the separation message', () => {
    assignRole(ctx(), w.actor(P.sanne), { personRef: P.jan, role: 'casemanager' });
    let err: unknown;
    try { assignRole(ctx(), w.actor(P.sanne), { personRef: P.jan, role: 'casemanager-td' }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(NotAllowedError);
    expect((err as NotAllowedError).reason).toBe('refused.casemanager-and-td');
    expect((err as NotAllowedError).userMessage.nl.length).toBeGreaterThan(10);
    expect(w.store.audit.list({ actorPersonId: P.sanne }).at(-1)).toMatchObject({ allowed: false, reason: 'refused.casemanager-and-td' });
    expect(w.store.roles.listForPerson(P.jan).map((a) => a.role)).toEqual(['casemanager']);
  });

  it('warns once when the manager becomes casemanager of their own employee', () => {
    const first = assignRole(ctx(), w.actor(P.fatima), { personRef: P.piet, role: 'casemanager', caseId });
    expect(first.warningCode).toBe('warn.manager-as-casemanager');
    expect(first.warning?.nl.length).toBeGreaterThan(10);
    revokeRole(ctx(), w.actor(P.fatima), { personRef: P.piet, role: 'casemanager', caseId });
    const again = assignRole(ctx(), w.actor(P.fatima), { personRef: P.piet, role: 'casemanager', caseId });
    expect(again.warning).toBeUndefined();
    expect(again.alreadyHeld).toBe(false);
  });

  it('only case-assigned roles go on a case; other employers are out of reach', () => {
    expect(() => assignRole(ctx(), w.actor(P.fatima), { personRef: P.jan, role: 'hr', caseId })).toThrow(ValidationError);
    expect(() => assignRole(ctx(), w.actor(P.fatima), { personRef: P.kees, role: 'hr' })).toThrow(NotFoundError);
  });
});
