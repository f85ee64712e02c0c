// "Welke stap is nu aan de beurt voor Jan?": week of illness, overdue steps first, then the next steps with
// their date, who is responsible, the legal basis in one line and what missing them costs (domain.md §7).
import { casesVisibleTo, stepStatus, type CaseRef, type CaseSummary, type StepStatusResult } from '../src/app/index.js';
import { t } from '../src/core/i18n/translate.js';
import type { FlowContext, FlowResult } from './context.js';
import { formatDate } from '../src/core/format/dates.js';
import { formatWeekOfIllness } from '../src/core/format/week.js';
import { SUGGESTED_COMMANDS } from './grammar/suggest.js';
import type { PersonRef } from './grammar/types.js';
import { errorMessage, textMessage, withButtons } from './messages.js';
import { choiceButtons, resolveSubject } from './people.js';
import { stepBlocks } from './stepBlocks.js';
import { message, type UiBlock, type UiMessage } from '../src/core/ui.js';

/** How many coming steps a status answer lists (the checklist has them all). */
export const NEXT_STEPS_SHOWN = 3;

/** The heading lines every case answer starts with: week of illness, first sick day, closed or partial. */
export function caseHeader(fc: FlowContext, c: CaseSummary): UiBlock[] {
  const { locale } = fc;
  const verlenging = fc.store.cases.get(c.caseId)?.verlengingWeeks ?? 0;
  const first = t(locale, 'status.firstSickDay', { date: formatDate(c.firstSickDay, locale) });
  const blocks: UiBlock[] = [];
  if (c.weekOfIllness !== null && c.open) blocks.push({ type: 'text', text: `${formatWeekOfIllness(locale, c.weekOfIllness, verlenging)} · ${first}` });
  else blocks.push({ type: 'text', text: first });
  if (!c.open && c.closedOn) blocks.push({ type: 'text', text: t(locale, 'status.closed', { date: formatDate(c.closedOn, locale) }) });
  if (c.open && c.partialRecoverySince) blocks.push({ type: 'text', text: t(locale, 'status.partial', { date: formatDate(c.partialRecoverySince, locale) }) });
  return blocks;
}

/** The status answer for one case. */
export function renderStatus(fc: FlowContext, r: StepStatusResult): UiMessage {
  const { locale } = fc;
  const title = t(locale, 'status.title', { name: r.case.employeeName });
  const blocks: UiBlock[] = [{ type: 'heading', text: title }, ...caseHeader(fc, r.case)];
  if (r.overdue.length) {
    blocks.push({ type: 'divider' }, { type: 'heading', text: t(locale, 'status.overdue') });
    for (const s of r.overdue) blocks.push(...stepBlocks(s, r.case.caseId, r.asOf, locale));
  }
  const next = r.next.slice(0, NEXT_STEPS_SHOWN);
  if (next.length) {
    blocks.push({ type: 'divider' }, { type: 'heading', text: t(locale, 'status.next') });
    for (const s of next) blocks.push(...stepBlocks(s, r.case.caseId, r.asOf, locale));
  }
  if (!r.overdue.length && !next.length) blocks.push({ type: 'text', text: t(locale, 'status.nothingOpen') });
  blocks.push({ type: 'context', text: t(locale, 'flow.status.later') });
  return message(title, ...blocks);
}

/** Status of one case, by id or by its employee. */
export function statusOf(fc: FlowContext, ref: CaseRef): FlowResult {
  try {
    return { replies: [renderStatus(fc, stepStatus(fc.app, fc.actor, ref))], state: null };
  } catch (err) {
    return { replies: [errorMessage(err, fc.locale)], state: null };
  }
}

/**
 * Without a name: the only visible case, or a choice of the visible cases whose buttons repeat the command
 * for one person; the next typed line may also be the name (the state remembers the question).
 */
export function pickCase(fc: FlowContext, intent: 'status' | 'checklist', run: (ref: CaseRef) => FlowResult): FlowResult {
  const cases = casesVisibleTo(fc.app, fc.actor);
  if (cases.length === 0) return { replies: [textMessage(t(fc.locale, 'flow.status.noCases'))], state: null };
  if (cases.length === 1) return run({ caseId: cases[0].caseId });
  const word = SUGGESTED_COMMANDS[intent][fc.locale];
  const buttons = choiceButtons(cases.map((c) => ({ personId: c.employeeId, name: c.employeeName })), (m) => `${word} ${m}`);
  const key = intent === 'status' ? 'status.whom' : 'checklist.whom';
  return { replies: [withButtons([t(fc.locale, key)], buttons)], state: { step: 'ask-subject', intent } };
}

/** "status [person]". */
export async function statusFlow(fc: FlowContext, subject: PersonRef | undefined): Promise<FlowResult> {
  if (!subject) return pickCase(fc, 'status', (ref) => statusOf(fc, ref));
  const word = SUGGESTED_COMMANDS.status[fc.locale];
  const who = await resolveSubject(fc, { ref: subject, purpose: 'status', commandFor: (m) => `${word} ${m}` });
  if (who.kind === 'replies') return who.result;
  return statusOf(fc, { employeeRef: who.person.personId });
}
