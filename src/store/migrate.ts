// Applies pending schema migrations at open, each in its own transaction, recorded in schema_migrations.
import type { Connection } from './db.js';
import type { Migration } from './migrations/types.js';
import { SchemaVersionError } from './errors.js';

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/** The highest applied version, 0 for an empty database. */
export function schemaVersion(db: Connection): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!exists) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

/**
 * Brings the schema up to the last of `migrations`; returns the versions applied. A database written by a
 * newer release (a higher version than we know) is refused rather than silently used.
 */
export function migrate(db: Connection, migrations: readonly Migration[], now: Date = new Date()): number[] {
  checkOrder(migrations);
  db.exec(CREATE_TABLE);
  const current = schemaVersion(db);
  const latest = migrations.length;
  if (current > latest) throw new SchemaVersionError(current, latest);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const m of migrations.slice(current)) {
    // IMMEDIATE takes the write lock first, so two processes opening one new file do not both migrate.
    db.transaction(() => {
      if (schemaVersion(db) >= m.version) return;
      m.up(db);
      record.run(m.version, m.name, now.toISOString());
      applied.push(m.version);
    }).immediate();
  }
  return applied;
}
