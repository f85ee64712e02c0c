import { describe, expect, it } from 'vitest';
import {
  currentCasePeriods, dayOfIllness, findPeriodProblem, sickDayNumber,
} from '../../../src/core/cases/periods.js';
import { dayOfIso, isoOfDay } from '../../../src/core/cases/dayText.js';
import { fromDayNumber, toDayNumber } from '../../../src/core/calendar/isoDate.js';

const p = (start: string, end: string | null = null) => ({ start, end });

describe('currentCasePeriods (samentelling)', () => {
  it('joins a period after 27 healthy days', () => {
    // 2025-03-01..03-10, healthy 03-11..04-06 (27 days), sick again 04-07.
    const periods = [p('2025-03-01', '2025-03-10'), p('2025-04-07')];
    expect(currentCasePeriods(periods)).toEqual(periods);
  });
  it('starts a new case after 28 healthy days', () => {
    const periods = [p('2025-03-01', '2025-03-10'), p('2025-04-08')];
    expect(currentCasePeriods(periods)).toEqual([p('2025-04-08')]);
  });
  it('cuts at the last long gap only, keeping later merged periods', () => {
    const periods = [p('2024-01-01', '2024-01-31'), p('2024-06-01', '2024-06-10'), p('2024-06-20', '2024-06-30'), p('2024-07-15')];
    expect(currentCasePeriods(periods)).toEqual(periods.slice(1));
  });
  it('sorts periods given in any order and joins overlaps defensively', () => {
    expect(currentCasePeriods([p('2025-05-05'), p('2025-03-03', '2025-04-13')])).toEqual([p('2025-03-03', '2025-04-13'), p('2025-05-05')]);
    expect(currentCasePeriods([p('2025-01-01', '2025-01-20'), p('2025-01-10', '2025-02-01')])).toEqual([p('2025-01-01', '2025-02-01')]);
  });
  it('uses the case the last period belongs to even when it has ended', () => {
    expect(currentCasePeriods([p('2025-01-01', '2025-01-05'), p('2025-03-01', '2025-03-03')])).toEqual([p('2025-03-01', '2025-03-03')]);
  });
});

describe('dayOfIllness', () => {
  it('is FSD + (n − 1) for one period, across a year end and a leap day', () => {
    expect(dayOfIllness([p('2025-01-06')], 1)).toBe('2025-01-06');
    expect(dayOfIllness([p('2025-01-06')], 42)).toBe('2025-02-16');
    expect(dayOfIllness([p('2025-12-20')], 13)).toBe('2026-01-01');
    expect(dayOfIllness([p('2028-02-01')], 29)).toBe('2028-02-29');
    expect(dayOfIllness([p('2028-02-01')], 30)).toBe('2028-03-01');
    expect(dayOfIllness([p('2027-02-01')], 29)).toBe('2027-03-01');
  });
  it('counts only sick days of merged periods', () => {
    const periods = [p('2025-03-03', '2025-04-13'), p('2025-05-05')];
    expect(dayOfIllness(periods, 42)).toBe('2025-04-13'); // last day of the first period
    expect(dayOfIllness(periods, 43)).toBe('2025-05-05'); // the 21 healthy days are skipped
    expect(dayOfIllness(periods, 295)).toBe('2026-01-12'); // a Monday: the 42nd-week date of the public vector
  });
  it('gives a day that falls in an earlier period that earlier date', () => {
    const periods = [p('2025-01-01', '2025-03-31'), p('2025-04-20')];
    expect(dayOfIllness(periods, 42)).toBe('2025-02-11');
  });
  it('counts three merged periods across a new year', () => {
    // 10 + 10 sick days, gaps of 10 and 15 healthy days.
    const periods = [p('2025-12-10', '2025-12-19'), p('2025-12-30', '2026-01-08'), p('2026-01-24')];
    expect(dayOfIllness(periods, 10)).toBe('2025-12-19');
    expect(dayOfIllness(periods, 11)).toBe('2025-12-30');
    expect(dayOfIllness(periods, 20)).toBe('2026-01-08');
    expect(dayOfIllness(periods, 21)).toBe('2026-01-24');
    expect(dayOfIllness(periods, 42)).toBe('2026-02-14');
  });
  it('continues past the end of a closed case as if still sick', () => {
    expect(dayOfIllness([p('2025-01-01', '2025-01-03')], 42)).toBe('2025-02-11');
  });
});

describe('sickDayNumber', () => {
  const periods = [p('2025-03-03', '2025-04-13'), p('2025-05-05', '2025-06-01')];
  it('counts sick days only and is null on healthy days, before and after the case', () => {
    expect(sickDayNumber(periods, '2025-03-03')).toBe(1);
    expect(sickDayNumber(periods, '2025-04-13')).toBe(42);
    expect(sickDayNumber(periods, '2025-04-20')).toBeNull();
    expect(sickDayNumber(periods, '2025-05-05')).toBe(43);
    expect(sickDayNumber(periods, '2025-03-02')).toBeNull();
    expect(sickDayNumber(periods, '2025-06-02')).toBeNull();
  });
  it('inverts dayOfIllness', () => {
    for (const n of [1, 7, 42, 43, 70]) expect(sickDayNumber(periods, dayOfIllness(periods, n))).toBe(n);
  });
});

describe('findPeriodProblem', () => {
  it('accepts ordered, unordered and adjacent non-overlapping periods', () => {
    expect(findPeriodProblem([p('2025-01-01', '2025-01-05'), p('2025-01-06')])).toBeNull();
    expect(findPeriodProblem([p('2025-02-01'), p('2025-01-01', '2025-01-05')])).toBeNull();
  });
  it('names the bad period', () => {
    expect(findPeriodProblem([])).toEqual({ kind: 'empty' });
    expect(findPeriodProblem([p('2025-01-01', '2025-01-05'), p('2025-03-01', '2025-02-01')])).toEqual({ kind: 'end-before-start', index: 1 });
    expect(findPeriodProblem([p('2025-01-01', '2025-01-10'), p('2025-01-10', '2025-01-12')])).toEqual({ kind: 'overlap', index: 1, other: 0 });
    expect(findPeriodProblem([p('2025-03-01', '2025-03-02'), p('2025-01-01')])).toEqual({ kind: 'overlap', index: 0, other: 1 });
  });
});

describe('dayText', () => {
  it('agrees with the Date-based conversions', () => {
    for (let n = toDayNumber('1999-12-01'); n < toDayNumber('2031-03-01'); n += 17) {
      expect(isoOfDay(n)).toBe(fromDayNumber(n));
      expect(dayOfIso(fromDayNumber(n))).toBe(n);
    }
    expect(isoOfDay(toDayNumber('2250-06-01'))).toBe('2250-06-01');
  });
});
