// Version 1: employers, people, identities, roles, cases, audit (append-only), conversations, inbox, outbox.
import type { Migration } from './types.js';

const SQL = `
CREATE TABLE employers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  insured INTEGER NOT NULL DEFAULT 0 CHECK (insured IN (0, 1)),
  own_risk_ziektewet INTEGER NOT NULL DEFAULT 0 CHECK (own_risk_ziektewet IN (0, 1)),
  office_start TEXT NOT NULL,
  office_end TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
  created_at TEXT NOT NULL
);

-- One employer may be reached from a Slack workspace and a Teams tenant.
CREATE TABLE employer_tenants (
  platform TEXT NOT NULL,
  tenant_id TEXT NOT NULL,
  employer_id TEXT NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
  PRIMARY KEY (platform, tenant_id)
);

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  employer_id TEXT NOT NULL REFERENCES employers(id),
  name TEXT NOT NULL,
  email TEXT,
  locale TEXT CHECK (locale IN ('nl', 'en')),
  -- No foreign key: the roles import may name a manager before that manager's own row.
  manager_person_id TEXT,
  employment_end TEXT
);
CREATE INDEX people_employer ON people(employer_id);
CREATE INDEX people_email ON people(lower(email)) WHERE email IS NOT NULL;

CREATE TABLE identities (
  platform TEXT NOT NULL,
  tenant_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  PRIMARY KEY (platform, tenant_id, user_id)
);
CREATE INDEX identities_person ON identities(person_id);
CREATE INDEX identities_user ON identities(user_id);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  employer_id TEXT NOT NULL REFERENCES employers(id),
  employee_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  manager_of_record_id TEXT,
  closed_on TEXT,
  next_due TEXT,
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL,
  -- periods, records, intake and the other case fields as one JSON document
  data TEXT NOT NULL
);
CREATE INDEX cases_employer ON cases(employer_id, closed_on);
CREATE INDEX cases_employee ON cases(employee_id);
CREATE INDEX cases_next_due ON cases(next_due, id) WHERE next_due IS NOT NULL;

CREATE TABLE role_assignments (
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  employer_id TEXT NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  case_id TEXT REFERENCES cases(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX role_assignments_unique ON role_assignments(person_id, employer_id, role, ifnull(case_id, ''));
CREATE INDEX role_assignments_employer ON role_assignments(employer_id, role);
CREATE INDEX role_assignments_case ON role_assignments(case_id) WHERE case_id IS NOT NULL;

-- Append-only: no foreign keys, so entries outlive what they mention until the retention purge.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_person_id TEXT,
  action TEXT NOT NULL,
  case_id TEXT,
  allowed INTEGER NOT NULL CHECK (allowed IN (0, 1)),
  reason TEXT NOT NULL,
  step_id TEXT
);
CREATE INDEX audit_case ON audit(case_id) WHERE case_id IS NOT NULL;
CREATE INDEX audit_actor ON audit(actor_person_id) WHERE actor_person_id IS NOT NULL;
CREATE INDEX audit_at ON audit(at);

-- The retention purge opens this gate inside its own transaction; it is never committed non-empty.
CREATE TABLE audit_purge_gate (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  cutoff TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
WHEN NOT EXISTS (SELECT 1 FROM audit_purge_gate WHERE OLD.at < cutoff)
BEGIN
  SELECT RAISE(ABORT, 'audit entries leave only through the retention purge');
END;

CREATE TABLE conversations (
  platform TEXT NOT NULL,
  tenant_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  state TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  PRIMARY KEY (platform, tenant_id, conversation_id, user_id)
);
CREATE INDEX conversations_expiry ON conversations(expires_at);

CREATE TABLE inbox (
  platform TEXT NOT NULL,
  event_id TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (platform, event_id)
);

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  person_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  tenant_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  message TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  not_before TEXT NOT NULL,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX outbox_due ON outbox(state, not_before);
CREATE INDEX outbox_person ON outbox(person_id);
`;

/** The first schema. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SQL);
  },
};
