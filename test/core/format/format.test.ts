import { describe, expect, it } from 'vitest';
import { formatDate, formatDateNumeric, formatDateShort, formatDayMonth } from '../../../src/core/format/dates.js';
import { relativeDue, relativePast } from '../../../src/core/format/relative.js';
import { formatWeekOfIllness, weekOfIllnessOn, weekOfSickDay } from '../../../src/core/format/week.js';

describe('dates', () => {
  it.each([
    ['2026-02-16', 'ma 16 februari 2026', 'Mon 16 February 2026'],
    ['2026-09-05', 'za 5 september 2026', 'Sat 5 September 2026'],
    ['2027-06-28', 'ma 28 juni 2027', 'Mon 28 June 2027'],
    ['2025-12-31', 'wo 31 december 2025', 'Wed 31 December 2025'],
    ['2026-03-29', 'zo 29 maart 2026', 'Sun 29 March 2026'],
    ['2028-02-29', 'di 29 februari 2028', 'Tue 29 February 2028'],
    ['2026-01-01', 'do 1 januari 2026', 'Thu 1 January 2026'],
    ['2026-05-08', 'vr 8 mei 2026', 'Fri 8 May 2026'],
  ])('%s → %s / %s', (d, nl, en) => {
    expect(formatDate(d, 'nl')).toBe(nl);
    expect(formatDate(d, 'en')).toBe(en);
  });

  it('has short and numeric forms', () => {
    expect(formatDateShort('2026-03-02', 'nl')).toBe('2 mrt 2026');
    expect(formatDateShort('2026-10-04', 'en')).toBe('4 Oct 2026');
    expect(formatDayMonth('2026-02-16', 'nl')).toBe('ma 16 feb');
    expect(formatDayMonth('2026-02-16', 'en')).toBe('Mon 16 Feb');
    expect(formatDateNumeric('2026-02-06', 'nl')).toBe('06-02-2026');
    expect(formatDateNumeric('2026-02-06', 'en')).toBe('06/02/2026');
  });
});

describe('relative phrases', () => {
  const today = '2026-05-04';
  it.each([
    ['2026-05-04', 'vandaag', 'today'],
    ['2026-05-05', 'morgen', 'tomorrow'],
    ['2026-05-07', 'over 3 dagen', 'in 3 days'],
    ['2026-05-03', '1 dag te laat', '1 day overdue'],
    ['2026-05-01', '3 dagen te laat', '3 days overdue'],
    ['2026-06-03', 'over 30 dagen', 'in 30 days'],
  ])('due %s', (due, nl, en) => {
    expect(relativeDue(due, today, 'nl')).toBe(nl);
    expect(relativeDue(due, today, 'en')).toBe(en);
  });
  it('describes the past', () => {
    expect(relativePast('2026-05-03', today, 'nl')).toBe('gisteren');
    expect(relativePast('2026-04-24', today, 'nl')).toBe('10 dagen geleden');
    expect(relativePast('2026-04-24', today, 'en')).toBe('10 days ago');
    expect(relativePast('2026-05-04', today, 'en')).toBe('today');
    expect(relativePast('2026-05-06', today, 'en')).toBe('in 2 days');
  });
});

describe('week of illness', () => {
  it('puts sick day n in week ceil(n/7)', () => {
    expect([1, 7, 8, 42, 43, 294, 295, 728].map(weekOfSickDay)).toEqual([1, 1, 2, 6, 7, 42, 43, 104]);
    expect(() => weekOfSickDay(0)).toThrow(RangeError);
  });
  it('counts from the first sick day of one period', () => {
    expect(weekOfIllnessOn('2026-03-23', '2026-05-04')).toBe(7);
    expect(weekOfIllnessOn('2026-03-23', '2026-03-23')).toBe(1);
    expect(weekOfIllnessOn('2026-03-23', '2026-03-22')).toBeNull();
  });
  it('writes the week line with the (extended) total', () => {
    expect(formatWeekOfIllness('nl', 9)).toBe('Week 9 van 104');
    expect(formatWeekOfIllness('en', 41)).toBe('Week 41 of 104');
    expect(formatWeekOfIllness('nl', 100, 10)).toBe('Week 100 van 114');
  });
});
