// purge (domain.md §5 "Retention"): deletes what the retention rules say is due and reports it by id and
// count — never by name. The decisions are core/privacy/retention.ts's; this only gathers and deletes.
import type { IsoDate } from '../core/calendar/isoDate.js';
import { dueForDeletion, type RetentionReason } from '../core/privacy/retention.js';
import type { Store } from '../ports/store.js';
import { writeAudit } from './access.js';
import type { AppContext } from './context.js';
import { DIGEST_OPT_IN } from './digest.js';

/** Audit reason (and action) of a retention run. */
export const PURGE_REASON = 'retention.purge';
/** Audit entries are kept at least this long (the store refuses a younger cutoff). */
export const AUDIT_MIN_YEARS = 2;

/** One deleted (or, in a dry run, deletable) record. */
export interface PurgedItem {
  id: string;
  reason: RetentionReason;
  dueSince: IsoDate;
}

/** What a purge removed, or would remove. */
export interface PurgeReport {
  date: IsoDate;
  dryRun: boolean;
  cases: PurgedItem[];
  people: PurgedItem[];
  /** Audit entries of the deleted cases older than the audit cutoff (younger ones stay until a later run). */
  auditEntries: number;
  /** Entries before this instant may go (at least two years back). */
  auditCutoff: string;
}

/** Options of purge. */
export interface PurgeOptions {
  /** Report only; write nothing (works on a read-only store). */
  dryRun: boolean;
}

/** The latest audit cutoff the store accepts: two years before `now`. */
export function auditCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - AUDIT_MIN_YEARS);
  return cutoff;
}

function countAudit(store: Store, caseIds: readonly string[], cutoff: Date): number {
  const before = cutoff.toISOString();
  let n = 0;
  for (const caseId of caseIds) n += store.audit.list({ caseId }).filter((e) => new Date(e.at).toISOString() < before).length;
  return n;
}

/**
 * Applies retention as of `date`: deletes due cases (with their case roles and reminder marks), the audit
 * entries of those cases older than the cutoff, then due people (with identities, roles and queued
 * messages), in one transaction, and appends one `retention.purge` audit entry. A dry run only reports.
 */
export function purge(ctx: AppContext, date: IsoDate, opts: PurgeOptions): PurgeReport {
  const { store } = ctx;
  const employers = store.employers.list();
  const people = employers.flatMap((e) => store.people.listByEmployer(e.id));
  const cases = employers.flatMap((e) => store.cases.listByEmployer(e.id));
  const due = dueForDeletion({ asOf: date, people, cases, employers });
  const pick = (kind: 'case' | 'person') => due.filter((i) => i.kind === kind).map(({ id, reason, dueSince }) => ({ id, reason, dueSince }));
  const report: PurgeReport = {
    date, dryRun: opts.dryRun, cases: pick('case'), people: pick('person'), auditEntries: 0, auditCutoff: auditCutoff(ctx.now).toISOString(),
  };
  const caseIds = report.cases.map((c) => c.id);
  const cutoff = auditCutoff(ctx.now);
  if (opts.dryRun) {
    report.auditEntries = countAudit(store, caseIds, cutoff);
    return report;
  }
  store.transaction(() => {
    // A case's schedule row (and its reminder marks) goes with it (foreign key cascade).
    for (const id of caseIds) store.cases.delete(id);
    // Only the deleted cases' entries: a deleted person's accesses to other cases stay in those cases' trail.
    if (caseIds.length && store.audit.purgeBefore) report.auditEntries = store.audit.purgeBefore(cutoff, ctx.now, { caseIds });
    for (const p of report.people) {
      store.people.delete(p.id);
      store.kv.delete(DIGEST_OPT_IN, p.id);
    }
    writeAudit(ctx, { actorPersonId: null, action: 'retention.purge', caseId: null, decision: { allowed: true, reason: PURGE_REASON } });
  });
  return report;
}
