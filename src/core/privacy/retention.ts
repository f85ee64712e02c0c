// Retention as pure decisions (domain.md §5 "Retention"): what is due for deletion as of a date. The purge job
// (src/app) deletes what this returns and reports it.
//
// How the terms are applied:
// - A case is the re-integration file: it is due 2 years after it closed (closedOn), 5 years for employers that
//   carry their own Ziektewet risk. A case that never closed ends with the employment: then the same term runs
//   from the employee's employmentEnd. An open case of a current employee is never due.
// - A person record (administrative absence data) is due 2 years after employmentEnd — but never before all of
//   that person's cases are due, because the case file needs the name.
// - Audit entries go with their case; entries without a case whose actor is a deleted person go with the person.
// - "N years after" is the same calendar date N years later; from 29 February it is 28 February in a common year
//   (the earlier day, so nothing is ever kept longer than the term).
import type { IsoDate } from '../calendar/isoDate.js';

/** What retention needs of a person record (Person fits). */
export interface RetentionPerson {
  id: string;
  employmentEnd: IsoDate | null;
}

/** What retention needs of a case (StoredCase fits). */
export interface RetentionCase {
  id: string;
  employerId: string;
  employeeId: string;
  closedOn: IsoDate | null;
}

/** What retention needs of an employer (Employer fits). */
export interface RetentionEmployer {
  id: string;
  settings: { ownRiskZiektewet: boolean };
}

/** What retention needs of an audit entry (AuditEntry fits). */
export interface RetentionAuditRef {
  caseId: string | null;
  actorPersonId: string | null;
}

/** Why something is due. */
export type RetentionReason =
  | 'retention.case-closed-2y'
  | 'retention.case-closed-own-risk-5y'
  | 'retention.employment-ended-2y'
  | 'retention.employment-ended-own-risk-5y'
  | 'retention.audit-with-case'
  | 'retention.audit-with-person';

/** One thing due for deletion: a case, a person, or the audit entries of a case or person (`id` names it). */
export interface RetentionItem {
  kind: 'case' | 'person' | 'audit';
  id: string;
  reason: RetentionReason;
  /** The first day it was due. */
  dueSince: IsoDate;
  /** For `audit`: how many entries. */
  count?: number;
}

/** Everything retention looks at. */
export interface RetentionInput {
  asOf: IsoDate;
  people: readonly RetentionPerson[];
  cases: readonly RetentionCase[];
  employers: readonly RetentionEmployer[];
  audit?: readonly RetentionAuditRef[];
}

/** Years of retention after a case ended. */
export const CASE_YEARS = 2;
/** Years of retention after a case ended, for own-risk Ziektewet employers. */
export const OWN_RISK_CASE_YEARS = 5;
/** Years of retention of administrative absence data after employment ended. */
export const PERSON_YEARS = 2;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The same calendar date `years` later; 29 February becomes 28 February in a common year. */
export function addYears(d: IsoDate, years: number): IsoDate {
  const y = Number(d.slice(0, 4)) + years;
  const md = d.slice(5) === '02-29' && !isLeap(y) ? '02-28' : d.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** When a case is due for deletion, and why (null: not while it is open and the employee still works there). */
export function caseDeletionDate(
  c: RetentionCase, employmentEnd: IsoDate | null, ownRisk: boolean,
): { date: IsoDate; reason: RetentionReason } | null {
  const years = ownRisk ? OWN_RISK_CASE_YEARS : CASE_YEARS;
  if (c.closedOn) {
    return { date: addYears(c.closedOn, years), reason: ownRisk ? 'retention.case-closed-own-risk-5y' : 'retention.case-closed-2y' };
  }
  if (employmentEnd) {
    return { date: addYears(employmentEnd, years), reason: ownRisk ? 'retention.employment-ended-own-risk-5y' : 'retention.employment-ended-2y' };
  }
  return null;
}

/** Everything due for deletion as of `asOf`: cases first, then audit entries, then people (a safe deletion order). */
export function dueForDeletion(input: RetentionInput): RetentionItem[] {
  const { asOf } = input;
  const ownRisk = new Map(input.employers.map((e) => [e.id, e.settings.ownRiskZiektewet]));
  const people = new Map(input.people.map((p) => [p.id, p]));
  const caseItems: RetentionItem[] = [];
  const caseDates = new Map<string, Array<IsoDate | null>>();

  for (const c of input.cases) {
    const due = caseDeletionDate(c, people.get(c.employeeId)?.employmentEnd ?? null, ownRisk.get(c.employerId) ?? false);
    const list = caseDates.get(c.employeeId) ?? [];
    list.push(due?.date ?? null);
    caseDates.set(c.employeeId, list);
    if (due && due.date <= asOf) caseItems.push({ kind: 'case', id: c.id, reason: due.reason, dueSince: due.date });
  }

  const personItems: RetentionItem[] = [];
  for (const p of input.people) {
    if (!p.employmentEnd) continue;
    const dates = [addYears(p.employmentEnd, PERSON_YEARS), ...(caseDates.get(p.id) ?? [])];
    if (dates.some((d) => d === null)) continue;
    const dueSince = (dates as IsoDate[]).reduce((a, b) => (a >= b ? a : b));
    if (dueSince <= asOf) personItems.push({ kind: 'person', id: p.id, reason: 'retention.employment-ended-2y', dueSince });
  }

  const auditItems: RetentionItem[] = [];
  const dueCases = new Map(caseItems.map((i) => [i.id, i]));
  const duePeople = new Map(personItems.map((i) => [i.id, i]));
  const counts = new Map<string, { item: RetentionItem; count: number }>();
  for (const e of input.audit ?? []) {
    const owner = e.caseId !== null ? dueCases.get(e.caseId) : e.actorPersonId !== null ? duePeople.get(e.actorPersonId) : undefined;
    if (!owner) continue;
    const key = `${owner.kind}:${owner.id}`;
    const entry = counts.get(key) ?? {
      item: { kind: 'audit', id: owner.id, reason: owner.kind === 'case' ? 'retention.audit-with-case' : 'retention.audit-with-person', dueSince: owner.dueSince },
      count: 0,
    };
    entry.count += 1;
    counts.set(key, entry);
  }
  for (const { item, count } of counts.values()) auditItems.push({ ...item, count });

  const byId = (a: RetentionItem, b: RetentionItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...caseItems.sort(byId), ...auditItems.sort((a, b) => a.reason.localeCompare(b.reason) || byId(a, b)), ...personItems.sort(byId)];
}
