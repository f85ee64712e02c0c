// The case aggregate's data: sick periods, step records and the settings that change the timeline.
import type { IsoDate } from '../calendar/isoDate.js';
import type { StepId } from '../timeline/stepIds.js';

/** One stretch of sickness; `end` is the last sick day (inclusive), null while ongoing. */
export interface SickPeriod {
  start: IsoDate;
  end: IsoDate | null;
}

/** What was recorded about a step: done on a date, not applicable, or deviated to a later date. */
export type StepRecord =
  | { stepId: StepId; kind: 'done'; date: IsoDate }
  | { stepId: StepId; kind: 'not-applicable'; reason: string }
  | { stepId: StepId; kind: 'deviated'; newDate: IsoDate; reason: string };

/** The AP-permitted yes/no answer on the Ziektewet safety net. */
export type SafetyNetAnswer = 'yes' | 'no' | 'undisclosed';

/** Everything the timeline engine needs about one case. */
export interface TimelineCase {
  /** Sick periods in any order; the engine sorts and merges them. */
  periods: SickPeriod[];
  /** Records in the order they were made; recurring steps may have several `done`. */
  records: StepRecord[];
  /** Weeks of loonsanctie set by UWV (moves only einde-loondoorbetaling). */
  loonsanctieWeeks: number;
  /** Weeks of voluntary extension of the waiting period. */
  verlengingWeeks: number;
  /** Intake answer; `vangnet-melding-uwv` applies only for 'yes'. */
  safetyNet: SafetyNetAnswer | null;
  /** Employer settings that switch conditional steps on. */
  employer: { insured: boolean; ownRiskZiektewet: boolean };
  /** The bedrijfsarts judged "duurzaam geen benutbare mogelijkheden" (vervroegde IVA signal). */
  noLastingCapacity?: boolean;
}
