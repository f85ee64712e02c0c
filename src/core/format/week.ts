// Week of illness: sick day n falls in week ceil(n / 7) (domain.md §2), out of 104 (+ extension).
import { diffDays, type IsoDate } from '../calendar/isoDate.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/translate.js';

/** Weeks in the waiting period without a voluntary extension. */
export const WAITING_WEEKS = 104;

/** The week of illness that sick day `n` (1-based, sick days only) falls in. */
export function weekOfSickDay(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`sick day must be a positive integer, got ${n}`);
  return Math.ceil(n / 7);
}

/** Week of illness on `date` for one uninterrupted period from `firstSickDay` (merged cases: use the timeline's week). */
export function weekOfIllnessOn(firstSickDay: IsoDate, date: IsoDate): number | null {
  const n = diffDays(firstSickDay, date) + 1;
  return n >= 1 ? weekOfSickDay(n) : null;
}

/** "Week 9 van 104" / "Week 9 of 104"; the total grows with a voluntary extension. */
export function formatWeekOfIllness(locale: Locale, week: number, verlengingWeeks = 0): string {
  return t(locale, 'date.week', { week, total: WAITING_WEEKS + verlengingWeeks });
}
