// The plan van aanpak: employer and employee agree it (plan.agree); the casemanager only advises (plan.advise).
import type { IsoDate } from '../core/calendar/isoDate.js';
import type { Actor } from '../core/policy/types.js';
import type { AppContext } from './context.js';
import { caseAccessOf, requireAllowed } from './access.js';
import { loadCase } from './lookup.js';
import type { StepRecorded, VersionOption } from './steps.js';
import { agreePlanRecord, requireDoneDate } from './steps.js';

/** Key/value namespace holding the casemanager's advice marks per case. */
export const PLAN_ADVICE_NS = 'plan-advice';

/** One "advised" mark: who advised on the plan and on which date (never "signed"). */
export interface PlanAdvice {
  personId: string;
  date: IsoDate;
  recordedAt: string;
}

/** Records that the plan van aanpak was agreed on `date` (employee, manager or hr; refused for casemanagers). */
export function agreePlan(ctx: AppContext, actor: Actor, caseId: string, opts: { date: IsoDate } & VersionOption): StepRecorded {
  return agreePlanRecord(ctx, actor, caseId, opts);
}

/** Records the casemanager's advice on the plan; the step stays open until employer and employee agree. */
export function advisePlan(ctx: AppContext, actor: Actor, caseId: string, opts: { date: IsoDate }): { advice: PlanAdvice[] } {
  const c = loadCase(ctx.store, caseId);
  requireAllowed(ctx, actor, 'plan.advise', caseAccessOf(c), 'plan-van-aanpak');
  requireDoneDate(ctx, c, opts.date);
  const advice = [...(ctx.store.kv.get<PlanAdvice[]>(PLAN_ADVICE_NS, c.id) ?? []),
    { personId: actor.personId, date: opts.date, recordedAt: ctx.now.toISOString() }];
  ctx.store.kv.set(PLAN_ADVICE_NS, c.id, advice);
  return { advice };
}

/** The advice marks recorded on a case's plan. */
export function planAdviceOf(ctx: AppContext, caseId: string): PlanAdvice[] {
  return ctx.store.kv.get<PlanAdvice[]>(PLAN_ADVICE_NS, caseId) ?? [];
}
