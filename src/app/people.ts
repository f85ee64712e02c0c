// Name resolution and case lists limited to what the asker may see; ambiguity is returned, never guessed.
import { amsterdamDate } from '../core/calendar/amsterdam.js';
import type { Actor } from '../core/policy/types.js';
import { authorize } from '../core/policy/authorize.js';
import type { Person } from '../ports/records.js';
import type { AppContext } from './context.js';
import { auditDecision, caseAccessOf, isAllowed } from './access.js';
import { stripMention } from './lookup.js';
import { timelineOf } from './timeline.js';
import type { CaseSummary } from './views.js';
import { summarize } from './views.js';

/** A person as name resolution shows them. */
export interface PersonMatch {
  personId: string;
  name: string;
}

/** What the name is needed for: 'status' keeps only people with a case the asker may read. */
export type FindPurpose = 'any' | 'status';

/** Lower-case, accents off, spaces collapsed. */
function norm(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when the actor may read the process data of at least one of the person's cases. */
function hasReadableCase(ctx: AppContext, actor: Actor, personId: string): boolean {
  return ctx.store.cases.listByEmployee(personId).some((c) => isAllowed(actor, 'case.read.process', caseAccessOf(c)));
}

/**
 * People at the asker's employer matching `query` (a mention, id, e-mail or name). Several matches come back
 * as a list for the user to choose from; one exact full-name match wins over mere prefix matches.
 */
export function findPeople(ctx: AppContext, actor: Actor, query: string, purpose: FindPurpose = 'any'): PersonMatch[] {
  const q = stripMention(query);
  if (!q) return [];
  const exact = ctx.store.people.get(q) ?? ctx.store.people.resolve(q, actor.employerId);
  let found: Person[] = exact && exact.employerId === actor.employerId
    ? [exact]
    : ctx.store.people.searchByName(actor.employerId, q).filter((p) => p.employerId === actor.employerId);
  if (purpose === 'status') found = found.filter((p) => hasReadableCase(ctx, actor, p.id));
  const full = found.filter((p) => norm(p.name) === norm(q));
  if (full.length === 1) found = full;
  return found.map((p) => ({ personId: p.id, name: p.name }));
}

/** Cases at the asker's employer whose process the asker may read (each shown one audited), newest first. */
export function casesVisibleTo(ctx: AppContext, actor: Actor, opts: { includeClosed?: boolean } = {}): CaseSummary[] {
  const today = amsterdamDate(ctx.now);
  const out: CaseSummary[] = [];
  for (const c of ctx.store.cases.listByEmployer(actor.employerId)) {
    if (!opts.includeClosed && c.closedOn !== null && !c.periods.some((p) => p.end === null)) continue;
    const d = authorize(actor, 'case.read.process', caseAccessOf(c));
    if (!d.allowed) continue;
    auditDecision(ctx, actor, 'case.read.process', c.id, d);
    out.push(summarize(ctx.store, c, timelineOf(ctx.store, c, today)));
  }
  return out.sort((a, b) => (a.firstSickDay < b.firstSickDay ? 1 : a.firstSickDay > b.firstSickDay ? -1 : 0));
}
