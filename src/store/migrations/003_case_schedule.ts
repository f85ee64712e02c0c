// Version 3: the case schedule, a narrow row per case that the scheduler and the weekly digest read instead
// of the case's full JSON document: who the case concerns, its periods and the steps still to act on with their
// reminder dates (derived from the case, see store/repos/caseSchedule.ts); and beside it case_due, the
// scheduler's small per-case state (next day to look, reminder marks moved here from kv). The next-due column
// and index leave `cases`.
import type { Migration } from './types.js';

const SQL = `
CREATE TABLE case_schedule (
  case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  employer_id TEXT NOT NULL,
  employee_id TEXT NOT NULL,
  manager_of_record_id TEXT,
  closed_on TEXT,
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL,
  -- the employee's display name, kept in step by the people repo (a digest line reads no other table)
  employee_name TEXT NOT NULL,
  -- derived from the case: its sick periods (JSON) and its actionable steps as [catalog index, day number, ...]
  periods TEXT NOT NULL,
  steps TEXT NOT NULL
);
CREATE INDEX case_schedule_open ON case_schedule(employer_id) WHERE closed_on IS NULL;
CREATE INDEX case_schedule_employee ON case_schedule(employee_id);

-- The scheduler's own state per case, apart from the derived row so a pass rewrites only these small rows:
-- the next day it looks at the case and, per step, the key of the latest reminder slot sent.
CREATE TABLE case_due (
  case_id TEXT PRIMARY KEY REFERENCES case_schedule(case_id) ON DELETE CASCADE,
  next_due TEXT,
  version INTEGER NOT NULL,
  marks TEXT NOT NULL DEFAULT '{}'
) WITHOUT ROWID;
CREATE INDEX case_due_next ON case_due(next_due) WHERE next_due IS NOT NULL;

-- A casemanager's digest reads their cases through this index alone (no lookup of each assignment row).
CREATE INDEX role_assignments_person_role ON role_assignments(person_id, role, case_id);

-- Steps are derived by code when the store opens (the derivation marker below is absent), so this step stays SQL.
INSERT INTO case_schedule (case_id, employer_id, employee_id, manager_of_record_id, closed_on, created_at, version, employee_name, periods, steps)
SELECT c.id, c.employer_id, c.employee_id, c.manager_of_record_id, c.closed_on, c.created_at, c.version, coalesce(p.name, ''),
       json_extract(c.data, '$.periods'), '[]'
FROM cases c LEFT JOIN people p ON p.id = c.employee_id;
INSERT INTO case_due (case_id, next_due, version, marks)
SELECT c.id, c.next_due, c.version, coalesce((SELECT kv.value FROM kv WHERE kv.namespace = 'reminders.sent' AND kv.key = c.id), '{}')
FROM cases c;
DELETE FROM kv WHERE namespace = 'reminders.sent';
DELETE FROM kv WHERE namespace = 'store' AND key = 'schedule-derivation';

DROP INDEX cases_next_due;
ALTER TABLE cases DROP COLUMN next_due;
`;

/** Adds case_schedule and case_due, moves next_due and the reminder marks into case_due. */
export const migration003: Migration = {
  version: 3,
  name: 'case-schedule',
  up(db) {
    db.exec(SQL);
  },
};
