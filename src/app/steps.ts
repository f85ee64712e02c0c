// completeStep / markNotApplicable / deviate: records on a step, with the evidence UWV asks for (who, when, why).
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../core/calendar/isoDate.js';
import { isIsoDate } from '../core/calendar/isoDate.js';
import { amsterdamDate } from '../core/calendar/amsterdam.js';
import type { StepRecord } from '../core/cases/types.js';
import type { Actor } from '../core/policy/types.js';
import type { Action } from '../core/roles.js';
import type { StepId } from '../core/timeline/stepIds.js';
import { STEP_IDS } from '../core/timeline/stepIds.js';
import type { StoredCase, StoredStepRecord } from '../ports/records.js';
import type { AppContext } from './context.js';
import { caseAccessOf, requireAllowed } from './access.js';
import { ValidationError } from './errors.js';
import { guardFields } from './guardText.js';
import { checkVersion, loadCase } from './lookup.js';
import { MSG } from './messages.js';
import { timelineOf, withNextDue } from './timeline.js';
import type { StepView } from './views.js';
import { stepView, undatedStepView } from './views.js';

/** Longest reason kept with a not-applicable or deviation record. */
export const MAX_REASON_LENGTH = 500;

/** The case after a step record, and the step as it now stands. */
export interface StepRecorded {
  case: StoredCase;
  step: StepView;
}

/** Steps without a fixed date that the engine may leave out of a timeline. */
const UNDATED: ReadonlySet<StepId> = new Set<StepId>(['wia-beschikking']);

/** Throws unless `stepId` is a catalog step the case's timeline lists. */
export function requireStepInCase(ctx: AppContext, c: StoredCase, stepId: StepId): void {
  if (!(STEP_IDS as readonly string[]).includes(stepId)) throw new ValidationError('stepId', MSG.stepNotInCase);
  if (UNDATED.has(stepId)) return;
  const t = timelineOf(ctx.store, c, amsterdamDate(ctx.now));
  if (!t.steps.some((s) => s.id === stepId)) throw new ValidationError('stepId', MSG.stepNotInCase);
}

/** Validates a completion date: a real date, not in the future, not before the case's first sick day. */
export function requireDoneDate(ctx: AppContext, c: StoredCase, date: IsoDate): void {
  if (!isIsoDate(date)) throw new ValidationError('date', MSG.dateInvalid);
  if (date > amsterdamDate(ctx.now)) throw new ValidationError('date', MSG.dateInFuture);
  const first = c.periods.reduce((m, p) => (p.start < m ? p.start : m), c.periods[0]?.start ?? date);
  if (date < first) throw new ValidationError('date', MSG.overlapsEarlier);
}

/** Validates and guards a reason (MedicalDataRefused names the field 'reason'). */
function requireReason(reason: string): string {
  const r = reason.trim();
  if (!r) throw new ValidationError('reason', MSG.reasonRequired);
  if (r.length > MAX_REASON_LENGTH) throw new ValidationError('reason', MSG.reasonTooLong);
  guardFields({ reason: r });
  return r;
}

/**
 * Appends a record (records are never replaced: a deviation followed by completion keeps both as evidence;
 * recurring steps collect one `done` per meeting), recomputes nextDue and writes with the loaded version.
 */
export function appendRecord(ctx: AppContext, actor: Actor, c: StoredCase, record: StepRecord): StepRecorded {
  const today = amsterdamDate(ctx.now);
  const stored = { ...record, id: 'r_' + randomUUID(), recordedBy: actor.personId, recordedAt: ctx.now.toISOString() } as StoredStepRecord;
  const saved = ctx.store.transaction(() => {
    const written = ctx.store.cases.update(withNextDue(ctx.store, { ...c, records: [...c.records, stored] }, today));
    ctx.onEffect?.();
    return written;
  });
  const step = timelineOf(ctx.store, saved, today).steps.find((s) => s.id === record.stepId);
  return { case: saved, step: step ? stepView(step) : undatedStepView(record.stepId, saved) };
}

/** Loads the case, checks the version the user saw, authorizes the step action and the step. */
function prepare(ctx: AppContext, actor: Actor, caseId: string, stepId: StepId, action: Action, expectedVersion?: number): StoredCase {
  const c = loadCase(ctx.store, caseId);
  requireAllowed(ctx, actor, action, caseAccessOf(c), stepId);
  checkVersion(c, expectedVersion);
  requireStepInCase(ctx, c, stepId);
  return c;
}

/** Options every step action accepts. */
export interface VersionOption {
  /** The case version the user saw (from a status, task or reminder); a newer stored one → ConcurrencyError. */
  expectedVersion?: number;
}

/** Marks a step done on `date`; the plan of approach is agreed through agreePlan (employer and employee). */
export function completeStep(
  ctx: AppContext, actor: Actor, caseId: string, stepId: StepId, opts: { date: IsoDate } & VersionOption,
): StepRecorded {
  if (stepId === 'plan-van-aanpak') return agreePlanRecord(ctx, actor, caseId, opts);
  const c = prepare(ctx, actor, caseId, stepId, 'step.complete', opts.expectedVersion);
  requireDoneDate(ctx, c, opts.date);
  return appendRecord(ctx, actor, c, { stepId, kind: 'done', date: opts.date });
}

/** Records the agreed plan of approach (plan.agree: employee, manager or hr — never a casemanager). */
export function agreePlanRecord(ctx: AppContext, actor: Actor, caseId: string, opts: { date: IsoDate } & VersionOption): StepRecorded {
  const c = prepare(ctx, actor, caseId, 'plan-van-aanpak', 'plan.agree', opts.expectedVersion);
  requireDoneDate(ctx, c, opts.date);
  return appendRecord(ctx, actor, c, { stepId: 'plan-van-aanpak', kind: 'done', date: opts.date });
}

/** Marks a step not applicable, with a guarded reason (e.g. why spoor 2 is not needed). */
export function markNotApplicable(
  ctx: AppContext, actor: Actor, caseId: string, stepId: StepId, opts: { reason: string } & VersionOption,
): StepRecorded {
  const reason = requireReason(opts.reason);
  const c = prepare(ctx, actor, caseId, stepId, 'step.not-applicable', opts.expectedVersion);
  return appendRecord(ctx, actor, c, { stepId, kind: 'not-applicable', reason });
}

/** Records a motivated deviation: a later date with a guarded reason (evidence for UWV). */
export function deviate(
  ctx: AppContext, actor: Actor, caseId: string, stepId: StepId, opts: { newDate: IsoDate; reason: string } & VersionOption,
): StepRecorded {
  const reason = requireReason(opts.reason);
  const c = prepare(ctx, actor, caseId, stepId, 'step.deviate', opts.expectedVersion);
  if (!isIsoDate(opts.newDate)) throw new ValidationError('newDate', MSG.dateInvalid);
  const current = timelineOf(ctx.store, c, amsterdamDate(ctx.now)).steps.find((s) => s.id === stepId);
  if (current && opts.newDate <= current.due) throw new ValidationError('newDate', MSG.deviationNotLater);
  return appendRecord(ctx, actor, c, { stepId, kind: 'deviated', newDate: opts.newDate, reason });
}
