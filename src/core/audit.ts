// Builds audit entries (domain.md §6 rule 5): who, what, which case, when, allowed or refused, with a reason code.
// An entry holds ids and codes only — never text a user typed. Anything that does not look like an id or a
// reason code (or that the medical-text guard flags) is replaced by a marker, so a wiring mistake can never
// leak user text into the append-only log.
import type { Decision } from './policy/types.js';
import { checkText } from './privacy/guard/index.js';
import { ACTIONS, type Action } from './roles.js';
import { STEP_IDS, type StepId } from './timeline/stepIds.js';

/** One access decision, append-only; never holds text a user typed. */
export interface AuditEntry {
  at: string;
  actorPersonId: string | null;
  action: Action | 'system';
  caseId: string | null;
  allowed: boolean;
  reason: string;
  stepId?: StepId | null;
}

/** Marker stored instead of an id that does not look like one. */
export const INVALID_ID = 'invalid-id';
/** Marker stored instead of a reason that does not look like a reason code. */
export const INVALID_REASON = 'invalid-reason';

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}$/;
const REASON_RE = /^[a-z][a-z0-9-]{0,30}(\.[a-z0-9][a-z0-9-]{0,40}){1,5}$/;

// Ids and codes repeat all the time, so verdicts are cached (bounded).
const verdicts = new Map<string, boolean>();

/**
 * Whether an id or code hides medical words: the guard sees the whole string and every run of up to three of
 * its words (split on punctuation), spaced and glued — so `refused.anna-burn-out` is caught like "burn-out".
 */
function looksMedical(code: string): boolean {
  const cached = verdicts.get(code);
  if (cached !== undefined) return cached;
  const words = code.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const candidates = new Set<string>([code, words.join(' ')]);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      candidates.add(run.join(' '));
      candidates.add(run.join('-'));
      if (n > 1) candidates.add(run.join(''));
    }
  }
  const verdict = [...candidates].some((c) => checkText(c).medical);
  if (verdicts.size >= 10_000) verdicts.clear();
  verdicts.set(code, verdict);
  return verdict;
}

/** What an audit entry is built from: an access decision (or a system event) at an instant. */
export interface AuditInput {
  /** The acting person's id; null for the system (scheduler, purge job). */
  actorPersonId: string | null;
  action: Action | 'system';
  caseId: string | null;
  /** The decision of authorize(), or a system outcome. */
  decision: Pick<Decision, 'allowed' | 'reason'>;
  now: Date;
  stepId?: StepId | null;
}

/** An id as stored: ids are machine-made, so anything else (or anything the guard flags) becomes a marker. */
export function safeId(id: string): string {
  return ID_RE.test(id) && !looksMedical(id) ? id : INVALID_ID;
}

/** A reason code as stored: dotted lowercase codes only (`allowed.self`, `refused.role`, `purge.case`). */
export function safeReason(reason: string): string {
  return REASON_RE.test(reason) && !looksMedical(reason) ? reason : INVALID_REASON;
}

/** The audit entry for one access decision (append it with Store.audit.append). */
export function auditEntry(input: AuditInput): AuditEntry {
  const action: Action | 'system' = input.action === 'system' || (ACTIONS as readonly string[]).includes(input.action) ? input.action : 'system';
  const stepId = input.stepId != null && (STEP_IDS as readonly string[]).includes(input.stepId) ? input.stepId : null;
  return {
    at: input.now.toISOString(),
    actorPersonId: input.actorPersonId === null ? null : safeId(input.actorPersonId),
    action,
    caseId: input.caseId === null ? null : safeId(input.caseId),
    allowed: input.decision.allowed === true,
    reason: safeReason(input.decision.reason),
    stepId,
  };
}

/** An audit entry for something the system did (a purge, a scheduler pass), with a reason code. */
export function systemAuditEntry(reason: string, now: Date, caseId: string | null = null): AuditEntry {
  return auditEntry({ actorPersonId: null, action: 'system', caseId, decision: { allowed: true, reason }, now });
}
