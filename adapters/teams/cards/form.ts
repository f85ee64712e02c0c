// UiForm → an Adaptive Card with Input.* elements whose ids equal the field ids, an
// Action.Submit carrying {flow: formId}, and refusals shown beside the field they concern.
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { UiField, UiForm } from '../../../src/core/ui.js';
import { renderText } from './blocks.js';
import { CARD_VERSION, type AdaptiveCard, type CardElement, type SubmitAction } from './types.js';

/** The dataset Teams' people picker searches (the organisation's users). */
export const PEOPLE_DATASET = 'graph.microsoft.com/users';

/** Value of the static "myself" choice of a person field. */
export const SELF = 'self';

const TEXT = {
  self: { nl: 'Ikzelf', en: 'Myself' },
  required: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
} as const;

function choices(options: UiField['options']): Array<{ title: string; value: string }> {
  return (options ?? []).map((o) => ({ title: o.label, value: o.value }));
}

/** Input for one field: people picker, date, single/multi-line text or compact choice set. */
function input(field: UiField, locale: Locale): CardElement {
  const base: CardElement = { type: 'Input.Text', id: field.id, label: field.label, isRequired: field.required };
  if (field.required) base.errorMessage = TEXT.required[locale];
  if (field.initial !== undefined && field.initial !== '') base.value = field.initial;
  switch (field.type) {
    case 'person': {
      // Static choices keep 'self' (and any person the flow already knows) selectable;
      // the Data.Query makes Teams search the directory as the user types.
      const listed = choices(field.options).filter((c) => c.value !== SELF);
      const self = field.options?.find((o) => o.value === SELF)?.label ?? TEXT.self[locale];
      return {
        ...base,
        type: 'Input.ChoiceSet',
        choices: [{ title: self, value: SELF }, ...listed],
        'choices.data': { type: 'Data.Query', dataset: PEOPLE_DATASET },
        isMultiSelect: false,
        style: 'compact',
      };
    }
    case 'date':
      return { ...base, type: 'Input.Date' };
    case 'choice':
      return { ...base, type: 'Input.ChoiceSet', choices: choices(field.options), isMultiSelect: false, style: 'compact' };
    case 'multiline':
      return { ...base, isMultiline: true, ...(field.maxLength ? { maxLength: field.maxLength } : {}) };
    case 'text':
      return { ...base, ...(field.maxLength ? { maxLength: field.maxLength } : {}) };
  }
}

function errorBlock(text: string): CardElement {
  return renderText(text, { color: 'attention', size: 'small', spacing: 'small' });
}

/** Renders a form; kept answers become input values, errors sit right below their field. */
export function renderForm(form: UiForm, locale: Locale): AdaptiveCard {
  const errors = form.errors ?? {};
  const fieldIds = new Set(form.fields.map((f) => f.id));
  const body: CardElement[] = [renderText(form.title, { style: 'heading', size: 'medium', weight: 'bolder' })];
  // Errors that belong to no field (e.g. the whole form) go on top.
  for (const [key, text] of Object.entries(errors)) if (!fieldIds.has(key)) body.push(errorBlock(text));
  for (const field of form.fields) {
    body.push(input(field, locale));
    if (field.help) body.push(renderText(field.help, { isSubtle: true, size: 'small', spacing: 'small' }));
    const error = errors[field.id];
    if (error) body.push(errorBlock(error));
  }
  const data: Record<string, string> = { flow: form.formId };
  if (form.context !== undefined) data.context = form.context;
  const submit: SubmitAction = { type: 'Action.Submit', title: form.submitLabel, style: 'positive', data };
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    actions: [submit],
    msteams: { width: 'Full' },
  };
}
