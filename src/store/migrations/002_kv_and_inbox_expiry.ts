// Version 2: the key/value table (adapter data, scheduler marks) and an index for the inbox cleanup.
import type { Migration } from './types.js';

const SQL = `
CREATE TABLE kv (
  namespace TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (namespace, key)
);
CREATE INDEX inbox_seen_at ON inbox(seen_at);
`;

/** Adds kv and the inbox seen_at index. */
export const migration002: Migration = {
  version: 2,
  name: 'kv-and-inbox-expiry',
  up(db) {
    db.exec(SQL);
  },
};
