// The policy module's public face: the action table, authorize(), relations and the separation rules.
export { ACTION_TABLE, NON_REPORTING_ROLES, type ActionRule, type ActionScope } from './table.js';
export { authorize, relationOf, TD_BLOCKED_ACTIONS, type AuthorizeContext } from './authorize.js';
export { holdsRole, isCaseAssignedRole, relationToEmployer } from './relations.js';
export { checkAssignment, type AssignmentCheck, type AssignmentContext } from './separation.js';
export {
  ASSIGNMENT_REASONS, POLICY_MESSAGES, REFUSAL_REASONS, WARN_MANAGER_AS_CASEMANAGER,
  type AssignmentReason, type RefusalReason,
} from './messages.js';
export type { Actor, CaseAccess, Decision, ReasonCode, RoleAssignment } from './types.js';
