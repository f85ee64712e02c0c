// The one place that turns an instant into Europe/Amsterdam wall-clock terms.
// Core code takes `now` as a parameter; this only converts it.
import { TZDate } from '@date-fns/tz';
import type { IsoDate } from './isoDate.js';

/** Time zone of every date the bot shows or stores. */
export const ZONE = 'Europe/Amsterdam';

/** The Europe/Amsterdam calendar date of an instant. */
export function amsterdamDate(now: Date): IsoDate {
  const z = new TZDate(now.getTime(), ZONE);
  const y = z.getFullYear();
  const m = String(z.getMonth() + 1).padStart(2, '0');
  const d = String(z.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Minutes after local midnight in Europe/Amsterdam for an instant (for office hours). */
export function amsterdamMinuteOfDay(now: Date): number {
  const z = new TZDate(now.getTime(), ZONE);
  return z.getHours() * 60 + z.getMinutes();
}

/** The instant of a local Europe/Amsterdam date and time (HH:MM). */
export function amsterdamInstant(date: IsoDate, hhmm = '00:00'): Date {
  const [h, mi] = hhmm.split(':').map(Number);
  const z = new TZDate(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), h, mi, 0, ZONE);
  return new Date(z.getTime());
}
