// Cases with optimistic concurrency: a write names the version it read, and fails if someone wrote since.
// Every write also derives the case's schedule row (repos/caseSchedule.ts) in the same statement batch.
import type { IsoDate } from '../../core/calendar/isoDate.js';
import { dayOfIso } from '../../core/cases/dayText.js';
import type { CaseSchedule, DigestScope, DueCaseSchedule, OpenCaseSchedule, StoredCase } from '../../ports/records.js';
import { ConcurrencyError, type CaseRepo } from '../../ports/store.js';
import type { Connection, Statements } from '../db.js';
import {
  CaseScheduleIndex, DUE_COLUMNS, OPEN_SCHEDULE_COLUMNS, SCHEDULE_COLUMNS, SCHEDULE_FROM, toDueSchedule, toOpenSchedule, toSchedule,
  type CasePager, type DueRow, type OpenScheduleRow, type ScheduleRow,
} from './caseSchedule.js';

interface CaseRow {
  rowid: number;
  id: string;
  employer_id: string;
  employee_id: string;
  manager_of_record_id: string | null;
  closed_on: string | null;
  next_due: string | null;
  created_at: string;
  version: number;
  data: string;
}

/** The case fields kept in the JSON `data` column (the rest have their own indexed columns). */
type CaseData = Omit<StoredCase, 'id' | 'employerId' | 'employeeId' | 'managerOfRecordId' | 'closedOn' | 'nextDue' | 'createdAt' | 'version'>;

function dataOf(c: Omit<StoredCase, 'version'>): string {
  const d: CaseData = {
    reporterIds: c.reporterIds,
    periods: c.periods,
    partialRecoverySince: c.partialRecoverySince,
    intake: c.intake,
    records: c.records,
    loonsanctieWeeks: c.loonsanctieWeeks,
    verlengingWeeks: c.verlengingWeeks,
    noLastingCapacity: c.noLastingCapacity,
    functionalAdvice: c.functionalAdvice,
  };
  return JSON.stringify(d);
}

function toCase(r: CaseRow): StoredCase {
  const d = JSON.parse(r.data) as CaseData;
  return {
    id: r.id,
    employerId: r.employer_id,
    employeeId: r.employee_id,
    managerOfRecordId: r.manager_of_record_id,
    ...d,
    closedOn: r.closed_on,
    nextDue: r.next_due,
    createdAt: r.created_at,
    version: r.version,
  };
}

/** A case with its next due date, which lives in the schedule row. */
const SELECT_CASE = 'SELECT c.rowid AS rowid, c.*, d.next_due AS next_due FROM cases c LEFT JOIN case_due d ON d.case_id = c.id';

/** The scheduler's query: served by the partial index on case_due.next_due, so it reads only due rows. */
export const DUE_SCHEDULES_SQL = `SELECT ${DUE_COLUMNS} ${SCHEDULE_FROM} WHERE d.next_due IS NOT NULL AND d.next_due <= ? ORDER BY d.next_due, d.case_id`;

const OPEN_FROM = `SELECT ${OPEN_SCHEDULE_COLUMNS} FROM case_schedule s`;
const NO_OWN_CASEMANAGER = "NOT EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.case_id = s.case_id AND ra.role = 'casemanager')";

/** The query (and its one parameter) of a digest scope: each reads through an index, one digest's cases at a time. */
function digestScopeQuery(scope: DigestScope): [string, string] {
  if ('casemanager' in scope) {
    return [`${OPEN_FROM} JOIN role_assignments ra ON ra.case_id = s.case_id
      WHERE ra.person_id = ? AND ra.role = 'casemanager' AND s.closed_on IS NULL`, scope.casemanager];
  }
  if ('unassignedOf' in scope) return [`${OPEN_FROM} WHERE s.employer_id = ? AND s.closed_on IS NULL AND ${NO_OWN_CASEMANAGER}`, scope.unassignedOf];
  return [`${OPEN_FROM} WHERE s.employer_id = ? AND s.closed_on IS NULL`, scope.employer];
}

/** SQLite implementation of CaseRepo. */
export class SqliteCaseRepo implements CaseRepo {
  private readonly index: CaseScheduleIndex;

  constructor(private readonly db: Connection, private readonly st: Statements) {
    this.index = new CaseScheduleIndex(db, st);
  }

  get(id: string): StoredCase | undefined {
    const r = this.st.get<[string], CaseRow>(`${SELECT_CASE} WHERE c.id = ?`).get(id);
    return r && toCase(r);
  }

  listByEmployee(personId: string): StoredCase[] {
    return this.st.get<[string], CaseRow>(`${SELECT_CASE} WHERE c.employee_id = ? ORDER BY c.created_at, c.id`).all(personId).map(toCase);
  }

  listByEmployer(employerId: string): StoredCase[] {
    return this.st.get<[string], CaseRow>(`${SELECT_CASE} WHERE c.employer_id = ? ORDER BY c.created_at, c.id`).all(employerId).map(toCase);
  }

  /** Cases not closed (closedOn null), of one employer or of all. */
  listOpen(employerId?: string): StoredCase[] {
    const rows =
      employerId === undefined
        ? this.st.get<[], CaseRow>(`${SELECT_CASE} WHERE c.closed_on IS NULL ORDER BY c.created_at, c.id`).all()
        : this.st.get<[string], CaseRow>(`${SELECT_CASE} WHERE c.employer_id = ? AND c.closed_on IS NULL ORDER BY c.created_at, c.id`).all(employerId);
    return rows.map(toCase);
  }

  /** Streams open schedules in index order (no sort, nothing held); `fn` must not run other statements meanwhile. */
  eachOpenSchedule(scope: DigestScope, dueBy: IsoDate, fn: (s: OpenCaseSchedule) => void): void {
    const until = dayOfIso(dueBy);
    const [sql, param] = digestScopeQuery(scope);
    for (const r of this.st.raw<[string], OpenScheduleRow>(sql).iterate(param)) fn(toOpenSchedule(r, until));
  }

  /** Streams the due schedules; `fn` must not run other statements while the scan runs. */
  eachDueSchedule(date: IsoDate, fn: (s: DueCaseSchedule) => void): void {
    for (const r of this.st.raw<[string], DueRow>(DUE_SCHEDULES_SQL).iterate(date)) fn(toDueSchedule(r));
  }

  schedule(caseId: string): CaseSchedule | undefined {
    const r = this.st.raw<[string], ScheduleRow>(`SELECT ${SCHEDULE_COLUMNS} ${SCHEDULE_FROM} WHERE s.case_id = ?`).get(caseId);
    return r && toSchedule(r);
  }

  create(c: Omit<StoredCase, 'version'>): StoredCase {
    return this.db.transaction(() => {
      this.st
        .get(
          `INSERT INTO cases (id, employer_id, employee_id, manager_of_record_id, closed_on, created_at, version, data)
           VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
        )
        .run(c.id, c.employerId, c.employeeId, c.managerOfRecordId, c.closedOn, c.createdAt, dataOf(c));
      this.index.write(c, 1);
      return { ...c, version: 1 };
    })();
  }

  update(c: StoredCase): StoredCase {
    return this.db.transaction(() => {
      const r = this.st
        .get(
          `UPDATE cases SET employer_id = ?, employee_id = ?, manager_of_record_id = ?, closed_on = ?, data = ?, version = version + 1
           WHERE id = ? AND version = ?`,
        )
        .run(c.employerId, c.employeeId, c.managerOfRecordId, c.closedOn, dataOf(c), c.id, c.version);
      if (r.changes === 0) throw new ConcurrencyError(c.id);
      this.index.write(c, c.version + 1);
      return { ...c, version: c.version + 1 };
    })();
  }

  advanceSchedule(caseId: string, version: number, nextDue: IsoDate | null, marks?: Record<string, string>): boolean {
    if (marks === undefined) return this.st.get('UPDATE case_due SET next_due = ? WHERE case_id = ? AND version = ?').run(nextDue, caseId, version).changes === 1;
    return this.st.get('UPDATE case_due SET next_due = ?, marks = ? WHERE case_id = ? AND version = ?')
      .run(nextDue, JSON.stringify(marks), caseId, version).changes === 1;
  }

  /** Re-derives the schedules of one employer's cases (its conditions changed); returns the count. */
  refreshSchedules(employerId: string): number {
    return this.index.rebuild(this.pager(employerId));
  }

  /** Re-derives every schedule when the step rules changed since they were derived (at open); returns the count. */
  rebuildSchedulesIfRulesChanged(): number {
    return this.index.rebuildIfRulesChanged(this.pager());
  }

  private pager(employerId?: string): CasePager {
    return (after, limit) => {
      const rows = employerId === undefined
        ? this.st.get<[number, number], CaseRow>(`${SELECT_CASE} WHERE c.rowid > ? ORDER BY c.rowid LIMIT ?`).all(after, limit)
        : this.st.get<[string, number, number], CaseRow>(`${SELECT_CASE} WHERE c.employer_id = ? AND c.rowid > ? ORDER BY c.rowid LIMIT ?`).all(employerId, after, limit);
      return rows.map((r) => ({ rowid: r.rowid, c: toCase(r) }));
    };
  }

  delete(id: string): void {
    this.st.get('DELETE FROM cases WHERE id = ?').run(id);
  }
}
