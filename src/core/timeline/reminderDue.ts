// Which date a reminder for a step should be planned against (domain.md §7 "Reminder"), and from that the
// case's next-due date: the one implementation the use cases and the scheduler share.
import { addDays, minDate, type IsoDate } from '../calendar/isoDate.js';
import { lastWorkingDayOnOrBefore } from '../calendar/holidays.js';
import type { StepStatus, Timeline, TimelineStep } from './types.js';

/** Statuses that still ask someone to act. */
export const ACTIONABLE_STATUSES: ReadonlySet<StepStatus> = new Set<StepStatus>(['open', 'due-soon', 'overdue', 'deviated']);

/** Days before the due date the first reminder goes out (domain.md §7). */
export const REMINDER_LEAD_DAYS = 7;

/**
 * The reminder-relevant due date of a step: its effective due date (a deviation's new date when deviated)
 * while it still needs action and has someone responsible; null when done, not applicable, not due, or a
 * milestone nobody acts on.
 */
export function reminderDueDate(step: TimelineStep): IsoDate | null {
  return ACTIONABLE_STATUSES.has(step.status) && step.responsible.length > 0 ? step.due : null;
}

/**
 * The first day the scheduler must look at a step: for an overdue step its due date, otherwise the reminder
 * seven days before the due date, moved back to the last working day on or before it (a Sunday reminder goes
 * out on Friday). Null when the step needs no reminder.
 */
export function reminderCheckDay(step: TimelineStep): IsoDate | null {
  const due = reminderDueDate(step);
  if (due === null) return null;
  return step.status === 'overdue' ? due : lastWorkingDayOnOrBefore(addDays(due, -REMINDER_LEAD_DAYS));
}

/** A case's next-due date: the earliest reminderCheckDay over its timeline's steps; null when nothing is left. */
export function nextDueOf(t: Timeline): IsoDate | null {
  let next: IsoDate | null = null;
  for (const s of t.steps) {
    const d = reminderCheckDay(s);
    if (d !== null) next = next === null ? d : minDate(next, d);
  }
  return next;
}
