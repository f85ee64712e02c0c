// Role assignments: employer-wide (caseId null) or for one case.
import type { RoleAssignment } from '../../core/policy/types.js';
import type { Role } from '../../core/roles.js';
import type { RoleRepo } from '../../ports/store.js';
import type { Statements } from '../db.js';

interface RoleRow {
  person_id: string;
  employer_id: string;
  role: Role;
  case_id: string | null;
}

/** The ids sorted without duplicates (already so, as a pass asks: no copy sorted). */
function sortedUnique(ids: readonly string[]): readonly string[] {
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1] < ids[i])) return [...new Set(ids)].sort();
  return ids;
}

/** The copy of `v` kept in `shared` (the first one seen). */
function sharedString<T extends string>(shared: Map<string, string>, v: T): T {
  const s = shared.get(v);
  if (s !== undefined) return s as T;
  shared.set(v, v);
  return v;
}

const toAssignment = (r: RoleRow): RoleAssignment => ({ personId: r.person_id, employerId: r.employer_id, role: r.role, caseId: r.case_id });
const ORDER = 'ORDER BY employer_id, role, person_id, ifnull(case_id, \'\')';

/** SQLite implementation of RoleRepo. */
export class SqliteRoleRepo implements RoleRepo {
  constructor(private readonly st: Statements) {}

  listForPerson(personId: string): RoleAssignment[] {
    return this.st.get<[string], RoleRow>(`SELECT * FROM role_assignments WHERE person_id = ? ${ORDER}`).all(personId).map(toAssignment);
  }

  /** By role, then in the order they were assigned (read straight from the employer index: no sort of 100,000 rows). */
  listForEmployer(employerId: string): RoleAssignment[] {
    return this.st.get<[string], RoleRow>('SELECT * FROM role_assignments WHERE employer_id = ? ORDER BY role, rowid').all(employerId).map(toAssignment);
  }

  listForCase(caseId: string): RoleAssignment[] {
    return this.st.get<[string], RoleRow>(`SELECT * FROM role_assignments WHERE case_id = ? ${ORDER}`).all(caseId).map(toAssignment);
  }

  /** The case-level assignments of several cases in one statement, by case id (a scheduler pass). */
  listForCases(caseIds: readonly string[]): Map<string, RoleAssignment[]> {
    const out = new Map<string, RoleAssignment[]>();
    if (!caseIds.length) return out;
    // Sorted ids walk the case index in order; per case the assignments keep the order they were made in.
    const rows = this.st
      .raw<[string], [string, string, Role, string]>(
        'SELECT person_id, employer_id, role, case_id FROM role_assignments WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY case_id, rowid',
      )
      .all(JSON.stringify(sortedUnique(caseIds)));
    // A pass keeps what the rows hold until its end: one copy of each employer id and role.
    const shared = new Map<string, string>();
    let list: RoleAssignment[] = [];
    for (const [personId, employerId, role, caseId] of rows) {
      const a: RoleAssignment = { personId, employerId: sharedString(shared, employerId), role: sharedString(shared, role), caseId };
      // A list starts with its first item (an empty array would grow to room for 17 at once).
      if (list.length > 0 && list[0].caseId === caseId) list.push(a);
      else out.set(caseId, (list = [a]));
    }
    return out;
  }

  /**
   * One of the person's real assignments per role and kind (employer-wide, or on some case) at one employer:
   * all an employer-scoped decision looks at, without reading a casemanager's hundred case rows.
   */
  roleKindsAt(personId: string, employerId: string): RoleAssignment[] {
    return this.st
      .raw<[string, string], [Role, string | null]>(
        'SELECT role, min(case_id) FROM role_assignments WHERE person_id = ? AND employer_id = ? GROUP BY role, case_id IS NULL ORDER BY role, 2',
      )
      .all(personId, employerId)
      .map(([role, caseId]) => ({ personId, employerId, role, caseId }));
  }

  /** Everyone who holds `role` at the employer, employer-wide or on any case, sorted. */
  peopleWithRole(employerId: string, role: Role): string[] {
    return this.st
      .raw<[string, string], [string]>('SELECT DISTINCT person_id FROM role_assignments WHERE employer_id = ? AND role = ? ORDER BY person_id')
      .all(employerId, role)
      .map((r) => r[0]);
  }

  /** Adds the assignment; adding one that exists changes nothing. */
  add(a: RoleAssignment): void {
    this.st
      .get('INSERT OR IGNORE INTO role_assignments (person_id, employer_id, role, case_id) VALUES (?, ?, ?, ?)')
      .run(a.personId, a.employerId, a.role, a.caseId);
  }

  remove(a: RoleAssignment): boolean {
    const r = this.st
      .get("DELETE FROM role_assignments WHERE person_id = ? AND employer_id = ? AND role = ? AND ifnull(case_id, '') = ifnull(?, '')")
      .run(a.personId, a.employerId, a.role, a.caseId);
    return r.changes > 0;
  }

  /** Without a case: the employer-wide holders. With a case: the employer-wide holders and those assigned to it. */
  holders(employerId: string, role: Role, caseId?: string | null): string[] {
    const rows = caseId
      ? this.st
          .get<[string, string, string], { person_id: string }>(
            'SELECT DISTINCT person_id FROM role_assignments WHERE employer_id = ? AND role = ? AND (case_id IS NULL OR case_id = ?) ORDER BY person_id',
          )
          .all(employerId, role, caseId)
      : this.st
          .get<[string, string], { person_id: string }>(
            'SELECT DISTINCT person_id FROM role_assignments WHERE employer_id = ? AND role = ? AND case_id IS NULL ORDER BY person_id',
          )
          .all(employerId, role);
    return rows.map((r) => r.person_id);
  }
}
