// The recovery report (herstelmelding): full (the period ends, the case closes) or partial (the clock keeps
// running); the date is the first day back at work and defaults to today.
import { casesVisibleTo, NotFoundError, reportRecovery, ValidationError } from '../src/app/index.js';
import { isIsoDate } from '../src/core/calendar/isoDate.js';
import { t } from '../src/core/i18n/translate.js';
import { authorize } from '../src/core/policy/authorize.js';
import type { FlowContext, FlowResult } from './context.js';
import { formatDate } from '../src/core/format/dates.js';
import { SUGGESTED_COMMANDS } from './grammar/suggest.js';
import type { PersonRef } from './grammar/types.js';
import { errorMessage, textMessage, withButtons } from './messages.js';
import { choiceButtons, resolveSubject } from './people.js';
import type { UiForm } from '../src/core/ui.js';

/** Full or partial recovery. */
export type Extent = 'full' | 'partial';
const EXTENTS: readonly Extent[] = ['full', 'partial'];

/** The recovery form for one employee (context = their person id). */
export function recoveryForm(fc: FlowContext, employee: { personId: string; name: string }, opts: { extent?: Extent; date?: string; errors?: Record<string, string> } = {}): UiForm {
  const { locale } = fc;
  const form: UiForm = {
    kind: 'form', formId: 'recovery', title: `${t(locale, 'recovery.title')}: ${employee.name}`,
    submitLabel: t(locale, 'recovery.submit'), context: employee.personId,
    fields: [
      {
        id: 'extent', type: 'choice', label: t(locale, 'recovery.extent'), required: true, initial: opts.extent ?? 'full',
        options: EXTENTS.map((e) => ({ value: e, label: t(locale, `recovery.extent.${e}`) })),
      },
      { id: 'date', type: 'date', label: t(locale, 'recovery.date'), help: t(locale, 'recovery.dateHelp'), required: true, initial: opts.date ?? fc.today },
    ],
  };
  if (opts.errors && Object.keys(opts.errors).length) form.errors = opts.errors;
  return form;
}

/** Open cases the sender may report a recovery for (filtering only; the use case authorizes and audits). */
function recoverableCases(fc: FlowContext) {
  return casesVisibleTo(fc.app, fc.actor).filter((c) => {
    const stored = fc.store.cases.get(c.caseId);
    return c.open && stored !== undefined && authorize(fc.actor, 'case.recover', {
      caseId: stored.id, employerId: stored.employerId, employeeId: stored.employeeId,
      managerOfRecordId: stored.managerOfRecordId, reporterIds: stored.reporterIds,
    }).allowed;
  });
}

/** "beter [person]": the form for the named person, the only case the sender may recover, or a choice. */
export async function startRecovery(fc: FlowContext, subject: PersonRef | undefined, extent?: Extent): Promise<FlowResult> {
  const word = SUGGESTED_COMMANDS.recovery[fc.locale];
  if (subject) {
    const who = await resolveSubject(fc, { ref: subject, purpose: 'status', commandFor: (m) => `${word} ${m}` });
    if (who.kind === 'replies') return who.result;
    return { replies: [recoveryForm(fc, who.person, { extent })], state: null };
  }
  const cases = recoverableCases(fc);
  if (cases.length === 0) return { replies: [textMessage(t(fc.locale, 'flow.status.noCases'))], state: null };
  if (cases.length === 1) return { replies: [recoveryForm(fc, { personId: cases[0].employeeId, name: cases[0].employeeName }, { extent })], state: null };
  const buttons = choiceButtons(cases.map((c) => ({ personId: c.employeeId, name: c.employeeName })), (m) => `${word} ${m}`);
  return {
    replies: [withButtons([t(fc.locale, 'recovery.whoPrompt')], buttons)],
    state: { step: 'ask-subject', intent: 'recovery', ...(extent ? { extent } : {}) },
  };
}

/** A submitted recovery form. */
export function submitRecovery(fc: FlowContext, values: Record<string, string>, context: string | undefined): FlowResult {
  const { locale } = fc;
  const employee = context ? fc.store.people.get(context) : undefined;
  if (!employee || employee.employerId !== fc.actor.employerId) return { replies: [textMessage(t(locale, 'refusal.expired'))], state: null };
  const who = { personId: employee.id, name: employee.name };
  const extent = (values.extent ?? '').trim() as Extent;
  const date = (values.date ?? '').trim() || fc.today;
  const errors: Record<string, string> = {};
  if (!EXTENTS.includes(extent)) errors.extent = t(locale, extent ? 'form.invalidChoice' : 'form.required');
  if (!isIsoDate(date)) errors.date = t(locale, 'form.invalidDate');
  const again = (errs: Record<string, string>): FlowResult => ({
    replies: [recoveryForm(fc, who, { ...(EXTENTS.includes(extent) ? { extent } : {}), ...(isIsoDate(date) ? { date } : {}), errors: errs })],
    state: null,
  });
  if (Object.keys(errors).length) return again(errors);
  try {
    const r = reportRecovery(fc.app, fc.actor, { employeeRef: employee.id, date, kind: extent });
    const shown = formatDate(date, locale);
    const self = employee.id === fc.actor.personId;
    if (self && extent === 'full') return { replies: [textMessage(t(locale, 'recovery.confirmedSelf', { date: shown }))], state: null };
    const lines = extent === 'full'
      ? [t(locale, 'recovery.confirmedFull', { name: r.employee.name, date: shown }), t(locale, 'recovery.reopenHint', { name: r.employee.name })]
      : [t(locale, 'recovery.confirmedPartial', { name: r.employee.name, date: shown })];
    return { replies: [textMessage(...lines)], state: null };
  } catch (err) {
    if (err instanceof ValidationError && err.field === 'date') return again({ date: err.userMessage[locale] });
    if (err instanceof NotFoundError && err.kind === 'case') return { replies: [textMessage(t(locale, 'recovery.notSick', { name: employee.name }))], state: null };
    return { replies: [errorMessage(err, locale)], state: null };
  }
}
