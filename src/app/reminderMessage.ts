// The words of a reminder message, and its deferred form: a pass queues only ids and dates (template
// 'reminders'), and the message with names, basis, consequence and buttons is written when it is sent.
import { z } from 'zod';
import { stepButtons } from '../core/format/buttons.js';
import { formatDate } from '../core/format/dates.js';
import { relativeDue } from '../core/format/relative.js';
import type { UiBlock, UiMessage } from '../core/ui.js';
import { isIsoDate, type IsoDate } from '../core/calendar/isoDate.js';
import { LOCALES, type Locale } from '../core/i18n/locale.js';
import { t } from '../core/i18n/translate.js';
import { STEP_CATALOG } from '../core/timeline/catalog.js';
import { STEP_IDS, type StepId } from '../core/timeline/stepIds.js';
import type { DeferredMessage } from '../ports/outbox.js';
import type { Store } from '../ports/store.js';

/** Reminders shown in full (with buttons) in one message; the rest are listed. */
const MAX_DETAILED = 10;
/** Further reminders listed as one line each, below the detailed ones. */
const MAX_LISTED = 15;
/** Template name of a deferred reminders message. */
export const REMINDERS_TEMPLATE = 'reminders';

/** What a reminder line says: which step of whose case, due when. */
export interface ReminderLine {
  caseId: string;
  stepId: StepId;
  due: IsoDate;
  employeeId: string;
}

/** One reminder as a sentence: coming up, due today, or overdue. */
function reminderLine(item: ReminderLine, name: string, today: IsoDate, locale: Locale): string {
  const step = STEP_CATALOG[item.stepId].title[locale];
  if (item.due === today) return t(locale, 'reminder.dueToday', { step, name });
  const args = { step, name, date: formatDate(item.due, locale), when: relativeDue(item.due, today, locale) };
  return item.due < today ? t(locale, 'reminder.overdue', args) : t(locale, 'reminder.before', args);
}

// The basis and consequence line of a step never changes, so it is written once per step and language.
const contextLines = new Map<string, string>();
function contextLine(stepId: StepId, locale: Locale): string {
  const key = `${locale}:${stepId}`;
  let line = contextLines.get(key);
  if (line === undefined) {
    const def = STEP_CATALOG[stepId];
    line = `${t(locale, 'step.basis', { basis: def.basis[locale] })} · ${t(locale, 'step.consequence', { consequence: def.consequence[locale] })}`;
    contextLines.set(key, line);
  }
  return line;
}

/** The message for one person: each reminder with its basis, consequence and step buttons (no medical data). */
export function reminderMessage(items: readonly ReminderLine[], nameOf: (personId: string) => string, today: IsoDate, locale: Locale): UiMessage {
  const lines = items.map((i) => reminderLine(i, nameOf(i.employeeId), today, locale));
  const heading = items.length === 1 ? t(locale, 'reminder.heading') : t(locale, 'reminder.headingMany', { count: items.length });
  const blocks: UiBlock[] = [{ type: 'heading', text: heading }];
  items.slice(0, MAX_DETAILED).forEach((item, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(
      { type: 'text', text: lines[i] },
      { type: 'context', text: contextLine(item.stepId, locale) },
      { type: 'buttons', buttons: stepButtons(item.caseId, item.stepId, locale) },
    );
  });
  if (items.length > MAX_DETAILED) {
    const rest = lines.slice(MAX_DETAILED, MAX_DETAILED + MAX_LISTED);
    const hidden = items.length - MAX_DETAILED - rest.length;
    if (hidden > 0) rest.push(t(locale, 'reminder.more', { count: hidden }));
    blocks.push({ type: 'divider' }, { type: 'text', text: rest.join('\n') });
  }
  return { kind: 'message', summary: items.length === 1 ? lines[0] : heading, blocks };
}

const isoDate = z.string().refine(isIsoDate);
const bodySchema = z.object({
  date: isoDate,
  locale: z.enum(LOCALES),
  items: z.array(z.tuple([z.string(), z.enum(STEP_IDS), isoDate, z.string()])).min(1),
});

/** The deferred body of one person's reminders of a pass: ids, dates and the language, no names or text. */
export function reminderBody(items: readonly ReminderLine[], today: IsoDate, locale: Locale): DeferredMessage {
  return { kind: 'deferred', template: REMINDERS_TEMPLATE, data: { date: today, locale, items: items.map((i) => [i.caseId, i.stepId, i.due, i.employeeId]) } };
}

/** Writes a deferred reminders body as the message to send (names read now); throws on a malformed body. */
export function renderReminderBody(store: Store, data: unknown): UiMessage {
  const body = bodySchema.parse(data);
  const items: ReminderLine[] = body.items.map(([caseId, stepId, due, employeeId]) => ({ caseId, stepId, due, employeeId }));
  const names = store.people.namesOf(items.slice(0, MAX_DETAILED + MAX_LISTED).map((i) => i.employeeId));
  return reminderMessage(items, (id) => names.get(id) ?? '?', body.date, body.locale);
}
