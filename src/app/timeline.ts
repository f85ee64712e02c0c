// Bridges stored cases to the timeline engine: the engine's input, and the stored next-due date.
import type { IsoDate } from '../core/calendar/isoDate.js';
import type { TimelineCase } from '../core/cases/types.js';
import { computeTimeline } from '../core/timeline/engine.js';
import { ACTIONABLE_STATUSES, nextDueOf } from '../core/timeline/reminderDue.js';
import type { Timeline } from '../core/timeline/types.js';
import type { Employer, StoredCase } from '../ports/records.js';
import type { Store } from '../ports/store.js';

/** Employer settings the engine needs when the employer row is missing (never expected). */
const NO_CONDITIONS = { insured: false, ownRiskZiektewet: false };

/** A stored case with or without its version (new cases have none yet). */
export type CaseData = Omit<StoredCase, 'version'>;

/** The engine's view of a stored case under its employer's settings. */
export function toTimelineCase(c: CaseData, employer: Employer | undefined): TimelineCase {
  return {
    periods: c.periods,
    records: c.records.map((r) => {
      if (r.kind === 'done') return { stepId: r.stepId, kind: r.kind, date: r.date };
      if (r.kind === 'not-applicable') return { stepId: r.stepId, kind: r.kind, reason: r.reason };
      return { stepId: r.stepId, kind: r.kind, newDate: r.newDate, reason: r.reason };
    }),
    loonsanctieWeeks: c.loonsanctieWeeks,
    verlengingWeeks: c.verlengingWeeks,
    safetyNet: c.intake.safetyNet,
    employer: employer
      ? { insured: employer.settings.insured, ownRiskZiektewet: employer.settings.ownRiskZiektewet }
      : NO_CONDITIONS,
    noLastingCapacity: c.noLastingCapacity,
  };
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
