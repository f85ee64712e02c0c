// The outbox: a message is stored under its idempotency key before it is sent, and marked after.
import type { OutboxBody, OutboxKind, OutboxMessage, OutboxState, OutboxStore } from '../../ports/outbox.js';
import type { Platform } from '../../ports/records.js';
import type { Statements } from '../db.js';

interface OutboxRow {
  id: number;
  idempotency_key: string;
  kind: OutboxKind;
  person_id: string;
  platform: Platform;
  tenant_id: string;
  user_id: string;
  message: string;
  state: OutboxState;
  attempts: number;
  not_before: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

const toMessage = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  idempotencyKey: r.idempotency_key,
  kind: r.kind,
  personId: r.person_id,
  target: { platform: r.platform, tenantId: r.tenant_id, userId: r.user_id },
  message: JSON.parse(r.message) as OutboxBody,
  state: r.state,
  attempts: r.attempts,
  notBefore: r.not_before,
  lastError: r.last_error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});

/** Instants are compared as text, so they are stored in one form. */
const instant = (s: string): string => {
  // A pass queues thousands of rows with the same instants: normalize each distinct one once.
  if (s !== lastInstant.in) lastInstant = { in: s, out: new Date(s).toISOString() };
  return lastInstant.out;
};
let lastInstant = { in: '', out: '' };

/** SQLite implementation of OutboxStore. */
export class SqliteOutbox implements OutboxStore {
  constructor(private readonly st: Statements) {}

  enqueue(m: Omit<OutboxMessage, 'id' | 'state' | 'attempts' | 'lastError' | 'sentAt'>): boolean {
    const r = this.st
      .get(
        `INSERT OR IGNORE INTO outbox (idempotency_key, kind, person_id, platform, tenant_id, user_id, message, state, attempts, not_before, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
      )
      .run(m.idempotencyKey, m.kind, m.personId, m.target.platform, m.target.tenantId, m.target.userId, JSON.stringify(m.message),
        instant(m.notBefore), instant(m.createdAt));
    return r.changes === 1;
  }

  has(idempotencyKey: string): boolean {
    return this.st.get<[string], { one: number }>('SELECT 1 AS one FROM outbox WHERE idempotency_key = ?').get(idempotencyKey) !== undefined;
  }

  duePending(now: Date, limit: number): OutboxMessage[] {
    return this.st
      .get<[string, number], OutboxRow>("SELECT * FROM outbox WHERE state = 'pending' AND not_before <= ? ORDER BY not_before, id LIMIT ?")
      .all(now.toISOString(), limit)
      .map(toMessage);
  }

  /** Claims the row for one attempt (counts it). */
  markSending(id: number): void {
    this.st.get("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?").run(id);
  }

  markSent(id: number, now: Date): void {
    this.st.get("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?").run(now.toISOString(), id);
  }

  markRetry(id: number, notBefore: Date, error: string): void {
    this.st.get("UPDATE outbox SET state = 'pending', not_before = ?, last_error = ? WHERE id = ?").run(notBefore.toISOString(), error, id);
  }

  markDead(id: number, error: string): void {
    this.st.get("UPDATE outbox SET state = 'dead', last_error = ? WHERE id = ?").run(error, id);
  }

  deleteSettled(sentBefore: Date, deadBefore: Date): number {
    return this.st
      .get("DELETE FROM outbox WHERE (state = 'sent' AND sent_at < ?) OR (state = 'dead' AND created_at < ?)")
      .run(sentBefore.toISOString(), deadBefore.toISOString()).changes;
  }

  /** Rows in the order they were queued. */
  list(filter: { state?: OutboxState; kind?: OutboxKind; limit?: number } = {}): OutboxMessage[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.state !== undefined) (where.push('state = ?'), params.push(filter.state));
    if (filter.kind !== undefined) (where.push('kind = ?'), params.push(filter.kind));
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = filter.limit !== undefined ? 'LIMIT ?' : '';
    if (filter.limit !== undefined) params.push(Math.max(0, Math.floor(filter.limit)));
    return this.st.get<unknown[], OutboxRow>(`SELECT * FROM outbox ${cond} ORDER BY id ${limit}`).all(...params).map(toMessage);
  }
}
