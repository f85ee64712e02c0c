// "checklist Jan": every catalog step of the case, practice prompts included, with its date and state
// (done with date, open, overdue, not applicable, deviated with the new date) — the re-integration file.
import { checklist, type CaseRef, type ChecklistResult } from '../src/app/index.js';
import { t } from '../src/core/i18n/translate.js';
import type { FlowContext, FlowResult } from './context.js';
import { SUGGESTED_COMMANDS } from './grammar/suggest.js';
import type { PersonRef } from './grammar/types.js';
import { errorMessage } from './messages.js';
import { resolveSubject } from './people.js';
import { caseHeader, pickCase } from './status.js';
import { stateOf, stepLineOf } from './stepBlocks.js';
import { message, type UiMessage } from '../src/core/ui.js';

/** Steps counted as handled in the summary line. */
const HANDLED = new Set(['done', 'not-applicable']);

/** The checklist answer for one case. */
export function renderChecklist(fc: FlowContext, r: ChecklistResult): UiMessage {
  const { locale } = fc;
  const title = t(locale, 'checklist.title', { name: r.case.employeeName });
  const items = r.items.map((v) => {
    const line = stepLineOf(v, r.asOf, locale);
    const label = line?.title ?? (v.practice ? `${v.title[locale]} (${t(locale, 'step.practice')})` : v.title[locale]);
    const value = [stateOf(v, r.asOf, locale), line?.reason].filter(Boolean).join(' — ');
    return { label, value };
  });
  const handled = r.items.filter((v) => HANDLED.has(v.status)).length;
  return message(
    title,
    { type: 'heading', text: title },
    ...caseHeader(fc, r.case),
    { type: 'text', text: t(locale, 'checklist.summary', { done: handled, total: r.items.length }) },
    { type: 'fields', items },
  );
}

/** The checklist of one case, by id or by its employee. */
export function checklistOf(fc: FlowContext, ref: CaseRef): FlowResult {
  try {
    return { replies: [renderChecklist(fc, checklist(fc.app, fc.actor, ref))], state: null };
  } catch (err) {
    return { replies: [errorMessage(err, fc.locale)], state: null };
  }
}

/** "checklist [person]". */
export async function checklistFlow(fc: FlowContext, subject: PersonRef | undefined): Promise<FlowResult> {
  if (!subject) return pickCase(fc, 'checklist', (ref) => checklistOf(fc, ref));
  const word = SUGGESTED_COMMANDS.checklist[fc.locale];
  const who = await resolveSubject(fc, { ref: subject, purpose: 'status', commandFor: (m) => `${word} ${m}` });
  if (who.kind === 'replies') return who.result;
  return checklistOf(fc, { employeeRef: who.person.personId });
}
