// The storage port the app needs; src/store/ implements it on better-sqlite3.
// Synchronous on purpose: better-sqlite3 is synchronous and short transactions keep acks fast.
import type { IsoDate } from '../core/calendar/isoDate.js';
import type { RoleAssignment } from '../core/policy/types.js';
import type {
  AuditEntry, ConversationKey, Employer, EmployerSettings, Person, Platform, PlatformIdentity, StoredCase,
} from './records.js';
import type { OutboxStore } from './outbox.js';

/** Thrown when a case write carries a stale version: the caller asks the user to retry. */
export class ConcurrencyError extends Error {
  constructor(public readonly caseId: string) {
    super(`case ${caseId} was changed by someone else`);
    this.name = 'ConcurrencyError';
  }
}

/** Employers and their settings. */
export interface EmployerRepo {
  get(id: string): Employer | undefined;
  list(): Employer[];
  /** Finds or creates the employer for a platform tenant (first contact). */
  ensureForTenant(platform: Platform, tenantId: string, name?: string): Employer;
  /** Finds or creates an employer by id/name (roles import, CLI). */
  ensure(id: string, name?: string): Employer;
  updateSettings(id: string, patch: Partial<EmployerSettings>): Employer;
}

/** People and their platform identities. */
export interface PeopleRepo {
  get(id: string): Person | undefined;
  /** Resolves a stable id, an e-mail address or a platform user id. */
  resolve(ref: string, employerId?: string): Person | undefined;
  findByIdentity(identity: PlatformIdentity): Person | undefined;
  /** People of an employer whose name matches (case- and accent-insensitive, prefix or word). */
  searchByName(employerId: string, query: string): Person[];
  listByEmployer(employerId: string): Person[];
  /** Creates or updates a person (by id); identities are merged, never dropped. */
  upsert(person: Person): Person;
  linkIdentity(personId: string, identity: PlatformIdentity): void;
  setLocale(personId: string, locale: Person['locale']): void;
  delete(personId: string): void;
}

/** Role assignments (employer-wide or per case). */
export interface RoleRepo {
  listForPerson(personId: string): RoleAssignment[];
  listForEmployer(employerId: string): RoleAssignment[];
  listForCase(caseId: string): RoleAssignment[];
  add(a: RoleAssignment): void;
  remove(a: RoleAssignment): boolean;
  /** People who hold `role` at the employer (employer-wide) or on the case. */
  holders(employerId: string, role: RoleAssignment['role'], caseId?: string | null): string[];
}

/** Cases with optimistic concurrency. */
export interface CaseRepo {
  get(id: string): StoredCase | undefined;
  listByEmployee(personId: string): StoredCase[];
  listByEmployer(employerId: string): StoredCase[];
  /** Open cases (closedOn null) plus those closed on or after `closedSince`. */
  listOpen(employerId?: string): StoredCase[];
  /**
   * Streams the open cases (closedOn null) of one employer, or of all, one at a time, so a pass over every case
   * (the weekly digest) never holds them all in memory. `fn` must not use the store while the scan runs.
   */
  eachOpen?(employerId: string | undefined, fn: (c: StoredCase) => void): void;
  /** Cases whose stored `nextDue` is on or before the date (scheduler pass). */
  listDueBy(date: IsoDate): StoredCase[];
  /** listDueBy, streamed one case at a time (nothing held); `fn` must not use the store while the scan runs. */
  eachDueBy?(date: IsoDate, fn: (c: StoredCase) => void): void;
  /** Inserts a new case (version 1) and returns it. */
  create(c: Omit<StoredCase, 'version'>): StoredCase;
  /** Writes the case if `c.version` is current; returns it with version+1, else throws ConcurrencyError. */
  update(c: StoredCase): StoredCase;
  /**
   * Scheduler bookkeeping: stores `nextDue` without bumping the version (a reminder pass is not an edit a user
   * should have to retry after); only while the case still has `version`. True when written.
   */
  setNextDue?(id: string, version: number, nextDue: IsoDate | null): boolean;
  delete(id: string): void;
}

/** Which audit entries a retention purge may remove: those naming one of these people or cases. */
export interface AuditPurgeScope {
  actorPersonIds?: string[];
  caseIds?: string[];
}

/** Append-only audit log. */
export interface AuditLog {
  append(e: AuditEntry): void;
  list(filter?: { caseId?: string; actorPersonId?: string; limit?: number }): AuditEntry[];
  /** Retention purge only: deletes entries older than `cutoff` (at least 2 years before `now`), within `scope` if given; returns the count. */
  purgeBefore?(cutoff: Date, now: Date, scope?: AuditPurgeScope): number;
}

/** Conversation state with expiry, so an abandoned intake does not linger. */
export interface ConversationStore {
  get<T>(key: ConversationKey, now: Date): T | undefined;
  set<T>(key: ConversationKey, state: T, expiresAt: Date): void;
  clear(key: ConversationKey): void;
  purgeExpired(now: Date): number;
}

/** Inbound de-duplication: records an event id once. */
export interface Inbox {
  /** True the first time an id is seen, false for a retry or duplicate. */
  firstSeen(platform: Platform, eventId: string, now: Date): boolean;
}

/** Small key/value for adapter data such as Teams conversation references and scheduler marks. */
export interface KeyValueStore {
  get<T>(namespace: string, key: string): T | undefined;
  set<T>(namespace: string, key: string, value: T): void;
  delete(namespace: string, key: string): void;
  list<T>(namespace: string): Array<{ key: string; value: T }>;
}

/** Everything stored, with one transaction boundary. */
export interface Store {
  employers: EmployerRepo;
  people: PeopleRepo;
  roles: RoleRepo;
  cases: CaseRepo;
  audit: AuditLog;
  conversations: ConversationStore;
  inbox: Inbox;
  outbox: OutboxStore;
  kv: KeyValueStore;
  /** Runs `fn` in one SQLite transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;
  /** True when the database is open and migrated (for /readyz). */
  ready(): boolean;
  close(): void;
}
