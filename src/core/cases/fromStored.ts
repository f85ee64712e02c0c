// The engine's input from a case as it is kept (any record carrying the stored fields) and its employer's
// settings: the one mapping the use cases and the store's schedule index share.
import type { SafetyNetAnswer, SickPeriod, StepRecord, TimelineCase } from './types.js';

/** The case fields the timeline reads; a stored case has them all (extra fields are ignored). */
export interface CaseTimelineFields {
  periods: SickPeriod[];
  records: readonly StepRecord[];
  loonsanctieWeeks: number;
  verlengingWeeks: number;
  intake: { safetyNet: SafetyNetAnswer | null };
  noLastingCapacity: boolean;
}

/** The employer settings that switch conditional steps on. */
export interface TimelineConditions {
  insured: boolean;
  ownRiskZiektewet: boolean;
}

/** Conditions assumed when the employer is unknown (never expected: cases belong to an employer). */
export const NO_CONDITIONS: TimelineConditions = { insured: false, ownRiskZiektewet: false };

/** The engine's view of a case under its employer's conditions (records stripped to what the engine reads). */
export function timelineCaseOf(c: CaseTimelineFields, conditions: TimelineConditions | undefined): TimelineCase {
  return {
    periods: c.periods,
    records: c.records.map((r): StepRecord => {
      if (r.kind === 'done') return { stepId: r.stepId, kind: r.kind, date: r.date };
      if (r.kind === 'not-applicable') return { stepId: r.stepId, kind: r.kind, reason: r.reason };
      return { stepId: r.stepId, kind: r.kind, newDate: r.newDate, reason: r.reason };
    }),
    loonsanctieWeeks: c.loonsanctieWeeks,
    verlengingWeeks: c.verlengingWeeks,
    safetyNet: c.intake.safetyNet,
    employer: conditions ? { insured: conditions.insured, ownRiskZiektewet: conditions.ownRiskZiektewet } : NO_CONDITIONS,
    noLastingCapacity: c.noLastingCapacity,
  };
}
