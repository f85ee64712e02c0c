// Completing a step: done (today), not applicable with a reason, or a motivated deviation (reason and a later
// date) — from a reminder/status/task button, or typed ("klaar probleemanalyse Jan"). Reasons pass the guard
// in the use case; a refused reason gets an inline error and is not kept in the form.
import { isIsoDate, type IsoDate } from '../src/core/calendar/isoDate.js';
import {
  checklist, completeStep, deviate, markNotApplicable, MedicalDataRefused, MAX_REASON_LENGTH, ValidationError,
} from '../src/app/index.js';
import { t } from '../src/core/i18n/translate.js';
import { STEP_CATALOG } from '../src/core/timeline/catalog.js';
import { RECURRING_STEPS, type StepId } from '../src/core/timeline/stepIds.js';
import type { FlowContext, FlowResult } from './context.js';
import { formatDate } from '../src/core/format/dates.js';
import { parseStepValue, stepValue, STEP_ACTIONS } from '../src/core/format/buttons.js';
import { errorMessage, textMessage } from './messages.js';
import { statusOf } from './status.js';
import type { UiForm } from '../src/core/ui.js';

/** A step of a case, as a button value names it. */
export interface StepTarget {
  caseId: string;
  stepId: StepId;
}

function title(fc: FlowContext, stepId: StepId): string {
  return STEP_CATALOG[stepId].title[fc.locale];
}

/** The step's current view (authorizes reading the case's process). */
function currentStep(fc: FlowContext, target: StepTarget) {
  return checklist(fc.app, fc.actor, { caseId: target.caseId }).items.find((i) => i.id === target.stepId);
}

/** Marks a step done today; a one-off step already handled is not recorded twice. */
export function markDone(fc: FlowContext, target: StepTarget): FlowResult {
  try {
    const now = currentStep(fc, target);
    const once = !(RECURRING_STEPS as readonly string[]).includes(target.stepId);
    if (once && (now?.status === 'done' || now?.status === 'not-applicable')) {
      return { replies: [textMessage(t(fc.locale, 'step.alreadyClosed', { step: title(fc, target.stepId) }))], state: null };
    }
    completeStep(fc.app, fc.actor, target.caseId, target.stepId, { date: fc.today });
    const text = t(fc.locale, 'step.doneConfirmed', { step: title(fc, target.stepId), date: formatDate(fc.today, fc.locale) });
    return { replies: [textMessage(text)], state: null };
  } catch (err) {
    return { replies: [errorMessage(err, fc.locale)], state: null };
  }
}

/** The not-applicable form: one reason. */
export function notApplicableForm(fc: FlowContext, target: StepTarget, errors?: Record<string, string>): UiForm {
  const { locale } = fc;
  const form: UiForm = {
    kind: 'form', formId: 'step-not-applicable', title: t(locale, 'notApplicable.title', { step: title(fc, target.stepId) }),
    submitLabel: t(locale, 'notApplicable.submit'), context: stepValue(target.caseId, target.stepId),
    fields: [{
      id: 'reason', type: 'multiline', label: t(locale, 'notApplicable.reason'), help: t(locale, 'notApplicable.reasonHelp'),
      required: true, maxLength: MAX_REASON_LENGTH,
    }],
  };
  if (errors && Object.keys(errors).length) form.errors = errors;
  return form;
}

/** The deviation form: a reason and a date later than the current one. */
export function deviateForm(fc: FlowContext, target: StepTarget, due: IsoDate | null, kept: Record<string, string> = {}, errors?: Record<string, string>): UiForm {
  const { locale } = fc;
  const form: UiForm = {
    kind: 'form', formId: 'step-deviate', title: t(locale, 'deviate.title', { step: title(fc, target.stepId) }),
    submitLabel: t(locale, 'deviate.submit'), context: stepValue(target.caseId, target.stepId),
    fields: [
      {
        id: 'reason', type: 'multiline', label: t(locale, 'deviate.reason'), help: t(locale, 'deviate.reasonHelp'),
        required: true, maxLength: MAX_REASON_LENGTH,
      },
      {
        id: 'newDate', type: 'date', label: t(locale, 'deviate.newDate'), required: true,
        ...(due ? { help: t(locale, 'deviate.newDateHelp', { date: formatDate(due, locale) }) } : {}),
        ...(kept.newDate ? { initial: kept.newDate } : {}),
      },
    ],
  };
  if (errors && Object.keys(errors).length) form.errors = errors;
  return form;
}

/** Opens the form a not-applicable or deviate button asks for (after checking the case may be read). */
function openForm(fc: FlowContext, target: StepTarget, kind: 'not-applicable' | 'deviate'): FlowResult {
  try {
    const now = currentStep(fc, target);
    if (!now) return { replies: [textMessage(t(fc.locale, 'flow.step.unknownStep'))], state: null };
    const form = kind === 'deviate' ? deviateForm(fc, target, now.due) : notApplicableForm(fc, target);
    return { replies: [form], state: null };
  } catch (err) {
    return { replies: [errorMessage(err, fc.locale)], state: null };
  }
}

/** A step or case button: step-done, step-not-applicable, step-deviate, case-show (value CASEID[:STEPID]). */
export function stepButtonFlow(fc: FlowContext, actionId: string, value: string): FlowResult {
  const target = parseStepValue(value);
  if (actionId === STEP_ACTIONS.show) return statusOf(fc, { caseId: target?.caseId ?? value });
  if (!target) return { replies: [textMessage(t(fc.locale, 'refusal.caseNotFound'))], state: null };
  if (actionId === STEP_ACTIONS.done) return markDone(fc, target);
  return openForm(fc, target, actionId === STEP_ACTIONS.deviate ? 'deviate' : 'not-applicable');
}

/** Field errors from a use-case error on a reason/date form, or null when it is not about a field. */
function fieldErrors(fc: FlowContext, err: unknown): Record<string, string> | null {
  if (err instanceof MedicalDataRefused) return Object.fromEntries(err.fields.map((f) => [f, t(fc.locale, 'form.medical')]));
  if (err instanceof ValidationError && (err.field === 'reason' || err.field === 'newDate')) return { [err.field]: err.userMessage[fc.locale] };
  return null;
}

/** A submitted deviation or not-applicable form (context CASEID:STEPID). */
export function submitStepForm(fc: FlowContext, formId: 'step-deviate' | 'step-not-applicable', values: Record<string, string>, context: string | undefined): FlowResult {
  const target = parseStepValue(context ?? '');
  if (!target) return { replies: [textMessage(t(fc.locale, 'refusal.expired'))], state: null };
  const reason = (values.reason ?? '').trim();
  const newDate = (values.newDate ?? '').trim();
  const errors: Record<string, string> = {};
  if (!reason) errors.reason = t(fc.locale, 'form.required');
  else if (reason.length > MAX_REASON_LENGTH) errors.reason = t(fc.locale, 'form.tooLong', { max: MAX_REASON_LENGTH });
  if (formId === 'step-deviate' && !isIsoDate(newDate)) errors.newDate = t(fc.locale, newDate ? 'form.invalidDate' : 'form.required');
  // The reason is never sent back: it may be what the guard refused, and a re-typed reason is short.
  const kept: Record<string, string> = isIsoDate(newDate) ? { newDate } : {};
  const again = (errs: Record<string, string>): FlowResult => {
    const due = formId === 'step-deviate' ? safeDue(fc, target) : null;
    return { replies: [formId === 'step-deviate' ? deviateForm(fc, target, due, kept, errs) : notApplicableForm(fc, target, errs)], state: null };
  };
  if (Object.keys(errors).length) return again(errors);
  try {
    const name = title(fc, target.stepId);
    if (formId === 'step-deviate') {
      deviate(fc.app, fc.actor, target.caseId, target.stepId, { newDate, reason });
      return { replies: [textMessage(t(fc.locale, 'step.deviatedConfirmed', { step: name, date: formatDate(newDate, fc.locale) }))], state: null };
    }
    markNotApplicable(fc.app, fc.actor, target.caseId, target.stepId, { reason });
    return { replies: [textMessage(t(fc.locale, 'step.notApplicableConfirmed', { step: name }))], state: null };
  } catch (err) {
    const errs = fieldErrors(fc, err);
    return errs ? again(errs) : { replies: [errorMessage(err, fc.locale)], state: null };
  }
}

/** The current due date of a step for the form's help line (null when it cannot be read). */
function safeDue(fc: FlowContext, target: StepTarget): IsoDate | null {
  try {
    return currentStep(fc, target)?.due ?? null;
  } catch {
    return null;
  }
}
