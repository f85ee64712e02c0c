// Sick periods of a case: samentelling (BW 7:629 lid 10) and counting sick days (domain.md §2, §4).
// Periods less than 28 healthy days apart form one case and only sick days count; a gap of 28 or more
// healthy days starts a new case. The numeric functions work on day numbers for the timeline engine's hot loop.
import type { IsoDate } from '../calendar/isoDate.js';
import { dayOfIso as toDayNumber, isoOfDay as fromDayNumber } from './dayText.js';
import type { SickPeriod } from './types.js';

/** Healthy days that start a new case instead of joining the previous one. */
export const NEW_CASE_GAP_DAYS = 28;

/** One case's periods as sorted, non-overlapping day-number spans; an ongoing end is Infinity. */
export interface CaseSpans {
  starts: number[];
  ends: number[];
}

/** Healthy days between a period ending on `lastSickDay` and the next one starting on `nextStart` (day numbers). */
export function healthyDaysBetween(lastSickDay: number, nextStart: number): number {
  return nextStart - lastSickDay - 1;
}

/**
 * The spans of the case the last period belongs to: sorted, overlaps joined, everything before a gap of
 * 28 or more healthy days cut off. Periods whose end lies before their start are ignored (edges validate).
 */
export function toCaseSpans(periods: readonly SickPeriod[]): CaseSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i];
    const a = toDayNumber(p.start);
    const b = p.end === null ? Infinity : toDayNumber(p.end);
    if (b < a) continue;
    // Insertion sort: inputs are tiny and usually already ordered.
    let j = starts.length;
    starts.push(a);
    ends.push(b);
    while (j > 0 && starts[j - 1] > a) {
      starts[j] = starts[j - 1];
      ends[j] = ends[j - 1];
      j--;
    }
    starts[j] = a;
    ends[j] = b;
  }
  // Join overlapping periods into one.
  let w = 0;
  for (let r = 1; r < starts.length; r++) {
    if (starts[r] <= ends[w]) {
      if (ends[r] > ends[w]) ends[w] = ends[r];
    } else {
      w++;
      starts[w] = starts[r];
      ends[w] = ends[r];
    }
  }
  const count = starts.length === 0 ? 0 : w + 1;
  if (count < starts.length) {
    starts.length = count;
    ends.length = count;
  }
  // Keep only the current case: cut at the last gap of 28 or more healthy days.
  let first = 0;
  for (let i = count - 1; i > 0; i--) {
    if (healthyDaysBetween(ends[i - 1], starts[i]) >= NEW_CASE_GAP_DAYS) {
      first = i;
      break;
    }
  }
  if (first > 0) {
    starts.splice(0, first);
    ends.splice(0, first);
  }
  return { starts, ends };
}

/** Day number of the n-th sick day (n ≥ 1); past the end of a closed case it continues as if still sick. */
export function dayOfIllnessNumber(spans: CaseSpans, n: number): number {
  const { starts, ends } = spans;
  let rem = n;
  const last = starts.length - 1;
  for (let i = 0; i <= last; i++) {
    const len = ends[i] - starts[i] + 1;
    if (rem <= len) return starts[i] + rem - 1;
    rem -= len;
  }
  return ends[last] + rem;
}

/** Which sick day (1-based) day number `day` is, or null when it is before the case, healthy, or after it closed. */
export function sickDayNumberOf(spans: CaseSpans, day: number): number | null {
  const { starts, ends } = spans;
  let counted = 0;
  for (let i = 0; i < starts.length; i++) {
    if (day < starts[i]) return null;
    if (day <= ends[i]) return counted + day - starts[i] + 1;
    counted += ends[i] - starts[i] + 1;
  }
  return null;
}

/** The periods of the case the last period belongs to: sorted, with gaps of ≥ 28 healthy days cut (pinned API). */
export function currentCasePeriods(periods: SickPeriod[]): SickPeriod[] {
  const { starts, ends } = toCaseSpans(periods);
  return starts.map((s, i) => ({ start: fromDayNumber(s), end: ends[i] === Infinity ? null : fromDayNumber(ends[i]) }));
}

/** The calendar date of the n-th sick day of the current case; healthy days between merged periods do not count. */
export function dayOfIllness(periods: SickPeriod[], n: number): IsoDate {
  const spans = toCaseSpans(periods);
  if (spans.starts.length === 0) throw new RangeError('dayOfIllness: no sick period');
  return fromDayNumber(dayOfIllnessNumber(spans, n));
}

/** Which sick day of the current case `date` is; null if healthy, before the case or after it closed. */
export function sickDayNumber(periods: SickPeriod[], date: IsoDate): number | null {
  return sickDayNumberOf(toCaseSpans(periods), toDayNumber(date));
}

/** Why a list of periods is not acceptable input, if it is not (for edges: CLI, app). */
export type PeriodProblem =
  | { kind: 'end-before-start'; index: number }
  | { kind: 'overlap'; index: number; other: number }
  | { kind: 'empty' };

/** Checks raw periods (any order): each must end on or after its start and none may overlap; null when fine. */
export function findPeriodProblem(periods: readonly SickPeriod[]): PeriodProblem | null {
  if (periods.length === 0) return { kind: 'empty' };
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i];
    if (p.end !== null && p.end < p.start) return { kind: 'end-before-start', index: i };
  }
  const order = periods.map((_, i) => i).sort((a, b) => (periods[a].start < periods[b].start ? -1 : periods[a].start > periods[b].start ? 1 : a - b));
  for (let k = 1; k < order.length; k++) {
    const prev = periods[order[k - 1]];
    const next = periods[order[k]];
    if (prev.end === null || next.start <= prev.end) return { kind: 'overlap', index: order[k], other: order[k - 1] };
  }
  return null;
}
