// People and their platform identities; resolve() accepts an id, an e-mail address or a platform user id.
import type { Person, PlatformIdentity } from '../../ports/records.js';
import type { PeopleRepo } from '../../ports/store.js';
import type { Connection, Statements } from '../db.js';
import { nameMatchRank } from './fold.js';

/**
 * Tenant id of an identity linked before its tenant was known (the roles import gives a Slack user id or an
 * AAD object id, not the workspace): findByIdentity falls back to it. Both ids are unique per platform.
 */
export const ANY_TENANT = '';

interface PersonRow {
  id: string;
  employer_id: string;
  name: string;
  email: string | null;
  locale: Person['locale'];
  manager_person_id: string | null;
  employment_end: string | null;
}

interface IdentityRow {
  platform: PlatformIdentity['platform'];
  tenant_id: string;
  user_id: string;
  person_id: string;
}

/** A getMany row: the person's columns and one account (null when they have none). */
type ManyRow = [string, string, string, string | null, Person['locale'], string | null, string | null, PlatformIdentity['platform'] | null, string | null, string | null];

const toIdentity = (r: IdentityRow): PlatformIdentity => ({ platform: r.platform, tenantId: r.tenant_id, userId: r.user_id });

/** SQLite implementation of PeopleRepo. */
export class SqlitePeopleRepo implements PeopleRepo {
  constructor(private readonly db: Connection, private readonly st: Statements) {}

  private toPerson(r: PersonRow, identities?: PlatformIdentity[]): Person {
    return {
      id: r.id,
      employerId: r.employer_id,
      name: r.name,
      email: r.email,
      locale: r.locale,
      managerPersonId: r.manager_person_id,
      employmentEnd: r.employment_end,
      identities:
        identities ??
        this.st
          .get<[string], IdentityRow>('SELECT * FROM identities WHERE person_id = ? ORDER BY platform, tenant_id, user_id')
          .all(r.id)
          .map(toIdentity),
    };
  }

  get(id: string): Person | undefined {
    const r = this.st.get<[string], PersonRow>('SELECT * FROM people WHERE id = ?').get(id);
    return r && this.toPerson(r);
  }

  /** Several people in one statement (a scheduler pass: thousands of recipients); unknown ids are left out. */
  getMany(ids: readonly string[]): Person[] {
    if (!ids.length) return [];
    // Sorted ids walk the people and account indexes in order; the rows come out per person, accounts in order.
    const rows = this.st
      .raw<[string], ManyRow>(
        `SELECT p.id, p.employer_id, p.name, p.email, p.locale, p.manager_person_id, p.employment_end, i.platform, i.tenant_id, i.user_id
         FROM people p LEFT JOIN identities i ON i.person_id = p.id
         WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.id, i.platform, i.tenant_id, i.user_id`,
      )
      .all(JSON.stringify([...new Set(ids)].sort()));
    const out: Person[] = [];
    // Thousands of people share an employer and a workspace: one copy of each such string, not one per person.
    const shared = new Map<string, string>();
    const one = <T extends string>(v: T): T => {
      const s = shared.get(v);
      if (s !== undefined) return s as T;
      shared.set(v, v);
      return v;
    };
    let last: Person | undefined;
    for (const r of rows) {
      const identity: PlatformIdentity | null = r[7] === null ? null : { platform: one(r[7]), tenantId: one(r[8] as string), userId: r[9] as string };
      if (last?.id === r[0]) {
        if (identity) last.identities.push(identity);
        continue;
      }
      // The accounts list starts with its first account (an empty array would grow to room for 17 at once).
      last = { id: r[0], employerId: one(r[1]), name: r[2], email: r[3], locale: r[4], managerPersonId: r[5], employmentEnd: r[6], identities: identity ? [identity] : [] };
      out.push(last);
    }
    return out;
  }

  /** Display names by id, in one statement (digest and reminder texts); unknown ids are left out. */
  namesOf(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    if (!ids.length) return out;
    const rows = this.st
      .raw<[string], [string, string]>('SELECT id, name FROM people WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...new Set(ids)]));
    for (const [id, name] of rows) out.set(id, name);
    return out;
  }

  resolve(ref: string, employerId?: string): Person | undefined {
    const inScope = (p: Person | undefined): p is Person => !!p && (employerId === undefined || p.employerId === employerId);
    const byId = this.get(ref);
    if (inScope(byId)) return byId;
    const one = (ids: string[]): Person | undefined => {
      const found = [...new Set(ids)].map((id) => this.get(id)).filter(inScope);
      return found.length === 1 ? found[0] : undefined; // ambiguous is not resolved
    };
    if (ref.includes('@')) {
      const byEmail = one(this.st.get<[string], { id: string }>('SELECT id FROM people WHERE lower(email) = lower(?)').all(ref).map((r) => r.id));
      if (byEmail) return byEmail;
    }
    return one(this.st.get<[string], { person_id: string }>('SELECT person_id FROM identities WHERE user_id = ?').all(ref).map((r) => r.person_id));
  }

  findByIdentity(identity: PlatformIdentity): Person | undefined {
    const sql = 'SELECT person_id FROM identities WHERE platform = ? AND tenant_id = ? AND user_id = ?';
    const q = this.st.get<[string, string, string], { person_id: string }>(sql);
    const hit = q.get(identity.platform, identity.tenantId, identity.userId) ?? q.get(identity.platform, ANY_TENANT, identity.userId);
    return hit && this.get(hit.person_id);
  }

  searchByName(employerId: string, query: string): Person[] {
    const rows = this.st.get<[string], { id: string; name: string }>('SELECT id, name FROM people WHERE employer_id = ?').all(employerId);
    return rows
      .map((r) => ({ id: r.id, name: r.name, rank: nameMatchRank(r.name, query) }))
      .filter((r) => r.rank !== undefined)
      .sort((a, b) => (a.rank as number) - (b.rank as number) || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id))
      .map((r) => this.get(r.id) as Person);
  }

  listByEmployer(employerId: string): Person[] {
    const identities = new Map<string, PlatformIdentity[]>();
    const idRows = this.st
      .get<[string], IdentityRow>(
        `SELECT i.* FROM identities i JOIN people p ON p.id = i.person_id
         WHERE p.employer_id = ? ORDER BY i.platform, i.tenant_id, i.user_id`,
      )
      .all(employerId);
    for (const r of idRows) {
      const list = identities.get(r.person_id) ?? [];
      list.push(toIdentity(r));
      identities.set(r.person_id, list);
    }
    return this.st
      .get<[string], PersonRow>('SELECT * FROM people WHERE employer_id = ? ORDER BY name, id')
      .all(employerId)
      .map((r) => this.toPerson(r, identities.get(r.id) ?? []));
  }

  upsert(person: Person): Person {
    return this.db.transaction(() => {
      this.st
        .get(
          `INSERT INTO people (id, employer_id, name, email, locale, manager_person_id, employment_end)
           VALUES (@id, @employerId, @name, @email, @locale, @managerPersonId, @employmentEnd)
           ON CONFLICT (id) DO UPDATE SET employer_id = excluded.employer_id, name = excluded.name, email = excluded.email,
             locale = excluded.locale, manager_person_id = excluded.manager_person_id, employment_end = excluded.employment_end`,
        )
        .run({
          id: person.id,
          employerId: person.employerId,
          name: person.name,
          email: person.email,
          locale: person.locale,
          managerPersonId: person.managerPersonId,
          employmentEnd: person.employmentEnd,
        });
      for (const identity of person.identities) this.linkIdentity(person.id, identity);
      // The case schedule keeps the employee's display name for digest lines (see repos/caseSchedule.ts).
      this.st.get('UPDATE case_schedule SET employee_name = ? WHERE employee_id = ? AND employee_name <> ?').run(person.name, person.id, person.name);
      return this.get(person.id) as Person;
    })();
  }

  /** Links the account to the person; an account linked to someone else moves (last link wins). */
  linkIdentity(personId: string, identity: PlatformIdentity): void {
    this.st
      .get(
        `INSERT INTO identities (platform, tenant_id, user_id, person_id) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, tenant_id, user_id) DO UPDATE SET person_id = excluded.person_id`,
      )
      .run(identity.platform, identity.tenantId, identity.userId, personId);
  }

  setLocale(personId: string, locale: Person['locale']): void {
    this.st.get('UPDATE people SET locale = ? WHERE id = ?').run(locale, personId);
  }

  /** Deletes the person with their identities, roles, cases (as employee) and queued messages. */
  delete(personId: string): void {
    this.db.transaction(() => {
      this.st.get('UPDATE people SET manager_person_id = NULL WHERE manager_person_id = ?').run(personId);
      this.st.get('DELETE FROM outbox WHERE person_id = ?').run(personId);
      this.st.get('DELETE FROM people WHERE id = ?').run(personId);
    })();
  }
}
