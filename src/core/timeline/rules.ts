// The vocabulary of the step catalog: timing rules and conditions as data, interpreted by the engine.
import type { Localized } from '../i18n/locale.js';
import type { Role } from '../roles.js';
import type { StepId } from './stepIds.js';

/** Weeks from the case settings that a rule adds as 7-day blocks. */
export type WeeksSetting = 'verlenging' | 'loonsanctie';

/** How a step's due date is found (domain.md §2–§3). All offsets are calendar days. */
export type TimingRule =
  /** The n-th sick day (+ offset calendar days, + 7 × the weeks setting). */
  | { kind: 'dayOfIllness'; n: number; offset?: number; plusWeeks?: WeeksSetting }
  /** The first working day on or after the n-th sick day (the 42nd-week notification). */
  | { kind: 'workingDayOnOrAfter'; n: number }
  /** A window from the `from`-th to the `to`-th sick day; due = window end. */
  | { kind: 'window'; from: number; to: number }
  /** Another step's rule-based due date (+ offset, + 7 × the weeks setting); never its done date. */
  | { kind: 'fromStep'; step: StepId; offset: number; plusWeeks?: WeeksSetting }
  /** `einde-wachttijd` + offset: moves with a voluntary extension. */
  | { kind: 'fromEinde'; offset: number }
  /** The recorded done date of `step` (its latest, for recurring steps) + offset, else the fallback rule. */
  | { kind: 'fromRecorded'; step: StepId; offset: number; fallback: TimingRule }
  /** A recurring step: its own latest done date, else the anchor, + `every` days. */
  | { kind: 'recurring'; every: number; anchor: TimingRule }
  /** No date of its own (e.g. the WIA decision arrives when it arrives). */
  | { kind: 'noDate' };

/** When a step applies at all, and what happens when it does not. */
export type StepCondition =
  | { kind: 'none' }
  /** The employer has a sick-leave insurer; otherwise the step is left out. */
  | { kind: 'insured' }
  /** The intake's safetyNet answer is 'yes'; otherwise the step is left out. */
  | { kind: 'safetyNet' }
  /** The bedrijfsarts judged "duurzaam geen benutbare mogelijkheden"; otherwise listed as not applicable. */
  | { kind: 'bedrijfsartsJudgement' }
  /** Only while `step` (the WIA decision) is not recorded done; afterwards not applicable. */
  | { kind: 'untilDone'; step: StepId };

/** One catalog entry (pinned fields first). */
export interface StepDefinition {
  id: StepId;
  title: Localized;
  responsible: Role[];
  /** Legal basis, one line; `basis.nl` is what the CLI prints. */
  basis: Localized;
  /** What missing the step costs. */
  consequence: Localized;
  /** A practice prompt (RSC werkwijzer) rather than a legal step. */
  practice: boolean;
  condition: StepCondition;
  timing: TimingRule;
  /** A date that just happens (end of waiting period): nobody acts, it is done once passed. */
  milestone: boolean;
}
