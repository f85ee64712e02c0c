// importRoles: people and roles from the CSV of architecture.md "Identity"; one bad row imports nothing.
import { z } from 'zod';
import { isIsoDate } from '../core/calendar/isoDate.js';
import type { Localized } from '../core/i18n/locale.js';
import { checkAssignment } from '../core/policy/separation.js';
import type { RoleAssignment } from '../core/policy/types.js';
import { ROLES } from '../core/roles.js';
import type { Person, PlatformIdentity } from '../ports/records.js';
import { ANY_TENANT } from '../store/index.js';
import type { AppContext } from './context.js';
import { auditOperator } from './access.js';
import { CsvSyntaxError, parseCsv } from './csv.js';
import { ValidationError } from './errors.js';
import { MSG } from './messages.js';
import { WARNINGS_NS, isManagerOf } from './roles.js';

/** The required columns, in the documented order. */
export const ROLES_CSV_COLUMNS = [
  'employer', 'personId', 'name', 'email', 'slackUserId', 'teamsAadObjectId', 'role', 'managerPersonId', 'employmentEnd',
] as const;

const optional = <T extends z.ZodTypeAny>(s: T) => z.union([z.literal(''), s]);
/** One CSV row (cells trimmed; '' means empty). */
const rowSchema = z.object({
  employer: z.string().min(1).max(200),
  personId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}$/), // the audit log's id pattern, so every audit entry can name the person
  name: z.string().min(1).max(200),
  email: optional(z.string().email().max(320)),
  slackUserId: optional(z.string().regex(/^[UW][A-Z0-9]{2,}$/)),
  teamsAadObjectId: optional(z.string().uuid()),
  role: optional(z.enum(ROLES)),
  managerPersonId: optional(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}$/)),
  employmentEnd: optional(z.string().refine(isIsoDate)),
});
type Row = z.infer<typeof rowSchema> & { line: number };

/** What each column must look like, for the error line. */
const COLUMN_HINT: Record<(typeof ROLES_CSV_COLUMNS)[number], Localized> = {
  employer: { nl: 'werkgever ontbreekt', en: 'employer is missing' },
  personId: { nl: 'personId ontbreekt of bevat andere tekens dan letters, cijfers en ._:@+-', en: 'personId is missing or has characters other than letters, digits and ._:@+-' },
  name: { nl: 'naam ontbreekt', en: 'name is missing' },
  email: { nl: 'geen geldig e-mailadres', en: 'not a valid e-mail address' },
  slackUserId: { nl: 'geen Slack-gebruikers-id (U…)', en: 'not a Slack user id (U…)' },
  teamsAadObjectId: { nl: 'geen AAD object-id (GUID)', en: 'not an AAD object id (GUID)' },
  role: { nl: `onbekende rol (${ROLES.join(', ')})`, en: `unknown role (${ROLES.join(', ')})` },
  managerPersonId: { nl: 'managerPersonId te lang', en: 'managerPersonId too long' },
  employmentEnd: { nl: 'geen datum (JJJJ-MM-DD)', en: 'not a date (YYYY-MM-DD)' },
};

/** A warning raised while importing (e.g. a manager who becomes casemanager). */
export interface ImportWarning {
  line: number;
  code: string;
  message: Localized;
}

/** Counts of what the import changed. */
export interface RolesImported {
  rows: number;
  employersCreated: number;
  peopleCreated: number;
  peopleUpdated: number;
  rolesAdded: number;
  rolesUnchanged: number;
  warnings: ImportWarning[];
}

/** Error naming a line and a column. */
function rowError(line: number, field: string, msg: Localized): ValidationError {
  return new ValidationError(field, msg, line);
}

/** Parses and validates every row before anything is written. */
function readRows(csvText: string): Row[] {
  let records;
  try {
    records = parseCsv(csvText);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw rowError(err.line, 'csv', MSG.csvQuote);
    throw err;
  }
  const header = records[0];
  if (!header || header.cells.length !== ROLES_CSV_COLUMNS.length || !ROLES_CSV_COLUMNS.every((c) => header.cells.includes(c))) {
    throw rowError(header?.line ?? 1, 'header', MSG.csvHeader);
  }
  return records.slice(1).map(({ line, cells }) => {
    if (cells.length !== ROLES_CSV_COLUMNS.length) {
      throw rowError(line, 'row', { nl: `verwacht ${ROLES_CSV_COLUMNS.length} kolommen, gevonden ${cells.length}`, en: `expected ${ROLES_CSV_COLUMNS.length} columns, found ${cells.length}` });
    }
    const raw = Object.fromEntries(header.cells.map((col, i) => [col, cells[i]]));
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      const col = String(parsed.error.issues[0]?.path[0] ?? 'row') as (typeof ROLES_CSV_COLUMNS)[number];
      throw rowError(line, col, COLUMN_HINT[col] ?? MSG.intakeInvalid);
    }
    return { ...parsed.data, line };
  });
}

/** The stored person a row names: by id, then e-mail, then platform account, at the row's employer. */
function findExisting(ctx: AppContext, row: Row, employerId: string): Person | undefined {
  const s = ctx.store.people;
  return s.get(row.personId)
    ?? (row.email ? s.listByEmployer(employerId).find((p) => p.email?.toLowerCase() === row.email.toLowerCase()) : undefined)
    ?? (row.slackUserId ? s.findByIdentity({ platform: 'slack', tenantId: ANY_TENANT, userId: row.slackUserId }) : undefined)
    ?? (row.teamsAadObjectId ? s.findByIdentity({ platform: 'teams', tenantId: ANY_TENANT, userId: row.teamsAadObjectId }) : undefined);
}

/** Identities a row adds (linked without tenant: the store matches them from any workspace or tenant). */
function identitiesOf(row: Row, current: PlatformIdentity[]): PlatformIdentity[] {
  const out = [...current];
  const add = (platform: PlatformIdentity['platform'], userId: string) => {
    if (userId && !out.some((i) => i.platform === platform && i.userId === userId)) out.push({ platform, tenantId: ANY_TENANT, userId });
  };
  add('slack', row.slackUserId);
  add('teams', row.teamsAadObjectId);
  return out;
}

/**
 * Imports people and employer-wide roles (additive: roles not in the file stay). The file is the source of
 * truth for name, e-mail, manager and employment end of the people it lists. All or nothing.
 */
export function importRoles(ctx: AppContext, csvText: string): RolesImported {
  const rows = readRows(csvText);
  const counts: RolesImported = { rows: rows.length, employersCreated: 0, peopleCreated: 0, peopleUpdated: 0, rolesAdded: 0, rolesUnchanged: 0, warnings: [] };
  return ctx.store.transaction(() => {
    const idMap = new Map<string, string>();
    const managerOf = new Map<string, { ref: string; line: number }>();
    for (const row of rows) {
      if (!ctx.store.employers.get(row.employer)) counts.employersCreated++;
      const employer = ctx.store.employers.ensure(row.employer);
      const known = idMap.has(row.personId) ? ctx.store.people.get(idMap.get(row.personId)!) : findExisting(ctx, row, employer.id);
      if (known && known.employerId !== employer.id) {
        throw rowError(row.line, 'personId', { nl: 'deze persoon hoort bij een andere werkgever', en: 'this person belongs to another employer' });
      }
      if (!idMap.has(row.personId)) (known ? counts.peopleUpdated++ : counts.peopleCreated++);
      const person = ctx.store.people.upsert({
        id: known?.id ?? row.personId, employerId: employer.id, name: row.name,
        email: row.email || known?.email || null, locale: known?.locale ?? null,
        managerPersonId: known?.managerPersonId ?? null,
        employmentEnd: row.employmentEnd || (idMap.has(row.personId) ? known?.employmentEnd ?? null : null),
        identities: identitiesOf(row, known?.identities ?? []),
      });
      idMap.set(row.personId, person.id);
      const prevManager = managerOf.get(row.personId);
      if (row.managerPersonId || !prevManager) managerOf.set(row.personId, { ref: row.managerPersonId, line: row.line });
    }
    for (const [csvId, { ref, line }] of managerOf) {
      const p = ctx.store.people.get(idMap.get(csvId)!)!;
      let managerId: string | null = null;
      if (ref) {
        managerId = idMap.get(ref) ?? ctx.store.people.get(ref)?.id ?? ctx.store.people.resolve(ref, p.employerId)?.id ?? null;
        if (!managerId || managerId === p.id) throw rowError(line, 'managerPersonId', MSG.csvUnknownManager);
      }
      if (p.managerPersonId !== managerId) ctx.store.people.upsert({ ...p, managerPersonId: managerId });
    }
    for (const row of rows) {
      if (!row.role) continue;
      const personId = idMap.get(row.personId)!;
      const proposed: RoleAssignment = { personId, employerId: ctx.store.people.get(personId)!.employerId, role: row.role, caseId: null };
      const current = ctx.store.roles.listForPerson(personId);
      if (current.some((a) => a.role === proposed.role && a.caseId === null && a.employerId === proposed.employerId)) {
        counts.rolesUnchanged++;
        continue;
      }
      const warnKey = `manager-casemanager:${personId}:*`;
      const warnedBefore = ctx.store.kv.get<boolean>(WARNINGS_NS, warnKey) === true;
      const check = checkAssignment(current, proposed, {
        isManagerOfEmployeeOnCase: isManagerOf(ctx.store, personId, proposed.employerId, null), warnedBefore,
      });
      if (!check.ok) throw rowError(row.line, 'role', check.message);
      if (check.warning && !warnedBefore) {
        counts.warnings.push({ line: row.line, code: check.warningCode ?? 'warning', message: check.warning });
        ctx.store.kv.set(WARNINGS_NS, warnKey, true);
      }
      ctx.store.roles.add(proposed);
      auditOperator(ctx, 'role.assign');
      counts.rolesAdded++;
    }
    return counts;
  });
}
