// One place that asks the policy, writes the audit entry for the decision and throws when refused.
import type { Action } from '../core/roles.js';
import type { Actor, CaseAccess, Decision } from '../core/policy/types.js';
import type { StepId } from '../core/timeline/stepIds.js';
import { authorize } from '../core/policy/authorize.js';
import { auditEntry, type AuditInput } from '../core/audit.js';
import type { StoredCase } from '../ports/records.js';
import type { AppContext } from './context.js';
import { OPERATOR_REASON } from './context.js';
import { NotAllowedError } from './errors.js';

/** The access facts of a stored case (never its content). */
export function caseAccessOf(c: StoredCase): CaseAccess {
  return {
    caseId: c.id, employerId: c.employerId, employeeId: c.employeeId,
    managerOfRecordId: c.managerOfRecordId, reporterIds: c.reporterIds,
  };
}

/**
 * Appends one audit entry. Every audit write of the use cases goes through here and through auditEntry(),
 * which keeps ids and reason codes only, so no user text can reach the append-only log.
 */
export function writeAudit(ctx: AppContext, input: Omit<AuditInput, 'now'>): void {
  ctx.store.audit.append(auditEntry({ ...input, now: ctx.now }));
}

/** Appends one audit entry for a decision (allowed or refused, reason code only). */
export function auditDecision(
  ctx: AppContext, actor: Actor, action: Action, caseId: string | null,
  d: { allowed: boolean; reason: string }, stepId?: StepId,
): void {
  writeAudit(ctx, { actorPersonId: actor.personId, action, caseId, decision: d, stepId: stepId ?? null });
}

/** Appends the audit entry of an operator (CLI) action. */
export function auditOperator(ctx: AppContext, action: Action, caseId: string | null = null): void {
  writeAudit(ctx, { actorPersonId: null, action, caseId, decision: { allowed: true, reason: OPERATOR_REASON } });
}

/** Authorizes and audits; throws NotAllowedError when refused. Call outside transactions so refusals stay audited. */
export function requireAllowed(
  ctx: AppContext, actor: Actor, action: Action, c: CaseAccess | null, stepId?: StepId,
): Decision & { allowed: true } {
  const d = authorize(actor, action, c, stepId ? { stepId } : undefined);
  auditDecision(ctx, actor, action, c?.caseId ?? null, d, stepId);
  if (!d.allowed) throw new NotAllowedError(d.reason, d.message);
  return d;
}

/** Asks the policy without auditing (for filtering lists; audit what is then shown). */
export function isAllowed(actor: Actor, action: Action, c: CaseAccess | null, stepId?: StepId): boolean {
  return authorize(actor, action, c, stepId ? { stepId } : undefined).allowed;
}
