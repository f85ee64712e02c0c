// assignRole / revokeRole: HR and admins hand out roles, under the separation rules of domain.md §6.
import type { Localized } from '../core/i18n/locale.js';
import type { Actor, RoleAssignment } from '../core/policy/types.js';
import { checkAssignment } from '../core/policy/separation.js';
import type { Role } from '../core/roles.js';
import { CASE_ASSIGNED_ROLES } from '../core/roles.js';
import type { Person } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import type { AppContext } from './context.js';
import { auditDecision, caseAccessOf } from './access.js';
import { authorize } from '../core/policy/authorize.js';
import { NotAllowedError, NotFoundError, ValidationError } from './errors.js';
import { loadCase, resolvePerson } from './lookup.js';
import { MSG } from './messages.js';

/** Key/value namespace remembering which one-time warnings were shown. */
export const WARNINGS_NS = 'role-warnings';

/** What to assign or revoke: a person reference, a role, and a case for case-assigned roles. */
export interface RoleChange {
  personRef: string;
  role: Role;
  caseId?: string | null;
}

/** Outcome of an assignment. */
export interface RoleAssigned {
  assignment: RoleAssignment;
  person: Person;
  /** True when the person already held the role (nothing changed). */
  alreadyHeld: boolean;
  /** One-time warning (a manager becoming casemanager), shown only the first time. */
  warning?: Localized;
  warningCode?: string;
}

/** True when `personId` manages the employee of the case, or anyone at the employer when no case is given. */
export function isManagerOf(store: Store, personId: string, employerId: string, caseId: string | null): boolean {
  if (caseId) {
    const c = store.cases.get(caseId);
    if (!c) return false;
    return c.managerOfRecordId === personId || store.people.get(c.employeeId)?.managerPersonId === personId;
  }
  return store.people.listByEmployer(employerId).some((p) => p.managerPersonId === personId);
}

/** Authorizes role.assign for the case (or employer-wide) and audits the decision; returns the target assignment. */
function prepare(ctx: AppContext, actor: Actor, change: RoleChange): { person: Person; proposed: RoleAssignment } {
  const caseId = change.caseId ?? null;
  const access = caseId ? caseAccessOf(loadCase(ctx.store, caseId)) : null;
  const d = authorize(actor, 'role.assign', access);
  if (!d.allowed) {
    auditDecision(ctx, actor, 'role.assign', caseId, d);
    throw new NotAllowedError(d.reason, d.message);
  }
  if (caseId && !(CASE_ASSIGNED_ROLES as readonly string[]).includes(change.role)) {
    throw new ValidationError('role', MSG.roleNotForCase);
  }
  const person = resolvePerson(ctx.store, actor, change.personRef);
  return { person, proposed: { personId: person.id, employerId: person.employerId, role: change.role, caseId } };
}

/** Same assignment (person, employer, role, case). */
function same(a: RoleAssignment, b: RoleAssignment): boolean {
  return a.personId === b.personId && a.employerId === b.employerId && a.role === b.role && a.caseId === b.caseId;
}

/** Gives a person a role (employer-wide, or on one case) after the separation rules. */
export function assignRole(ctx: AppContext, actor: Actor, change: RoleChange): RoleAssigned {
  const { person, proposed } = prepare(ctx, actor, change);
  const current = ctx.store.roles.listForPerson(person.id);
  if (current.some((a) => same(a, proposed))) {
    auditDecision(ctx, actor, 'role.assign', proposed.caseId, { allowed: true, reason: 'role.already-held' });
    return { assignment: proposed, person, alreadyHeld: true };
  }
  const warnKey = `manager-casemanager:${person.id}:${proposed.caseId ?? '*'}`;
  const warnedBefore = ctx.store.kv.get<boolean>(WARNINGS_NS, warnKey) === true;
  const check = checkAssignment(current, proposed, {
    isManagerOfEmployeeOnCase: isManagerOf(ctx.store, person.id, person.employerId, proposed.caseId),
    warnedBefore,
  });
  if (!check.ok) {
    auditDecision(ctx, actor, 'role.assign', proposed.caseId, { allowed: false, reason: check.reason });
    throw new NotAllowedError(check.reason, check.message);
  }
  auditDecision(ctx, actor, 'role.assign', proposed.caseId, { allowed: true, reason: check.warningCode ?? 'role.assigned' });
  ctx.store.transaction(() => {
    ctx.store.roles.add(proposed);
    if (check.warning && !warnedBefore) ctx.store.kv.set(WARNINGS_NS, warnKey, true);
    ctx.onEffect?.();
  });
  const out: RoleAssigned = { assignment: proposed, person, alreadyHeld: false };
  if (check.warning && !warnedBefore) {
    out.warning = check.warning;
    if (check.warningCode) out.warningCode = check.warningCode;
  }
  return out;
}

/** Takes a role away; NotFoundError when the person did not hold it. */
export function revokeRole(ctx: AppContext, actor: Actor, change: RoleChange): { assignment: RoleAssignment; person: Person } {
  const { person, proposed } = prepare(ctx, actor, change);
  auditDecision(ctx, actor, 'role.assign', proposed.caseId, { allowed: true, reason: 'role.revoked' });
  const removed = ctx.store.transaction(() => {
    const gone = ctx.store.roles.remove(proposed);
    if (gone) ctx.onEffect?.();
    return gone;
  });
  if (!removed) throw new NotFoundError('role', MSG.roleNotHeld);
  return { assignment: proposed, person };
}
