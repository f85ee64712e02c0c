// Reminder slots: on which days a step due on a date is reminded (7 days before, on the due date,
// then overdue weekly), moved to working days, and each slot's idempotency key.
import { fromDayNumber, toDayNumber, type IsoDate } from '../core/calendar/isoDate.js';
import { lastWorkingDayNumberOnOrBefore, nextWorkingDayNumberOnOrAfter } from '../core/calendar/holidays.js';
import { REMINDER_LEAD_DAYS } from '../core/timeline/reminderDue.js';
import type { StepId } from '../core/timeline/stepIds.js';
/** Which reminder of a step: 7 days before, on the due date, or overdue (weekly). */
export type ReminderKind = 'before' | 'due' | 'overdue';

/** One reminder slot of a step: its nominal date and the working day it goes out. */
export interface ReminderSlot {
  kind: ReminderKind;
  date: IsoDate;
  sendOn: IsoDate;
}

/** Days before the due date of the first reminder (the core's constant, shared with nextDueOf). */

/**
 * The most days the last working day on or before a date lies before it (a Christmas on Thursday and Friday and
 * the weekend after: Sunday → Wednesday is 4; 7 leaves room). Lets a pass skip steps far ahead (test pins it).
 */
export const MAX_BACK_TO_WORKING_DAY = 7;

/** Overdue reminders repeat this often. */
export const OVERDUE_EVERY_DAYS = 7;

/** A slot in day numbers (hot path of a pass: no string dates). */
export interface DaySlot { kind: ReminderKind; nominal: number; send: number }

/** Day numbers of 1970–2149 whose working day is kept (a pass asks for the same few hundred days thousands of times). */
const MEMO_DAYS = 65_536;
/** Working day on or before / on or after a day number, plus one (0: not worked out yet). */
const lastWdMemo = new Int32Array(MEMO_DAYS);
const nextWdMemo = new Int32Array(MEMO_DAYS);
const lastWd = (n: number): number => {
  if (n < 0 || n >= MEMO_DAYS) return lastWorkingDayNumberOnOrBefore(n);
  return (lastWdMemo[n] ||= lastWorkingDayNumberOnOrBefore(n) + 1) - 1;
};
const nextWd = (n: number): number => {
  if (n < 0 || n >= MEMO_DAYS) return nextWorkingDayNumberOnOrAfter(n);
  return (nextWdMemo[n] ||= nextWorkingDayNumberOnOrAfter(n) + 1) - 1;
};
const beforeSlot = (d: number): DaySlot => ({ kind: 'before', nominal: d - REMINDER_LEAD_DAYS, send: lastWd(d - REMINDER_LEAD_DAYS) });
const dueSlot = (d: number): DaySlot => ({ kind: 'due', nominal: d, send: lastWd(d) });
const overdueSlot = (d: number, k: number): DaySlot => {
  const nominal = d + 1 + OVERDUE_EVERY_DAYS * k;
  return { kind: 'overdue', nominal, send: nextWd(nominal) };
};

/** Latest slot sent on or before `day` for a step due on day number `d`, in day numbers (only that slot is made). */
export function latestDaySlot(d: number, day: number): DaySlot | null {
  if (day >= d + 1) {
    const k = Math.floor((day - d - 1) / OVERDUE_EVERY_DAYS);
    const nominal = d + 1 + OVERDUE_EVERY_DAYS * k;
    const send = nextWd(nominal);
    if (send <= day) return { kind: 'overdue', nominal, send };
    if (k > 0) return overdueSlot(d, k - 1);
  }
  const dueSend = lastWd(d);
  if (dueSend <= day) return { kind: 'due', nominal: d, send: dueSend };
  const beforeSend = lastWd(d - REMINDER_LEAD_DAYS);
  return beforeSend <= day ? { kind: 'before', nominal: d - REMINDER_LEAD_DAYS, send: beforeSend } : null;
}

/** First slot sent after `day` for a step due on day number `d`, in day numbers. */
export function nextDaySlot(d: number, day: number): DaySlot {
  const before = beforeSlot(d);
  if (before.send > day) return before;
  const due = dueSlot(d);
  if (due.send > day) return due;
  const k = Math.max(0, Math.floor((day - d - 1) / OVERDUE_EVERY_DAYS));
  const s = overdueSlot(d, k);
  return s.send > day ? s : overdueSlot(d, k + 1);
}

/** The day the first slot after `day` goes out, for a step due on day number `d` (nextDaySlot's send, no object made). */
export function nextSendDay(d: number, day: number): number {
  const before = lastWd(d - REMINDER_LEAD_DAYS);
  if (before > day) return before;
  const due = lastWd(d);
  if (due > day) return due;
  const k = Math.max(0, Math.floor((day - d - 1) / OVERDUE_EVERY_DAYS));
  const overdue = nextWd(d + 1 + OVERDUE_EVERY_DAYS * k);
  return overdue > day ? overdue : nextWd(d + 1 + OVERDUE_EVERY_DAYS * (k + 1));
}

const toSlot = (s: DaySlot): ReminderSlot => ({ kind: s.kind, date: fromDayNumber(s.nominal), sendOn: fromDayNumber(s.send) });

/** The latest reminder slot of a step due on `due` that goes out on or before `day` (null: none yet). */
export function latestReminderSlot(due: IsoDate, day: IsoDate): ReminderSlot | null {
  const s = latestDaySlot(toDayNumber(due), toDayNumber(day));
  return s && toSlot(s);
}

/** The first reminder slot of a step due on `due` that goes out after `day` (the case's next due date). */
export function nextReminderSlot(due: IsoDate, day: IsoDate): ReminderSlot {
  return toSlot(nextDaySlot(toDayNumber(due), toDayNumber(day)));
}

/** The idempotency key of one reminder: case, step, kind and the slot's date. */
export function reminderKey(caseId: string, stepId: StepId, slot: Pick<ReminderSlot, 'kind' | 'date'>): string {
  return slotKey(caseId, stepId, slot.kind, slot.date);
}

/** reminderKey from its parts (a pass makes thousands: one flat string each, where a template makes a chain of pieces). */
export function slotKey(caseId: string, stepId: StepId, kind: ReminderKind, date: IsoDate): string {
  return ['reminder', caseId, stepId, kind, date].join(':');
}
