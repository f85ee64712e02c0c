// The sick-report form: exactly the intake fields of the privacy core (INTAKE_FIELDS), and the check of a
// submission field by field — each problem becomes a kind error beside its field, every other answer is kept.
// Free texts the guard refuses are dropped, never sent back.
import type { IsoDate } from '../src/core/calendar/isoDate.js';
import type { Locale } from '../src/core/i18n/locale.js';
import { t } from '../src/core/i18n/translate.js';
import { guardIntake, INTAKE_FIELD_IDS, INTAKE_FIELDS, makeIntakeSchema, type IntakeField } from '../src/core/privacy/intake.js';
import type { UiField, UiForm } from '../src/core/ui.js';

/** The value of the person field meaning "the sender themselves". */
export const SELF = 'self';

/** A person already known when the form opens, offered as a choice beside "myself" (value: how the field names them). */
export interface KnownPerson {
  value: string;
  name: string;
}

/** One intake field as a form field in `locale`. */
export function uiFieldOf(f: IntakeField, locale: Locale): UiField {
  const field: UiField = {
    id: f.id, type: f.multiline ? 'multiline' : f.type, label: f.label[locale], help: f.help[locale], required: f.required,
  };
  if (f.options.length) field.options = f.options.map((o) => ({ value: o.value, label: o.label[locale] }));
  if (f.maxLength !== undefined) field.maxLength = f.maxLength;
  return field;
}

/** The sick-report form; `initial` holds kept answers (after a refusal) or the known employee. */
export function sickReportForm(
  locale: Locale, today: IsoDate, opts: { initial?: Record<string, string>; errors?: Record<string, string>; known?: KnownPerson[] } = {},
): UiForm {
  const initial: Record<string, string> = { firstSickDay: today, ...opts.initial };
  const fields = INTAKE_FIELDS.map((f) => {
    const field = uiFieldOf(f, locale);
    if (f.type === 'person') {
      field.options = [{ value: SELF, label: t(locale, 'common.self') }, ...(opts.known ?? []).map((p) => ({ value: p.value, label: p.name }))];
    }
    const value = initial[f.id];
    if (value !== undefined && value !== '') field.initial = value;
    return field;
  });
  const form: UiForm = { kind: 'form', formId: 'sick-report', title: t(locale, 'sick.title'), submitLabel: t(locale, 'sick.submit'), fields };
  if (opts.errors && Object.keys(opts.errors).length) form.errors = opts.errors;
  return form;
}

/** A submission checked field by field. */
export interface IntakeCheck {
  /** Field id → kind error. */
  errors: Record<string, string>;
  /** The answers to keep in the form: those without an error (refused free texts never come back). */
  kept: Record<string, string>;
  /** Only the intake fields, trimmed as typed (for the use case). */
  values: Record<string, string>;
}

/** The kind error for a problem zod found in a field (zod's own texts are English and never shown). */
function messageFor(field: string, zodMessage: string, locale: Locale): string {
  const max = INTAKE_FIELDS.find((f) => f.id === field)?.maxLength;
  const problem = zodMessage.replace(/^\w+: /, '');
  if (/required|expected/.test(problem)) return t(locale, 'form.required');
  if (/at most/.test(problem) && max !== undefined) return t(locale, 'form.tooLong', { max });
  if (field === 'firstSickDay') {
    if (/future/.test(problem)) return t(locale, 'sick.futureDate');
    if (/two years/.test(problem)) return t(locale, 'flow.form.dateTooOld');
    return t(locale, 'form.invalidDate');
  }
  if (field === 'phone') return t(locale, 'flow.form.invalidPhone');
  return t(locale, 'form.invalidChoice');
}

/** Checks a raw submission against the intake schema and the guard (the employee is resolved by the caller). */
export function checkIntake(raw: Record<string, string>, today: IsoDate, locale: Locale): IntakeCheck {
  const values: Record<string, string> = {};
  for (const id of INTAKE_FIELD_IDS) {
    const v = raw[id];
    if (typeof v === 'string') values[id] = v;
  }
  const candidate: Record<string, string | undefined> = { ...values };
  for (const f of INTAKE_FIELDS) if (f.type === 'choice' && candidate[f.id] === '') candidate[f.id] = undefined;
  if (candidate.firstSickDay === '') candidate.firstSickDay = undefined;
  const errors: Record<string, string> = {};
  for (const f of INTAKE_FIELDS) {
    if (f.required && f.id !== 'firstSickDay' && !(values[f.id] ?? '').trim()) errors[f.id] = t(locale, 'form.required');
  }
  const parsed = makeIntakeSchema(today).safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (INTAKE_FIELD_IDS.includes(field) && !errors[field]) errors[field] = messageFor(field, issue.message, locale);
    }
  }
  const refused = guardIntake({ phone: values.phone, address: values.address, workHandover: values.workHandover }).refused;
  for (const field of Object.keys(refused)) errors[field] = t(locale, 'form.medical');
  // Only answers that passed are sent back: a wrong answer may be anything someone typed (even medical text).
  const kept: Record<string, string> = {};
  for (const [id, v] of Object.entries(values)) if (!errors[id] && v !== '') kept[id] = v;
  return { errors, kept, values };
}
