// Whether the database can be written right now, known cheaply: every successful write says yes, every write that
// fails because of the database (locked by another process, read-only, disk full) says no, and a one-row probe
// commit fills the gaps — at most once per second, waiting at most 50 ms for another writer. While the database
// cannot be written, /readyz answers 503 and inbound deliveries get 503 at once (the platform retries) instead of
// each stalling the event loop on the lock; a probe every second notices when it can be written again.
// One log line per change of state, never one per request.
import type { Logger } from '../log.js';
import type { WriteProbe } from '../ports/store.js';

/** Writable, or not with a short reason (an SQLite code, never a path or a secret). */
export type StoreState = { writable: true } | { writable: false; reason: string };

/** SQLite codes (primary, extended ones start with them) that mean "the database cannot take writes now". */
const UNAVAILABLE = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_PROTOCOL'];

/** The SQLite code when `err` means the database cannot be written right now (not a bug), else undefined. */
export function storeUnavailableCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  return UNAVAILABLE.some((c) => code === c || code.startsWith(`${c}_`)) ? code : undefined;
}

/** Thrown on the inbound path when a delivery cannot be stored: the platform gets 503 and retries. */
export class StoreUnavailableError extends Error {
  constructor(public readonly reason: string) {
    super(`database not writable (${reason})`);
    this.name = 'StoreUnavailableError';
  }
}

/** Options of StoreHealth. */
export interface StoreHealthOptions {
  /** How long a known state is trusted before a probe (default 1000 ms). */
  cacheMs?: number;
  /** How long the probe waits for another process's write lock (default 50 ms). */
  probeBusyMs?: number;
  /** Milliseconds clock (tests). */
  nowMs?: () => number;
}

/** The database's write health, shared by /readyz and the platform adapters. */
export class StoreHealth {
  private state: StoreState = { writable: true };
  private knownAt = Number.NEGATIVE_INFINITY;
  private recheck: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly cacheMs: number;
  private readonly probeBusyMs: number;
  private readonly nowMs: () => number;

  constructor(private readonly probe: (busyMs: number, now: Date) => WriteProbe, private readonly log: Logger, opts: StoreHealthOptions = {}) {
    this.cacheMs = opts.cacheMs ?? 1000;
    this.probeBusyMs = opts.probeBusyMs ?? 50;
    this.nowMs = opts.nowMs ?? Date.now;
  }

  /** The current state; probes when nothing was learnt in the last `cacheMs`. */
  current(): StoreState {
    if (this.nowMs() - this.knownAt >= this.cacheMs) this.runProbe();
    return this.state;
  }

  /** The state as last learnt, without probing (the hot path: a failed state is rechecked every second anyway). */
  lastKnown(): StoreState {
    return this.state;
  }

  /** A write committed: the database is writable. */
  wrote(): void {
    this.knownAt = this.nowMs();
    if (!this.state.writable) this.set({ writable: true });
  }

  /** A write failed: true (and the state is now "not writable") when the database was the cause, false for other errors. */
  writeFailed(err: unknown): boolean {
    const code = storeUnavailableCode(err);
    if (!code) return false;
    this.knownAt = this.nowMs();
    this.set({ writable: false, reason: code });
    return true;
  }

  /** Calls `fn` each time the database becomes writable again; returns an unsubscribe. */
  onWritable(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Stops the recovery probe (shutdown). */
  close(): void {
    this.stopRecheck();
    this.listeners.clear();
  }

  private runProbe(): void {
    const r = this.probe(this.probeBusyMs, new Date(this.nowMs()));
    this.knownAt = this.nowMs();
    this.set(r.ok ? { writable: true } : { writable: false, reason: r.code });
  }

  private set(next: StoreState): void {
    const was = this.state;
    this.state = next;
    if (was.writable === next.writable) return;
    if (!next.writable) {
      this.log.error({ reason: next.reason }, 'database not writable: inbound deliveries get 503 and /readyz 503 until it is');
      this.recheck = setInterval(() => this.runProbe(), this.cacheMs);
      this.recheck.unref();
      return;
    }
    this.log.warn('database writable again: inbound deliveries accepted');
    this.stopRecheck();
    for (const fn of [...this.listeners]) fn();
  }

  private stopRecheck(): void {
    if (this.recheck) clearInterval(this.recheck);
    this.recheck = undefined;
  }
}
