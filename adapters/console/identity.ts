// Who is typing in the console: `--as ROLE:NAME` / `/as ROLE:NAME` picks a person of the employer by name
// (creating them, with the role, when missing) and links the console account to them.
import { randomUUID } from 'node:crypto';
import type { Localized } from '../../src/core/i18n/locale.js';
import { checkAssignment } from '../../src/core/policy/separation.js';
import { ROLES, type Role } from '../../src/core/roles.js';
import type { Person } from '../../src/ports/records.js';
import type { Store } from '../../src/ports/store.js';

/** The identity asked for: a role and a display name. */
export interface ConsoleIdentity {
  role: Role;
  name: string;
}

/** The person the console now speaks as. */
export interface ConsolePerson {
  person: Person;
  created: boolean;
  /** Why the role could not be given (separation rules), when it could not. */
  refused?: Localized;
}

/** Reads "ROLE:NAME" (e.g. "hr:Piet Jansen"); undefined when malformed. */
export function parseIdentity(text: string): ConsoleIdentity | undefined {
  const m = /^\s*([a-z-]+)\s*:\s*(\S.*?)\s*$/i.exec(text);
  if (!m) return undefined;
  const role = m[1].toLowerCase();
  if (!(ROLES as readonly string[]).includes(role) || m[2].length > 100) return undefined;
  return { role: role as Role, name: m[2] };
}

/** The console tenant of an employer id ('console:demo' → 'demo'). */
export function consoleTenant(employerId: string): string {
  return employerId.startsWith('console:') ? employerId.slice('console:'.length) : employerId;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Finds (or creates) the person, gives them the role when they lack it, and links the console account. */
export function ensureConsolePerson(store: Store, employerId: string, as: ConsoleIdentity): ConsolePerson {
  return store.transaction(() => {
    const matches = store.people.searchByName(employerId, as.name);
    const exact = matches.filter((p) => fold(p.name) === fold(as.name));
    const pool = exact.length ? exact : matches;
    const holds = (p: Person) => store.roles.listForPerson(p.id).some((a) => a.role === as.role);
    let person = pool.find(holds) ?? pool[0];
    let created = false;
    if (!person) {
      person = store.people.upsert({
        id: 'p_' + randomUUID(), employerId, name: as.name.trim(), email: null, locale: null,
        managerPersonId: null, employmentEnd: null, identities: [],
      });
      created = true;
    }
    let refused: Localized | undefined;
    if (as.role !== 'employee' && !holds(person)) {
      const proposed = { personId: person.id, employerId, role: as.role, caseId: null };
      const check = checkAssignment(store.roles.listForPerson(person.id), proposed);
      if (check.ok) store.roles.add(proposed);
      else refused = check.message;
    }
    store.people.linkIdentity(person.id, { platform: 'console', tenantId: consoleTenant(employerId), userId: person.name });
    const out: ConsolePerson = { person: store.people.get(person.id) ?? person, created };
    if (refused) out.refused = refused;
    return out;
  });
}
