// The scheduler's three writing passes: reminders (office hours, working days), the weekly digest and the
// nightly retention purge. Each writes to the outbox (or deletes) in one transaction, so a crash leaves
// either all of a pass or nothing; kv marks keep the digest weekly and the purge daily.
import { DIGEST_TIME, digestDayOf, eachDigest, isoWeekOf } from '../app/digest.js';
import { purge, type PurgeReport } from '../app/purge.js';
import { dueReminders, enqueueReminders, type RemindersEnqueued } from '../app/reminders.js';
import { amsterdamDate, amsterdamMinuteOfDay } from '../core/calendar/amsterdam.js';
import { isWorkingDay } from '../core/calendar/holidays.js';
import type { Logger } from '../log.js';
import type { DeliveryTarget } from '../ports/outbox.js';
import type { Person } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import { inOfficeHours, minutesOf } from './officeHours.js';

/** kv namespace of the scheduler's own marks. */
export const SCHEDULER_MARKS = 'scheduler';
/** Sent outbox rows are kept this many days (their keys refer to past days, so no message can come back). */
export const OUTBOX_SENT_DAYS = 30;
/** Dead letters are kept this many days for `digest --dry-run` and the logs. */
export const OUTBOX_DEAD_DAYS = 90;
const DAY_MS = 86_400_000;

/** Local time from which the nightly purge runs (once per day). */
export const PURGE_AFTER = '01:00';

/** What a pass needs. */
export interface PassDeps {
  store: Store;
  log: Logger;
  targetOf: (p: Person) => DeliveryTarget | null;
}

/** Reminders for today, for the employers inside their office hours; null when none is (or not a working day). */
export function reminderPass(d: PassDeps, now: Date): (RemindersEnqueued & { skipped: number }) | null {
  const today = amsterdamDate(now);
  if (!isWorkingDay(today)) return null;
  const open = (e: Parameters<typeof inOfficeHours>[0]) => inOfficeHours(e, now);
  if (!d.store.employers.list().some(open)) return null;
  const ctx = { store: d.store, now };
  const due = dueReminders(ctx, today, { includeEmployer: open, targetOf: d.targetOf });
  if (!due.cases.length) return { enqueued: 0, duplicates: 0, undeliverable: 0, cases: 0, skipped: due.skipped };
  const r = enqueueReminders(ctx, due);
  d.log.info({ date: today, ...r, skipped: due.skipped, people: due.people.length }, 'scheduler: reminders enqueued');
  return { ...r, skipped: due.skipped };
}

/** True when the digest of `now`'s week is due: on or after its day, from 08:00 on that day. */
export function digestDue(now: Date): boolean {
  const today = amsterdamDate(now);
  const day = digestDayOf(today);
  return today > day || (today === day && amsterdamMinuteOfDay(now) >= minutesOf(DIGEST_TIME));
}

/** The week's digests, once per ISO week (missed Monday: sent on the first tick later that week). */
export function digestPass(d: PassDeps, now: Date): { enqueued: number; undeliverable: number } | null {
  if (!digestDue(now)) return null;
  const today = amsterdamDate(now);
  const week = isoWeekOf(today);
  if (d.store.kv.get<string>(SCHEDULER_MARKS, 'digest-week') === week) return null;
  const at = now.toISOString();
  const r = d.store.transaction(() => {
    const counts = { enqueued: 0, undeliverable: 0 };
    // Each digest is queued as soon as it is built: the pass never holds them all.
    eachDigest({ store: d.store, now }, today, { skipEmpty: true }, (digest) => {
      const person = d.store.people.get(digest.personId);
      const target = person && d.targetOf(person);
      if (!target) {
        counts.undeliverable++;
        return;
      }
      const added = d.store.outbox.enqueue({
        idempotencyKey: digest.key, kind: 'digest', personId: digest.personId, target, message: digest.message, notBefore: at, createdAt: at,
      });
      if (added) counts.enqueued++;
    });
    d.store.kv.set(SCHEDULER_MARKS, 'digest-week', week);
    return counts;
  });
  d.log.info({ week, ...r }, 'scheduler: weekly digests enqueued');
  return r;
}

/** The retention purge, once per day from 01:00; also drops expired conversation state. */
export function purgePass(d: PassDeps, now: Date): PurgeReport | null {
  const today = amsterdamDate(now);
  if (amsterdamMinuteOfDay(now) < minutesOf(PURGE_AFTER)) return null;
  if (d.store.kv.get<string>(SCHEDULER_MARKS, 'purge-day') === today) return null;
  const report = purge({ store: d.store, now }, today, { dryRun: false });
  const conversations = d.store.conversations.purgeExpired(now);
  // Housekeeping: without it the outbox would grow by every message ever sent.
  const outboxRows = d.store.outbox.deleteSettled(new Date(now.getTime() - OUTBOX_SENT_DAYS * DAY_MS), new Date(now.getTime() - OUTBOX_DEAD_DAYS * DAY_MS));
  d.store.kv.set(SCHEDULER_MARKS, 'purge-day', today);
  d.log.info({
    date: today, cases: report.cases.map((c) => c.id), people: report.people.map((p) => p.id), auditEntries: report.auditEntries, conversations, outboxRows,
  }, 'scheduler: retention purge done');
  return report;
}
