import { describe, expect, it } from 'vitest';
import { authorize, relationOf, TD_BLOCKED_ACTIONS } from '../../../src/core/policy/authorize.js';
import { POLICY_MESSAGES, REFUSAL_REASONS } from '../../../src/core/policy/messages.js';
import type { Actor, CaseAccess, RoleAssignment } from '../../../src/core/policy/types.js';
import type { Action, Role } from '../../../src/core/roles.js';

const E1 = 'emp-acme';
const CASE: CaseAccess = { caseId: 'c1', employerId: E1, employeeId: 'anna', managerOfRecordId: 'piet', reporterIds: ['jan'] };

function role(personId: string, r: Role, caseId: string | null = null, employerId = E1): RoleAssignment {
  return { personId, employerId, role: r, caseId };
}
function actor(personId: string, ...assignments: RoleAssignment[]): Actor {
  return { personId, employerId: E1, assignments };
}

describe('relationOf', () => {
  it('names the relation of domain.md §6', () => {
    expect(relationOf(actor('anna'), CASE)).toBe('self');
    expect(relationOf(actor('piet', role('piet', 'hr')), CASE)).toBe('manager');
    expect(relationOf(actor('jan'), CASE)).toBe('reporter');
    expect(relationOf(actor('jan', role('jan', 'manager')), CASE)).toBe('reporter');
    expect(relationOf(actor('fatima', role('fatima', 'casemanager', 'c1')), CASE)).toBe('assigned');
    expect(relationOf(actor('fatima', role('fatima', 'hr')), CASE)).toBe('employer');
    expect(relationOf(actor('fatima', role('fatima', 'casemanager', 'c2')), CASE)).toBe('none');
    expect(relationOf(actor('fatima', role('fatima', 'employee')), CASE)).toBe('none');
  });
  it('is none for a person of another employer, even one whose id appears on the case', () => {
    expect(relationOf({ personId: 'anna', employerId: 'emp-x', assignments: [] }, CASE)).toBe('none');
    expect(relationOf({ personId: 'piet', employerId: 'emp-x', assignments: [role('piet', 'hr', null, 'emp-x')] }, CASE)).toBe('none');
  });
  it('ignores assignments that belong to someone else or to another employer', () => {
    expect(relationOf(actor('fatima', role('bram', 'casemanager', 'c1')), CASE)).toBe('none');
    expect(relationOf(actor('fatima', role('fatima', 'casemanager', 'c1', 'emp-x')), CASE)).toBe('none');
    // hr is not a case-assigned role: an hr assignment on a case is void
    expect(relationOf(actor('fatima', role('fatima', 'hr', 'c1')), CASE)).toBe('none');
  });
});

describe('authorize', () => {
  it('reports who allowed it', () => {
    expect(authorize(actor('anna'), 'case.read.absence', CASE)).toEqual({ allowed: true, relation: 'self', reason: 'allowed.self' });
    expect(authorize(actor('piet'), 'case.recover', CASE)).toEqual({ allowed: true, relation: 'manager', reason: 'allowed.manager' });
    expect(authorize(actor('f', role('f', 'casemanager', 'c1')), 'plan.advise', CASE)).toMatchObject({ allowed: true, relation: 'assigned', reason: 'allowed.casemanager' });
    expect(authorize(actor('f', role('f', 'casemanager')), 'plan.advise', CASE)).toMatchObject({ allowed: true, relation: 'employer', reason: 'allowed.casemanager' });
    expect(authorize(actor('f', role('f', 'insurer')), 'case.read.process', CASE)).toMatchObject({ allowed: true, reason: 'allowed.insurer' });
  });

  it('gives the reporter a confirmation and nothing more', () => {
    const d = authorize(actor('jan'), 'case.read.absence', CASE);
    expect(d).toMatchObject({ allowed: false, relation: 'reporter', reason: 'refused.reporter-only' });
    expect(authorize(actor('jan'), 'case.report', CASE).allowed).toBe(true);
  });

  it('lets anyone of the employer report, without a case, but not holders of only outside roles', () => {
    const ctx = { employerId: E1 };
    expect(authorize(actor('kees'), 'case.report', null, ctx)).toMatchObject({ allowed: true, reason: 'allowed.same-employer' });
    expect(authorize(actor('kees', role('kees', 'hr')), 'case.report', null, ctx)).toMatchObject({ allowed: true, reason: 'allowed.hr' });
    expect(authorize(actor('kees', role('kees', 'insurer')), 'case.report', null, ctx)).toMatchObject({ allowed: false, reason: 'refused.external-role' });
    expect(authorize(actor('kees', role('kees', 'insurer'), role('kees', 'employee')), 'case.report', null, ctx).allowed).toBe(true);
    // an in-house bedrijfsarts may still report themselves sick
    expect(authorize(actor('kees', role('kees', 'bedrijfsarts')), 'case.report', null, { ...ctx, subjectPersonId: 'kees' }))
      .toMatchObject({ allowed: true, relation: 'self', reason: 'allowed.self' });
    expect(authorize(actor('kees'), 'case.report', null, { employerId: 'emp-x' })).toMatchObject({ allowed: false, reason: 'refused.other-employer' });
  });

  it('treats you as the employee on your own case, whatever other role you hold', () => {
    const hrAnna = actor('anna', role('anna', 'hr'));
    expect(authorize(hrAnna, 'case.recover', CASE)).toMatchObject({ allowed: true, reason: 'allowed.self' });
    expect(authorize(hrAnna, 'role.assign', CASE)).toMatchObject({ allowed: false, reason: 'refused.own-case' });
    const doctorAnna = actor('anna', role('anna', 'bedrijfsarts'));
    expect(authorize(doctorAnna, 'case.write.functional-advice', CASE)).toMatchObject({ allowed: false, reason: 'refused.own-case' });
    expect(authorize(doctorAnna, 'step.complete', CASE, { stepId: 'probleemanalyse' })).toMatchObject({ allowed: false, reason: 'refused.own-case' });
  });

  it('refuses a casemanager-td every employer action, even when also hr or manager of record', () => {
    expect(TD_BLOCKED_ACTIONS).toEqual(['plan.agree', 'role.assign']);
    const hrTd = actor('f', role('f', 'hr'), role('f', 'casemanager-td', 'c9'));
    expect(authorize(hrTd, 'role.assign', null)).toMatchObject({ allowed: false, reason: 'refused.td-employer-action' });
    expect(authorize(hrTd, 'plan.agree', CASE)).toMatchObject({ allowed: false, reason: 'refused.td-employer-action' });
    expect(authorize(hrTd, 'case.read.absence', CASE)).toMatchObject({ allowed: true, reason: 'allowed.hr' });
    const managerTd = actor('piet', role('piet', 'casemanager-td', 'c1'));
    const d = authorize(managerTd, 'plan.agree', CASE);
    expect(d).toMatchObject({ allowed: false, reason: 'refused.td-employer-action' });
    if (!d.allowed) expect(d.message.nl).toMatch(/geen dubbele pet/i);
    expect(authorize(actor('f', role('f', 'casemanager-td', 'c1')), 'case.write.functional-advice', CASE).allowed).toBe(true);
  });

  it('tells a casemanager-td without other roles why employer actions are not theirs', () => {
    for (const td of [actor('t', role('t', 'casemanager-td', 'c1')), actor('t', role('t', 'casemanager-td', 'c9')), actor('t', role('t', 'casemanager-td'))]) {
      const agree = authorize(td, 'plan.agree', CASE);
      expect(agree).toMatchObject({ allowed: false, reason: 'refused.td-employer-action' });
      if (!agree.allowed) expect(agree.message).toEqual(POLICY_MESSAGES['refused.td-employer-action']);
      expect(authorize(td, 'role.assign', null)).toMatchObject({ allowed: false, reason: 'refused.td-employer-action' });
      expect(authorize(td, 'role.assign', CASE)).toMatchObject({ allowed: false, reason: 'refused.td-employer-action' });
      // Actions that are not employer actions keep their usual reasons.
      expect(authorize(td, 'plan.advise', CASE)).toMatchObject({ allowed: false, reason: 'refused.role' });
    }
  });

  it('lets the casemanager advise the plan, never agree it', () => {
    const cm = actor('f', role('f', 'casemanager', 'c1'));
    expect(authorize(cm, 'plan.advise', CASE).allowed).toBe(true);
    // Holding only the casemanager role, the refusal still explains the rule (not the generic "not your role").
    const cmAgree = authorize(cm, 'plan.agree', CASE);
    expect(cmAgree).toMatchObject({ allowed: false, relation: 'assigned', reason: 'refused.casemanager-cannot-agree-plan' });
    if (!cmAgree.allowed) expect(cmAgree.message).toEqual(POLICY_MESSAGES['refused.casemanager-cannot-agree-plan']);
    if (!cmAgree.allowed) expect(cmAgree.message.nl).toMatch(/adviseer.*Werkgever en werknemer/s);
    expect(authorize(actor('f', role('f', 'casemanager')), 'plan.agree', CASE)).toMatchObject({ allowed: false, reason: 'refused.casemanager-cannot-agree-plan' });
    // The casemanager of another case is simply not involved here.
    expect(authorize(actor('f', role('f', 'casemanager', 'c2')), 'plan.agree', CASE)).toMatchObject({ allowed: false, reason: 'refused.role' });
    const managerCm = actor('piet', role('piet', 'casemanager', 'c1'));
    expect(authorize(managerCm, 'plan.agree', CASE)).toMatchObject({ allowed: false, reason: 'refused.casemanager-cannot-agree-plan' });
    const hrCm = actor('f', role('f', 'hr'), role('f', 'casemanager'));
    expect(authorize(hrCm, 'plan.agree', CASE)).toMatchObject({ allowed: false, reason: 'refused.casemanager-cannot-agree-plan' });
    // casemanager of another case: agreeing this plan as hr is fine
    expect(authorize(actor('f', role('f', 'hr'), role('f', 'casemanager', 'c2')), 'plan.agree', CASE)).toMatchObject({ allowed: true, reason: 'allowed.hr' });
    expect(authorize(actor('anna'), 'plan.agree', CASE).allowed).toBe(true);
    expect(authorize(actor('piet'), 'plan.agree', CASE).allowed).toBe(true);
  });

  it('lets the people responsible for a step act on it, plus hr and the casemanager', () => {
    const doctor = actor('d', role('d', 'bedrijfsarts'));
    const td = actor('t', role('t', 'casemanager-td', 'c1'));
    const insurer = actor('i', role('i', 'insurer'));
    for (const a of ['step.complete', 'step.not-applicable', 'step.deviate'] as const) {
      expect(authorize(doctor, a, CASE, { stepId: 'probleemanalyse' })).toMatchObject({ allowed: true, reason: 'allowed.bedrijfsarts' });
      expect(authorize(td, a, CASE, { stepId: 'probleemanalyse' })).toMatchObject({ allowed: true, reason: 'allowed.casemanager-td' });
      expect(authorize(td, a, CASE, { stepId: 'plan-van-aanpak' })).toMatchObject({ allowed: false, reason: 'refused.not-step-responsible' });
      expect(authorize(insurer, a, CASE, { stepId: 'probleemanalyse' })).toMatchObject({ allowed: false, reason: 'refused.not-step-responsible' });
      expect(authorize(actor('piet'), a, CASE, { stepId: 'probleemanalyse' })).toMatchObject({ allowed: true, reason: 'allowed.manager' });
      expect(authorize(actor('anna'), a, CASE, { stepId: 'probleemanalyse' }).allowed).toBe(false);
      expect(authorize(actor('anna'), a, CASE, { stepId: 'ziekmelding-werkgever' })).toMatchObject({ allowed: true, reason: 'allowed.self' });
      expect(authorize(doctor, a, CASE, { stepId: 'vangnet-melding-uwv' }).allowed).toBe(false);
      expect(authorize(actor('h', role('h', 'hr')), a, CASE, { stepId: 'einde-wachttijd' })).toMatchObject({ allowed: true, reason: 'allowed.hr' });
      expect(authorize(actor('h', role('h', 'hr')), a, CASE)).toMatchObject({ allowed: false, reason: 'refused.step-missing' });
    }
  });

  it('exports a person’s data for themselves, and by hr only on their request', () => {
    const hr = actor('h', role('h', 'hr'));
    expect(authorize(actor('anna'), 'person.export', null, { subjectPersonId: 'anna' })).toMatchObject({ allowed: true, relation: 'self' });
    expect(authorize(hr, 'person.export', null, { subjectPersonId: 'anna' })).toMatchObject({ allowed: false, reason: 'refused.export-needs-request' });
    expect(authorize(hr, 'person.export', null, { subjectPersonId: 'anna', subjectRequested: true })).toMatchObject({ allowed: true, reason: 'allowed.hr' });
    expect(authorize(actor('piet'), 'person.export', null, { subjectPersonId: 'anna', subjectRequested: true })).toMatchObject({ allowed: false, reason: 'refused.role' });
    expect(authorize(hr, 'person.export', null)).toMatchObject({ allowed: false, reason: 'refused.no-subject' });
  });

  it('shows admin audit entries only, hr the full audit', () => {
    expect(authorize(actor('a', role('a', 'admin')), 'audit.read', CASE)).toEqual({ allowed: true, relation: 'employer', reason: 'allowed.admin', entriesOnly: true });
    expect(authorize(actor('h', role('h', 'hr')), 'audit.read', null)).toEqual({ allowed: true, relation: 'employer', reason: 'allowed.hr' });
    expect(authorize(actor('h', role('h', 'hr'), role('h', 'admin')), 'audit.read', null)).not.toHaveProperty('entriesOnly');
    for (const a of ['case.read.absence', 'case.read.process', 'case.read.functional-advice'] as const) {
      expect(authorize(actor('a', role('a', 'admin')), a, CASE).allowed).toBe(false);
    }
  });

  it('keeps employer configuration, purges and digests to their roles, with or without a case', () => {
    const admin = actor('a', role('a', 'admin'));
    for (const a of ['employer.configure', 'retention.purge'] as const) {
      expect(authorize(admin, a, null)).toMatchObject({ allowed: true, reason: 'allowed.admin' });
      expect(authorize(actor('h', role('h', 'hr')), a, null)).toMatchObject({ allowed: false, reason: 'refused.role' });
      expect(authorize(admin, a, null, { employerId: 'emp-x' })).toMatchObject({ allowed: false, reason: 'refused.other-employer' });
    }
    expect(authorize(actor('f', role('f', 'casemanager', 'c7')), 'digest.receive', null)).toMatchObject({ allowed: true, reason: 'allowed.casemanager' });
    expect(authorize(actor('f', role('f', 'casemanager', 'c7')), 'digest.receive', CASE).allowed).toBe(false);
    expect(authorize(actor('h', role('h', 'hr')), 'digest.receive', null).allowed).toBe(true);
    expect(authorize(actor('m', role('m', 'manager')), 'digest.receive', null).allowed).toBe(false);
  });

  it('refuses case actions without a case and actions it does not know', () => {
    expect(authorize(actor('piet'), 'case.read.absence', null)).toMatchObject({ allowed: false, reason: 'refused.no-case' });
    expect(authorize(actor('piet'), 'case.delete' as Action, CASE)).toMatchObject({ allowed: false, reason: 'refused.unknown-action' });
    expect(authorize(actor('piet'), 'toString' as Action, CASE)).toMatchObject({ allowed: false, reason: 'refused.unknown-action' });
  });

  it('explains every refusal kindly in both languages', () => {
    for (const r of REFUSAL_REASONS) {
      const m = POLICY_MESSAGES[r];
      expect(m.nl.length, r).toBeGreaterThan(10);
      expect(m.en.length, r).toBeGreaterThan(10);
      expect(m.nl).not.toEqual(m.en);
    }
  });
});
