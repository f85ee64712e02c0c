import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../src/ports/outbox.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';
import { tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let s: SqliteStore;
beforeEach(() => { t = tmpDb(); s = openStore(t.path); });
afterEach(() => { s.close(); t.cleanup(); });

const msg = (key: string, notBefore: string, extra: Partial<OutboxMessage> = {}) => ({
  idempotencyKey: key,
  kind: 'reminder' as const,
  personId: 'p-piet',
  target: { platform: 'slack' as const, tenantId: 'T1', userId: 'U-PIET' },
  message: { kind: 'message' as const, summary: 'Probleemanalyse is over 7 dagen', blocks: [{ type: 'text' as const, text: 'Probleemanalyse' }] },
  notBefore,
  createdAt: '2026-01-01T07:00:00.000Z',
  ...extra,
});

describe('outbox', () => {
  it('enqueue is idempotent by key, also across reopening', () => {
    expect(s.outbox.enqueue(msg('reminder:c1:probleemanalyse:before-7:2026-02-01', '2026-01-01T08:00:00.000Z'))).toBe(true);
    expect(s.outbox.enqueue(msg('reminder:c1:probleemanalyse:before-7:2026-02-01', '2026-01-02T08:00:00.000Z', { personId: 'other' }))).toBe(false);
    s.close();
    s = openStore(t.path);
    expect(s.outbox.enqueue(msg('reminder:c1:probleemanalyse:before-7:2026-02-01', '2026-01-03T08:00:00.000Z'))).toBe(false);
    expect(s.outbox.has('reminder:c1:probleemanalyse:before-7:2026-02-01')).toBe(true);
    expect(s.outbox.has('nope')).toBe(false);
    const [row] = s.outbox.list();
    expect(row).toEqual({
      ...msg('reminder:c1:probleemanalyse:before-7:2026-02-01', '2026-01-01T08:00:00.000Z'),
      id: row.id, state: 'pending', attempts: 0, lastError: null, sentAt: null,
    });
    expect(s.outbox.list()).toHaveLength(1);
  });

  it('duePending returns pending rows whose time has come, oldest first, limited', () => {
    s.outbox.enqueue(msg('a', '2026-01-01T09:00:00.000Z'));
    s.outbox.enqueue(msg('b', '2026-01-01T08:00:00.000Z'));
    s.outbox.enqueue(msg('c', '2026-01-01T10:00:00+01:00')); // 09:00Z, stored as UTC
    s.outbox.enqueue(msg('d', '2026-01-01T12:00:00.000Z'));
    const due = (iso: string, n = 10) => s.outbox.duePending(new Date(iso), n).map((m) => m.idempotencyKey);
    expect(due('2026-01-01T09:00:00.000Z')).toEqual(['b', 'a', 'c']);
    expect(due('2026-01-01T09:00:00.000Z', 2)).toEqual(['b', 'a']);
    expect(due('2026-01-01T07:59:59.999Z')).toEqual([]);
  });

  it('deleteSettled drops old sent rows and old dead letters, never pending or sending ones', () => {
    const id = (key: string) => s.outbox.list().find((m) => m.idempotencyKey === key)!.id;
    for (const key of ['sent-old', 'sent-new', 'dead-old', 'pending-old', 'sending-old']) s.outbox.enqueue(msg(key, '2026-01-01T08:00:00.000Z'));
    s.outbox.markSent(id('sent-old'), new Date('2026-01-02T08:00:00Z'));
    s.outbox.markSent(id('sent-new'), new Date('2026-03-01T08:00:00Z'));
    s.outbox.markDead(id('dead-old'), 'channel_not_found');
    s.outbox.markSending(id('sending-old'));
    expect(s.outbox.deleteSettled(new Date('2026-02-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'))).toBe(2);
    expect(s.outbox.list().map((m) => m.idempotencyKey).sort()).toEqual(['pending-old', 'sending-old', 'sent-new']);
  });

  it('moves through sending, retry, sent and dead', () => {
    s.outbox.enqueue(msg('a', '2026-01-01T08:00:00.000Z'));
    s.outbox.enqueue(msg('b', '2026-01-01T08:00:00.000Z', { kind: 'digest' }));
    const [a, b] = s.outbox.list();
    s.outbox.markSending(a.id);
    expect(s.outbox.duePending(new Date('2026-01-01T09:00:00Z'), 10).map((m) => m.id)).toEqual([b.id]);
    s.outbox.markRetry(a.id, new Date('2026-01-01T08:05:00Z'), 'slack 429');
    expect(s.outbox.list({ state: 'pending' }).find((m) => m.id === a.id)).toMatchObject({ attempts: 1, lastError: 'slack 429', notBefore: '2026-01-01T08:05:00.000Z' });
    s.outbox.markSending(a.id);
    s.outbox.markSent(a.id, new Date('2026-01-01T08:06:00Z'));
    s.outbox.markSending(b.id);
    s.outbox.markDead(b.id, 'channel_not_found');
    expect(s.outbox.list({ state: 'sent' })).toMatchObject([{ id: a.id, attempts: 2, sentAt: '2026-01-01T08:06:00.000Z', lastError: null }]);
    expect(s.outbox.list({ state: 'dead' })).toMatchObject([{ id: b.id, attempts: 1, lastError: 'channel_not_found', kind: 'digest' }]);
    expect(s.outbox.list({ kind: 'digest' }).map((m) => m.id)).toEqual([b.id]);
    expect(s.outbox.list({ limit: 1 }).map((m) => m.id)).toEqual([a.id]);
    expect(s.outbox.duePending(new Date('2026-01-02T00:00:00Z'), 10)).toEqual([]);
  });
});
