import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationKey } from '../../src/ports/records.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';
import { tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let s: SqliteStore;
beforeEach(() => { t = tmpDb(); s = openStore(t.path); });
afterEach(() => { s.close(); t.cleanup(); });

const key: ConversationKey = { platform: 'slack', tenantId: 'T1', conversationId: 'D1', userId: 'U1' };
const at = (iso: string) => new Date(iso);

describe('conversations', () => {
  it('keeps state until it expires, per full key', () => {
    s.conversations.set(key, { step: 'intake', answers: { phone: null } }, at('2026-01-01T10:30:00Z'));
    expect(s.conversations.get(key, at('2026-01-01T10:29:59Z'))).toEqual({ step: 'intake', answers: { phone: null } });
    expect(s.conversations.get({ ...key, userId: 'U2' }, at('2026-01-01T10:00:00Z'))).toBeUndefined();
    expect(s.conversations.get({ ...key, tenantId: 'T2' }, at('2026-01-01T10:00:00Z'))).toBeUndefined();
    expect(s.conversations.get(key, at('2026-01-01T10:30:00Z'))).toBeUndefined();
  });

  it('set replaces, clear removes, purgeExpired deletes only expired rows', () => {
    s.conversations.set(key, { n: 1 }, at('2026-01-01T10:30:00Z'));
    s.conversations.set(key, { n: 2 }, at('2026-01-01T11:30:00Z'));
    expect(s.conversations.get(key, at('2026-01-01T11:00:00Z'))).toEqual({ n: 2 });
    s.conversations.set({ ...key, conversationId: 'D2' }, { n: 3 }, at('2026-01-01T09:00:00Z'));
    expect(s.conversations.purgeExpired(at('2026-01-01T10:00:00Z'))).toBe(1);
    s.conversations.clear(key);
    expect(s.conversations.get(key, at('2026-01-01T10:00:00Z'))).toBeUndefined();
    expect(s.db.prepare('SELECT count(*) AS n FROM conversations').get()).toEqual({ n: 0 });
  });
});

describe('inbox', () => {
  it('firstSeen is true once, then false, also after reopening', () => {
    const now = at('2026-01-01T10:00:00Z');
    expect(s.inbox.firstSeen('slack', 'Ev1', now)).toBe(true);
    expect(s.inbox.firstSeen('slack', 'Ev1', now)).toBe(false);
    expect(s.inbox.firstSeen('teams', 'Ev1', now)).toBe(true);
    s.close();
    s = openStore(t.path);
    expect(s.inbox.firstSeen('slack', 'Ev1', at('2026-01-01T10:05:00Z'))).toBe(false);
  });

  it('forgets ids after seven days', () => {
    expect(s.inbox.firstSeen('slack', 'Ev1', at('2026-01-01T10:00:00Z'))).toBe(true);
    expect(s.inbox.firstSeen('slack', 'Ev2', at('2026-01-07T10:00:00Z'))).toBe(true);
    expect(s.inbox.firstSeen('slack', 'Ev1', at('2026-01-07T10:00:00Z'))).toBe(false); // six days: still known
    expect(s.inbox.firstSeen('slack', 'Ev3', at('2026-01-08T11:00:00Z'))).toBe(true); // runs the cleanup
    expect(s.db.prepare('SELECT event_id FROM inbox ORDER BY event_id').all()).toEqual([{ event_id: 'Ev2' }, { event_id: 'Ev3' }]);
    expect(s.inbox.purgeSeenBefore(at('2026-01-08T00:00:00Z'))).toBe(1);
  });
});

describe('kv', () => {
  it('gets, sets, lists per namespace and deletes', () => {
    s.kv.set('teams-ref', 'u2', { serviceUrl: 'https://smba.example/' });
    s.kv.set('teams-ref', 'u1', { serviceUrl: 'https://a.example/' });
    s.kv.set('teams-ref', 'u1', { serviceUrl: 'https://b.example/' });
    s.kv.set('scheduler', 'last-pass', '2026-01-01');
    expect(s.kv.get('teams-ref', 'u1')).toEqual({ serviceUrl: 'https://b.example/' });
    expect(s.kv.get('teams-ref', 'nope')).toBeUndefined();
    expect(s.kv.list('teams-ref')).toEqual([
      { key: 'u1', value: { serviceUrl: 'https://b.example/' } },
      { key: 'u2', value: { serviceUrl: 'https://smba.example/' } },
    ]);
    s.kv.delete('teams-ref', 'u1');
    expect(s.kv.list('teams-ref').map((e) => e.key)).toEqual(['u2']);
    expect(s.kv.get('scheduler', 'last-pass')).toBe('2026-01-01');
    expect(() => s.kv.set('x', 'y', undefined)).toThrow(TypeError);
  });
});
