// buildDigest (domain.md §7 "Weekly digest"): per casemanager, Monday 08:00 Europe/Amsterdam (the next working
// day when Monday is a holiday): open cases, new ones, overdue steps, steps due in the next 14 days,
// stagnation (no voortgangsgesprek for more than 42 days, no spreekuur for more than 91) and upcoming
// 42nd-week notifications. HR may opt in (kv flag; from chat through subscribeHrDigest) to a digest of all their employer's cases.
import { formatDate } from '../core/format/dates.js';
import type { UiBlock, UiMessage } from '../core/ui.js';
import { amsterdamInstant } from '../core/calendar/amsterdam.js';
import { addDays, diffDays, isoWeekday, type IsoDate } from '../core/calendar/isoDate.js';
import { nextWorkingDayOnOrAfter } from '../core/calendar/holidays.js';
import { sickDayNumber } from '../core/cases/periods.js';
import type { Locale, Localized } from '../core/i18n/locale.js';
import { t } from '../core/i18n/translate.js';
import { authorize } from '../core/policy/authorize.js';
import { holdsRole } from '../core/policy/relations.js';
import type { Actor, RoleAssignment } from '../core/policy/types.js';
import { STEP_CATALOG } from '../core/timeline/catalog.js';
import type { StepId } from '../core/timeline/stepIds.js';
import type { DigestScope, OpenCaseSchedule } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import { auditDecision } from './access.js';
import type { AppContext } from './context.js';
import { NotAllowedError, NotFoundError } from './errors.js';
import { MSG } from './messages.js';
import { PassLookup } from './passLookup.js';

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

/** Where a person stands with the weekly digest: HR with the all-cases digest on or off, a casemanager (own cases), or neither. */
export type DigestStanding = 'hr-on' | 'hr-off' | 'casemanager' | 'none';

/** Outcome of subscribeHrDigest: the standing afterwards and whether the opt-in flag changed. */
export interface HrDigestSubscription {
  standing: DigestStanding;
  changed: boolean;
}

/** The policy's answer on digest.receive at the actor's employer, and whether the actor holds HR there. */
function digestRights(actor: Actor): { decision: ReturnType<typeof authorize>; hr: boolean } {
  const decision = authorize(actor, 'digest.receive', null, { employerId: actor.employerId });
  return { decision, hr: decision.allowed && holdsRole(actor, 'hr', actor.employerId, null) };
}

/** Where the actor stands with the digest (a read of their own roles and flag: no case data, not audited). */
export function digestStandingOf(ctx: AppContext, actor: Actor): DigestStanding {
  const { decision, hr } = digestRights(actor);
  if (!decision.allowed) return 'none';
  if (!hr) return 'casemanager';
  return ctx.store.kv.get<boolean>(DIGEST_OPT_IN, actor.personId) === true ? 'hr-on' : 'hr-off';
}

/** Kind refusal for people who hold neither HR nor casemanager (the policy's generic text speaks of a case). */
const HR_ONLY: Localized = { nl: t('nl', 'digest.sub.hrOnly'), en: t('en', 'digest.sub.hrOnly') };

/**
 * HR opts in to (or out of) the weekly digest of all their employer's cases. Authorizes digest.receive and
 * audits the decision; a casemanager without HR already gets their own digest, so nothing is written for them;
 * anyone else is refused (NotAllowedError) and nothing is written.
 */
export function subscribeHrDigest(ctx: AppContext, actor: Actor, on: boolean): HrDigestSubscription {
  const { decision, hr } = digestRights(actor);
  if (!decision.allowed) {
    auditDecision(ctx, actor, 'digest.receive', null, decision);
    throw new NotAllowedError(decision.reason, HR_ONLY);
  }
  if (!hr) {
    auditDecision(ctx, actor, 'digest.receive', null, decision);
    return { standing: 'casemanager', changed: false };
  }
  return ctx.store.transaction(() => {
    const was = ctx.store.kv.get<boolean>(DIGEST_OPT_IN, actor.personId) === true;
    if (was !== on) setHrDigestOptIn(ctx.store, actor.personId, on);
    if (was !== on) ctx.onEffect?.();
    auditDecision(ctx, actor, 'digest.receive', null, { allowed: true, reason: on ? 'digest.hr-opt-in' : 'digest.hr-opt-out' });
    return { standing: on ? 'hr-on' : 'hr-off', changed: was !== on };
  });
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

/** What the digest needs of one case; kept small (the step lists are shared empty arrays when there is nothing to say). */
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

/** The digest's facts of one case from its schedule row: no case document is read (a step is overdue once its date has passed). */
function caseFacts(s: OpenCaseSchedule, date: IsoDate, w: Pick<DigestWindow, 'newSince' | 'soon' | 'upcoming'>): CaseFacts {
  const sickDay = sickDayNumber(s.periods, date);
  const f: CaseFacts = {
    c: { caseId: s.caseId, employeeId: s.employeeId, week: sickDay === null ? null : Math.ceil(sickDay / 7) },
    isNew: Date.parse(s.createdAt) >= w.newSince,
    overdue: NONE, dueSoon: NONE, stagnation: NONE, upcoming42: NONE,
  };
  const { soon, upcoming } = w;
  for (const { stepId, due } of s.steps) {
    const overdue = due < date;
    if (!overdue && due > soon && stepId !== 'melding-42e-week') continue;
    const line: DigestStep = { caseId: s.caseId, employeeId: s.employeeId, stepId, due };
    const stalls = STAGNATION[stepId];
    if (overdue && stalls) {
      f.stagnation = push(f.stagnation, { caseId: s.caseId, employeeId: s.employeeId, stepId, days: diffDays(addDays(due, -stalls.days), date) });
    } else if (overdue) f.overdue = push(f.overdue, line);
    else if (due <= soon) f.dueSoon = push(f.dueSoon, line);
    if (stepId === 'melding-42e-week' && due >= date && due <= upcoming) f.upcoming42 = push(f.upcoming42, line);
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

/** The look-ahead of one digest day: reported since (instant), due-soon and 42nd-week horizons. */
interface DigestWindow { newSince: number; soon: IsoDate; upcoming: IsoDate; horizon: IsoDate }

function windowOf(date: IsoDate): DigestWindow {
  const soon = addDays(date, DIGEST_DUE_DAYS);
  const upcoming = addDays(date, DIGEST_UPCOMING_42_DAYS);
  return {
    // New: reported on one of the last DIGEST_NEW_DAYS days (Amsterdam dates), compared as instants.
    newSince: amsterdamInstant(addDays(date, 1 - DIGEST_NEW_DAYS)).getTime(),
    soon, upcoming,
    // Steps due after the furthest look-ahead say nothing this week: the store leaves them out.
    horizon: soon > upcoming ? soon : upcoming,
  };
}

/** Which open cases a person's digest covers: all for HR who opted in, else assigned ones and, for an employer-wide casemanager, those without one. */
function scopesOf(personId: string, employerId: string, own: readonly RoleAssignment[], hrAll: boolean): DigestScope[] {
  if (hrAll && own.some((a) => a.role === 'hr')) return [{ employer: employerId }];
  const scopes: DigestScope[] = [];
  if (own.some((a) => a.role === 'casemanager' && a.caseId !== null)) scopes.push({ casemanager: personId });
  if (own.some((a) => a.role === 'casemanager' && a.caseId === null)) scopes.push({ unassignedOf: employerId });
  return scopes;
}

/**
 * Builds the digests of everyone who receives one on `date` (casemanagers; HR who opted in) and hands each to
 * `fn` as soon as it is ready: one digest's cases are read (one indexed query per scope), summed up and written
 * out before the next, so a pass over thousands of casemanagers holds one digest at a time.
 */
export function eachDigest(ctx: AppContext, date: IsoDate, opts: DigestOptions, fn: (d: Digest) => void): void {
  const { store } = ctx;
  const employerIds = opts.only
    ? [...new Set(opts.only.map((id) => store.people.get(id)?.employerId).filter((e): e is string => !!e))]
    : store.employers.list().map((e) => e.id);
  const optedIn = (id: string) => store.kv.get<boolean>(DIGEST_OPT_IN, id) === true;
  const w = windowOf(date);
  for (const employerId of employerIds) {
    const wanted = opts.only
      ? opts.only.filter((id) => store.people.get(id)?.employerId === employerId)
      : [...new Set([...store.roles.peopleWithRole(employerId, 'casemanager'), ...store.roles.peopleWithRole(employerId, 'hr').filter(optedIn)])].sort();
    if (!wanted.length) continue;
    const lookup = new PassLookup(store);
    lookup.prefetch(wanted);
    for (const personId of wanted) {
      // Receiving a digest is an employer-scoped decision: which roles a person holds, and whether employer-wide, decide it.
      const own = store.roles.roleKindsAt(personId, employerId);
      const actor: Actor = { personId, employerId, assignments: own.length ? own : [{ personId, employerId, role: 'employee', caseId: null }] };
      const decision = authorize(actor, 'digest.receive', null, { employerId });
      if (opts.audit !== false) auditDecision(ctx, actor, 'digest.receive', null, decision);
      if (!decision.allowed) {
        if (opts.only) throw new NotAllowedError(decision.reason, decision.message);
        continue;
      }
      const cases = new Map<string, CaseFacts>();
      const names = new Map<string, string>();
      for (const scope of scopesOf(personId, employerId, own, optedIn(personId))) {
        store.cases.eachOpenSchedule(scope, w.horizon, (s) => {
          // Nobody's digest lists their own case (domain.md §6).
          if (s.employeeId === personId || cases.has(s.caseId)) return;
          cases.set(s.caseId, caseFacts(s, date, w));
          names.set(s.employeeId, s.employeeName);
        });
      }
      if (!cases.size && opts.skipEmpty) continue;
      const d = assemble(personId, date, [...cases.values()], lookup.localeOf(personId));
      fn({ ...d, message: digestMessage(d, (id) => names.get(id) ?? '?', d.locale) });
    }
  }
}

/** The digests of everyone who receives one on `date`, as a list (previews, tests; the scheduler streams eachDigest). */
export function buildDigests(ctx: AppContext, date: IsoDate, opts: DigestOptions = {}): Digest[] {
  const out: Digest[] = [];
  eachDigest(ctx, date, opts, (d) => out.push(d));
  return out;
}

/** One casemanager's (or opted-in HR person's) digest for the week of `date`. */
export function buildDigest(ctx: AppContext, casemanagerPersonId: string, date: IsoDate): Digest {
  if (!ctx.store.people.get(casemanagerPersonId)) throw new NotFoundError('person', MSG.personNotFound);
  return buildDigests(ctx, date, { only: [casemanagerPersonId] })[0];
}

const byDue = (a: DigestStep, b: DigestStep) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);

function assemble(personId: string, date: IsoDate, cases: CaseFacts[], locale: Locale): Omit<Digest, 'message'> {
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
  return d;
}

/** The digest as a message: a heading, then one titled list per non-empty section. */
function digestMessage(d: Omit<Digest, 'message'>, name: (employeeId: string) => string, locale: Locale): UiMessage {
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
