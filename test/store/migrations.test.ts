import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection } from '../../src/store/db.js';
import { migrate, schemaVersion } from '../../src/store/migrate.js';
import { MIGRATIONS, openStore, SchemaNotMigratedError, SchemaVersionError } from '../../src/store/index.js';
import { newCase, tmpDb } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
beforeEach(() => { t = tmpDb(); });
afterEach(() => t.cleanup());

const tables = (db: ReturnType<typeof openConnection>): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);

describe('migrations', () => {
  it('migrates an empty file to the latest version with the promised pragmas', () => {
    const s = openStore(t.path);
    expect(schemaVersion(s.db)).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(2);
    expect(tables(s.db)).toEqual(expect.arrayContaining([
      'employers', 'people', 'identities', 'role_assignments', 'cases', 'audit', 'conversations', 'inbox', 'outbox', 'kv', 'schema_migrations',
    ]));
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(s.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(s.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(s.ready()).toBe(true);
    s.close();
  });

  it('migrates a version-1 database to the latest version and keeps its data', () => {
    const db = openConnection(t.path);
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    expect(tables(db)).not.toContain('kv');
    // Version-1 data written with version-1 SQL.
    db.prepare("INSERT INTO employers VALUES ('acme', 'Acme BV', 1, 0, '08:00', '18:00', 'nl', '2026-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO people (id, employer_id, name, email) VALUES ('p-anna', 'acme', 'Anna de Vries', 'anna@example.nl')").run();
    const c = newCase('c1', 'acme', 'p-anna', { nextDue: '2026-02-01' });
    const { id, employerId, employeeId, managerOfRecordId, closedOn, nextDue, createdAt, ...data } = c;
    db.prepare('INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, 3, ?)').run(id, employerId, employeeId, managerOfRecordId, closedOn, nextDue, createdAt, JSON.stringify(data));
    db.prepare("INSERT INTO inbox VALUES ('slack', 'Ev1', '2026-01-01T00:00:00.000Z')").run();
    db.close();

    const s = openStore(t.path);
    expect(schemaVersion(s.db)).toBe(MIGRATIONS.length);
    const applied = s.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(applied.slice(0, 3)).toEqual([{ version: 1, name: 'initial' }, { version: 2, name: 'kv-and-inbox-expiry' }, { version: 3, name: 'case-schedule' }]);
    expect(s.employers.get('acme')?.settings.insured).toBe(true);
    expect(s.people.resolve('anna@example.nl')?.id).toBe('p-anna');
    expect(s.cases.get('c1')).toEqual({ ...c, version: 3 });
    expect(s.inbox.firstSeen('slack', 'Ev1', new Date('2026-01-01T00:05:00Z'))).toBe(false);
    s.kv.set('ns', 'k', { a: 1 });
    expect(s.kv.get('ns', 'k')).toEqual({ a: 1 });
    s.close();
  });

  it('migrates a version-2 database to 3: next due dates and reminder marks move into the derived case schedule', () => {
    const db = openConnection(t.path);
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toEqual([1, 2]);
    db.prepare("INSERT INTO employers VALUES ('acme', 'Acme BV', 1, 0, '08:00', '18:00', 'nl', '2026-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO people (id, employer_id, name) VALUES ('p-anna', 'acme', 'Anna de Vries')").run();
    const insert = db.prepare('INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, 2, ?)');
    for (const [id, nextDue] of [['c1', '2026-02-06'], ['c2', null]] as const) {
      const { employerId, employeeId, managerOfRecordId, closedOn, createdAt, nextDue: _n, ...data } = newCase(id, 'acme', 'p-anna', { nextDue });
      insert.run(id, employerId, employeeId, managerOfRecordId, closedOn, nextDue, createdAt, JSON.stringify(data));
    }
    db.prepare("INSERT INTO kv VALUES ('reminders.sent', 'c1', ?)").run(JSON.stringify({ probleemanalyse: 'reminder:c1:probleemanalyse:before:2026-02-06' }));
    db.close();

    const s = openStore(t.path);
    expect(s.cases.get('c1')?.nextDue).toBe('2026-02-06');
    expect(s.cases.get('c2')?.nextDue).toBeNull();
    const sched = s.cases.schedule('c1')!;
    expect(sched).toMatchObject({ version: 2, nextDue: '2026-02-06', marks: { probleemanalyse: 'reminder:c1:probleemanalyse:before:2026-02-06' } });
    // Derived at open with this release's rules: the insured employer's insurer notice is among the steps.
    expect(sched.steps.map((x) => x.stepId)).toEqual(expect.arrayContaining(['melding-verzekeraar', 'probleemanalyse']));
    expect(s.kv.list('reminders.sent')).toEqual([]);
    const columns = (s.db.prepare('PRAGMA table_info(cases)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('next_due');
    s.close();
  });

  it('derives the schedules again when the step rules differ from those they were derived with', () => {
    const s = openStore(t.path);
    s.employers.ensure('acme');
    s.people.upsert({ id: 'p-anna', employerId: 'acme', name: 'Anna de Vries', email: null, locale: null, managerPersonId: null, employmentEnd: null, identities: [] });
    s.cases.create(newCase('c1', 'acme', 'p-anna'));
    const derived = s.cases.schedule('c1')!.steps;
    s.db.prepare("UPDATE case_schedule SET steps = '[]'").run();
    s.close();
    // Same rules: nothing is derived again.
    const same = openStore(t.path);
    expect(same.cases.schedule('c1')!.steps).toEqual([]);
    same.db.prepare("UPDATE kv SET value = '\"0:older\"' WHERE namespace = 'store' AND key = 'schedule-derivation'").run();
    same.close();
    const other = openStore(t.path);
    expect(other.cases.schedule('c1')!.steps).toEqual(derived);
    other.close();
  });

  it('applies nothing when reopened', () => {
    openStore(t.path).close();
    const db = openConnection(t.path);
    expect(migrate(db, MIGRATIONS)).toEqual([]);
    db.close();
  });

  it('refuses a database written by a newer release', () => {
    openStore(t.path).close();
    const db = openConnection(t.path);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01T00:00:00.000Z')").run();
    db.close();
    expect(() => openStore(t.path)).toThrow(SchemaVersionError);
    expect(() => openStore(t.path, { readonly: true })).toThrow(SchemaVersionError);
  });

  it('rolls a failing migration back completely', () => {
    const db = openConnection(t.path);
    migrate(db, MIGRATIONS);
    const broken = { version: MIGRATIONS.length + 1, name: 'broken', up: (d: typeof db) => { d.exec('CREATE TABLE half_done (x)'); throw new Error('boom'); } };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });

  it('checks that migrations are numbered in order', () => {
    const db = openConnection(t.path);
    expect(() => migrate(db, [MIGRATIONS[1], MIGRATIONS[0]])).toThrow(/expected 1/);
    db.close();
  });

  it('opens read-only only when migrated, and refuses writes then', () => {
    const db = openConnection(t.path);
    migrate(db, MIGRATIONS.slice(0, 1));
    db.close();
    expect(() => openStore(t.path, { readonly: true })).toThrow(SchemaNotMigratedError);
    openStore(t.path).close();
    const ro = openStore(t.path, { readonly: true });
    expect(ro.ready()).toBe(true);
    expect(ro.employers.list()).toEqual([]);
    expect(() => ro.employers.ensure('acme')).toThrow(/readonly/i);
    ro.close();
  });
});
