// Public holidays of the Algemene termijnenwet art. 3 lid 1–2 and the working-day rules built on them
// (domain.md §2). Days a royal decree merely equates with holidays (art. 3 lid 3, e.g. the Friday after
// Hemelvaartsdag) are deliberately NOT holidays here, so a working-day date is never later than the legal one.
import type { Localized } from '../i18n/locale.js';
import { fromDayNumber, toDayNumber, type IsoDate } from './isoDate.js';
import { civilFromDays, daysFromCivil, easterSundayDayNumber, weekdayOfDayNumber } from './easter.js';

/** Ids of the holidays the bot applies. */
export type HolidayId =
  | 'nieuwjaarsdag' | 'goede-vrijdag' | 'tweede-paasdag' | 'koningsdag' | 'bevrijdingsdag'
  | 'hemelvaartsdag' | 'tweede-pinksterdag' | 'eerste-kerstdag' | 'tweede-kerstdag';

/** One public holiday in a given year. */
export interface PublicHoliday {
  id: HolidayId;
  date: IsoDate;
  name: Localized;
}

const NAMES: Record<HolidayId, Localized> = {
  nieuwjaarsdag: { nl: 'Nieuwjaarsdag', en: "New Year's Day" },
  'goede-vrijdag': { nl: 'Goede Vrijdag', en: 'Good Friday' },
  'tweede-paasdag': { nl: 'Tweede Paasdag', en: 'Easter Monday' },
  koningsdag: { nl: 'Koningsdag', en: "King's Day" },
  bevrijdingsdag: { nl: 'Bevrijdingsdag', en: 'Liberation Day' },
  hemelvaartsdag: { nl: 'Hemelvaartsdag', en: 'Ascension Day' },
  'tweede-pinksterdag': { nl: 'Tweede Pinksterdag', en: 'Whit Monday' },
  'eerste-kerstdag': { nl: 'Eerste Kerstdag', en: 'Christmas Day' },
  'tweede-kerstdag': { nl: 'Tweede Kerstdag', en: 'Boxing Day' },
};

/** Koningsdag: 27 April, or 26 April when the 27th is a Sunday (since 2014; Koninginnedag 30/29 April before). */
function koningsdag(year: number): number {
  const day = year >= 2014 ? 27 : 30;
  const n = daysFromCivil(year, 4, day);
  return weekdayOfDayNumber(n) === 7 ? n - 1 : n;
}

function holidayDayNumbers(year: number): Array<[HolidayId, number]> {
  const easter = easterSundayDayNumber(year);
  return [
    ['nieuwjaarsdag', daysFromCivil(year, 1, 1)],
    ['goede-vrijdag', easter - 2],
    ['tweede-paasdag', easter + 1],
    ['koningsdag', koningsdag(year)],
    ['bevrijdingsdag', daysFromCivil(year, 5, 5)],
    ['hemelvaartsdag', easter + 39],
    ['tweede-pinksterdag', easter + 50],
    ['eerste-kerstdag', daysFromCivil(year, 12, 25)],
    ['tweede-kerstdag', daysFromCivil(year, 12, 26)],
  ];
}

// Memo per year: the holiday day numbers, computed once.
const byYear = new Map<number, number[]>();
function holidaySet(year: number): number[] {
  let set = byYear.get(year);
  if (!set) {
    set = holidayDayNumbers(year).map(([, n]) => n);
    byYear.set(year, set);
  }
  return set;
}

/** The applied public holidays of a year, in calendar order. */
export function publicHolidays(year: number): PublicHoliday[] {
  return holidayDayNumbers(year)
    .sort((a, b) => a[1] - b[1])
    .map(([id, n]) => ({ id, date: fromDayNumber(n), name: NAMES[id] }));
}

/** True for a public holiday given as a day number (fast path for the engine). */
export function isPublicHolidayNumber(n: number): boolean {
  return holidaySet(civilFromDays(n)[0]).includes(n);
}

/** True for a Monday–Friday that is not a public holiday, given as a day number. */
export function isWorkingDayNumber(n: number): boolean {
  return weekdayOfDayNumber(n) <= 5 && !isPublicHolidayNumber(n);
}

/** The first working day on or after day number `n`. */
export function nextWorkingDayNumberOnOrAfter(n: number): number {
  let d = n;
  while (!isWorkingDayNumber(d)) d++;
  return d;
}

/** The last working day on or before day number `n`. */
export function lastWorkingDayNumberOnOrBefore(n: number): number {
  let d = n;
  while (!isWorkingDayNumber(d)) d--;
  return d;
}

/** True when `d` is a public holiday of the Algemene termijnenwet (art. 3 lid 1–2). */
export function isPublicHoliday(d: IsoDate): boolean {
  return isPublicHolidayNumber(toDayNumber(d));
}

/** True when `d` is Monday–Friday and not a public holiday. */
export function isWorkingDay(d: IsoDate): boolean {
  return isWorkingDayNumber(toDayNumber(d));
}

/** The first working day on or after `d` (the 42nd-week notification rule). */
export function nextWorkingDayOnOrAfter(d: IsoDate): IsoDate {
  return fromDayNumber(nextWorkingDayNumberOnOrAfter(toDayNumber(d)));
}

/** The last working day on or before `d` (reminders that would fall on a weekend or holiday). */
export function lastWorkingDayOnOrBefore(d: IsoDate): IsoDate {
  return fromDayNumber(lastWorkingDayNumberOnOrBefore(toDayNumber(d)));
}
