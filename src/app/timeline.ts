// Bridges stored cases to the timeline engine: the engine's input, and the stored next-due date.
import type { IsoDate } from '../core/calendar/isoDate.js';
import { timelineCaseOf } from '../core/cases/fromStored.js';
import type { TimelineCase } from '../core/cases/types.js';
import { computeTimeline } from '../core/timeline/engine.js';
import { ACTIONABLE_STATUSES, nextDueOf } from '../core/timeline/reminderDue.js';
import type { Timeline } from '../core/timeline/types.js';
import type { Employer, StoredCase } from '../ports/records.js';
import type { Store } from '../ports/store.js';

/** A stored case with or without its version (new cases have none yet). */
export type CaseData = Omit<StoredCase, 'version'>;

/** The engine's view of a stored case under its employer's settings (core/cases/fromStored does the mapping). */
export function toTimelineCase(c: CaseData, employer: Employer | undefined): TimelineCase {
  return timelineCaseOf(c, employer?.settings);
}

/** The timeline of a stored case as of a date. */
export function timelineOf(store: Store, c: CaseData, asOf: IsoDate): Timeline {
  return computeTimeline(toTimelineCase(c, store.employers.get(c.employerId)), asOf);
}

/** Statuses that still need someone to act (the engine's list, re-exported for the use cases). */
export const ACTIONABLE = ACTIONABLE_STATUSES;

/** A case's next-due date from its timeline (the engine's one implementation, see core/timeline/reminderDue). */
export { nextDueOf };

/** Returns the case with `nextDue` recomputed as of `today` (not written). */
export function withNextDue<T extends CaseData>(store: Store, c: T, today: IsoDate): T {
  return { ...c, nextDue: nextDueOf(timelineOf(store, c, today)) };
}
