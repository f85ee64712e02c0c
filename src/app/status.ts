// stepStatus and checklist: "which step is due for Jan, and why" and every step of the re-integration file.
import type { IsoDate } from '../core/calendar/isoDate.js';
import { amsterdamDate } from '../core/calendar/amsterdam.js';
import type { Actor } from '../core/policy/types.js';
import { STEP_IDS } from '../core/timeline/stepIds.js';
import type { AppContext } from './context.js';
import { caseAccessOf, requireAllowed } from './access.js';
import type { CaseRef } from './lookup.js';
import { resolveCase } from './lookup.js';
import { timelineOf } from './timeline.js';
import type { CaseSummary, StepView } from './views.js';
import { byDue, stepView, summarize, undatedStepView } from './views.js';

/** The status answer: overdue steps first, then the coming ones, each with basis and consequence. */
export interface StepStatusResult {
  asOf: IsoDate;
  case: CaseSummary;
  overdue: StepView[];
  next: StepView[];
}

/** Every catalog step of a case with its date and state. */
export interface ChecklistResult {
  asOf: IsoDate;
  case: CaseSummary;
  items: StepView[];
}

/** Which steps are overdue and which come next for a case (authorizes case.read.process). */
export function stepStatus(ctx: AppContext, actor: Actor, ref: CaseRef, asOf?: IsoDate): StepStatusResult {
  const c = resolveCase(ctx.store, actor, ref);
  requireAllowed(ctx, actor, 'case.read.process', caseAccessOf(c));
  const day = asOf ?? amsterdamDate(ctx.now);
  const t = timelineOf(ctx.store, c, day);
  const views = t.steps.map(stepView);
  return {
    asOf: day,
    case: summarize(ctx.store, c, t),
    overdue: views.filter((s) => s.status === 'overdue').sort(byDue),
    next: views.filter((s) => s.status === 'open' || s.status === 'due-soon' || s.status === 'deviated').sort(byDue),
  };
}

/** The checklist of a case in catalog order, practice prompts included (authorizes case.read.process). */
export function checklist(ctx: AppContext, actor: Actor, ref: CaseRef, asOf?: IsoDate): ChecklistResult {
  const c = resolveCase(ctx.store, actor, ref);
  requireAllowed(ctx, actor, 'case.read.process', caseAccessOf(c));
  const day = asOf ?? amsterdamDate(ctx.now);
  const t = timelineOf(ctx.store, c, day);
  const dated = new Map(t.steps.map((s) => [s.id, stepView(s)]));
  if (!dated.has('wia-beschikking')) dated.set('wia-beschikking', undatedStepView('wia-beschikking', c));
  const items = STEP_IDS.flatMap((id) => (dated.has(id) ? [dated.get(id)!] : []));
  return { asOf: day, case: summarize(ctx.store, c, t), items };
}
