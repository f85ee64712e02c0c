// Which date a reminder for a step should be planned against (domain.md §7 "Reminder").
import type { IsoDate } from '../calendar/isoDate.js';
import type { StepStatus, TimelineStep } from './types.js';

/** Statuses that still ask someone to act. */
export const ACTIONABLE_STATUSES: ReadonlySet<StepStatus> = new Set<StepStatus>(['open', 'due-soon', 'overdue', 'deviated']);

/**
 * The reminder-relevant due date of a step: its effective due date (a deviation's new date when deviated)
 * while it still needs action and has someone responsible; null when done, not applicable, not due, or a
 * milestone nobody acts on.
 */
export function reminderDueDate(step: TimelineStep): IsoDate | null {
  return ACTIONABLE_STATUSES.has(step.status) && step.responsible.length > 0 ? step.due : null;
}
