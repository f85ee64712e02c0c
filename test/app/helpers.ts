// Test world for the use cases: a real SQLite file in a tmp dir with an invented employer and people.
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import type { Actor } from '../../src/core/policy/types.js';
import type { Role } from '../../src/core/roles.js';
import type { Person } from '../../src/ports/records.js';
import type { Store } from '../../src/ports/store.js';
import { openStore } from '../../src/store/index.js';
import type { AppContext } from '../../src/app/context.js';
import { actorFor } from '../../src/app/identity.js';

/** Invented people of the employer 'acme' (ids stable across tests). */
export const P = {
  anna: 'p-anna', // employee, manager Piet
  piet: 'p-piet', // manager
  fatima: 'p-fatima', // hr
  jan: 'p-jan', // casemanager (assigned per test)
  ellen: 'p-ellen', // colleague without roles, no manager on record
  bert: 'p-bert', // bedrijfsarts
  sanne: 'p-sanne', // admin
  kees: 'p-kees', // employee of another employer
} as const;

/** A world: tmp dir, db path, open store and helpers. */
export interface World {
  dir: string;
  path: string;
  store: Store;
  /** An AppContext at 09:00 Amsterdam time on `date`. */
  at(date: string): AppContext;
  actor(personId: string): Actor;
  /** Every byte of the database files (main + WAL), for "the text is not stored" checks. */
  dbBytes(): string;
  cleanup(): void;
}

function person(id: string, employerId: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, employerId, name, email: null, locale: null, managerPersonId: null, employmentEnd: null, identities: [], ...extra };
}

/** A fresh world with employer acme (and globex) and the people in P. */
export function world(): World {
  const dir = mkdtempSync(join(tmpdir(), 'verzuimbot-app-'));
  const path = join(dir, 'app.db');
  const store = openStore(path);
  store.employers.ensure('acme', 'Acme BV');
  store.employers.ensure('globex', 'Globex BV');
  const add = (p: Person, roles: Role[] = []) => {
    store.people.upsert(p);
    for (const role of roles) store.roles.add({ personId: p.id, employerId: p.employerId, role, caseId: null });
  };
  add(person(P.anna, 'acme', 'Anna de Vries', { email: 'anna@example.nl', managerPersonId: P.piet }));
  add(person(P.piet, 'acme', 'Piet Jansen', { email: 'piet@example.nl' }), ['manager']);
  add(person(P.fatima, 'acme', 'Fatima El Amrani', { email: 'fatima@example.nl' }), ['hr']);
  add(person(P.jan, 'acme', 'Jan Bakker', { email: 'jan@example.nl' }));
  add(person(P.ellen, 'acme', 'Ellen Smit'));
  add(person(P.bert, 'acme', 'Bert Visser'), ['bedrijfsarts']);
  add(person(P.sanne, 'acme', 'Sanne Mulder'), ['admin']);
  add(person(P.kees, 'globex', 'Kees de Boer'));
  return {
    dir, path, store,
    at: (date: string) => ({ store, now: amsterdamInstant(date, '09:00') }),
    actor: (id: string) => actorFor(store, store.people.get(id)!),
    dbBytes: () => ['', '-wal', '-shm'].map((s) => (existsSync(path + s) ? readFileSync(path + s).toString('latin1') : '')).join(''),
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A complete intake for `employee` starting `firstSickDay` (override any answer). */
export function intake(employee: string, firstSickDay: string, extra: Record<string, unknown> = {}) {
  return {
    employee, firstSickDay, phone: '', address: '', expectedDuration: 'weeks', workHandover: '',
    workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'no', ...extra,
  };
}
