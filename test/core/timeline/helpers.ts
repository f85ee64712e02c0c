// Shared builders for timeline tests.
import type { SickPeriod, TimelineCase } from '../../../src/core/cases/types.js';
import { computeTimeline } from '../../../src/core/timeline/engine.js';
import type { StepId } from '../../../src/core/timeline/stepIds.js';
import type { TimelineStep } from '../../../src/core/timeline/types.js';

/** A sick period; `end` null = ongoing. */
export const p = (start: string, end: string | null = null): SickPeriod => ({ start, end });

/** A case with no records, no sanctions and no conditional settings unless overridden. */
export function makeCase(periods: SickPeriod[], over: Partial<TimelineCase> = {}): TimelineCase {
  return {
    periods, records: [], loonsanctieWeeks: 0, verlengingWeeks: 0, safetyNet: null,
    employer: { insured: false, ownRiskZiektewet: false }, ...over,
  };
}

/** The timeline's steps by id (absent steps are undefined). */
export function stepsOf(c: TimelineCase, asOf: string): Partial<Record<StepId, TimelineStep>> {
  const t = computeTimeline(c, asOf);
  return Object.fromEntries(t.steps.map((s) => [s.id, s]));
}

/** Due date of each step by id. */
export function duesOf(c: TimelineCase, asOf = '2025-01-01'): Partial<Record<StepId, string>> {
  return Object.fromEntries(computeTimeline(c, asOf).steps.map((s) => [s.id, s.due]));
}
