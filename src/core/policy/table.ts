// The action table of domain.md §6 ("Who may do what") as data: authorize() reads it, nothing else decides.
//
// Reading of the table (decisions, documented here once):
// - `self` is the employee of the case, `manager` the manager of record (relation, not the role): holding the
//   `manager` or `employee` role employer-wide gives no rights on other people's cases.
// - Employer-wide roles (hr, bedrijfsarts, insurer, admin) count when held employer-wide at the case's employer;
//   a case-scoped assignment of such a role is invalid and ignored.
// - Case-assigned roles (casemanager, casemanager-td, arbeidsdeskundige, loonwaardedeskundige) count on a case
//   when assigned to that case, or when held employer-wide at its employer (a small employer has one
//   casemanager for all cases).
// - On your own case you act as the employee only: role-based rights do not apply to it.
// - `case.report`: anyone of the same employer, except people who hold only roles from outside the employer's
//   line (bedrijfsarts, casemanager-td, arbeidsdeskundige, loonwaardedeskundige, insurer, admin): a reporter can
//   become manager of record, and those roles may never take that place.
import type { Action, Role } from '../roles.js';

/** What an action is about: one case, a whole employer, or one person's data. */
export type ActionScope = 'case' | 'employer' | 'person';

/** One row of the action table. */
export interface ActionRule {
  scope: ActionScope;
  /** Relations that allow the action by themselves (the employee; the manager of record). */
  relations: ReadonlyArray<'self' | 'manager'>;
  /** Roles that allow the action when held for the case or employer (see the header for how roles count). */
  roles: readonly Role[];
  /** `case.report`: anyone of the same employer (except holders of only external roles). */
  sameEmployer?: true;
  /** `step.*`: the people responsible for the step (STEP_CATALOG) also qualify. */
  stepResponsible?: true;
  /** An employer action: never for a casemanager-td (separation rule 2). */
  employerAction?: true;
  /** `plan.agree`: never the case's casemanager, who advises instead (separation rule 4). */
  notForCasemanager?: true;
  /** `person.export`: a role holder may act only on the person's own request. */
  roleNeedsSubjectRequest?: true;
  /** Roles that see audit entries only, never case content. */
  entriesOnlyFor?: readonly Role[];
}

const CASE_READERS: readonly Role[] = ['hr', 'casemanager', 'casemanager-td', 'bedrijfsarts'];
const STEP_RULE: ActionRule = { scope: 'case', relations: [], roles: ['hr', 'casemanager'], stepResponsible: true };

/** Who may do what (domain.md §6); anything not listed here is refused. */
export const ACTION_TABLE: Readonly<Record<Action, ActionRule>> = {
  'case.report': { scope: 'employer', relations: ['self', 'manager'], roles: ['hr'], sameEmployer: true },
  'case.recover': { scope: 'case', relations: ['self', 'manager'], roles: ['hr'] },
  'case.read.absence': { scope: 'case', relations: ['self', 'manager'], roles: CASE_READERS },
  'case.read.process': {
    scope: 'case', relations: ['self', 'manager'],
    roles: [...CASE_READERS, 'arbeidsdeskundige', 'loonwaardedeskundige', 'insurer'],
  },
  'case.read.functional-advice': { scope: 'case', relations: ['self', 'manager'], roles: [...CASE_READERS, 'arbeidsdeskundige'] },
  'case.write.functional-advice': { scope: 'case', relations: [], roles: ['bedrijfsarts', 'casemanager-td'] },
  'step.complete': STEP_RULE,
  'step.not-applicable': STEP_RULE,
  'step.deviate': STEP_RULE,
  'plan.agree': { scope: 'case', relations: ['self', 'manager'], roles: ['hr'], employerAction: true, notForCasemanager: true },
  'plan.advise': { scope: 'case', relations: [], roles: ['casemanager'] },
  'role.assign': { scope: 'employer', relations: [], roles: ['hr', 'admin'], employerAction: true },
  'digest.receive': { scope: 'employer', relations: [], roles: ['casemanager', 'hr'] },
  'audit.read': { scope: 'employer', relations: [], roles: ['hr', 'admin'], entriesOnlyFor: ['admin'] },
  'person.export': { scope: 'person', relations: ['self'], roles: ['hr'], roleNeedsSubjectRequest: true },
  'employer.configure': { scope: 'employer', relations: [], roles: ['admin'] },
  'retention.purge': { scope: 'employer', relations: [], roles: ['admin'] },
};

/** Roles from outside the employer's line: holding only these, a person may not report anyone sick. */
export const NON_REPORTING_ROLES: readonly Role[] = [
  'bedrijfsarts', 'casemanager-td', 'arbeidsdeskundige', 'loonwaardedeskundige', 'insurer', 'admin',
];

/** Roles that describe a person's position, not a role towards other people's cases. */
export const POSITION_ROLES: readonly Role[] = ['employee', 'manager'];
