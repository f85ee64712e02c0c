// The SQLite store: opens (and migrates) a database file and implements the Store port on it.
import type { Store } from '../ports/store.js';
import { openConnection, Statements, type Connection } from './db.js';
import { SchemaNotMigratedError, SchemaVersionError } from './errors.js';
import { migrate, schemaVersion } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { SqliteAuditLog } from './repos/audit.js';
import { SqliteCaseRepo } from './repos/cases.js';
import { SqliteConversationStore } from './repos/conversations.js';
import { SqliteEmployerRepo } from './repos/employers.js';
import { SqliteInbox } from './repos/inbox.js';
import { SqliteKeyValueStore } from './repos/kv.js';
import { SqliteOutbox } from './repos/outbox.js';
import { SqlitePeopleRepo } from './repos/people.js';
import { SqliteRoleRepo } from './repos/roles.js';

export { SchemaNotMigratedError, SchemaVersionError, AuditRetentionError, UnknownRecordError } from './errors.js';
export { DEFAULT_EMPLOYER_SETTINGS } from './repos/employers.js';
export { ANY_TENANT } from './repos/people.js';
export { MIGRATIONS } from './migrations/index.js';

/** Options of openStore. */
export interface OpenStoreOptions {
  /** Opens an existing, migrated file without writing (CLI dry runs). */
  readonly?: boolean;
}

/** The Store port on one better-sqlite3 connection. */
export class SqliteStore implements Store {
  readonly employers: SqliteEmployerRepo;
  readonly people: SqlitePeopleRepo;
  readonly roles: SqliteRoleRepo;
  readonly cases: SqliteCaseRepo;
  readonly audit: SqliteAuditLog;
  readonly conversations: SqliteConversationStore;
  readonly inbox: SqliteInbox;
  readonly outbox: SqliteOutbox;
  readonly kv: SqliteKeyValueStore;
  private readonly st: Statements;

  constructor(readonly db: Connection) {
    this.st = new Statements(db);
    this.employers = new SqliteEmployerRepo(db, this.st, () => new Date());
    this.people = new SqlitePeopleRepo(db, this.st);
    this.roles = new SqliteRoleRepo(this.st);
    this.cases = new SqliteCaseRepo(this.st);
    this.audit = new SqliteAuditLog(db, this.st);
    this.conversations = new SqliteConversationStore(this.st);
    this.inbox = new SqliteInbox(this.st);
    this.outbox = new SqliteOutbox(this.st);
    this.kv = new SqliteKeyValueStore(this.st);
  }

  /** One transaction; a nested call becomes a savepoint inside the outer one. `fn` must be synchronous. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(() => {
      const result = fn();
      if (result instanceof Promise) throw new TypeError('store.transaction(fn): fn must be synchronous');
      return result;
    })();
  }

  ready(): boolean {
    if (!this.db.open) return false;
    try {
      const row = this.st.get<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get();
      return row?.v === MIGRATIONS.length;
    } catch {
      return false;
    }
  }

  /** Closes the connection (idempotent); in WAL mode the last close checkpoints and removes the -wal file. */
  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Opens the database at `path` (':memory:' allowed), applies pending migrations and returns the store. */
export function openStore(path: string, opts: OpenStoreOptions = {}): SqliteStore {
  const db = openConnection(path, opts);
  try {
    if (opts.readonly) {
      const found = schemaVersion(db);
      if (found > MIGRATIONS.length) throw new SchemaVersionError(found, MIGRATIONS.length);
      if (found < MIGRATIONS.length) throw new SchemaNotMigratedError(found, MIGRATIONS.length);
    } else {
      migrate(db, MIGRATIONS);
    }
  } catch (err) {
    db.close();
    throw err;
  }
  return new SqliteStore(db);
}
