// One step of a timeline as text: its date (or window), state, relative phrase, who is responsible,
// the legal basis and what missing it costs. Used by status, checklist, tasks, reminders and digests.
import type { IsoDate } from '../calendar/isoDate.js';
import type { Locale, Localized } from '../i18n/locale.js';
import { joinList, roleName, t } from '../i18n/translate.js';
import type { Role } from '../roles.js';
import type { TimelineStep } from '../timeline/types.js';
import { formatDate } from './dates.js';
import { relativeDue } from './relative.js';

/** The catalog texts a step line needs (a subset of the step catalog's StepDefinition). */
export interface StepTexts {
  title: Localized;
  basis?: Localized;
  consequence?: Localized;
  practice?: boolean;
}

/** A step rendered to strings; flows arrange them into blocks. */
export interface StepLine {
  title: string;
  /** "uiterlijk ma 16 februari 2026 (over 3 dagen)", "Gedaan op …", "tussen … en …". */
  when: string;
  /** The checklist state: "Open", "Te laat", "Gedaan op …", "Verplaatst naar …". */
  state: string;
  /** "Wie: leidinggevende en werknemer" (empty when nobody is responsible). */
  responsible: string;
  basis: string;
  consequence?: string;
  /** "Reden: …" for not-applicable and deviated records. */
  reason?: string;
}

/** States that still ask for action, and so get a relative phrase. */
const PENDING = new Set<TimelineStep['status']>(['open', 'due-soon', 'overdue', 'deviated']);

/** Names of the responsible roles, joined: "leidinggevende en werknemer". */
export function responsibleNames(roles: readonly Role[], locale: Locale): string {
  return joinList(locale, roles.map((r) => roleName(locale, r)));
}

/** The checklist state of a step in words. */
export function stepState(step: TimelineStep, locale: Locale): string {
  switch (step.status) {
    case 'done': return t(locale, 'step.state.done', { date: formatDate(step.doneOn ?? step.due, locale) });
    case 'deviated': return t(locale, 'step.state.deviated', { date: formatDate(step.due, locale) });
    default: return t(locale, `step.state.${step.status}`);
  }
}

/** When a step is due, in words, with a relative phrase while it is pending. */
export function stepWhen(step: TimelineStep, today: IsoDate, locale: Locale): string {
  if (step.status === 'done') return stepState(step, locale);
  if (step.status === 'not-applicable' || step.status === 'not-due') return stepState(step, locale);
  const date = step.windowStart && step.status !== 'deviated'
    ? t(locale, 'step.window', { start: formatDate(step.windowStart, locale), end: formatDate(step.due, locale) })
    : t(locale, 'step.due', { date: formatDate(step.due, locale) });
  const moved = step.status === 'deviated' && step.legalDue !== step.due
    ? `, ${t(locale, 'step.movedFrom', { date: formatDate(step.legalDue, locale) })}` : '';
  return PENDING.has(step.status) ? `${date} (${relativeDue(step.due, today, locale)}${moved})` : date;
}

/** Every text of a step line. */
export function formatStepLine(step: TimelineStep, texts: StepTexts, today: IsoDate, locale: Locale): StepLine {
  const title = texts.practice ? `${texts.title[locale]} (${t(locale, 'step.practice')})` : texts.title[locale];
  const basisText = texts.basis ? texts.basis[locale] : step.basis;
  const line: StepLine = {
    title,
    when: stepWhen(step, today, locale),
    state: stepState(step, locale),
    responsible: step.responsible.length ? t(locale, 'step.responsible', { roles: responsibleNames(step.responsible, locale) }) : '',
    basis: t(locale, 'step.basis', { basis: basisText }),
  };
  if (texts.consequence) line.consequence = t(locale, 'step.consequence', { consequence: texts.consequence[locale] });
  if (step.reason && (step.status === 'not-applicable' || step.status === 'deviated')) line.reason = t(locale, 'step.reason', { reason: step.reason });
  return line;
}

/** One line for lists and summaries: "Probleemanalyse — uiterlijk ma 16 februari 2026 (3 dagen te laat)". */
export function stepSummary(step: TimelineStep, texts: StepTexts, today: IsoDate, locale: Locale): string {
  return `${texts.title[locale]} — ${stepWhen(step, today, locale)}`;
}
