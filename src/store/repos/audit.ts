// The append-only audit log. SQLite triggers refuse UPDATE always and DELETE outside purgeBefore().
import type { AuditEntry } from '../../ports/records.js';
import type { AuditLog, AuditPurgeScope } from '../../ports/store.js';
import { bool, type Connection, type Statements } from '../db.js';
import { AuditRetentionError } from '../errors.js';

interface AuditRow {
  id: number;
  at: string;
  actor_person_id: string | null;
  action: AuditEntry['action'];
  case_id: string | null;
  allowed: number;
  reason: string;
  step_id: AuditEntry['stepId'];
}

const toEntry = (r: AuditRow): AuditEntry => ({
  at: r.at,
  actorPersonId: r.actor_person_id,
  action: r.action,
  caseId: r.case_id,
  allowed: r.allowed === 1,
  reason: r.reason,
  stepId: r.step_id ?? null,
});

/** Audit entries are kept at least this long, whatever the purge asks. */
export const MIN_AUDIT_RETENTION_YEARS = 2;

/** Timestamps are stored as toISOString() so that text order is time order (the purge compares text). */
function canonicalInstant(at: string): string {
  const t = new Date(at);
  if (Number.isNaN(t.getTime())) throw new RangeError(`audit entry time is not an instant: ${at}`);
  return t.toISOString();
}

/** SQLite implementation of AuditLog. */
export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: Connection, private readonly st: Statements) {}

  append(e: AuditEntry): void {
    this.st
      .get('INSERT INTO audit (at, actor_person_id, action, case_id, allowed, reason, step_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(canonicalInstant(e.at), e.actorPersonId, e.action, e.caseId, bool(e.allowed), e.reason, e.stepId ?? null);
  }

  /** Entries in the order written; with `limit`, the most recent `limit` of them. */
  list(filter: { caseId?: string; actorPersonId?: string; limit?: number } = {}): AuditEntry[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.caseId !== undefined) (where.push('case_id = ?'), params.push(filter.caseId));
    if (filter.actorPersonId !== undefined) (where.push('actor_person_id = ?'), params.push(filter.actorPersonId));
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = filter.limit !== undefined ? 'LIMIT ?' : '';
    if (filter.limit !== undefined) params.push(Math.max(0, Math.floor(filter.limit)));
    const sql = `SELECT * FROM (SELECT * FROM audit ${cond} ORDER BY id DESC ${limit}) ORDER BY id`;
    return this.st.get<unknown[], AuditRow>(sql).all(...params).map(toEntry);
  }

  /**
   * The retention purge: deletes entries older than `cutoff` (optionally only those naming the given people
   * or cases). Refuses a cutoff less than two years before `now`. The delete trigger lets rows through only
   * while this transaction holds the gate row, so no other statement can remove audit entries.
   */
  purgeBefore(cutoff: Date, now: Date, scope: AuditPurgeScope = {}): number {
    const latest = new Date(now);
    latest.setUTCFullYear(latest.getUTCFullYear() - MIN_AUDIT_RETENTION_YEARS);
    if (cutoff.getTime() > latest.getTime()) throw new AuditRetentionError(cutoff.toISOString());
    const people = scope.actorPersonIds ?? [];
    const cases = scope.caseIds ?? [];
    const scoped = scope.actorPersonIds !== undefined || scope.caseIds !== undefined;
    const cond = scoped
      ? `AND (actor_person_id IN (SELECT value FROM json_each(?)) OR case_id IN (SELECT value FROM json_each(?)))`
      : '';
    const params: unknown[] = [cutoff.toISOString()];
    if (scoped) params.push(JSON.stringify(people), JSON.stringify(cases));
    return this.db.transaction(() => {
      this.st.get('INSERT INTO audit_purge_gate (id, cutoff) VALUES (1, ?)').run(cutoff.toISOString());
      const r = this.st.get(`DELETE FROM audit WHERE at < ? ${cond}`).run(...params);
      this.st.get('DELETE FROM audit_purge_gate').run();
      return r.changes;
    }).immediate();
  }
}
