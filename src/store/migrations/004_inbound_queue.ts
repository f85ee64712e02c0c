// Version 4: the durable inbound queue. A platform delivery is stored here (in the same transaction as its inbox
// id) before it is acknowledged, and deleted once handled, so an acknowledged event survives a crash. The payload
// is the adapter's parsed, minimal form of the delivery (never logged). inbound_probe holds one row that the
// readiness probe rewrites to learn whether a commit can reach the database file.
import type { Migration } from './types.js';

const SQL = `
CREATE TABLE inbound (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  event_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  -- deliveries of one lane (e.g. one user) are handled in order, one at a time
  lane TEXT NOT NULL,
  payload TEXT NOT NULL,
  received_at TEXT NOT NULL
);

CREATE TABLE inbound_probe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL
);
`;

/** Adds the inbound queue and the write probe row. */
export const migration004: Migration = {
  version: 4,
  name: 'inbound-queue',
  up(db) {
    db.exec(SQL);
  },
};
