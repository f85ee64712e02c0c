// Separation rules for role assignments (domain.md §6 rules 2–3): "geen rolvermenging, wel rolversterking".
// The rules that bite at action time (a casemanager-td doing employer actions, a casemanager agreeing the plan)
// live in authorize(); this module guards who may hold which role.
import type { Localized } from '../i18n/locale.js';
import type { Role } from '../roles.js';
import { POLICY_MESSAGES, WARN_MANAGER_AS_CASEMANAGER, type AssignmentReason } from './messages.js';
import { isCaseAssignedRole } from './relations.js';
import type { RoleAssignment } from './types.js';

/** Facts the caller knows about the proposal. */
export interface AssignmentContext {
  /** The person is the manager (on record) of the employee of the case the casemanager role is for. */
  isManagerOfEmployeeOnCase?: boolean;
  /** The manager-as-casemanager warning was shown before for this person (it is shown once). */
  warnedBefore?: boolean;
}

/** Outcome of checkAssignment(): allowed (maybe with a one-time warning) or refused with a kind explanation. */
export type AssignmentCheck =
  | { ok: true; warning?: Localized; warningCode?: string }
  | { ok: false; reason: AssignmentReason; message: Localized };

const EXPERTS: readonly Role[] = ['arbeidsdeskundige', 'loonwaardedeskundige'];

function refuse(reason: AssignmentReason): AssignmentCheck {
  return { ok: false, reason, message: POLICY_MESSAGES[reason] };
}

/** Two assignments cover a common case when either is employer-wide or both name the same case. */
function overlap(a: RoleAssignment, b: RoleAssignment): boolean {
  return a.caseId === null || b.caseId === null || a.caseId === b.caseId;
}

/** Checks a proposed role assignment against the person's current ones (others' assignments are ignored). */
export function checkAssignment(current: RoleAssignment[], proposed: RoleAssignment, ctx: AssignmentContext = {}): AssignmentCheck {
  if (proposed.caseId !== null && !isCaseAssignedRole(proposed.role)) return refuse('refused.role-not-case-assigned');
  const mine = current.filter((a) => a.personId === proposed.personId && a.employerId === proposed.employerId);
  if (mine.some((a) => a.role === proposed.role && a.caseId === proposed.caseId)) return refuse('refused.already-assigned');

  // One person is never casemanager and casemanager-td at the same employer, whatever the cases.
  const tdPair: readonly Role[] = ['casemanager', 'casemanager-td'];
  if (tdPair.includes(proposed.role) && mine.some((a) => tdPair.includes(a.role) && a.role !== proposed.role)) {
    return refuse('refused.casemanager-and-td');
  }
  // A case's casemanager is never also its arbeidsdeskundige or loonwaardedeskundige.
  const conflicting: readonly Role[] = proposed.role === 'casemanager' ? EXPERTS : EXPERTS.includes(proposed.role) ? ['casemanager'] : [];
  if (mine.some((a) => conflicting.includes(a.role) && overlap(a, proposed))) return refuse('refused.casemanager-and-expert');

  // A manager may become casemanager (the law allows it), but is warned once.
  if (proposed.role === 'casemanager' && !ctx.warnedBefore) {
    const managesOwnPeople = ctx.isManagerOfEmployeeOnCase === true || (proposed.caseId === null && mine.some((a) => a.role === 'manager'));
    if (managesOwnPeople) {
      return { ok: true, warning: POLICY_MESSAGES[WARN_MANAGER_AS_CASEMANAGER], warningCode: WARN_MANAGER_AS_CASEMANAGER };
    }
  }
  return { ok: true };
}
