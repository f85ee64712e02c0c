// Finding the people and cases a use case works on (ids, e-mail addresses, platform ids, 'self').
import type { Actor } from '../core/policy/types.js';
import type { Person, StoredCase } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import { ConcurrencyError, NotFoundError } from './errors.js';
import { MSG } from './messages.js';

/** Words that mean "the asker themselves". */
const SELF_REFS = new Set(['self', 'myself', 'me', 'mij', 'mezelf', 'ikzelf']);

/** Strips a chat mention `<@U123>` / `<@U123|name>` to the platform user id. */
export function stripMention(ref: string): string {
  const m = /^<@([^>|]+)(\|[^>]*)?>$/.exec(ref.trim());
  return m ? m[1] : ref.trim();
}

/** The person a reference names at the actor's employer, or NotFoundError. */
export function resolvePerson(store: Store, actor: Actor, ref: string): Person {
  const clean = stripMention(ref);
  const id = SELF_REFS.has(clean.toLowerCase()) ? actor.personId : clean;
  const p = store.people.get(id) ?? store.people.resolve(id, actor.employerId);
  if (!p || p.employerId !== actor.employerId) throw new NotFoundError('person', MSG.personNotFound);
  return p;
}

/** The last day a case touches: its open or latest period start, used to order cases. */
function latestStart(c: StoredCase): string {
  return c.periods.reduce((m, p) => (p.start > m ? p.start : m), '');
}

/** The employee's most recent case (the one with the latest period), if any. */
export function latestCaseOf(store: Store, employeeId: string): StoredCase | undefined {
  let best: StoredCase | undefined;
  for (const c of store.cases.listByEmployee(employeeId)) {
    if (!best || latestStart(c) > latestStart(best)) best = c;
  }
  return best;
}

/** True when the case has a period without an end (the employee is sick now). */
export function hasOpenPeriod(c: StoredCase): boolean {
  return c.periods.some((p) => p.end === null);
}

/** A case by id, or NotFoundError. */
export function loadCase(store: Store, caseId: string): StoredCase {
  const c = store.cases.get(caseId);
  if (!c) throw new NotFoundError('case', MSG.caseNotFound);
  return c;
}

/** A case named by id or by its employee (their latest case). */
export type CaseRef = { caseId: string } | { employeeRef: string };

/** Resolves a CaseRef for an actor, or NotFoundError. */
export function resolveCase(store: Store, actor: Actor, ref: CaseRef): StoredCase {
  if ('caseId' in ref) return loadCase(store, ref.caseId);
  const person = resolvePerson(store, actor, ref.employeeRef);
  const c = latestCaseOf(store, person.id);
  if (!c) throw new NotFoundError('case', MSG.caseNotFound);
  return c;
}

/** Throws ConcurrencyError when the user acted on an older version of the case than the stored one. */
export function checkVersion(c: StoredCase, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== c.version) throw new ConcurrencyError(c.id);
}
