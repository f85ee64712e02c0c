// buildDigest (domain.md §7 "Weekly digest"): per casemanager, Monday 08:00 Europe/Amsterdam (the next working
// day when Monday is a holiday): open cases, new ones, overdue steps, steps due in the next 14 days,
// stagnation (no voortgangsgesprek for more than 42 days, no spreekuur for more than 91) and upcoming
// 42nd-week notifications. HR may opt in (kv flag) to a digest of all their employer's cases.
import { formatDate } from '../../flows/format/dates.js';
import type { UiBlock, UiMessage } from '../../flows/ui.js';
import { amsterdamInstant } from '../core/calendar/amsterdam.js';
import { addDays, diffDays, isoWeekday, type IsoDate } from '../core/calendar/isoDate.js';
import { nextWorkingDayOnOrAfter } from '../core/calendar/holidays.js';
import type { Locale } from '../core/i18n/locale.js';
import { t } from '../core/i18n/translate.js';
import { authorize } from '../core/policy/authorize.js';
import type { Actor, RoleAssignment } from '../core/policy/types.js';
import { STEP_CATALOG } from '../core/timeline/catalog.js';
import { computeTimeline } from '../core/timeline/engine.js';
import { reminderDueDate } from '../core/timeline/reminderDue.js';
import type { StepId } from '../core/timeline/stepIds.js';
import type { Employer, StoredCase } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import { auditDecision } from './access.js';
import type { AppContext } from './context.js';
import { NotAllowedError, NotFoundError } from './errors.js';
import { MSG } from './messages.js';
import { PassLookup } from './reminders.js';
import { toTimelineCase } from './timeline.js';

/** Local time the weekly digest goes out (Europe/Amsterdam). */
export const DIGEST_TIME = '08:00';
/** kv namespace of HR people who asked for the all-cases digest (value true). */
export const DIGEST_OPT_IN = 'digest.hr-opt-in';
/** Look-ahead of the "due in the next 14 days" section. */
export const DIGEST_DUE_DAYS = 14;
/** Look-ahead of the "upcoming 42nd-week notifications" section. */
export const DIGEST_UPCOMING_42_DAYS = 28;
/** A case reported within this many days counts as new. */
export const DIGEST_NEW_DAYS = 7;
/** Lines shown per section; the rest are counted. */
const MAX_LINES = 10;

/** Recurring steps whose lateness the digest reports as stagnation, with their rhythm in days. */
const STAGNATION: Partial<Record<StepId, { days: number; key: 'digest.noVoortgang' | 'digest.noSpreekuur' }>> = {
  voortgangsgesprek: { days: 42, key: 'digest.noVoortgang' },
  'spreekuur-bedrijfsarts': { days: 91, key: 'digest.noSpreekuur' },
};

/** ISO week of a date, e.g. '2026-W07' (part of the digest's idempotency key). */
export function isoWeekOf(date: IsoDate): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = thursday.slice(0, 4);
  const week = Math.floor(diffDays(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The day the digest of `date`'s week goes out: Monday, or the next working day when Monday is a holiday. */
export function digestDayOf(date: IsoDate): IsoDate {
  return nextWorkingDayOnOrAfter(addDays(date, 1 - isoWeekday(date)));
}

/** Outbox idempotency key of a person's digest for the week of `date`. */
export function digestKey(personId: string, date: IsoDate): string {
  return `digest:${personId}:${isoWeekOf(date)}`;
}

/** Turns the HR all-cases digest on or off for a person. */
export function setHrDigestOptIn(store: Store, personId: string, on: boolean): void {
  if (on) store.kv.set(DIGEST_OPT_IN, personId, true);
  else store.kv.delete(DIGEST_OPT_IN, personId);
}

/** A case line of a digest (ids only; names are in the message). */
export interface DigestCase { caseId: string; employeeId: string; week: number | null }
/** A step line of a digest. */
export interface DigestStep { caseId: string; employeeId: string; stepId: StepId; due: IsoDate }
/** A stagnation line: days since the last voortgangsgesprek or spreekuur (or what it counts from). */
export interface DigestStagnation { caseId: string; employeeId: string; stepId: StepId; days: number }

/** One person's weekly digest. */
export interface Digest {
  personId: string;
  date: IsoDate;
  isoWeek: string;
  key: string;
  locale: Locale;
  open: DigestCase[];
  new: DigestCase[];
  overdue: DigestStep[];
  dueSoon: DigestStep[];
  stagnation: DigestStagnation[];
  upcoming42: DigestStep[];
  message: UiMessage;
}

/** What the digest needs of one case, computed once per pass however many digests list it; kept small, since
 * a pass holds one per open case (the step lists are shared empty arrays when there is nothing to say). */
interface CaseFacts {
  c: DigestCase;
  isNew: boolean;
  overdue: DigestStep[];
  dueSoon: DigestStep[];
  stagnation: DigestStagnation[];
  upcoming42: DigestStep[];
}

const NONE: never[] = [];
const push = <T>(list: T[], item: T): T[] => (list === NONE ? [item] : (list.push(item), list));

function caseFacts(c: StoredCase, employer: Employer | undefined, date: IsoDate, newSince: number): CaseFacts {
  const tl = computeTimeline(toTimelineCase(c, employer), date);
  const f: CaseFacts = {
    c: { caseId: c.id, employeeId: c.employeeId, week: tl.weekOfIllness },
    isNew: Date.parse(c.createdAt) >= newSince,
    overdue: NONE, dueSoon: NONE, stagnation: NONE, upcoming42: NONE,
  };
  const soon = addDays(date, DIGEST_DUE_DAYS);
  const upcoming = addDays(date, DIGEST_UPCOMING_42_DAYS);
  for (const s of tl.steps) {
    const due = reminderDueDate(s);
    if (due === null || (s.status !== 'overdue' && due > soon && s.id !== 'melding-42e-week')) continue;
    const line: DigestStep = { caseId: c.id, employeeId: c.employeeId, stepId: s.id, due };
    const stalls = STAGNATION[s.id];
    if (s.status === 'overdue' && stalls) {
      f.stagnation = push(f.stagnation, { caseId: c.id, employeeId: c.employeeId, stepId: s.id, days: diffDays(addDays(due, -stalls.days), date) });
    } else if (s.status === 'overdue') f.overdue = push(f.overdue, line);
    else if (due <= soon) f.dueSoon = push(f.dueSoon, line);
    if (s.id === 'melding-42e-week' && due >= date && due <= upcoming) f.upcoming42 = push(f.upcoming42, line);
  }
  return f;
}

/** Options of buildDigests. */
export interface DigestOptions {
  /** Write the digest.receive audit entry (default true; dry runs pass false). */
  audit?: boolean;
  /** Only these people (default: every casemanager and opted-in HR person). */
  only?: readonly string[];
  /** Leave out people with no open case (the scheduler sends no empty digest). */
  skipEmpty?: boolean;
}

/** The open cases of an employer as digest facts, read one case at a time (never all cases in memory). */
function employerFacts(store: Store, employerId: string, date: IsoDate): Map<string, CaseFacts> {
  const employer = store.employers.get(employerId);
  const facts = new Map<string, CaseFacts>();
  // New: reported on one of the last DIGEST_NEW_DAYS days (Amsterdam dates), compared as instants.
  const newSince = amsterdamInstant(addDays(date, 1 - DIGEST_NEW_DAYS)).getTime();
  const add = (c: StoredCase) => { facts.set(c.id, caseFacts(c, employer, date, newSince)); };
  if (store.cases.eachOpen) store.cases.eachOpen(employerId, add);
  else store.cases.listOpen(employerId).forEach(add);
  return facts;
}

/** Who covers which case at one employer, indexed once. */
interface Coverage {
  byPerson: Map<string, RoleAssignment[]>;
  /** Open cases without a casemanager of their own (an employer-wide casemanager covers them). */
  unassigned: string[];
  all: string[];
}

function coverage(assignments: readonly RoleAssignment[], facts: Map<string, CaseFacts>): Coverage {
  const byPerson = new Map<string, RoleAssignment[]>();
  const withOwnCm = new Set<string>();
  for (const a of assignments) {
    const list = byPerson.get(a.personId);
    if (list) list.push(a);
    else byPerson.set(a.personId, [a]);
    if (a.role === 'casemanager' && a.caseId) withOwnCm.add(a.caseId);
  }
  const all = [...facts.keys()];
  return { byPerson, unassigned: all.filter((id) => !withOwnCm.has(id)), all };
}

/** The digests of everyone who receives one on `date` (casemanagers; HR who opted in). */
export function buildDigests(ctx: AppContext, date: IsoDate, opts: DigestOptions = {}): Digest[] {
  const { store } = ctx;
  const out: Digest[] = [];
  const employerIds = opts.only
    ? [...new Set(opts.only.map((id) => store.people.get(id)?.employerId).filter((e): e is string => !!e))]
    : store.employers.list().map((e) => e.id);
  const optedIn = (id: string) => store.kv.get<boolean>(DIGEST_OPT_IN, id) === true;
  for (const employerId of employerIds) {
    const assignments = store.roles.listForEmployer(employerId);
    const recipients = new Set<string>();
    for (const a of assignments) if (a.role === 'casemanager' || (a.role === 'hr' && optedIn(a.personId))) recipients.add(a.personId);
    const wanted = opts.only ? opts.only.filter((id) => store.people.get(id)?.employerId === employerId) : [...recipients].sort();
    if (!wanted.length) continue;
    const lookup = new PassLookup(store);
    const facts = employerFacts(store, employerId, date);
    const cover = coverage(assignments, facts);
    for (const personId of wanted) {
      const own = cover.byPerson.get(personId) ?? [];
      const actor: Actor = { personId, employerId, assignments: own.length ? own : [{ personId, employerId, role: 'employee', caseId: null }] };
      const decision = authorize(actor, 'digest.receive', null, { employerId });
      if (opts.audit !== false) auditDecision(ctx, actor, 'digest.receive', null, decision);
      if (!decision.allowed) {
        if (opts.only) throw new NotAllowedError(decision.reason, decision.message);
        continue;
      }
      const ids = casesOf(personId, own, cover, optedIn(personId));
      const cases = ids.map((id) => facts.get(id)).filter((f): f is CaseFacts => f !== undefined && f.c.employeeId !== personId);
      if (!cases.length && opts.skipEmpty) continue;
      out.push(assemble(personId, date, cases, lookup));
    }
  }
  return out;
}

/** One casemanager's (or opted-in HR person's) digest for the week of `date`. */
export function buildDigest(ctx: AppContext, casemanagerPersonId: string, date: IsoDate): Digest {
  if (!ctx.store.people.get(casemanagerPersonId)) throw new NotFoundError('person', MSG.personNotFound);
  return buildDigests(ctx, date, { only: [casemanagerPersonId] })[0];
}

/**
 * The case ids a person's digest covers: assigned ones, those without their own casemanager for an
 * employer-wide casemanager, all for HR who opted in (closed cases drop out later: they have no facts).
 */
function casesOf(personId: string, own: readonly RoleAssignment[], cover: Coverage, hrAll: boolean): string[] {
  if (hrAll && own.some((a) => a.role === 'hr')) return cover.all;
  const ids = new Set<string>();
  for (const a of own) if (a.role === 'casemanager' && a.caseId) ids.add(a.caseId);
  if (own.some((a) => a.role === 'casemanager' && a.caseId === null)) for (const id of cover.unassigned) ids.add(id);
  return [...ids];
}

const byDue = (a: DigestStep, b: DigestStep) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);

function assemble(personId: string, date: IsoDate, cases: CaseFacts[], lookup: PassLookup): Digest {
  const locale = lookup.localeOf(personId);
  const newIds = new Set(cases.filter((f) => f.isNew).map((f) => f.c.caseId));
  // Longest absences first (and no name lookups for cases that are not shown).
  const open = cases.map((f) => f.c).sort((a, b) => (b.week ?? 0) - (a.week ?? 0) || (a.caseId < b.caseId ? -1 : 1));
  const d: Omit<Digest, 'message'> = {
    personId, date, isoWeek: isoWeekOf(date), key: digestKey(personId, date), locale,
    open,
    new: open.filter((c) => newIds.has(c.caseId)),
    overdue: cases.flatMap((f) => f.overdue).sort(byDue),
    dueSoon: cases.flatMap((f) => f.dueSoon).sort(byDue),
    stagnation: cases.flatMap((f) => f.stagnation).sort((a, b) => b.days - a.days),
    upcoming42: cases.flatMap((f) => f.upcoming42).sort(byDue),
  };
  return { ...d, message: digestMessage(d, lookup, locale) };
}

/** The digest as a message: a heading, then one titled list per non-empty section. */
function digestMessage(d: Omit<Digest, 'message'>, lookup: PassLookup, locale: Locale): UiMessage {
  const name = (id: string) => lookup.nameOf(id);
  const caseLine = (c: DigestCase) => t(locale, 'digest.caseLine', { name: name(c.employeeId), week: c.week ?? '?' });
  const stepLine = (s: DigestStep) => t(locale, 'digest.stepLine', { name: name(s.employeeId), step: STEP_CATALOG[s.stepId].title[locale], date: formatDate(s.due, locale) });
  const blocks: UiBlock[] = [{ type: 'heading', text: t(locale, 'digest.title', { date: formatDate(d.date, locale) }) }];
  // Only the shown lines are written out (and only their names looked up); the rest are counted.
  const section = <T>(title: string, items: readonly T[], line: (item: T) => string) => {
    if (!items.length) return;
    const shown = items.slice(0, MAX_LINES).map(line);
    if (items.length > MAX_LINES) shown.push(t(locale, 'digest.more', { count: items.length - MAX_LINES }));
    blocks.push({ type: 'heading', text: title }, { type: 'text', text: shown.join('\n') });
  };
  section(t(locale, 'digest.openCases', { count: d.open.length }), d.open, caseLine);
  section(t(locale, 'digest.new', { count: d.new.length }), d.new, caseLine);
  section(t(locale, 'digest.overdue', { count: d.overdue.length }), d.overdue, stepLine);
  section(t(locale, 'digest.dueIn14', { count: d.dueSoon.length }), d.dueSoon, stepLine);
  section(t(locale, 'digest.stagnation', { count: d.stagnation.length }), d.stagnation, (s) => t(locale, 'digest.stagnationLine', {
    name: name(s.employeeId), what: t(locale, STAGNATION[s.stepId]?.key ?? 'digest.noVoortgang', { days: s.days }),
  }));
  section(t(locale, 'digest.upcoming42', { count: d.upcoming42.length }), d.upcoming42, stepLine);
  if (!d.overdue.length && !d.dueSoon.length && !d.stagnation.length && !d.upcoming42.length && !d.new.length) {
    blocks.push({ type: 'text', text: t(locale, 'digest.nothing') });
  }
  return { kind: 'message', summary: t(locale, 'digest.summary', { open: d.open.length, overdue: d.overdue.length }), blocks };
}
