// The blocks one step takes in status, task and home answers: a line with its date, one context line with who
// is responsible and the legal basis, one with what missing it costs, and the step buttons.
import type { IsoDate } from '../src/core/calendar/isoDate.js';
import type { Locale } from '../src/core/i18n/locale.js';
import type { StepView } from '../src/app/index.js';
import type { TimelineStep } from '../src/core/timeline/types.js';
import { t } from '../src/core/i18n/translate.js';
import { stepButtons } from '../src/core/format/buttons.js';
import { formatStepLine, stepState, type StepLine } from '../src/core/format/steps.js';
import type { UiBlock } from '../src/core/ui.js';

/** The engine's shape of a step view (undated steps have none). */
export function timelineStepOf(v: StepView): TimelineStep | null {
  if (v.due === null) return null;
  const s: TimelineStep = {
    id: v.id, due: v.due, legalDue: v.legalDue ?? v.due, windowStart: v.windowStart, status: v.status,
    responsible: v.responsible, basis: v.basis.nl,
  };
  if (v.doneOn) s.doneOn = v.doneOn;
  if (v.reason) s.reason = v.reason;
  return s;
}

/** Every text of a step as users read it; null for a step without a date. */
export function stepLineOf(v: StepView, today: IsoDate, locale: Locale): StepLine | null {
  const s = timelineStepOf(v);
  return s ? formatStepLine(s, v, today, locale) : null;
}

/** The checklist state of any step, dated or not ("Open", "Gedaan op …"). */
export function stateOf(v: StepView, today: IsoDate, locale: Locale): string {
  const s = timelineStepOf(v);
  if (s) return formatStepLine(s, v, today, locale).when;
  return stepState({ id: v.id, due: today, legalDue: today, windowStart: null, status: v.status, responsible: [], basis: '', ...(v.doneOn ? { doneOn: v.doneOn } : {}) }, locale);
}

/** Blocks for one actionable step: "title — when", responsible and basis, consequence, buttons. */
export function stepBlocks(v: StepView, caseId: string, today: IsoDate, locale: Locale, prefix = ''): UiBlock[] {
  const line = stepLineOf(v, today, locale);
  if (!line) return [];
  const blocks: UiBlock[] = [{ type: 'text', text: prefix + t(locale, 'flow.status.stepLine', { title: line.title, when: line.when }) }];
  blocks.push({ type: 'context', text: [line.responsible, line.basis].filter(Boolean).join(' · ') });
  if (line.consequence) blocks.push({ type: 'context', text: line.consequence });
  if (line.reason) blocks.push({ type: 'context', text: line.reason });
  blocks.push({ type: 'buttons', buttons: stepButtons(caseId, v.id, locale) });
  return blocks;
}
