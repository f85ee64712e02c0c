// The storage port the app needs; src/store/ implements it on better-sqlite3.
// Synchronous on purpose: better-sqlite3 is synchronous and short transactions keep acks fast.
import type { IsoDate } from '../core/calendar/isoDate.js';
import type { RoleAssignment } from '../core/policy/types.js';
import type {
  AuditEntry, CaseSchedule, ConversationKey, DigestScope, DueCaseSchedule, OpenCaseSchedule, Employer, EmployerSettings, Person, Platform, PlatformIdentity, StoredCase,
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
  /** Several people at once (unknown ids left out). */
  getMany(ids: readonly string[]): Person[];
  /** Display names by id (unknown ids left out). */
  namesOf(ids: readonly string[]): Map<string, string>;
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
  /** One real assignment per role and kind (employer-wide, or on a case) of a person at an employer (employer-scoped decisions). */
  roleKindsAt(personId: string, employerId: string): RoleAssignment[];
  /** Everyone who holds the role at the employer, employer-wide or on any case. */
  peopleWithRole(employerId: string, role: RoleAssignment['role']): string[];
  /** The case-level assignments of several cases, by case id. */
  listForCases(caseIds: readonly string[]): Map<string, RoleAssignment[]>;
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
   * Streams the open cases (closedOn null) one digest covers, one at a time, with the steps due on or before
   * `dueBy` (a digest never holds whole cases, a pass never all digests). `fn` must not use the store meanwhile.
   */
  eachOpenSchedule(scope: DigestScope, dueBy: IsoDate, fn: (s: OpenCaseSchedule) => void): void;
  /** Streams the schedules whose `nextDue` is on or before the date (a scheduler pass); `fn` must not use the store meanwhile. */
  eachDueSchedule(date: IsoDate, fn: (s: DueCaseSchedule) => void): void;
  /** The schedule of one case (tests, CLI). */
  schedule(caseId: string): CaseSchedule | undefined;
  /** Inserts a new case (version 1) and returns it. */
  create(c: Omit<StoredCase, 'version'>): StoredCase;
  /** Writes the case if `c.version` is current; returns it with version+1, else throws ConcurrencyError. */
  update(c: StoredCase): StoredCase;
  /**
   * Scheduler bookkeeping: stores the next due date and (when given) the reminder marks without bumping the case
   * version (a reminder pass is not an edit a user should have to retry after); only while the case still has
   * `version`. True when written.
   */
  advanceSchedule(caseId: string, version: number, nextDue: IsoDate | null, marks?: Record<string, string>): boolean;
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

/** A platform delivery waiting in the inbound queue. */
export interface InboundItem {
  id: number;
  platform: Platform;
  /** The platform's id of the delivery (also recorded in the inbox). */
  eventId: string;
  /** What kind of delivery (adapter-defined, e.g. 'home', 'dm', 'action'); ids and kinds only, never content. */
  kind: string;
  /** Deliveries of one lane (e.g. one user) are handled in order, one at a time. */
  lane: string;
  /** The adapter's parsed form of the delivery (JSON); never logged. */
  payload: string;
  receivedAt: Date;
}

/** What an adapter queues. */
export type NewInbound = Pick<InboundItem, 'platform' | 'eventId' | 'kind' | 'lane' | 'payload'>;

/** Whether a commit reaches the database right now; `code` is the SQLite error code when not. */
export type WriteProbe = { ok: true } | { ok: false; code: string };

/**
 * The durable inbound queue: a delivery is stored (with its inbox id, in one transaction) before the platform gets
 * its acknowledgement, and removed once handled, so an acknowledged delivery survives a crash.
 */
export interface InboundQueue {
  /**
   * Records each delivery's event id in the inbox and queues the new ones, all in one transaction (a group commit),
   * waiting at most `busyMs` for another writer; returns per delivery the queued item, or null for a duplicate
   * (a retry). Throws, having written nothing, when it cannot write.
   */
  enqueue(items: readonly NewInbound[], now: Date, busyMs: number): Array<InboundItem | null>;
  /** Every queued delivery of a platform, oldest first (what a restarted process finds). */
  pending(platform: Platform): InboundItem[];
  /** Removes a handled delivery. */
  done(id: number): void;
  /** Commits a one-row write, waiting at most `busyMs` for another writer: can the database be written now? */
  probeWrite(busyMs: number, now: Date): WriteProbe;
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
  /** Deliveries stored before their acknowledgement, until handled. */
  inbound: InboundQueue;
  outbox: OutboxStore;
  kv: KeyValueStore;
  /** Runs `fn` in one SQLite transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;
  /** Storage upkeep off the request path (the scheduler, after a tick): folds the write-ahead log in; returns pages moved. */
  checkpoint?(): number;
  /** True when the database is open and migrated (for /readyz). */
  ready(): boolean;
  close(): void;
}
