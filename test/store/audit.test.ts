import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/ports/records.js';
import { AuditRetentionError, type SqliteStore } from '../../src/store/index.js';
import { seeded, tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let s: SqliteStore;
beforeEach(() => { t = tmpDb(); s = seeded(t.path); });
afterEach(() => { s.close(); t.cleanup(); });

const entry = (at: string, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  at, actorPersonId: 'p-piet', action: 'case.read.absence', caseId: 'c1', allowed: true, reason: 'manager', stepId: null, ...extra,
});

describe('audit', () => {
  it('appends and lists in order, filtered, the last N with a limit', () => {
    s.audit.append(entry('2026-01-01T10:00:00.000Z'));
    s.audit.append(entry('2026-01-02T10:00:00+01:00', { actorPersonId: 'p-fatima', allowed: false, reason: 'no-relation', stepId: 'probleemanalyse' }));
    s.audit.append(entry('2026-01-03T10:00:00.000Z', { caseId: null, action: 'system', actorPersonId: null }));
    const all = s.audit.list();
    expect(all).toHaveLength(3);
    expect(all[1]).toEqual(entry('2026-01-02T09:00:00.000Z', { actorPersonId: 'p-fatima', allowed: false, reason: 'no-relation', stepId: 'probleemanalyse' }));
    expect(s.audit.list({ caseId: 'c1' })).toHaveLength(2);
    expect(s.audit.list({ actorPersonId: 'p-fatima' }).map((e) => e.reason)).toEqual(['no-relation']);
    expect(s.audit.list({ limit: 2 }).map((e) => e.at)).toEqual(['2026-01-02T09:00:00.000Z', '2026-01-03T10:00:00.000Z']);
    expect(() => s.audit.append(entry('yesterday'))).toThrow(RangeError);
  });

  it('rows cannot be updated or deleted with SQL', () => {
    s.audit.append(entry('2020-01-01T00:00:00.000Z'));
    expect(() => s.db.prepare("UPDATE audit SET reason = 'changed'").run()).toThrow(/append-only/);
    expect(() => s.db.prepare('DELETE FROM audit').run()).toThrow(/retention purge/);
    expect(() => s.db.prepare("UPDATE audit SET at = '2019-01-01T00:00:00.000Z'").run()).toThrow(/append-only/);
    expect(s.audit.list()).toEqual([entry('2020-01-01T00:00:00.000Z')]);
  });

  it('the retention purge deletes only entries older than the cutoff, and never younger than two years', () => {
    const now = new Date('2026-06-01T00:00:00.000Z');
    s.audit.append(entry('2023-01-01T00:00:00.000Z', { actorPersonId: 'p-old' }));
    s.audit.append(entry('2024-01-01T00:00:00.000Z', { caseId: 'c-old', actorPersonId: 'p-piet' }));
    s.audit.append(entry('2024-02-01T00:00:00.000Z', { actorPersonId: 'p-piet', caseId: 'c1' }));
    s.audit.append(entry('2025-01-01T00:00:00.000Z', { actorPersonId: 'p-old' }));
    expect(() => s.audit.purgeBefore(new Date('2024-06-02T00:00:00.000Z'), now)).toThrow(AuditRetentionError);
    expect(s.audit.list()).toHaveLength(4);
    // Scoped: only entries naming p-old or c-old, older than the cutoff.
    expect(s.audit.purgeBefore(new Date('2024-06-01T00:00:00.000Z'), now, { actorPersonIds: ['p-old'], caseIds: ['c-old'] })).toBe(2);
    expect(s.audit.list().map((e) => e.at)).toEqual(['2024-02-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    // The gate closed again: plain SQL still cannot delete.
    expect(() => s.db.prepare('DELETE FROM audit').run()).toThrow(/retention purge/);
    expect(s.db.prepare('SELECT count(*) AS n FROM audit_purge_gate').get()).toEqual({ n: 0 });
    // Unscoped purge of what is old enough.
    expect(s.audit.purgeBefore(new Date('2024-06-01T00:00:00.000Z'), now)).toBe(1);
    expect(s.audit.list().map((e) => e.at)).toEqual(['2025-01-01T00:00:00.000Z']);
  });
});
