// dueReminders (domain.md §7 "Reminder"): which reminders go to whom on a day, and writing them to the outbox.
// Every step that still needs action has reminder slots: 7 days before its due date and on the due date (a
// slot on a weekend or holiday moves back to the last working day before it), and once overdue the day
// after the due date and then weekly (moved on to the next working day). A pass sends, per step, only the
// latest slot on or before the day that was not sent yet — so after downtime each step is reminded once —
// and all of one person's reminders of a pass go out as one message (no flood).
import { createHash } from 'node:crypto';
import { stepButtons } from '../../flows/format/buttons.js';
import { formatDate } from '../../flows/format/dates.js';
import { relativeDue } from '../../flows/format/relative.js';
import type { UiBlock, UiMessage } from '../../flows/ui.js';
import { fromDayNumber, toDayNumber, type IsoDate } from '../core/calendar/isoDate.js';
import type { Locale } from '../core/i18n/locale.js';
import { t } from '../core/i18n/translate.js';
import type { RoleAssignment } from '../core/policy/types.js';
import { CASE_ASSIGNED_ROLES, type Role } from '../core/roles.js';
import { STEP_CATALOG } from '../core/timeline/catalog.js';
import { computeTimeline } from '../core/timeline/engine.js';
import { REMINDER_LEAD_DAYS, reminderDueDate } from '../core/timeline/reminderDue.js';
import type { StepId } from '../core/timeline/stepIds.js';
import type { DeliveryTarget } from '../ports/outbox.js';
import type { Employer, Person, StoredCase } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import type { AppContext } from './context.js';
import { toTimelineCase } from './timeline.js';
import { latestDaySlot, nextDaySlot, reminderKey, type DaySlot, type ReminderKind } from './reminderSlots.js';

/** Slot arithmetic lives in reminderSlots.ts; re-exported so callers keep one import. */
export { OVERDUE_EVERY_DAYS, latestReminderSlot, nextReminderSlot, reminderKey, type ReminderKind, type ReminderSlot } from './reminderSlots.js';

export { REMINDER_LEAD_DAYS };
/** kv namespace: per case, the key of the latest reminder slot sent per step. */
export const REMINDER_MARKS = 'reminders.sent';
/** Reminders shown in full (with buttons) in one message; the rest are counted. */
const MAX_DETAILED = 10;
/** Further reminders listed as one line each, below the detailed ones. */
const MAX_LISTED = 15;


/** Per-pass memo of employers, people and employer-wide role holders (a pass reads each once). */
export class PassLookup {
  private readonly employers = new Map<string, Employer | undefined>();
  private readonly people = new Map<string, Person | undefined>();
  private readonly wide = new Map<string, string[]>();
  constructor(readonly store: Store) {}
  /** The employer (cached). */
  employer(id: string): Employer | undefined {
    if (!this.employers.has(id)) this.employers.set(id, this.store.employers.get(id));
    return this.employers.get(id);
  }
  /** The person (cached). */
  person(id: string): Person | undefined {
    if (!this.people.has(id)) this.people.set(id, this.store.people.get(id));
    return this.people.get(id);
  }
  /** Employer-wide holders of a role (cached). */
  employerWide(employerId: string, role: Role): string[] {
    const key = `${employerId}\u0000${role}`;
    let ids = this.wide.get(key);
    if (!ids) this.wide.set(key, (ids = this.store.roles.holders(employerId, role)));
    return ids;
  }
  /** The person's language: their own choice, else the employer's. */
  localeOf(personId: string): Locale {
    const p = this.person(personId);
    return p?.locale ?? (p && this.employer(p.employerId)?.settings.language) ?? 'nl';
  }
  /** An employee's display name for messages (ids never reach a person). */
  nameOf(personId: string): string {
    return this.person(personId)?.name ?? '?';
  }
}

/** The facts of a case that decide who is reminded. */
export type CaseRef = Pick<StoredCase, 'id' | 'employerId' | 'employeeId' | 'managerOfRecordId'>;

/** The casemanager(s) of a case: those assigned to it, else the employer-wide ones. */
export function caseCasemanagers(c: Pick<StoredCase, 'employerId'>, assigned: readonly RoleAssignment[], lookup: PassLookup): string[] {
  const own = assigned.filter((a) => a.role === 'casemanager').map((a) => a.personId);
  return own.length ? own : lookup.employerWide(c.employerId, 'casemanager');
}

/** Holders of a responsible role on a case (employee → the employee, manager → manager of record). */
function holdersOf(role: Role, c: CaseRef, assigned: readonly RoleAssignment[], lookup: PassLookup): string[] {
  if (role === 'employee') return [c.employeeId];
  if (role === 'manager') {
    const m = c.managerOfRecordId ?? lookup.person(c.employeeId)?.managerPersonId ?? null;
    return m ? [m] : [];
  }
  if (role === 'casemanager') return caseCasemanagers(c, assigned, lookup);
  const wide = lookup.employerWide(c.employerId, role);
  // Only the case roles of domain.md §6 count when assigned to one case (an 'hr' row with a case id grants nothing).
  if (!(CASE_ASSIGNED_ROLES as readonly Role[]).includes(role)) return wide;
  return [...wide, ...assigned.filter((a) => a.role === role).map((a) => a.personId)];
}

/** Who gets a step's reminder: holders of its responsible roles plus the case's casemanager (monitoring). */
export function reminderRecipients(responsible: readonly Role[], c: CaseRef, assigned: readonly RoleAssignment[], lookup: PassLookup): string[] {
  const out = new Set<string>();
  for (const role of [...responsible, 'casemanager' as const]) {
    // On their own case a person is only the employee (domain.md §6).
    for (const id of holdersOf(role, c, assigned, lookup)) if (role === 'employee' || id !== c.employeeId) out.add(id);
  }
  return [...out];
}

/** One reminder of one step of one case. */
export interface ReminderItem {
  key: string;
  caseId: string;
  stepId: StepId;
  kind: ReminderKind;
  /** The slot's nominal date (part of the key). */
  reminderDate: IsoDate;
  sendOn: IsoDate;
  due: IsoDate;
  employeeId: string;
}

/** Everything one person gets in one pass, as one message. */
export interface PersonReminders {
  personId: string;
  locale: Locale;
  /** Outbox idempotency key: the reminder's own key, or one derived from all combined keys. */
  key: string;
  target: DeliveryTarget | null;
  items: ReminderItem[];
  /** The message (built each time it is read). */
  readonly message: UiMessage;
}

/** A case the pass looked at: its new next due date and the marks of the slots now sent. */
export interface CaseAdvance {
  caseId: string;
  version: number;
  nextDue: IsoDate | null;
  marks: Record<string, string>;
  marksChanged: boolean;
}

/** The result of dueReminders: nothing written yet. */
export interface DueReminders {
  date: IsoDate;
  people: PersonReminders[];
  cases: CaseAdvance[];
  /** Due cases left for a later pass (their employer was filtered out, e.g. outside office hours). */
  skipped: number;
}

/** Options of dueReminders. */
export interface DueRemindersOptions {
  /** Only cases of employers this accepts (the scheduler: inside office hours). */
  includeEmployer?: (e: Employer) => boolean;
  /** Where a person's message goes; default: their first platform identity. */
  targetOf?: (p: Person) => DeliveryTarget | null;
}

const firstIdentity = (p: Person): DeliveryTarget | null => p.identities[0] ?? null;
const KIND_ORDER: Record<ReminderKind, number> = { overdue: 0, due: 1, before: 2 };
const byUrgency = (a: ReminderItem, b: ReminderItem) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || (a.key < b.key ? -1 : 1);

/** What a pass keeps of a due case after the scan: ids and the slots due now, never the case itself. */
interface DueCase {
  ref: CaseRef;
  version: number;
  /** Per step with a slot on or before the day: the step, its responsible roles and the latest slot. */
  slots: Array<{ stepId: StepId; responsible: readonly Role[]; due: IsoDate; slot: DaySlot }>;
  next: number;
}

/** Pure part of a pass over one case: its latest slot per step and its next due day (no store access). */
function scanCase(c: StoredCase, employer: Employer | undefined, date: IsoDate, day: number): DueCase {
  const found: DueCase = {
    ref: { id: c.id, employerId: c.employerId, employeeId: c.employeeId, managerOfRecordId: c.managerOfRecordId },
    version: c.version, slots: [], next: Infinity,
  };
  // A closed case (full recovery) gets no more reminders; a new sick report reopens it and sets nextDue.
  if (c.closedOn !== null && c.closedOn <= date) return found;
  for (const s of computeTimeline(toTimelineCase(c, employer), date).steps) {
    const due = reminderDueDate(s);
    if (due === null) continue;
    const d = toDayNumber(due);
    found.next = Math.min(found.next, nextDaySlot(d, day).send);
    const slot = latestDaySlot(d, day);
    if (slot) found.slots.push({ stepId: s.id, responsible: s.responsible, due, slot });
  }
  return found;
}

/** Streams (or lists) the due cases of the employers `include` accepts through `scanCase`. */
function scanDue(store: Store, date: IsoDate, include: ((e: Employer) => boolean) | undefined): { due: DueCase[]; skipped: number } {
  const employers = new Map(store.employers.list().map((e) => [e.id, { e, ok: !include || include(e) }]));
  const day = toDayNumber(date);
  const due: DueCase[] = [];
  let skipped = 0;
  const visit = (c: StoredCase) => {
    const emp = employers.get(c.employerId);
    if (include && !emp?.ok) skipped++;
    else due.push(scanCase(c, emp?.e, date, day));
  };
  if (store.cases.eachDueBy) store.cases.eachDueBy(date, visit);
  else store.cases.listDueBy(date).forEach(visit);
  return { due, skipped };
}

/** The reminders due on `date` for the cases whose stored nextDue is on or before it (reads only; see enqueueReminders). */
export function dueReminders(ctx: AppContext, date: IsoDate, opts: DueRemindersOptions = {}): DueReminders {
  const lookup = new PassLookup(ctx.store);
  const byPerson = new Map<string, ReminderItem[]>();
  const cases: CaseAdvance[] = [];
  const { due, skipped } = scanDue(ctx.store, date, opts.includeEmployer);
  for (const dc of due) {
    const c = dc.ref;
    const old = ctx.store.kv.get<Record<string, string>>(REMINDER_MARKS, c.id) ?? {};
    const marks: Record<string, string> = {};
    let assigned: RoleAssignment[] | undefined;
    for (const { stepId, responsible, due: stepDue, slot } of dc.slots) {
      const reminderDate = fromDayNumber(slot.nominal);
      const key = reminderKey(c.id, stepId, { kind: slot.kind, date: reminderDate });
      marks[stepId] = key;
      if (old[stepId] === key) continue;
      const item: ReminderItem = {
        key, caseId: c.id, stepId, kind: slot.kind, reminderDate, sendOn: fromDayNumber(slot.send), due: stepDue, employeeId: c.employeeId,
      };
      assigned ??= ctx.store.roles.listForCase(c.id);
      for (const p of reminderRecipients(responsible, c, assigned, lookup)) {
        const list = byPerson.get(p);
        if (list) list.push(item);
        else byPerson.set(p, [item]);
      }
    }
    const changed = Object.keys(old).length !== Object.keys(marks).length || Object.keys(marks).some((k) => old[k] !== marks[k]);
    cases.push({ caseId: c.id, version: dc.version, nextDue: dc.next === Infinity ? null : fromDayNumber(dc.next), marks, marksChanged: changed });
  }
  const targetOf = opts.targetOf ?? firstIdentity;
  const people: PersonReminders[] = [];
  for (const [personId, items] of byPerson) {
    items.sort(byUrgency);
    const locale = lookup.localeOf(personId);
    const person = lookup.person(personId);
    people.push({
      personId, locale, items,
      key: items.length === 1 ? items[0].key : combinedKey(personId, date, items),
      target: person ? targetOf(person) : null,
      // Written when read (by enqueueReminders, one at a time), so a big pass never holds every message at once.
      get message() { return reminderMessage(items, (id) => lookup.nameOf(id), date, locale); },
    });
  }
  people.sort((a, b) => (a.personId < b.personId ? -1 : 1));
  return { date, people, cases, skipped };
}

/** Key of a combined message: the person, the day and a digest of the reminder keys it carries. */
function combinedKey(personId: string, date: IsoDate, items: readonly ReminderItem[]): string {
  const digest = createHash('sha256').update(items.map((i) => i.key).sort().join('\n')).digest('hex').slice(0, 16);
  return `reminders:${personId}:${date}:${digest}`;
}

/** One reminder as a sentence: coming up, due today, or overdue. */
function reminderLine(item: ReminderItem, name: string, today: IsoDate, locale: Locale): string {
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
export function reminderMessage(items: readonly ReminderItem[], nameOf: (personId: string) => string, today: IsoDate, locale: Locale): UiMessage {
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

/** What enqueueReminders wrote. */
export interface RemindersEnqueued {
  /** Messages added to the outbox. */
  enqueued: number;
  /** Messages whose key was already in the outbox (a repeated pass). */
  duplicates: number;
  /** People without a delivery target (no identity on a platform that is on). */
  undeliverable: number;
  /** Cases whose next due date was advanced. */
  cases: number;
}

/**
 * Writes a pass in one transaction: the messages (idempotent by key), the per-case marks of the slots sent
 * and each case's next due date. A crash before the commit leaves nothing, so the next pass redoes it all.
 */
export function enqueueReminders(ctx: AppContext, due: DueReminders): RemindersEnqueued {
  const { store } = ctx;
  const at = ctx.now.toISOString();
  return store.transaction(() => {
    const r: RemindersEnqueued = { enqueued: 0, duplicates: 0, undeliverable: 0, cases: 0 };
    for (const p of due.people) {
      if (!p.target) {
        r.undeliverable++;
        continue;
      }
      const added = store.outbox.enqueue({
        idempotencyKey: p.key, kind: 'reminder', personId: p.personId, target: p.target, message: p.message, notBefore: at, createdAt: at,
      });
      if (added) r.enqueued++;
      else r.duplicates++;
    }
    for (const c of due.cases) {
      if (c.marksChanged) {
        if (Object.keys(c.marks).length) store.kv.set(REMINDER_MARKS, c.caseId, c.marks);
        else store.kv.delete(REMINDER_MARKS, c.caseId);
      }
      if (writeNextDue(store, c)) r.cases++;
    }
    return r;
  });
}

/** Stores the case's next due date unless the case changed since the pass read it (that write set its own). */
function writeNextDue(store: Store, c: CaseAdvance): boolean {
  if (store.cases.setNextDue) return store.cases.setNextDue(c.caseId, c.version, c.nextDue);
  const current = store.cases.get(c.caseId);
  if (!current || current.version !== c.version) return false;
  store.cases.update({ ...current, nextDue: c.nextDue });
  return true;
}
