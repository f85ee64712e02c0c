// The sick report (ziekmelding): "ziek [person]" opens the intake form — for someone else (a manager, HR, a
// colleague) or for oneself ('self'); its submission is checked field by field, guarded, and recorded.
import { findPeople, ensurePerson, reportSickness, MedicalDataRefused, ValidationError, type PersonMatch } from '../src/app/index.js';
import { checkText } from '../src/core/privacy/guard/index.js';
import { INTAKE_FIELD_IDS } from '../src/core/privacy/intake.js';
import { joinList, t } from '../src/core/i18n/translate.js';
import { SUGGESTED_COMMANDS } from './grammar/suggest.js';
import type { PersonRef } from './grammar/types.js';
import type { FlowContext, FlowResult } from './context.js';
import { errorMessage } from './messages.js';
import { resolveSubject } from './people.js';
import { sickConfirmation } from './sickConfirmation.js';
import { checkIntake, SELF, sickReportForm, type KnownPerson } from './sickReportForm.js';

const MENTION_RE = /^<@([^>|]+)(?:\|[^>]*)?>$/;
/** A platform user id as pickers send them (Slack U…/W…, Teams AAD object ids). */
const PLATFORM_ID_RE = /^[A-Za-z0-9._:-]+$/;

/** True when someone without an employer role or people to manage opens the form: it is about themselves. */
function reportsForSelf(fc: FlowContext): boolean {
  const onlyEmployee = fc.actor.assignments.every((a) => a.role === 'employee');
  const managesNobody = !fc.store.people.listByEmployer(fc.actor.employerId).some((p) => p.managerPersonId === fc.actor.personId);
  return onlyEmployee && managesNobody;
}

/** How the person field names someone: Slack's people picker needs their Slack user id; elsewhere the person id. */
function pickerValue(fc: FlowContext, personId: string): string {
  if (fc.from.platform !== 'slack') return personId;
  const id = fc.store.people.get(personId)?.identities.find((i) => i.platform === 'slack' && i.tenantId === fc.from.tenantId);
  return id?.userId ?? personId;
}

/** "ziek [person]" / "ik ben ziek": the intake form, with the employee filled in when known. */
export async function startSickReport(fc: FlowContext, subject: PersonRef | undefined): Promise<FlowResult> {
  if (!subject) {
    const initial: Record<string, string> = reportsForSelf(fc) ? { employee: SELF } : {};
    return { replies: [sickReportForm(fc.locale, fc.today, { initial })], state: null };
  }
  const word = SUGGESTED_COMMANDS['sick-report'][fc.locale];
  const who = await resolveSubject(fc, { ref: subject, purpose: 'any', createFromDirectory: true, commandFor: (m) => `${word} ${m}` });
  if (who.kind === 'replies') return who.result;
  const self = who.person.personId === fc.actor.personId;
  const ref = pickerValue(fc, who.person.personId);
  const form = sickReportForm(fc.locale, fc.today, {
    initial: { employee: self ? SELF : ref },
    known: self ? [] : [{ value: ref, name: who.person.name }],
  });
  return { replies: [form], state: null };
}

/** The employee a submitted person field names: one person, or an inline error (with candidates). */
async function resolveEmployee(fc: FlowContext, raw: string): Promise<{ person?: PersonMatch; error?: string; known: KnownPerson[] }> {
  const value = raw.trim();
  if (value === SELF) return { person: { personId: fc.actor.personId, name: fc.sender.person.name }, known: [] };
  const notFound = { error: t(fc.locale, 'flow.sick.employeeNotFound'), known: [] };
  if (checkText(value).medical) return notFound;
  const mention = MENTION_RE.exec(value);
  let matches = findPeople(fc.app, fc.actor, value, 'any');
  if (!matches.length && fc.directory && fc.from.platform !== 'console' && (mention || PLATFORM_ID_RE.test(value))) {
    const identity = { platform: fc.from.platform, tenantId: fc.from.tenantId, userId: mention ? mention[1] : value };
    const profile = await fc.directory.lookup(identity);
    if (profile) {
      const { person } = ensurePerson(fc.store, fc.sender.employer, identity, profile);
      if (person.employerId === fc.actor.employerId) matches = [{ personId: person.id, name: person.name }];
    }
  }
  if (matches.length === 1) return { person: matches[0], known: [] };
  if (!matches.length) return notFound;
  return {
    error: t(fc.locale, 'flow.sick.employeeAmbiguous', { names: joinList(fc.locale, matches.map((m) => m.name)) }),
    known: matches.map((m) => ({ value: m.personId, name: m.name })),
  };
}

/** A submitted sick-report form. */
export async function submitSickReport(fc: FlowContext, raw: Record<string, string>): Promise<FlowResult> {
  const { locale, today } = fc;
  const check = checkIntake(raw, today, locale);
  let employee: PersonMatch | undefined;
  let known: KnownPerson[] = [];
  if (!check.errors.employee) {
    const r = await resolveEmployee(fc, check.values.employee ?? '');
    employee = r.person;
    known = r.known;
    if (employee && check.kept.employee !== SELF) {
      // Keep the resolved person (not the typed text), offered by name on the form.
      const ref = pickerValue(fc, employee.personId);
      known = [{ value: ref, name: employee.name }];
      check.kept.employee = ref;
    }
    if (r.error) {
      check.errors.employee = r.error;
      // A name that was not found is not shown again (it is whatever was typed); candidates are offered instead.
      delete check.kept.employee;
    }
  }
  const again = (errors: Record<string, string>): FlowResult =>
    ({ replies: [sickReportForm(locale, today, { initial: check.kept, errors, known })], state: null });
  if (Object.keys(check.errors).length || !employee) return again(check.errors);
  try {
    const result = reportSickness(fc.app, fc.actor, { ...check.values, employee: employee.personId });
    return { replies: sickConfirmation(fc, result), state: null };
  } catch (err) {
    if (err instanceof ValidationError && INTAKE_FIELD_IDS.includes(err.field)) return again({ [err.field]: err.userMessage[locale] });
    if (err instanceof MedicalDataRefused) {
      for (const f of err.fields) delete check.kept[f];
      return again(Object.fromEntries(err.fields.map((f) => [f, t(locale, 'form.medical')])));
    }
    return { replies: [errorMessage(err, locale)], state: null };
  }
}
