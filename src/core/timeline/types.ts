// The engine's output shape: one dated, stated entry per catalog step.
import type { IsoDate } from '../calendar/isoDate.js';
import type { Role } from '../roles.js';
import type { StepId } from './stepIds.js';

/** State of a step as of a date (architecture.md CLI contract). */
export type StepStatus = 'done' | 'open' | 'due-soon' | 'overdue' | 'not-applicable' | 'deviated' | 'not-due';

/** One step of a computed timeline. */
export interface TimelineStep {
  id: StepId;
  /** Due date after deviations (a deviation's new date replaces the legal one here). */
  due: IsoDate;
  /** The legal/catalog due date before any deviation. */
  legalDue: IsoDate;
  /** Start of the window for windowed steps, else null. */
  windowStart: IsoDate | null;
  status: StepStatus;
  responsible: Role[];
  /** Legal basis as one Dutch line. */
  basis: string;
  /** Completion date when done. */
  doneOn?: IsoDate;
  /** Recurring steps only: date of the latest recorded occurrence (the next one is `due`). */
  lastDoneOn?: IsoDate;
  /** Reason kept with a not-applicable or deviated record. */
  reason?: string;
}

/** A computed timeline for one case as of a date. */
export interface Timeline {
  firstSickDay: IsoDate;
  /** Week of illness on the as-of date (1-based, counting sick days only), null when closed before. */
  weekOfIllness: number | null;
  steps: TimelineStep[];
}
