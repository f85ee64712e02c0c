// Bridges stored cases to the timeline engine: the engine's input, and the stored next-due date.
import type { IsoDate } from '../core/calendar/isoDate.js';
import { addDays, minDate } from '../core/calendar/isoDate.js';
import { lastWorkingDayOnOrBefore } from '../core/calendar/holidays.js';
import type { TimelineCase } from '../core/cases/types.js';
import { computeTimeline } from '../core/timeline/engine.js';
import type { Timeline, TimelineStep } from '../core/timeline/types.js';
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

/** Statuses that still need someone to act. */
export const ACTIONABLE: ReadonlySet<TimelineStep['status']> = new Set(['open', 'due-soon', 'overdue', 'deviated']);

/** True when a step still needs action and has someone responsible to remind. */
function remindable(s: TimelineStep): boolean {
  return ACTIONABLE.has(s.status) && s.responsible.length > 0;
}

/**
 * The earliest day the scheduler must look at this case: for an overdue step its due date, otherwise
 * the reminder seven days before the due date, moved back to the last working day (a reminder whose day
 * is not a working day goes out on the working day before it). Null when nothing is left to remind.
 */
export function nextDueOf(t: Timeline): IsoDate | null {
  let next: IsoDate | null = null;
  for (const s of t.steps) {
    if (!remindable(s)) continue;
    const d = s.status === 'overdue' ? s.due : lastWorkingDayOnOrBefore(addDays(s.due, -7));
    next = next === null ? d : minDate(next, d);
  }
  return next;
}

/** Returns the case with `nextDue` recomputed as of `today` (not written). */
export function withNextDue<T extends CaseData>(store: Store, c: T, today: IsoDate): T {
  return { ...c, nextDue: nextDueOf(timelineOf(store, c, today)) };
}
