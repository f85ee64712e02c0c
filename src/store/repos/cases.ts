// Cases with optimistic concurrency: a write names the version it read, and fails if someone wrote since.
import type { IsoDate } from '../../core/calendar/isoDate.js';
import type { StoredCase } from '../../ports/records.js';
import { ConcurrencyError, type CaseRepo } from '../../ports/store.js';
import type { Statements } from '../db.js';

interface CaseRow {
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

/** The scheduler's query: served by the partial index on next_due, so it reads only due rows. */
export const LIST_DUE_BY_SQL = 'SELECT * FROM cases WHERE next_due IS NOT NULL AND next_due <= ? ORDER BY next_due, id';

/** SQLite implementation of CaseRepo. */
export class SqliteCaseRepo implements CaseRepo {
  constructor(private readonly st: Statements) {}

  get(id: string): StoredCase | undefined {
    const r = this.st.get<[string], CaseRow>('SELECT * FROM cases WHERE id = ?').get(id);
    return r && toCase(r);
  }

  listByEmployee(personId: string): StoredCase[] {
    return this.st.get<[string], CaseRow>('SELECT * FROM cases WHERE employee_id = ? ORDER BY created_at, id').all(personId).map(toCase);
  }

  listByEmployer(employerId: string): StoredCase[] {
    return this.st.get<[string], CaseRow>('SELECT * FROM cases WHERE employer_id = ? ORDER BY created_at, id').all(employerId).map(toCase);
  }

  /** Cases not closed (closedOn null), of one employer or of all. */
  listOpen(employerId?: string): StoredCase[] {
    const rows =
      employerId === undefined
        ? this.st.get<[], CaseRow>('SELECT * FROM cases WHERE closed_on IS NULL ORDER BY created_at, id').all()
        : this.st.get<[string], CaseRow>('SELECT * FROM cases WHERE employer_id = ? AND closed_on IS NULL ORDER BY created_at, id').all(employerId);
    return rows.map(toCase);
  }

  /** Streams open cases in table order (no sort, nothing held); `fn` must not run other statements meanwhile. */
  eachOpen(employerId: string | undefined, fn: (c: StoredCase) => void): void {
    const rows = employerId === undefined
      ? this.st.get<[], CaseRow>('SELECT * FROM cases WHERE closed_on IS NULL').iterate()
      : this.st.get<[string], CaseRow>('SELECT * FROM cases WHERE employer_id = ? AND closed_on IS NULL').iterate(employerId);
    for (const r of rows) fn(toCase(r));
  }

  listDueBy(date: IsoDate): StoredCase[] {
    return this.st.get<[string], CaseRow>(LIST_DUE_BY_SQL).all(date).map(toCase);
  }

  /** Streams what listDueBy returns; `fn` must not run other statements while the scan runs. */
  eachDueBy(date: IsoDate, fn: (c: StoredCase) => void): void {
    for (const r of this.st.get<[string], CaseRow>(LIST_DUE_BY_SQL).iterate(date)) fn(toCase(r));
  }

  create(c: Omit<StoredCase, 'version'>): StoredCase {
    this.st
      .get(
        `INSERT INTO cases (id, employer_id, employee_id, manager_of_record_id, closed_on, next_due, created_at, version, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)`,
      )
      .run(c.id, c.employerId, c.employeeId, c.managerOfRecordId, c.closedOn, c.nextDue, c.createdAt, dataOf(c));
    return { ...c, version: 1 };
  }

  update(c: StoredCase): StoredCase {
    const r = this.st
      .get(
        `UPDATE cases SET employer_id = ?, employee_id = ?, manager_of_record_id = ?, closed_on = ?, next_due = ?, data = ?,
           version = version + 1
         WHERE id = ? AND version = ?`,
      )
      .run(c.employerId, c.employeeId, c.managerOfRecordId, c.closedOn, c.nextDue, dataOf(c), c.id, c.version);
    if (r.changes === 0) throw new ConcurrencyError(c.id);
    return { ...c, version: c.version + 1 };
  }

  /** Stores the scheduler's next due date only while the case is unchanged since it was read (no version bump). */
  setNextDue(id: string, version: number, nextDue: IsoDate | null): boolean {
    return this.st.get('UPDATE cases SET next_due = ? WHERE id = ? AND version = ?').run(nextDue, id, version).changes === 1;
  }

  delete(id: string): void {
    this.st.get('DELETE FROM cases WHERE id = ?').run(id);
  }
}
