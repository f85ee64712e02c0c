// Opens the SQLite connection with the pragmas the durability promise rests on, and caches statements.
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';

/** A better-sqlite3 connection. */
export type Connection = Db;

/** Options for opening a database file. */
export interface ConnectionOptions {
  readonly?: boolean;
}

/**
 * Opens `path` (':memory:' allowed). WAL lets readers (the HTTP handlers, the CLI) run beside the
 * writer; busy_timeout makes a second process wait for the write lock instead of failing at once.
 * synchronous=NORMAL in WAL mode: a commit has reached the WAL file (the OS) before it returns, so it
 * survives a crash or kill of the process, which is what an acknowledgement promises. Only a power
 * loss or OS crash can drop the last commits (FULL would fsync on every commit for that).
 */
export function openConnection(path: string, opts: ConnectionOptions = {}): Connection {
  const db = new Database(path, opts.readonly ? { readonly: true, fileMustExist: true } : {});
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (!opts.readonly && path !== ':memory:') {
    db.pragma('journal_mode = WAL');
  }
  db.pragma('synchronous = NORMAL');
  return db;
}

/** Prepares each SQL text once per connection and hands back the same statement afterwards. */
export class Statements {
  private readonly cache = new Map<string, Statement>();
  constructor(private readonly db: Connection) {}

  /** The cached prepared statement for `sql`. */
  get<P extends unknown[] = unknown[], R = unknown>(sql: string): Statement<P, R> {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s as unknown as Statement<P, R>;
  }

  /** The cached statement for `sql` in raw mode: rows come back as arrays of column values (hot scans). */
  raw<P extends unknown[] = unknown[], R = unknown>(sql: string): Statement<P, R> {
    const key = `raw\u0000${sql}`;
    let s = this.cache.get(key);
    if (!s) {
      s = this.db.prepare(sql).raw(true);
      this.cache.set(key, s);
    }
    return s as unknown as Statement<P, R>;
  }
}

/** Storage form of a boolean. */
export function bool(v: boolean): number {
  return v ? 1 : 0;
}
