// The case schedule index: one narrow row per case, derived from the case on every write (and again when its
// employer's conditions or the step rules change), so a scheduler pass and the weekly digest read a few hundred
// bytes per case instead of parsing its whole document.
import { timelineCaseOf, type TimelineConditions } from '../../core/cases/fromStored.js';
import type { SickPeriod } from '../../core/cases/types.js';
import { packSchedule, reminderSchedule, SCHEDULE_DERIVATION, unpackSchedule, type ScheduledStep } from '../../core/timeline/schedule.js';
import type { CaseSchedule, DueCaseSchedule, OpenCaseSchedule, StoredCase } from '../../ports/records.js';
import type { Connection, Statements } from '../db.js';

/** The columns a pass reads (schedule `s` joined with due state `d`), in this order; rows are read as arrays. */
export const SCHEDULE_COLUMNS = 's.case_id, s.employer_id, s.employee_id, s.manager_of_record_id, s.closed_on, s.created_at, d.version, d.next_due, s.periods, s.steps, d.marks';
/** The columns a reminder pass reads of a due case, in this order (no periods: a pass needs none). */
export const DUE_COLUMNS = 's.case_id, s.employer_id, s.employee_id, s.manager_of_record_id, s.closed_on, d.version, d.next_due, s.steps, d.marks';
/** A row as read with DUE_COLUMNS in raw mode. */
export type DueRow = [string, string, string, string | null, string | null, number, string | null, string, string];
/** The schedule joined with its due state (append WHERE / ORDER BY). */
export const SCHEDULE_FROM = 'FROM case_due d JOIN case_schedule s ON s.case_id = d.case_id';
/** A case_schedule row as read with SCHEDULE_COLUMNS in raw (array) mode. */
export type ScheduleRow = [string, string, string, string | null, string | null, string, number, string | null, string, string, string];
/** The columns the weekly digest reads of an open case (schedule `s`, employee `p`). */
export const OPEN_SCHEDULE_COLUMNS = 's.case_id, s.employer_id, s.employee_id, s.created_at, s.periods, s.steps, s.employee_name';
/** A row as read with OPEN_SCHEDULE_COLUMNS in raw mode. */
export type OpenScheduleRow = [string, string, string, string, string, string, string];

/** kv place of the marker naming the rules the stored schedules were derived with. */
const MARKER = { namespace: 'store', key: 'schedule-derivation' } as const;
/** Cases re-derived per batch when the rules changed (a batch is read fully before it is written). */
const REBUILD_BATCH = 1000;
/** Steps in storage form: the packed schedule as JSON (a third of the size of names and dates). */
export function encodeSteps(steps: readonly ScheduledStep[]): string {
  return JSON.stringify(packSchedule(steps));
}

/** The inverse of encodeSteps, keeping only steps due on or before day number `untilDay`. */
export function decodeSteps(text: string, untilDay = Infinity): ScheduledStep[] {
  return unpackSchedule(JSON.parse(text) as number[], untilDay);
}

/** A raw row as the port's CaseSchedule. */
export function toSchedule(r: ScheduleRow): CaseSchedule {
  return {
    caseId: r[0], employerId: r[1], employeeId: r[2], managerOfRecordId: r[3], closedOn: r[4], createdAt: r[5], version: r[6], nextDue: r[7],
    periods: JSON.parse(r[8]) as SickPeriod[], steps: decodeSteps(r[9]), marks: JSON.parse(r[10]) as Record<string, string>,
  };
}

/** A raw due row as the pass's DueCaseSchedule. */
export function toDueSchedule(r: DueRow): DueCaseSchedule {
  return {
    caseId: r[0], employerId: r[1], employeeId: r[2], managerOfRecordId: r[3], closedOn: r[4], version: r[5], nextDue: r[6],
    packedSteps: JSON.parse(r[7]) as number[], marks: r[8] === '{}' ? {} : (JSON.parse(r[8]) as Record<string, string>),
  };
}

/** A raw open-case row as the digest's OpenCaseSchedule (steps due after day number `untilDay` left out). */
export function toOpenSchedule(r: OpenScheduleRow, untilDay: number): OpenCaseSchedule {
  return {
    caseId: r[0], employerId: r[1], employeeId: r[2], createdAt: r[3], periods: JSON.parse(r[4]) as SickPeriod[], steps: decodeSteps(r[5], untilDay),
    employeeName: r[6],
  };
}

const UPSERT_SCHEDULE = `INSERT INTO case_schedule (case_id, employer_id, employee_id, manager_of_record_id, closed_on, created_at, version, employee_name, periods, steps)
  SELECT ?, ?, ?, ?, ?, ?, ?, coalesce((SELECT name FROM people WHERE id = ?), ''), ?, ?
  WHERE true ON CONFLICT (case_id) DO UPDATE SET employer_id = excluded.employer_id, employee_id = excluded.employee_id,
    manager_of_record_id = excluded.manager_of_record_id, closed_on = excluded.closed_on, version = excluded.version,
    employee_name = excluded.employee_name, periods = excluded.periods, steps = excluded.steps`;
/** A case write sets its next due date and version; the reminder marks stay. */
const UPSERT_DUE = `INSERT INTO case_due (case_id, next_due, version) VALUES (?, ?, ?)
  ON CONFLICT (case_id) DO UPDATE SET next_due = excluded.next_due, version = excluded.version`;
/** Re-deriving (rules or conditions changed) keeps the due state as the case and the scheduler left it. */
const UPDATE_DERIVED = "UPDATE case_schedule SET steps = ?, employee_name = coalesce((SELECT name FROM people WHERE id = employee_id), '') WHERE case_id = ?";

/** Pages through cases in rowid order: those after `afterRowid`, at most `limit`. */
export type CasePager = (afterRowid: number, limit: number) => Array<{ rowid: number; c: StoredCase }>;

/** Keeps case_schedule in step with cases; the marks survive every re-derivation. */
export class CaseScheduleIndex {
  constructor(private readonly db: Connection, private readonly st: Statements) {}

  /** The employer's conditions as the engine reads them (undefined: unknown employer). */
  private conditions(employerId: string): TimelineConditions | undefined {
    const r = this.st.get<[string], { insured: number; own_risk_ziektewet: number }>('SELECT insured, own_risk_ziektewet FROM employers WHERE id = ?').get(employerId);
    return r && { insured: r.insured === 1, ownRiskZiektewet: r.own_risk_ziektewet === 1 };
  }

  /** Derives and stores the rows of a case just written with `version` (its nextDue included; marks kept). */
  write(c: Omit<StoredCase, 'version'>, version: number): void {
    const steps = reminderSchedule(timelineCaseOf(c, this.conditions(c.employerId)));
    this.st.get(UPSERT_SCHEDULE).run(c.id, c.employerId, c.employeeId, c.managerOfRecordId, c.closedOn, c.createdAt, version, c.employeeId,
      JSON.stringify(c.periods), encodeSteps(steps));
    this.st.get(UPSERT_DUE).run(c.id, c.nextDue, version);
  }

  /** Derives the steps of a stored case again under `conditions` (nothing else changes). */
  private rederive(c: StoredCase, conditions: TimelineConditions | undefined): void {
    this.st.get(UPDATE_DERIVED).run(encodeSteps(reminderSchedule(timelineCaseOf(c, conditions))), c.id);
  }

  /** Re-derives the rows of the cases `load` pages through (after a change of conditions or rules); returns the count. */
  rebuild(load: CasePager): number {
    const memo = new Map<string, TimelineConditions | undefined>();
    const conditionsOf = (id: string) => {
      if (!memo.has(id)) memo.set(id, this.conditions(id));
      return memo.get(id);
    };
    let count = 0;
    for (let after = 0; ;) {
      const batch = load(after, REBUILD_BATCH);
      if (!batch.length) break;
      for (const { c } of batch) this.rederive(c, conditionsOf(c.employerId));
      count += batch.length;
      after = batch[batch.length - 1].rowid;
    }
    return count;
  }

  /** Re-derives every row when the stored marker names other rules than this release's (at open). */
  rebuildIfRulesChanged(load: CasePager): number {
    const get = this.st.get<[string, string], { value: string }>('SELECT value FROM kv WHERE namespace = ? AND key = ?');
    if (get.get(MARKER.namespace, MARKER.key)?.value === JSON.stringify(SCHEDULE_DERIVATION)) return 0;
    return this.db.transaction(() => {
      const n = this.rebuild(load);
      this.st.get('INSERT INTO kv (namespace, key, value) VALUES (?, ?, ?) ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value')
        .run(MARKER.namespace, MARKER.key, JSON.stringify(SCHEDULE_DERIVATION));
      return n;
    }).immediate();
  }
}
