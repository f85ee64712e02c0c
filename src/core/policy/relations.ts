// How an actor stands to a case or employer: the relation of domain.md §6 and which roles count where.
import { CASE_ASSIGNED_ROLES, type Relation, type Role } from '../roles.js';
import { POSITION_ROLES } from './table.js';
import type { Actor, CaseAccess, RoleAssignment } from './types.js';

/** True for roles that may be assigned to one case (casemanager, casemanager-td and the two experts). */
export function isCaseAssignedRole(role: Role): boolean {
  return (CASE_ASSIGNED_ROLES as readonly Role[]).includes(role);
}

/** The actor's own, valid assignments at one employer (none when the actor acts for another employer). */
export function assignmentsAt(actor: Actor, employerId: string): RoleAssignment[] {
  if (actor.employerId !== employerId) return [];
  return actor.assignments.filter(
    (a) => a.personId === actor.personId && a.employerId === employerId && (a.caseId === null || isCaseAssignedRole(a.role)),
  );
}

/**
 * Whether the actor holds `role` for this case (or, with `c` null, anywhere at the employer):
 * employer-wide, or — for case-assigned roles — assigned to this case.
 */
export function holdsRole(actor: Actor, role: Role, employerId: string, c: CaseAccess | null): boolean {
  return roleVia(actor, role, employerId, c) !== null;
}

/** How a role is held for the case: 'assigned' (on this case), 'employer' (employer-wide), or null. */
export function roleVia(actor: Actor, role: Role, employerId: string, c: CaseAccess | null): 'assigned' | 'employer' | null {
  const held = assignmentsAt(actor, employerId).filter((a) => a.role === role);
  if (c) {
    if (held.some((a) => a.caseId === c.caseId)) return 'assigned';
    return held.some((a) => a.caseId === null) ? 'employer' : null;
  }
  if (held.some((a) => a.caseId === null)) return 'employer';
  return held.length > 0 ? 'assigned' : null;
}

/** The relation of an actor to a case (domain.md §6); a person of another employer is always `none`. */
export function relationOf(actor: Actor, c: CaseAccess): Relation {
  if (actor.employerId !== c.employerId) return 'none';
  if (actor.personId === c.employeeId) return 'self';
  if (c.managerOfRecordId !== null && c.managerOfRecordId === actor.personId) return 'manager';
  const own = assignmentsAt(actor, c.employerId);
  if (own.some((a) => a.caseId === c.caseId)) return 'assigned';
  if (own.some((a) => a.caseId === null && !POSITION_ROLES.includes(a.role))) return 'employer';
  if (c.reporterIds.includes(actor.personId)) return 'reporter';
  return 'none';
}

/** The relation to an employer when no case is involved: `self` for one's own data, `employer` for a role holder. */
export function relationToEmployer(actor: Actor, employerId: string, subjectPersonId: string | null): Relation {
  if (actor.employerId !== employerId) return 'none';
  if (subjectPersonId !== null && subjectPersonId === actor.personId) return 'self';
  const own = assignmentsAt(actor, employerId);
  return own.some((a) => a.caseId === null && !POSITION_ROLES.includes(a.role)) ? 'employer' : 'none';
}
