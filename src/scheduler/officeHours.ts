// Office hours: reminders go out only inside an employer's office hours (Europe/Amsterdam) on working days.
import { amsterdamDate, amsterdamMinuteOfDay } from '../core/calendar/amsterdam.js';
import { isWorkingDay } from '../core/calendar/holidays.js';
import type { Employer } from '../ports/records.js';

/** Minutes after midnight of an 'HH:MM' time. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** True when `now` falls inside the employer's office hours (start inclusive, end exclusive) on a working day. */
export function inOfficeHours(e: Employer, now: Date): boolean {
  if (!isWorkingDay(amsterdamDate(now))) return false;
  const minute = amsterdamMinuteOfDay(now);
  return minute >= minutesOf(e.settings.officeHours.start) && minute < minutesOf(e.settings.officeHours.end);
}
