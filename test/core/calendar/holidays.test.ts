import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, easterSunday, weekdayOfDayNumber } from '../../../src/core/calendar/easter.js';
import {
  isPublicHoliday, isWorkingDay, lastWorkingDayOnOrBefore, nextWorkingDayOnOrAfter, publicHolidays,
} from '../../../src/core/calendar/holidays.js';
import { addDays, fromDayNumber, isoWeekday, toDayNumber } from '../../../src/core/calendar/isoDate.js';

// Known dates (published calendars) for the Algemene termijnenwet holidays, 2024–2031.
const KNOWN: Record<number, Record<string, string>> = {
  2024: { goede: '2024-03-29', paas2: '2024-04-01', koning: '2024-04-27', hemel: '2024-05-09', pinkster2: '2024-05-20' },
  2025: { goede: '2025-04-18', paas2: '2025-04-21', koning: '2025-04-26', hemel: '2025-05-29', pinkster2: '2025-06-09' },
  2026: { goede: '2026-04-03', paas2: '2026-04-06', koning: '2026-04-27', hemel: '2026-05-14', pinkster2: '2026-05-25' },
  2027: { goede: '2027-03-26', paas2: '2027-03-29', koning: '2027-04-27', hemel: '2027-05-06', pinkster2: '2027-05-17' },
  2028: { goede: '2028-04-14', paas2: '2028-04-17', koning: '2028-04-27', hemel: '2028-05-25', pinkster2: '2028-06-05' },
  2029: { goede: '2029-03-30', paas2: '2029-04-02', koning: '2029-04-27', hemel: '2029-05-10', pinkster2: '2029-05-21' },
  2030: { goede: '2030-04-19', paas2: '2030-04-22', koning: '2030-04-27', hemel: '2030-05-30', pinkster2: '2030-06-10' },
  2031: { goede: '2031-04-11', paas2: '2031-04-14', koning: '2031-04-26', hemel: '2031-05-22', pinkster2: '2031-06-02' },
};

describe('easter', () => {
  it('matches the known Easter Sundays 2024–2030 (and a few famous edge years)', () => {
    expect([2024, 2025, 2026, 2027, 2028, 2029, 2030].map(easterSunday)).toEqual([
      '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21',
    ]);
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible
    expect(easterSunday(2000)).toBe('2000-04-23');
  });
  it('converts day numbers exactly like the Date-based helpers', () => {
    fc.assert(fc.property(fc.integer({ min: -30000, max: 120000 }), (n) => {
      const iso = fromDayNumber(n);
      const [y, m, d] = civilFromDays(n);
      expect(daysFromCivil(y, m, d)).toBe(n);
      expect(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).toBe(iso);
      expect(weekdayOfDayNumber(n)).toBe(isoWeekday(iso));
    }));
  });
});

describe('public holidays (Algemene termijnenwet art. 3 lid 1–2)', () => {
  for (const [year, k] of Object.entries(KNOWN)) {
    it(`lists exactly the nine holidays of ${year}`, () => {
      const y = Number(year);
      const expected = [
        `${y}-01-01`, k.goede, k.paas2, k.koning, `${y}-05-05`, k.hemel, k.pinkster2, `${y}-12-25`, `${y}-12-26`,
      ].sort();
      expect(publicHolidays(y).map((h) => h.date)).toEqual(expected);
      for (const d of expected) expect(isPublicHoliday(d), d).toBe(true);
      // Count every holiday of the year by scanning all its days: nothing else may be a holiday.
      const all: string[] = [];
      for (let d = `${y}-01-01`; d <= `${y}-12-31`; d = addDays(d, 1)) if (isPublicHoliday(d)) all.push(d);
      expect(all).toEqual(expected);
    });
  }
  it('moves Koningsdag to 26 April when the 27th is a Sunday (2025, 2031, 2014)', () => {
    expect(isPublicHoliday('2025-04-26')).toBe(true);
    expect(isPublicHoliday('2025-04-27')).toBe(false);
    expect(isPublicHoliday('2031-04-26')).toBe(true);
    expect(isPublicHoliday('2014-04-26')).toBe(true);
    expect(isPublicHoliday('2026-04-26')).toBe(false);
  });
  it('keeps Bevrijdingsdag every year, not only in lustrum years', () => {
    for (let y = 2024; y <= 2031; y++) expect(isPublicHoliday(`${y}-05-05`)).toBe(true);
  });
  it('does not apply days merely equated by royal decree (the Friday after Hemelvaartsdag), nor Easter/Whit Sunday as extra days', () => {
    expect(isPublicHoliday('2026-05-15')).toBe(false);
    expect(isWorkingDay('2026-05-15')).toBe(true);
    expect(isPublicHoliday('2026-12-24')).toBe(false);
    expect(isPublicHoliday('2026-12-31')).toBe(false);
    expect(publicHolidays(2026).map((h) => h.id)).not.toContain('eerste-paasdag');
  });
  it('names holidays in Dutch and English', () => {
    const kerst = publicHolidays(2026).find((h) => h.id === 'eerste-kerstdag');
    expect(kerst?.name).toEqual({ nl: 'Eerste Kerstdag', en: 'Christmas Day' });
  });
});

describe('working days', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-09-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-09-06')).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-07')).toBe(true);
    expect(isWorkingDay('2026-04-27')).toBe(false); // Koningsdag on a Monday
  });
  it('finds the next working day on or after a date', () => {
    expect(nextWorkingDayOnOrAfter('2026-09-07')).toBe('2026-09-07');
    expect(nextWorkingDayOnOrAfter('2027-06-26')).toBe('2027-06-28');
    expect(nextWorkingDayOnOrAfter('2026-04-03')).toBe('2026-04-07'); // Goede Vrijdag → weekend → Tweede Paasdag → Tuesday
    expect(nextWorkingDayOnOrAfter('2025-12-25')).toBe('2025-12-29');
    expect(nextWorkingDayOnOrAfter('2026-12-25')).toBe('2026-12-28');
    expect(nextWorkingDayOnOrAfter('2027-12-25')).toBe('2027-12-27'); // Saturday + Sunday (26th) → Monday
    expect(nextWorkingDayOnOrAfter('2026-12-31')).toBe('2026-12-31');
    expect(nextWorkingDayOnOrAfter('2027-01-01')).toBe('2027-01-04');
  });
  it('finds the last working day on or before a date', () => {
    expect(lastWorkingDayOnOrBefore('2026-11-22')).toBe('2026-11-20');
    expect(lastWorkingDayOnOrBefore('2026-04-06')).toBe('2026-04-02');
    expect(lastWorkingDayOnOrBefore('2027-01-01')).toBe('2026-12-31');
    expect(lastWorkingDayOnOrBefore('2025-05-05')).toBe('2025-05-02');
  });
  it('next/last working day are working days, and no working day is skipped', () => {
    fc.assert(fc.property(fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2035-12-31') }), (n) => {
      const d = fromDayNumber(n);
      const next = nextWorkingDayOnOrAfter(d);
      const last = lastWorkingDayOnOrBefore(d);
      expect(isWorkingDay(next)).toBe(true);
      expect(isWorkingDay(last)).toBe(true);
      for (let x = d; x < next; x = addDays(x, 1)) expect(isWorkingDay(x)).toBe(false);
      for (let x = d; x > last; x = addDays(x, -1)) expect(isWorkingDay(x)).toBe(false);
    }));
  });
});
