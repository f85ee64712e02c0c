// Fast IsoDate ⇄ day-number conversions for the timeline engine's hot loop: no Date objects, and a cache of
// the date strings already made (a timeline only ever touches a few thousand distinct days).
import type { IsoDate } from '../calendar/isoDate.js';
import { civilFromDays, daysFromCivil } from '../calendar/easter.js';

const BASE = daysFromCivil(1900, 1, 1);
const SPAN = daysFromCivil(2200, 1, 1) - BASE;
const cache: Array<string | undefined> = new Array<string | undefined>(SPAN).fill(undefined);

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function format(n: number): IsoDate {
  const [y, m, d] = civilFromDays(n);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** The IsoDate of a day number, cached for 1900–2199. */
export function isoOfDay(n: number): IsoDate {
  const k = n - BASE;
  if (k < 0 || k >= SPAN) return format(n);
  let s = cache[k];
  if (s === undefined) {
    s = format(n);
    cache[k] = s;
  }
  return s;
}

/** Day number of a valid YYYY-MM-DD string (no validation: edges check with isIsoDate). */
export function dayOfIso(s: IsoDate): number {
  const y = (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
  const m = (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48);
  const d = (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48);
  return daysFromCivil(y, m, d);
}
