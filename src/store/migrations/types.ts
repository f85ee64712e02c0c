// The shape of one schema migration.
import type { Connection } from '../db.js';

/** One numbered schema step; applied once, in order, inside its own transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Connection): void;
}
