// Dates the way people read them: "ma 16 februari 2026" in Dutch, "Mon 16 February 2026" in English.
// Pure functions of an IsoDate (no clock, no time zone: IsoDates are already Amsterdam dates).
import { isoWeekday, type IsoDate } from '../calendar/isoDate.js';
import type { Locale } from '../i18n/locale.js';

/** Weekday abbreviations, Monday first (index = ISO weekday − 1). */
export const WEEKDAYS_SHORT: Readonly<Record<Locale, readonly string[]>> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** Month names, January first. */
export const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Month abbreviations, January first. */
export const MONTHS_SHORT: Readonly<Record<Locale, readonly string[]>> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

function parts(d: IsoDate): { year: number; month: number; day: number; weekday: number } {
  return { year: +d.slice(0, 4), month: +d.slice(5, 7), day: +d.slice(8, 10), weekday: isoWeekday(d) };
}

/** Full date with weekday: "ma 16 februari 2026" / "Mon 16 February 2026". */
export function formatDate(d: IsoDate, locale: Locale): string {
  const p = parts(d);
  return `${WEEKDAYS_SHORT[locale][p.weekday - 1]} ${p.day} ${MONTHS[locale][p.month - 1]} ${p.year}`;
}

/** Date without weekday, month abbreviated: "16 feb 2026" / "16 Feb 2026". */
export function formatDateShort(d: IsoDate, locale: Locale): string {
  const p = parts(d);
  return `${p.day} ${MONTHS_SHORT[locale][p.month - 1]} ${p.year}`;
}

/** Weekday, day and abbreviated month, for lists within a year: "ma 16 feb" / "Mon 16 Feb". */
export function formatDayMonth(d: IsoDate, locale: Locale): string {
  const p = parts(d);
  return `${WEEKDAYS_SHORT[locale][p.weekday - 1]} ${p.day} ${MONTHS_SHORT[locale][p.month - 1]}`;
}

/** Numeric date as written locally: "16-02-2026" (Dutch) / "16/02/2026" (English). */
export function formatDateNumeric(d: IsoDate, locale: Locale): string {
  const sep = locale === 'nl' ? '-' : '/';
  return `${d.slice(8, 10)}${sep}${d.slice(5, 7)}${sep}${d.slice(0, 4)}`;
}
