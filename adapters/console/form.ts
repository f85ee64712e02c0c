// Console forms: a prompt per field (label, help, options by value and label, default, error) and
// reading a typed answer back into the raw value a FormSubmitEvent carries.
import { isIsoDate } from '../../src/core/calendar/isoDate.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { t } from '../../src/core/i18n/translate.js';
import type { UiField, UiForm } from '../../src/core/ui.js';
import { sanitize, styler, type Styler } from './style.js';

/** What a typed answer became: the raw field value, or a kind error to show before asking again. */
export type FieldAnswer = { ok: true; value: string } | { ok: false; error: string };

/** Words that mean "myself" in a person field. */
const SELF_ANSWERS = new Set(['ik', 'mij', 'me', 'mezelf', 'zelf', 'self', 'myself', 'i']);

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').trim().toLowerCase();
}

function hint(field: UiField, locale: Locale): string | undefined {
  if (field.type === 'person') return t(locale, 'console.personHint');
  if (field.type === 'date') return t(locale, 'console.dateHint');
  return undefined;
}

/** How a value is shown: a person option by its name, anything else as it is. */
function shownValue(field: UiField, value: string): string {
  return field.type === 'person' ? field.options?.find((o) => o.value === value)?.label ?? value : value;
}

/** The prompt lines for one field (number it with `index` when showing a whole form). */
export function fieldPrompt(field: UiField, locale: Locale, opts: { index?: number; error?: string; style?: Styler } = {}): string {
  const s = opts.style ?? styler(false);
  const lead = opts.index !== undefined ? `${opts.index}. ` : '';
  const pad = ' '.repeat(lead.length + 2);
  const required = field.required ? ` (${t(locale, 'console.required')})` : '';
  const initial = field.initial ? ` [${t(locale, 'console.default', { value: sanitize(shownValue(field, field.initial)) })}]` : '';
  const lines = [`${lead}${sanitize(field.label)}${required}${initial}`];
  for (const extra of [field.help, hint(field, locale)]) if (extra) lines.push(pad + s.dim(sanitize(extra)));
  if (field.options?.length) {
    lines.push(`${pad}${t(locale, 'console.options')}:`);
    // People are offered by name only: their option values are internal ids.
    field.options.forEach((o, i) => lines.push(`${pad}  ${s.key(`${i + 1})`)} ${field.type === 'person' ? '' : `${sanitize(o.value)} = `}${sanitize(o.label)}`));
  }
  if (opts.error) lines.push(`${pad}${s.error(`! ${sanitize(opts.error)}`)}`);
  return lines.join('\n');
}

/** A whole form as text: title, then every field with its prompt and any error beside it. */
export function renderForm(form: UiForm, locale: Locale, style: Styler = styler(false)): string {
  const parts = [style.heading(`== ${sanitize(form.title)} ==`)];
  form.fields.forEach((f, i) => parts.push(fieldPrompt(f, locale, { index: i + 1, error: form.errors?.[f.id], style })));
  return parts.join('\n');
}

function toIsoDate(s: string): string | null {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const iso = dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : s;
  return isIsoDate(iso) ? iso : null;
}

/** Reads a typed answer: option number, value or label for choices; "ik"/"me" for self; dates as YYYY-MM-DD or DD-MM-YYYY. */
export function answerField(field: UiField, input: string, locale: Locale): FieldAnswer {
  const typed = input.trim();
  if (typed === '') {
    if (field.initial !== undefined && field.initial !== '') return { ok: true, value: field.initial };
    return field.required ? { ok: false, error: t(locale, 'form.required') } : { ok: true, value: '' };
  }
  switch (field.type) {
    case 'choice': {
      const options = field.options ?? [];
      const n = /^\d+$/.test(typed) ? Number(typed) : NaN;
      const hit = options[n - 1] ?? options.find((o) => fold(o.value) === fold(typed) || fold(o.label) === fold(typed));
      return hit ? { ok: true, value: hit.value } : { ok: false, error: t(locale, 'form.invalidChoice') };
    }
    case 'date': {
      const iso = toIsoDate(typed);
      return iso ? { ok: true, value: iso } : { ok: false, error: t(locale, 'form.invalidDate') };
    }
    case 'person': {
      // A number or a name picks one of the people offered; anything else is passed on as typed.
      const options = field.options ?? [];
      const n = /^\d+$/.test(typed) ? Number(typed) : NaN;
      const hit = options[n - 1] ?? options.find((o) => fold(o.label) === fold(typed));
      if (hit) return { ok: true, value: hit.value };
      return { ok: true, value: SELF_ANSWERS.has(fold(typed)) ? 'self' : typed };
    }
    default:
      if (field.maxLength !== undefined && typed.length > field.maxLength) {
        return { ok: false, error: t(locale, 'form.tooLong', { max: field.maxLength }) };
      }
      return { ok: true, value: typed };
  }
}
