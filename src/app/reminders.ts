// dueReminders (domain.md §7 "Reminder"): which reminders go to whom on a day, and writing them to the outbox.
// Every step that still needs action has reminder slots: 7 days before its due date and on the due date (a
// slot on a weekend or holiday moves back to the last working day before it), and once overdue the day
// after the due date and then weekly (moved on to the next working day). A pass sends, per step, only the
// latest slot on or before the day that was not sent yet — so after downtime each step is reminded once —
// and all of one person's reminders of a pass go out as one message (no flood).
import { hash } from 'node:crypto';
import type { UiMessage } from '../core/ui.js';
import type { IsoDate } from '../core/calendar/isoDate.js';
import { dayOfIso, isoOfDay } from '../core/cases/dayText.js';
import type { Locale } from '../core/i18n/locale.js';
import type { RoleAssignment } from '../core/policy/types.js';
import { CASE_ASSIGNED_ROLES, type Role } from '../core/roles.js';
import { STEP_CATALOG } from '../core/timeline/catalog.js';
import { REMINDER_LEAD_DAYS } from '../core/timeline/reminderDue.js';
import { STEP_IDS, type StepId } from '../core/timeline/stepIds.js';
import type { DeferredMessage, DeliveryTarget } from '../ports/outbox.js';
import type { DueCaseSchedule, Employer, Person, StoredCase } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import type { AppContext } from './context.js';
import { PassLookup } from './passLookup.js';
import { reminderBody, reminderMessage } from './reminderMessage.js';
import { latestDaySlot, MAX_BACK_TO_WORKING_DAY, nextSendDay, slotKey, type DaySlot, type ReminderKind } from './reminderSlots.js';

/** Slot arithmetic lives in reminderSlots.ts; re-exported so callers keep one import. */
export { OVERDUE_EVERY_DAYS, latestReminderSlot, nextReminderSlot, reminderKey, type ReminderKind, type ReminderSlot } from './reminderSlots.js';

export { REMINDER_LEAD_DAYS };
/** The words of reminders live in reminderMessage.ts; re-exported so callers keep one import. */
export { reminderMessage, renderReminderBody, REMINDERS_TEMPLATE } from './reminderMessage.js';

/** The facts of a case that decide who is reminded. */
export type CaseRef = Pick<StoredCase, 'id' | 'employerId' | 'employeeId' | 'managerOfRecordId'>;

/** The casemanager(s) of a case: those assigned to it, else the employer-wide ones. */
export function caseCasemanagers(c: Pick<StoredCase, 'employerId'>, assigned: readonly RoleAssignment[], lookup: PassLookup): string[] {
  const own = assigned.filter((a) => a.role === 'casemanager').map((a) => a.personId);
  return own.length ? own : lookup.employerWide(c.employerId, 'casemanager');
}

/** Adds `id` to `out` unless it is there (a handful of ids: no Set). */
function addOnce(out: string[], id: string): void {
  if (!out.includes(id)) out.push(id);
}

/**
 * Adds the holders of a responsible role on a case to `out` (employee → the employee, manager → manager of record),
 * leaving out the employee in any role but their own (on their own case a person is only the employee, domain.md §6).
 */
function addHolders(out: string[], role: Role, c: CaseRef, assigned: readonly RoleAssignment[], lookup: PassLookup): void {
  // Index loops: a pass gets here for every new reminder, and a for-of over these arrays can make an iterator each time.
  if (role === 'employee') return addOnce(out, c.employeeId);
  if (role === 'manager') {
    const m = c.managerOfRecordId ?? lookup.person(c.employeeId)?.managerPersonId ?? null;
    if (m !== null && m !== c.employeeId) addOnce(out, m);
    return;
  }
  if (role === 'casemanager') {
    let own = false;
    for (let i = 0; i < assigned.length; i++) {
      const a = assigned[i];
      if (a.role === 'casemanager' && ((own = true), a.personId !== c.employeeId)) addOnce(out, a.personId);
    }
    if (own) return;
  }
  const wide = lookup.employerWide(c.employerId, role);
  for (let i = 0; i < wide.length; i++) if (wide[i] !== c.employeeId) addOnce(out, wide[i]);
  // Only the case roles of domain.md §6 count when assigned to one case (an 'hr' row with a case id grants nothing).
  if (role === 'casemanager' || !(CASE_ASSIGNED_ROLES as readonly Role[]).includes(role)) return;
  for (let i = 0; i < assigned.length; i++) if (assigned[i].role === role && assigned[i].personId !== c.employeeId) addOnce(out, assigned[i].personId);
}

/** Adds who gets a step's reminder to `out`: holders of its responsible roles plus the case's casemanager (monitoring). */
function addRecipients(out: string[], responsible: readonly Role[], c: CaseRef, assigned: readonly RoleAssignment[], lookup: PassLookup): void {
  for (let i = 0; i < responsible.length; i++) addHolders(out, responsible[i], c, assigned, lookup);
  if (!responsible.includes('casemanager')) addHolders(out, 'casemanager', c, assigned, lookup);
}

/** Who gets a step's reminder: holders of its responsible roles plus the case's casemanager (monitoring). */
export function reminderRecipients(responsible: readonly Role[], c: CaseRef, assigned: readonly RoleAssignment[], lookup: PassLookup): string[] {
  const out: string[] = [];
  addRecipients(out, responsible, c, assigned, lookup);
  return out;
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
  /** Outbox idempotency key: the person, the day and a digest of the reminder keys the message carries. */
  key: string;
  target: DeliveryTarget | null;
  items: ReminderItem[];
  /** What the outbox keeps: ids and dates, written out as a message when it is sent. */
  readonly body: DeferredMessage;
  /** The message as it would be sent now (previews and tests; built each time it is read). */
  readonly message: UiMessage;
}

/** A case the pass looked at: its new next due date and the marks of the slots now sent. */
export interface CaseAdvance {
  caseId: string;
  version: number;
  nextDue: IsoDate | null;
  marks: Record<string, string>;
  /** False when the marks are those the case already had (only the next due date moves). */
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

/** A step of a due case whose latest slot goes out on or before the day: the step, its due day number and that slot. */
export interface DueSlot { stepId: StepId; due: number; slot: DaySlot }

/** What a pass needs of a due case after the scan: the latest slot per step on or before the day, and its next due day. */
export interface DueCase {
  slots: DueSlot[];
  /** Day number of the first slot after the day (Infinity: none). */
  next: number;
}

/** Pure part of a pass over one case: its latest slot per step and its next due day in day numbers (no store access). */
export function scanCase(s: DueCaseSchedule, date: IsoDate, day: number): DueCase {
  const found: DueCase = { slots: [], next: Infinity };
  // A closed case (full recovery) gets no more reminders; a new sick report reopens it and sets nextDue.
  if (s.closedOn !== null && s.closedOn <= date) return found;
  const packed = s.packedSteps;
  for (let i = 0; i < packed.length; i += 2) {
    const d = packed[i + 1];
    // Most steps lie weeks ahead: nothing was sent yet and only their first reminder can be the next due day,
    // which is at most MAX_BACK_TO_WORKING_DAY before its nominal day; skip the slot arithmetic for them.
    const first = d - REMINDER_LEAD_DAYS - MAX_BACK_TO_WORKING_DAY;
    if (first > day) {
      if (first < found.next) found.next = Math.min(found.next, nextSendDay(d, day));
      continue;
    }
    found.next = Math.min(found.next, nextSendDay(d, day));
    const slot = latestDaySlot(d, day);
    if (!slot) continue;
    const entry: DueSlot = { stepId: STEP_IDS[packed[i]], due: d, slot };
    // The list starts with its first slot (an empty array would grow to room for 17 at once).
    if (found.slots.length === 0) found.slots = [entry];
    else found.slots.push(entry);
  }
  return found;
}

/** Streams the due schedules of the employers `include` accepts, each with its scan, to `fn`; returns how many it skipped. */
function scanDue(store: Store, date: IsoDate, include: ((e: Employer) => boolean) | undefined, fn: (s: DueCaseSchedule, dc: DueCase) => void): number {
  const accepted = new Map(store.employers.list().map((e) => [e.id, !include || include(e)]));
  const day = dayOfIso(date);
  let skipped = 0;
  store.cases.eachDueSchedule(date, (s) => {
    if (include && !accepted.get(s.employerId)) skipped++;
    else fn(s, scanCase(s, date, day));
  });
  return skipped;
}

/** A new reminder of a pass: its item, case and step roles, and its place in the orders a pass sorts in. */
interface NewReminder {
  item: ReminderItem;
  ref: CaseRef;
  responsible: readonly Role[];
  /** Urgency: kind (overdue first), then due day, then key. */
  kindOrder: number;
  dueDay: number;
  /** Place of its key among the sorted keys of the pass. */
  keyRank: number;
}

/**
 * One scanned case: the marks of its latest slots (a slot whose mark matches was sent before) and, per slot not
 * sent yet, a new reminder; returns what the case advances to.
 */
function advanceCase(s: DueCaseSchedule, dc: DueCase, fresh: NewReminder[]): CaseAdvance {
  const old = s.marks;
  const marks: Record<string, string> = {};
  let changed = false;
  let ref: CaseRef | undefined;
  for (const { stepId, due, slot } of dc.slots) {
    const reminderDate = isoOfDay(slot.nominal);
    const key = slotKey(s.caseId, stepId, slot.kind, reminderDate);
    const sent = old[stepId];
    if (sent === key) {
      marks[stepId] = sent; // the stored string: the new one is dropped at once
      continue;
    }
    marks[stepId] = key;
    changed = true;
    ref ??= { id: s.caseId, employerId: s.employerId, employeeId: s.employeeId, managerOfRecordId: s.managerOfRecordId };
    const item: ReminderItem = {
      key, caseId: s.caseId, stepId, kind: slot.kind, reminderDate, sendOn: isoOfDay(slot.send), due: isoOfDay(due), employeeId: s.employeeId,
    };
    fresh.push({ item, ref, responsible: STEP_CATALOG[stepId].responsible, kindOrder: KIND_ORDER[slot.kind], dueDay: due, keyRank: 0 });
  }
  // Marks of steps no longer due (done, or the case closed) drop out, which is a change too.
  if (!changed) for (const k in old) if (marks[k] === undefined) { changed = true; break; }
  return { caseId: s.caseId, version: s.version, nextDue: dc.next === Infinity ? null : isoOfDay(dc.next), marks: changed ? marks : old, marksChanged: changed };
}

/** Ranks the new reminders by key, then sorts them by urgency: kind (overdue first), due date, key; returns the keys in order. */
function sortByUrgency(fresh: NewReminder[]): string[] {
  const byKey = fresh.slice().sort((a, b) => (a.item.key < b.item.key ? -1 : 1));
  const keys = new Array<string>(byKey.length);
  for (let i = 0; i < byKey.length; i++) (byKey[i].keyRank = i), (keys[i] = byKey[i].item.key);
  fresh.sort((a, b) => a.kindOrder - b.kindOrder || a.dueDay - b.dueDay || a.keyRank - b.keyRank);
  return keys;
}

/** Assignments of a case that has none of its own (one array for all of them). */
const NO_ASSIGNMENTS: readonly RoleAssignment[] = [];

/** Hands each reminder, in urgency order, to its recipients: each person's list comes out sorted. */
function groupByPerson(ordered: readonly NewReminder[], assignedByCase: ReadonlyMap<string, RoleAssignment[]>, lookup: PassLookup): Map<string, NewReminder[]> {
  const byPerson = new Map<string, NewReminder[]>();
  const recipients: string[] = [];
  for (const r of ordered) {
    recipients.length = 0;
    addRecipients(recipients, r.responsible, r.ref, assignedByCase.get(r.ref.id) ?? NO_ASSIGNMENTS, lookup);
    for (const p of recipients) {
      const list = byPerson.get(p);
      if (list) list.push(r);
      else byPerson.set(p, [r]);
    }
  }
  return byPerson;
}

/** The ids of the cases with new reminders, in scan order. */
function caseIdsOf(fresh: readonly NewReminder[]): string[] {
  const ids: string[] = [];
  for (const r of fresh) if (ids[ids.length - 1] !== r.ref.id) ids.push(r.ref.id);
  return ids;
}

/** The reminders due on `date` for the cases whose stored nextDue is on or before it (reads only; see enqueueReminders). */
export function dueReminders(ctx: AppContext, date: IsoDate, opts: DueRemindersOptions = {}): DueReminders {
  const lookup = new PassLookup(ctx.store);
  // First the marks, case by case as they are read (a scanned case is dropped at once): most due slots were sent
  // before (an overdue step waits a week), and only the cases with a new reminder need their roles and people read.
  const cases: CaseAdvance[] = [];
  const fresh: NewReminder[] = [];
  const skipped = scanDue(ctx.store, date, opts.includeEmployer, (s, dc) => cases.push(advanceCase(s, dc, fresh)));
  // Case roles and the people to reach are read in bulk: a statement per case costs more than the pass itself.
  const caseIds = caseIdsOf(fresh); // in scan order, before the sort below: sorted ids walk the index in order
  lookup.prefetch(fresh.filter((r) => r.ref.managerOfRecordId === null).map((r) => r.ref.employeeId));
  // One sort of all new reminders rather than one per person (a bedrijfsarts can get thousands).
  const keysByRank = sortByUrgency(fresh);
  const byPerson = groupByPerson(fresh, ctx.store.roles.listForCases(caseIds), lookup);
  const targetOf = opts.targetOf ?? firstIdentity;
  const people: PersonReminders[] = [];
  lookup.prefetch(byPerson.keys());
  for (const [personId, list] of byPerson) {
    const person = lookup.person(personId);
    // The key names the person, also for a single reminder: its own key is shared by everyone it goes to.
    const key = combinedKey(personId, date, list, keysByRank);
    const items = list.map((r) => r.item);
    people.push(new PassReminders(personId, lookup.localeOf(personId), key, person ? targetOf(person) : null, items, date, ctx.store));
  }
  people.sort((a, b) => (a.personId < b.personId ? -1 : 1));
  return { date, people, cases, skipped };
}

/**
 * One person's reminders of a pass; the deferred body and the message are written when read (the message reads the
 * names then, so a pass does not keep its thousands of people until its result is dropped).
 */
class PassReminders implements PersonReminders {
  readonly #date: IsoDate;
  readonly #store: Store;
  constructor(
    readonly personId: string, readonly locale: Locale, readonly key: string, readonly target: DeliveryTarget | null,
    readonly items: ReminderItem[], date: IsoDate, store: Store,
  ) {
    this.#date = date;
    this.#store = store;
  }

  get body(): DeferredMessage {
    return reminderBody(this.items, this.#date, this.locale);
  }

  get message(): UiMessage {
    const names = this.#store.people.namesOf(this.items.map((i) => i.employeeId));
    return reminderMessage(this.items, (id) => names.get(id) ?? '?', this.#date, this.locale);
  }
}

/** Key of a combined message: the person, the day and a digest of the reminder keys it carries (in key order). */
function combinedKey(personId: string, date: IsoDate, list: readonly NewReminder[], keysByRank: readonly string[]): string {
  // Key ranks sort as numbers (no string compares).
  const ranks = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) ranks[i] = list[i].keyRank;
  ranks.sort();
  const keys = new Array<string>(ranks.length);
  for (let i = 0; i < ranks.length; i++) keys[i] = keysByRank[ranks[i]];
  // One-shot hash: a pass writes thousands of these (no Hash object each).
  const digest = hash('sha256', keys.join('\n'), 'hex').slice(0, 16);
  return `reminders:${personId}:${date}:${digest}`;
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
        idempotencyKey: p.key, kind: 'reminder', personId: p.personId, target: p.target, message: p.body, notBefore: at, createdAt: at,
      });
      if (added) r.enqueued++;
      else r.duplicates++;
    }
    // Marks and next due date only while the case is unchanged since the scan (an edit derived its own).
    for (const c of due.cases) if (store.cases.advanceSchedule(c.caseId, c.version, c.nextDue, c.marksChanged ? c.marks : undefined)) r.cases++;
    return r;
  });
}
