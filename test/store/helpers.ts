// Shared test helpers: a temporary database file per test and invented people and cases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Person, StoredCase } from '../../src/ports/records.js';
import { openStore, type SqliteStore } from '../../src/store/index.js';

/** A fresh temporary directory and a database path inside it; call cleanup() after. */
export function tmpDb(): { dir: string; path: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'verzuimbot-store-'));
  return { dir, path: join(dir, 'test.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An invented person at an employer. */
export function person(id: string, employerId: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, employerId, name, email: null, locale: null, managerPersonId: null, employmentEnd: null, identities: [], ...extra };
}

/** A minimal open case for `employeeId`. */
export function newCase(id: string, employerId: string, employeeId: string, extra: Partial<StoredCase> = {}): Omit<StoredCase, 'version'> {
  return {
    id,
    employerId,
    employeeId,
    managerOfRecordId: null,
    reporterIds: [employeeId],
    periods: [{ start: '2026-01-05', end: null }],
    partialRecoverySince: null,
    intake: {
      phone: null,
      address: null,
      expectedDuration: 'unknown',
      workHandover: null,
      workAccident: 'no',
      trafficAccidentThirdParty: 'no',
      safetyNet: 'undisclosed',
    },
    records: [],
    loonsanctieWeeks: 0,
    verlengingWeeks: 0,
    noLastingCapacity: false,
    functionalAdvice: null,
    closedOn: null,
    nextDue: null,
    createdAt: '2026-01-05T08:00:00.000Z',
    ...extra,
  };
}

/** A store with employer `acme` and people anna (employee), piet (manager), fatima (hr). */
export function seeded(path: string): SqliteStore {
  const s = openStore(path);
  s.employers.ensure('acme', 'Acme BV');
  s.people.upsert(person('p-anna', 'acme', 'Anna de Vries', { email: 'Anna@Example.nl', managerPersonId: 'p-piet' }));
  s.people.upsert(person('p-piet', 'acme', 'Piet Jansen', { identities: [{ platform: 'slack', tenantId: 'T1', userId: 'U-PIET' }] }));
  s.people.upsert(person('p-fatima', 'acme', 'Fatima El Amrani', { email: 'fatima@example.nl' }));
  return s;
}
