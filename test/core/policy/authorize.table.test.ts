// Every role × every action × every relation against an expected table written here, by hand, from domain.md §6.
// It deliberately does not import ACTION_TABLE: the two must agree independently.
import { describe, expect, it } from 'vitest';
import { authorize } from '../../../src/core/policy/authorize.js';
import type { Actor, CaseAccess, RoleAssignment } from '../../../src/core/policy/types.js';
import { ACTIONS, ROLES, type Action, type Role } from '../../../src/core/roles.js';
import { STEP_CATALOG } from '../../../src/core/timeline/catalog.js';
import { STEP_IDS, type StepId } from '../../../src/core/timeline/stepIds.js';

const E1 = 'emp-acme';
const E2 = 'emp-other';
const CASE: CaseAccess = {
  caseId: 'case-anna', employerId: E1, employeeId: 'anna', managerOfRecordId: 'piet', reporterIds: ['piet', 'jan'],
};

// domain.md §6 "Who may do what", copied by hand. "anyone" = anyone of the same employer.
const WHO: Record<Exclude<Action, 'step.complete' | 'step.not-applicable' | 'step.deviate'>, string> = {
  'case.report': 'self manager hr anyone',
  'case.recover': 'self manager hr',
  'case.read.absence': 'self manager hr casemanager casemanager-td bedrijfsarts',
  'case.read.process': 'self manager hr casemanager casemanager-td bedrijfsarts arbeidsdeskundige loonwaardedeskundige insurer',
  'case.read.functional-advice': 'self manager hr casemanager casemanager-td bedrijfsarts arbeidsdeskundige',
  'case.write.functional-advice': 'bedrijfsarts casemanager-td',
  'plan.agree': 'self manager hr',
  'plan.advise': 'casemanager',
  'role.assign': 'hr admin',
  'digest.receive': 'casemanager hr',
  'audit.read': 'hr admin',
  'person.export': 'self hr',
  'employer.configure': 'admin',
  'retention.purge': 'admin',
};
const STEP_ACTIONS = ['step.complete', 'step.not-applicable', 'step.deviate'] as const;
const CASE_ROLES: readonly Role[] = ['casemanager', 'casemanager-td', 'arbeidsdeskundige', 'loonwaardedeskundige'];
// Holding only one of these, a person does not report colleagues sick (see src/core/policy/table.ts).
const OUTSIDE_LINE: readonly Role[] = ['bedrijfsarts', 'casemanager-td', 'arbeidsdeskundige', 'loonwaardedeskundige', 'insurer', 'admin'];

const SCENARIOS = ['self', 'manager', 'reporter', 'assigned', 'employer', 'none', 'other-employer'] as const;
type Scenario = (typeof SCENARIOS)[number];

function actorFor(role: Role, s: Scenario): Actor {
  const wide = (personId: string, employerId = E1): RoleAssignment => ({ personId, employerId, role, caseId: null });
  switch (s) {
    case 'self': return { personId: 'anna', employerId: E1, assignments: [wide('anna')] };
    case 'manager': return { personId: 'piet', employerId: E1, assignments: [wide('piet')] };
    case 'reporter': return { personId: 'jan', employerId: E1, assignments: [wide('jan')] };
    case 'assigned': return { personId: 'fatima', employerId: E1, assignments: [{ ...wide('fatima'), caseId: CASE.caseId }] };
    case 'employer': return { personId: 'fatima', employerId: E1, assignments: [wide('fatima')] };
    case 'none': return { personId: 'fatima', employerId: E1, assignments: [{ ...wide('fatima'), caseId: 'case-other' }] };
    // A person of another employer, with every trick: same case id on their side, and listed as reporter.
    case 'other-employer': return {
      personId: 'jan', employerId: E2,
      assignments: [wide('jan', E2), { ...wide('jan', E2), caseId: CASE.caseId }, { ...wide('jan', E1), caseId: CASE.caseId }],
    };
  }
}

function expected(role: Role, s: Scenario, action: Action, stepId: StepId | null): boolean {
  if (s === 'other-employer') return false;
  let who: string[];
  if (stepId) {
    const resp: readonly Role[] = STEP_CATALOG[stepId].responsible;
    who = ['hr', 'casemanager'];
    for (const r of resp) who.push(r === 'employee' ? 'self' : r);
    if (resp.includes('bedrijfsarts')) who.push('casemanager-td');
  } else {
    who = WHO[action as keyof typeof WHO].split(' ');
  }
  if (s === 'self') return who.includes('self');
  // A role assignment is valid when employer-wide, or on a case for the case-assigned roles.
  const valid = s === 'assigned' || s === 'none' ? CASE_ROLES.includes(role) : true;
  const countsHere = valid && s !== 'none';
  let ok = (s === 'manager' && who.includes('manager'))
    || (countsHere && who.includes(role) && role !== 'manager' && role !== 'employee');
  if (action === 'case.report' && !(valid && OUTSIDE_LINE.includes(role))) ok = true;
  if ((action === 'plan.agree' || action === 'role.assign') && role === 'casemanager-td' && valid) ok = false;
  if (action === 'plan.agree' && role === 'casemanager' && countsHere) ok = false;
  return ok;
}

describe('authorize: the §6 table, every role × action × relation', () => {
  it('allows exactly what domain.md §6 allows', () => {
    let combinations = 0;
    const unexpectedAllows: string[] = [];
    const unexpectedRefusals: string[] = [];
    for (const role of ROLES) {
      for (const s of SCENARIOS) {
        const actor = actorFor(role, s);
        for (const action of ACTIONS) {
          const steps: Array<StepId | null> = (STEP_ACTIONS as readonly string[]).includes(action) ? [...STEP_IDS] : [null];
          for (const stepId of steps) {
            combinations++;
            const d = authorize(actor, action, CASE, { stepId: stepId ?? undefined, subjectRequested: true });
            const want = expected(role, s, action, stepId);
            const label = `${role} as ${s}: ${action}${stepId ? ' ' + stepId : ''} → ${d.reason}`;
            if (d.allowed && !want) unexpectedAllows.push(label);
            if (!d.allowed && want) unexpectedRefusals.push(label);
            if (d.allowed) {
              expect(d.reason.startsWith('allowed.')).toBe(true);
              expect(d.entriesOnly === true).toBe(action === 'audit.read' && role === 'admin');
            } else {
              expect(d.reason.startsWith('refused.')).toBe(true);
              expect(d.message.nl.length).toBeGreaterThan(10);
              expect(d.message.en.length).toBeGreaterThan(10);
            }
          }
        }
      }
    }
    console.log(`policy table: ${combinations} combinations, ${unexpectedAllows.length} unexpected allows, ${unexpectedRefusals.length} unexpected refusals`);
    expect(combinations).toBe(ROLES.length * SCENARIOS.length * (ACTIONS.length - 3 + 3 * STEP_IDS.length));
    expect(unexpectedAllows).toEqual([]);
    expect(unexpectedRefusals).toEqual([]);
  });

  it('never lets a person of another employer do anything, with or without a case', () => {
    for (const role of ROLES) {
      const actor = actorFor(role, 'other-employer');
      for (const action of ACTIONS) {
        for (const c of [CASE, null]) {
          const d = authorize(actor, action, c, { employerId: E1, stepId: 'probleemanalyse', subjectPersonId: 'anna', subjectRequested: true });
          expect(d, `${role} ${action}`).toMatchObject({ allowed: false, relation: 'none', reason: 'refused.other-employer' });
        }
      }
    }
  });
});
