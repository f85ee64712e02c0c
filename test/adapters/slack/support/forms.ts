// Abstract forms as the flows produce them (the intake fields of domain.md §5, the deviation form).
import type { UiForm } from '../../../../src/core/ui.js';
import type { Locale } from '../../../../src/core/i18n/locale.js';
import { INTAKE_FIELDS } from '../../../../src/core/privacy/intake.js';

/** The nine intake field ids, in order. */
export const INTAKE_IDS = [
  'employee', 'firstSickDay', 'phone', 'address', 'expectedDuration', 'workHandover', 'workAccident', 'trafficAccidentThirdParty', 'safetyNet',
];

const yesNoUnknown = [
  { value: 'yes', label: 'Ja' }, { value: 'no', label: 'Nee' }, { value: 'unknown', label: 'Weet ik niet' },
];

/** The sick-report form; `errors` makes it a refusal. */
export function sickReportForm(extra: Partial<UiForm> = {}): UiForm {
  return {
    kind: 'form',
    formId: 'sick-report',
    title: 'Ziekmelding doorgeven aan de werkgever',
    submitLabel: 'Versturen',
    fields: [
      { id: 'employee', type: 'person', label: 'Wie is ziek?', required: true, initial: 'self' },
      { id: 'firstSickDay', type: 'date', label: 'Eerste ziektedag', required: true, initial: '2025-03-10' },
      { id: 'phone', type: 'text', label: 'Telefoonnummer', required: false, maxLength: 40 },
      { id: 'address', type: 'text', label: 'Adres tijdens verzuim (als dat anders is)', required: false, maxLength: 200 },
      {
        id: 'expectedDuration', type: 'choice', label: 'Hoe lang denk je weg te zijn?', required: true,
        options: [
          { value: 'days', label: 'Een paar dagen' }, { value: 'week', label: 'Tot een week' }, { value: 'weeks', label: '1 tot 6 weken' },
          { value: 'longer', label: 'Langer dan 6 weken' }, { value: 'unknown', label: 'Weet ik niet' },
        ],
      },
      { id: 'workHandover', type: 'multiline', label: 'Werk en afspraken om over te dragen', required: false, help: 'Geen medische informatie, alsjeblieft.' },
      { id: 'workAccident', type: 'choice', label: 'Heeft het te maken met een ongeval op het werk?', required: true, options: yesNoUnknown },
      { id: 'trafficAccidentThirdParty', type: 'choice', label: 'Verkeersongeval waarbij een ander aansprakelijk kan zijn?', required: true, options: yesNoUnknown },
      {
        id: 'safetyNet', type: 'choice', label: 'Val je onder een vangnetregeling?', required: true,
        options: [{ value: 'yes', label: 'Ja' }, { value: 'no', label: 'Nee' }, { value: 'undisclosed', label: 'Zeg ik liever niet' }],
      },
    ],
    ...extra,
  };
}

/** The deviation form for one step. */
export function deviateForm(context = 'CASE0001:probleemanalyse'): UiForm {
  return {
    kind: 'form',
    formId: 'step-deviate',
    title: 'Afwijken van de termijn',
    submitLabel: 'Opslaan',
    context,
    fields: [
      { id: 'reason', type: 'multiline', label: 'Waarom wijkt deze stap af?', required: true, maxLength: 500 },
      { id: 'newDate', type: 'date', label: 'Nieuwe datum', required: false },
    ],
  };
}

/** The sick-report form built from the shared intake definition (as the flows do), in one language. */
export function intakeCatalogForm(locale: Locale, extra: Partial<UiForm> = {}): UiForm {
  return {
    kind: 'form',
    formId: 'sick-report',
    title: locale === 'nl' ? 'Ziekmelding' : 'Sick report',
    submitLabel: locale === 'nl' ? 'Versturen' : 'Send',
    fields: INTAKE_FIELDS.map((f) => ({
      id: f.id,
      type: f.multiline ? 'multiline' : f.type,
      label: f.label[locale],
      help: f.help[locale],
      required: f.required,
      ...(f.options.length ? { options: f.options.map((o) => ({ value: o.value, label: o.label[locale] })) } : {}),
      ...(f.maxLength ? { maxLength: f.maxLength } : {}),
    })),
    ...extra,
  };
}
