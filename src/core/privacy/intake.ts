// The sick-report intake (domain.md §5): exactly the questions the AP permits, with nl/en labels that say why
// each one is asked, the zod schema that validates a submission, and the guard check for its free-text fields.
// Nothing else is asked: not the nature or cause, not whether the absence is work-related, not which safety-net rule.
import { z } from 'zod';
import { diffDays, isIsoDate, type IsoDate } from '../calendar/isoDate.js';
import type { Localized } from '../i18n/locale.js';
import type { GuardCategory } from './guardTypes.js';
import { checkText } from './guard/index.js';

/** Kinds of intake field (the CLI contract's `type`). */
export type IntakeFieldType = 'person' | 'date' | 'text' | 'choice';

/** One choice of a choice field. */
export interface IntakeOption {
  value: string;
  label: Localized;
}

/** One intake question. */
export interface IntakeField {
  id: string;
  type: IntakeFieldType;
  required: boolean;
  label: Localized;
  /** Why we ask (shown as help). */
  help: Localized;
  options: IntakeOption[];
  /** Longest accepted answer for text fields. */
  maxLength?: number;
  /** Free text the medical-text guard checks before anything is stored. */
  guarded?: boolean;
  /** Multi-line text (work handover). */
  multiline?: boolean;
}

const YES_NO_UNKNOWN = [
  { value: 'yes', label: { nl: 'Ja', en: 'Yes' } },
  { value: 'no', label: { nl: 'Nee', en: 'No' } },
  { value: 'unknown', label: { nl: 'Weet ik niet', en: 'Don’t know' } },
] as const;

/** Answer values of `expectedDuration`. */
export const EXPECTED_DURATIONS = ['days', 'week', 'weeks', 'longer', 'unknown'] as const;
/** Answer values of `workAccident` and `trafficAccidentThirdParty`. */
export const YES_NO_UNKNOWN_VALUES = ['yes', 'no', 'unknown'] as const;
/** Answer values of `safetyNet`. */
export const SAFETY_NET_VALUES = ['yes', 'no', 'undisclosed'] as const;

/** Longest accepted answers. */
export const INTAKE_MAX = { employee: 200, phone: 32, address: 300, workHandover: 1000 } as const;

/** The intake questions in the order they are asked (ids and option values are a contract). */
export const INTAKE_FIELDS: readonly IntakeField[] = [
  {
    id: 'employee', type: 'person', required: true, options: [],
    label: { nl: 'Medewerker', en: 'Employee' },
    help: {
      nl: 'Wie meldt zich ziek? Kies jezelf als je het voor jezelf doorgeeft.',
      en: 'Who is reporting sick? Choose yourself if it’s your own report.',
    },
  },
  {
    id: 'firstSickDay', type: 'date', required: true, options: [],
    label: { nl: 'Eerste ziektedag', en: 'First sick day' },
    help: {
      nl: 'De eerste dag dat de medewerker niet kon werken. Alle wettelijke termijnen tellen vanaf deze dag.',
      en: 'The first day the employee couldn’t work. Every legal deadline counts from this day.',
    },
  },
  {
    id: 'phone', type: 'text', required: false, options: [], maxLength: INTAKE_MAX.phone, guarded: true,
    label: { nl: 'Telefoonnummer tijdens afwezigheid', en: 'Phone number during the absence' },
    help: {
      nl: 'Zodat de leidinggevende en de bedrijfsarts contact kunnen houden. Alleen nodig als het afwijkt van het bekende nummer.',
      en: 'So the manager and the company doctor can stay in touch. Only needed if it differs from the usual number.',
    },
  },
  {
    id: 'address', type: 'text', required: false, options: [], maxLength: INTAKE_MAX.address, guarded: true,
    label: { nl: 'Verblijfadres tijdens afwezigheid', en: 'Address during the absence' },
    help: {
      nl: 'Alleen invullen als de medewerker ergens anders verblijft, bijvoorbeeld bij familie of op een verpleegadres, zodat de bedrijfsarts hem of haar kan bereiken.',
      en: 'Only if the employee is staying somewhere else, for example with family or at a care address, so the company doctor can reach them.',
    },
  },
  {
    id: 'expectedDuration', type: 'choice', required: true,
    label: { nl: 'Verwachte duur', en: 'Expected duration' },
    help: {
      nl: 'Hoe lang denkt de medewerker weg te zijn? Bij langer dan zes weken halen we de casemanager er meteen bij.',
      en: 'How long does the employee expect to be away? For more than six weeks we bring in the casemanager right away.',
    },
    options: [
      { value: 'days', label: { nl: 'Een paar dagen', en: 'A few days' } },
      { value: 'week', label: { nl: 'Tot een week', en: 'Up to a week' } },
      { value: 'weeks', label: { nl: '1 tot 6 weken', en: '1 to 6 weeks' } },
      { value: 'longer', label: { nl: 'Langer dan 6 weken', en: 'More than 6 weeks' } },
      { value: 'unknown', label: { nl: 'Weet ik niet', en: 'Don’t know' } },
    ],
  },
  {
    id: 'workHandover', type: 'text', required: false, options: [], maxLength: INTAKE_MAX.workHandover, guarded: true, multiline: true,
    label: { nl: 'Werk en afspraken om over te dragen', en: 'Work and appointments to hand over' },
    help: {
      nl: 'Lopend werk en afspraken die een collega moet oppakken. Schrijf hier niets over de gezondheid: dat mogen we niet vastleggen.',
      en: 'Ongoing work and appointments a colleague needs to pick up. Don’t write anything about health here: we may not record it.',
    },
  },
  {
    id: 'workAccident', type: 'choice', required: true, options: [...YES_NO_UNKNOWN],
    label: { nl: 'Gaat het om een ongeval op het werk?', en: 'Is it about an accident at work?' },
    help: {
      nl: 'Een ernstig arbeidsongeval moet de werkgever melden bij de Nederlandse Arbeidsinspectie. Of de afwezigheid met het werk te maken heeft, vragen we niet.',
      en: 'The employer must report a serious accident at work to the Netherlands Labour Authority. We don’t ask whether the absence is related to work.',
    },
  },
  {
    id: 'trafficAccidentThirdParty', type: 'choice', required: true, options: [...YES_NO_UNKNOWN],
    label: { nl: 'Verkeersongeval waarbij een ander aansprakelijk kan zijn?', en: 'Traffic accident where someone else may be liable?' },
    help: {
      nl: 'Dan kan de werkgever de loonkosten misschien verhalen op die ander (regres).',
      en: 'Then the employer may be able to recover the wage costs from that party (regres).',
    },
  },
  {
    id: 'safetyNet', type: 'choice', required: true,
    label: { nl: 'Valt de medewerker onder een vangnetregeling van de Ziektewet?', en: 'Is the employee covered by a Ziektewet safety-net rule?' },
    help: {
      nl: 'Dan meldt de werkgever dit bij UWV. Welke regeling het is, vragen we nooit; de medewerker mag ook liever niets zeggen.',
      en: 'Then the employer reports it to UWV. We never ask which rule it is; the employee may also prefer not to say.',
    },
    options: [
      { value: 'yes', label: { nl: 'Ja', en: 'Yes' } },
      { value: 'no', label: { nl: 'Nee', en: 'No' } },
      { value: 'undisclosed', label: { nl: 'Zegt de medewerker liever niet', en: 'The employee prefers not to say' } },
    ],
  },
];

/** The intake field ids, in order. */
export const INTAKE_FIELD_IDS = INTAKE_FIELDS.map((f) => f.id);

/** Free-text intake fields the guard checks. */
export const GUARDED_INTAKE_FIELDS = ['phone', 'address', 'workHandover'] as const;
/** A guarded intake field id. */
export type GuardedIntakeField = (typeof GUARDED_INTAKE_FIELDS)[number];

// Zod's enum errors echo the received value; these never do, so a mistyped answer cannot end up in a log.
function choice<const T extends readonly [string, ...string[]]>(values: T, field: string) {
  return z.string({ message: `${field}: choose one of ${values.join(', ')}` })
    .refine((v): v is T[number] => (values as readonly string[]).includes(v), { message: `${field}: choose one of ${values.join(', ')}` });
}

// Trimmed optional text: empty becomes null.
function optionalText(max: number, field: string, multiline: boolean) {
  return z.string({ message: `${field}: text expected` }).nullish()
    .transform((v) => {
      if (v == null) return null;
      const t = multiline
        ? v.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim()
        : v.replace(/\s+/g, ' ').trim();
      return t === '' ? null : t;
    })
    .refine((v) => v === null || v.length <= max, { message: `${field}: at most ${max} characters` });
}

const PHONE_RE = /^\+?[0-9 ()./-]+$/;

function dateField(today: IsoDate | null) {
  return z.string({ message: 'firstSickDay: date expected (YYYY-MM-DD)' }).trim()
    .refine(isIsoDate, { message: 'firstSickDay: not a real date (YYYY-MM-DD)' })
    .refine((d) => today === null || !isIsoDate(d) || d <= today, { message: 'firstSickDay: may not be in the future' })
    .refine((d) => today === null || !isIsoDate(d) || diffDays(d, today) <= 730, { message: 'firstSickDay: more than two years ago' });
}

function shape(today: IsoDate | null) {
  const firstSickDay = today === null ? dateField(null) : z.string().optional().transform((v) => v ?? today).pipe(dateField(today));
  return {
    employee: z.string({ message: 'employee: required' }).trim().min(1, { message: 'employee: required' })
      .max(INTAKE_MAX.employee, { message: `employee: at most ${INTAKE_MAX.employee} characters` }),
    firstSickDay,
    phone: optionalText(INTAKE_MAX.phone, 'phone', false).refine(
      (v) => v === null || (PHONE_RE.test(v) && (v.match(/\d/g) ?? []).length >= 6),
      { message: 'phone: not a phone number' },
    ),
    address: optionalText(INTAKE_MAX.address, 'address', false),
    expectedDuration: choice(EXPECTED_DURATIONS, 'expectedDuration'),
    workHandover: optionalText(INTAKE_MAX.workHandover, 'workHandover', true),
    workAccident: choice(YES_NO_UNKNOWN_VALUES, 'workAccident'),
    trafficAccidentThirdParty: choice(YES_NO_UNKNOWN_VALUES, 'trafficAccidentThirdParty'),
    safetyNet: choice(SAFETY_NET_VALUES, 'safetyNet'),
  };
}

// Refuses fields that are not asked, without naming them (a key could be anything a client sent).
function noOtherFields<S extends z.ZodRawShape>(s: S) {
  return z.object(s, { message: 'intake: object expected' }).passthrough()
    .superRefine((o, ctx) => {
      if (Object.keys(o).some((k) => !INTAKE_FIELD_IDS.includes(k))) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'intake: only the intake fields may be sent' });
      }
    })
    .transform((o) => Object.fromEntries(Object.entries(o).filter(([k]) => INTAKE_FIELD_IDS.includes(k))) as z.output<z.ZodObject<S>>);
}

/** Validates an intake submission (format only; use makeIntakeSchema(today) to also refuse future dates). */
export const intakeSchema = noOtherFields(shape(null));

/** The intake schema for a given day: the first sick day defaults to today and may not be after it. */
export function makeIntakeSchema(today: IsoDate) {
  return noOtherFields(shape(today));
}

/** A validated intake submission. */
export type IntakeInput = z.output<typeof intakeSchema>;

/** True when the first sick day is more than 7 days before today: the report is late (a warning, not a refusal). */
export function lateReport(firstSickDay: IsoDate, today: IsoDate): boolean {
  return diffDays(firstSickDay, today) > 7;
}

/** The guard's verdict on an intake's free-text fields: which fields it refused and why — never the text. */
export interface IntakeGuardResult {
  medical: boolean;
  refused: Partial<Record<GuardedIntakeField, GuardCategory[]>>;
}

/** Runs the medical-text guard over the intake's free-text fields (phone, address, workHandover). */
export function guardIntake(input: Partial<Record<GuardedIntakeField, string | null | undefined>>): IntakeGuardResult {
  const refused: IntakeGuardResult['refused'] = {};
  for (const field of GUARDED_INTAKE_FIELDS) {
    const text = input[field];
    if (typeof text !== 'string' || text.trim() === '') continue;
    // The address may be a care address (domain.md §5): the guard's address mode lets an institution's name through.
    const verdict = checkText(text, field === 'address' ? { field: 'address' } : undefined);
    if (verdict.medical) refused[field] = [...verdict.categories];
  }
  return { medical: Object.keys(refused).length > 0, refused };
}
