// The one authorization point: every read and every action on case data is decided here (domain.md §6).
import { ACTIONS, type Action, type Relation, type Role } from '../roles.js';
import { STEP_CATALOG } from '../timeline/catalog.js';
import type { StepId } from '../timeline/stepIds.js';
import { POLICY_MESSAGES, type RefusalReason } from './messages.js';
import { assignmentsAt, holdsRole, relationOf, relationToEmployer, roleVia } from './relations.js';
import { ACTION_TABLE, NON_REPORTING_ROLES, type ActionRule } from './table.js';
import type { Actor, CaseAccess, Decision } from './types.js';

export { relationOf } from './relations.js';

/** Extra facts some actions need. */
export interface AuthorizeContext {
  /** The step acted on (`step.*`). */
  stepId?: StepId;
  /** The employer when no case is given (`case.report`, `role.assign`, `employer.configure`, …); default: the actor's. */
  employerId?: string;
  /** Whose data it is when no case is given (`person.export`, a self-report without a case). */
  subjectPersonId?: string;
  /** `person.export` by HR: the person asked for it. */
  subjectRequested?: boolean;
}

/** Employer actions a casemanager-td may never perform (separation rule 2). */
export const TD_BLOCKED_ACTIONS: readonly Action[] = ACTIONS.filter((a) => ACTION_TABLE[a].employerAction === true);

interface Facet {
  code: string;
  relation: Relation;
  role?: Role;
}

function refuse(reason: RefusalReason, relation: Relation): Decision {
  return { allowed: false, relation, reason, message: POLICY_MESSAGES[reason] };
}

/** The relations and roles a step's responsible list stands for (employee → self, manager → manager of record). */
function stepGrants(stepId: StepId): { relations: Array<'self' | 'manager'>; roles: Role[] } {
  const responsible: readonly Role[] = STEP_CATALOG[stepId]?.responsible ?? [];
  const relations: Array<'self' | 'manager'> = [];
  const roles: Role[] = [];
  for (const r of responsible) {
    if (r === 'employee') relations.push('self');
    else if (r === 'manager') relations.push('manager');
    else if (r !== 'admin') roles.push(r);
  }
  if (responsible.includes('bedrijfsarts')) roles.push('casemanager-td');
  return { relations, roles };
}

/** Decides whether `actor` may perform `action` on case `c` (null for employer- or person-level actions). */
export function authorize(actor: Actor, action: Action, c: CaseAccess | null, ctx: AuthorizeContext = {}): Decision {
  const rule: ActionRule | undefined = Object.prototype.hasOwnProperty.call(ACTION_TABLE, action) ? ACTION_TABLE[action] : undefined;
  if (!rule) return refuse('refused.unknown-action', 'none');
  const employerId = c?.employerId ?? ctx.employerId ?? actor.employerId;
  if (actor.employerId !== employerId) return refuse('refused.other-employer', 'none');
  if (rule.scope === 'case' && !c) return refuse('refused.no-case', 'none');

  const subject = rule.scope === 'person' ? (ctx.subjectPersonId ?? c?.employeeId ?? null) : (c?.employeeId ?? ctx.subjectPersonId ?? null);
  if (rule.scope === 'person' && subject === null) return refuse('refused.no-subject', 'none');
  const relation: Relation = c && rule.scope !== 'person' ? relationOf(actor, c) : relationToEmployer(actor, employerId, subject);

  let relations = rule.relations;
  let roles = rule.roles;
  if (rule.stepResponsible) {
    if (!ctx.stepId || !Object.prototype.hasOwnProperty.call(STEP_CATALOG, ctx.stepId)) return refuse('refused.step-missing', relation);
    const grants = stepGrants(ctx.stepId);
    relations = grants.relations;
    roles = [...roles, ...grants.roles.filter((r) => !roles.includes(r))];
  }

  // On your own case (or your own data) you act as the employee only.
  if (subject !== null && subject === actor.personId) {
    if (relations.includes('self')) return { allowed: true, relation: 'self', reason: 'allowed.self' };
    const roleWouldAllow = roles.some((r) => holdsRole(actor, r, employerId, c));
    if (roleWouldAllow) return refuse('refused.own-case', 'self');
    return refuse(rule.stepResponsible ? 'refused.not-step-responsible' : 'refused.role', 'self');
  }

  // The separation rules come before the generic refusals, so the person hears why (domain.md §6 rule 2 and
  // "never a casemanager" for plan.agree), not merely that this is not their role.
  const own = assignmentsAt(actor, employerId);
  if (rule.employerAction && own.some((a) => a.role === 'casemanager-td')) return refuse('refused.td-employer-action', relation);
  if (rule.notForCasemanager && holdsRole(actor, 'casemanager', employerId, c)) return refuse('refused.casemanager-cannot-agree-plan', relation);

  const facets: Facet[] = [];
  if (c && relations.includes('manager') && c.managerOfRecordId !== null && c.managerOfRecordId === actor.personId) {
    facets.push({ code: 'allowed.manager', relation: 'manager' });
  }
  for (const role of roles) {
    const via = roleVia(actor, role, employerId, c);
    if (via) facets.push({ code: `allowed.${role}`, relation: via, role });
  }
  const onlyExternal = own.length > 0 && own.every((a) => NON_REPORTING_ROLES.includes(a.role));
  if (rule.sameEmployer && !onlyExternal) facets.push({ code: 'allowed.same-employer', relation });

  if (facets.length === 0) {
    if (rule.stepResponsible) return refuse('refused.not-step-responsible', relation);
    if (rule.sameEmployer && onlyExternal) return refuse('refused.external-role', relation);
    if (relation === 'reporter') return refuse('refused.reporter-only', relation);
    return refuse('refused.role', relation);
  }
  if (rule.roleNeedsSubjectRequest && !ctx.subjectRequested) return refuse('refused.export-needs-request', relation);

  const first = facets[0];
  const entriesOnly = facets.every((f) => f.role !== undefined && (rule.entriesOnlyFor ?? []).includes(f.role));
  return entriesOnly
    ? { allowed: true, relation: first.relation, reason: first.code, entriesOnly: true }
    : { allowed: true, relation: first.relation, reason: first.code };
}
