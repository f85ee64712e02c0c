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
import { SqliteInboundQueue } from './repos/inbound.js';
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
  /**
   * The long-running server: the write-ahead log is folded into the database file by `checkpoint()`, which the
   * scheduler calls after each tick, instead of by whichever commit crosses SQLite's 1,000-page mark (a user's
   * acknowledgement or a scheduler pass would pay for it). A high automatic mark stays as a safety net.
   */
  manualCheckpoints?: boolean;
}

/** Pages of write-ahead log after which SQLite folds it in by itself when checkpoints are manual (~80 MB). */
export const SAFETY_CHECKPOINT_PAGES = 20_000;

/** The Store port on one better-sqlite3 connection. */
export class SqliteStore implements Store {
  readonly employers: SqliteEmployerRepo;
  readonly people: SqlitePeopleRepo;
  readonly roles: SqliteRoleRepo;
  readonly cases: SqliteCaseRepo;
  readonly audit: SqliteAuditLog;
  readonly conversations: SqliteConversationStore;
  readonly inbox: SqliteInbox;
  readonly inbound: SqliteInboundQueue;
  readonly outbox: SqliteOutbox;
  readonly kv: SqliteKeyValueStore;
  private readonly st: Statements;

  constructor(readonly db: Connection) {
    this.st = new Statements(db);
    this.cases = new SqliteCaseRepo(db, this.st);
    // Insurance and own risk switch conditional steps: the employer's case schedules follow in the same transaction.
    this.employers = new SqliteEmployerRepo(db, this.st, () => new Date(), (id) => this.cases.refreshSchedules(id));
    this.people = new SqlitePeopleRepo(db, this.st);
    this.roles = new SqliteRoleRepo(this.st);
    this.audit = new SqliteAuditLog(db, this.st);
    this.conversations = new SqliteConversationStore(this.st);
    this.inbox = new SqliteInbox(this.st);
    this.inbound = new SqliteInboundQueue(db, this.st, this.inbox);
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

  /** Folds the write-ahead log into the database file without waiting for readers (PASSIVE); returns the pages moved. */
  checkpoint(): number {
    if (!this.db.open || this.db.readonly) return 0;
    const [r] = this.db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    return r?.checkpointed ?? 0;
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
    if (opts.manualCheckpoints && path !== ':memory:') db.pragma(`wal_autocheckpoint = ${SAFETY_CHECKPOINT_PAGES}`);
    const store = new SqliteStore(db);
    // Schedules are derived data: a release with other step rules (or migration 3) derives them again.
    if (!opts.readonly) store.cases.rebuildSchedulesIfRulesChanged();
    return store;
  } catch (err) {
    db.close();
    throw err;
  }
}
