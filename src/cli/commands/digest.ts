// `verzuimbot digest --dry-run [--date D] [--json]`: what the scheduler would enqueue on a date (reminders and
// the weekly digests) without writing anything, plus the dead-lettered messages with their reasons. Ids only.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { buildDigests, digestDayOf, isoWeekOf, type Digest } from '../../app/digest.js';
import { dueReminders, type PersonReminders } from '../../app/reminders.js';
import { amsterdamDate, amsterdamInstant } from '../../core/calendar/amsterdam.js';
import { isIsoDate, type IsoDate } from '../../core/calendar/isoDate.js';
import type { Store } from '../../ports/store.js';
import { SCHEDULER_MARKS } from '../../scheduler/passes.js';
import { openStore } from '../../store/index.js';
import { printJson, UsageError, type CliIo, type Command } from '../io.js';

/** Parsed options shared by `digest` and `purge`. */
export interface DryRunArgs {
  dryRun: boolean;
  date: IsoDate | null;
  json: boolean;
}

const dateArg = z.string().refine(isIsoDate);

/** Parses --dry-run, --date D (or --date=D) and --json; anything else is a usage error naming it. */
export function parseDryRunArgs(args: string[], usage: string): DryRunArgs {
  const out: DryRunArgs = { dryRun: false, date: null, json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--dry-run') out.dryRun = true;
    else if (a === '--json') out.json = true;
    else if (a === '--date' || a.startsWith('--date=')) {
      const value = a === '--date' ? args[++i] : a.slice('--date='.length);
      if (value === undefined || !dateArg.safeParse(value).success) throw new UsageError(`--date: expected a real date as YYYY-MM-DD (usage: ${usage})`);
      out.date = value;
    } else throw new UsageError(`${a}: unknown argument (usage: ${usage})`);
  }
  return out;
}

/** Opens DATABASE_PATH (default ./data/verzuimbot.db) read-only; an absent file reads as an empty database. */
export function openForReading(io: CliIo): Store {
  const path = io.env.DATABASE_PATH || './data/verzuimbot.db';
  return path !== ':memory:' && existsSync(path) ? openStore(path, { readonly: true }) : openStore(':memory:');
}

const USAGE = 'digest --dry-run [--date YYYY-MM-DD] [--json]';

function reminderJson(p: PersonReminders) {
  return {
    personId: p.personId, key: p.key, target: p.target,
    items: p.items.map((i) => ({ caseId: i.caseId, stepId: i.stepId, kind: i.kind, due: i.due, reminderDate: i.reminderDate, sendOn: i.sendOn, key: i.key })),
  };
}

function digestJson(d: Digest) {
  return {
    personId: d.personId, key: d.key, isoWeek: d.isoWeek,
    counts: { open: d.open.length, new: d.new.length, overdue: d.overdue.length, dueSoon: d.dueSoon.length, stagnation: d.stagnation.length, upcoming42: d.upcoming42.length },
  };
}

/** The weekly digests the scheduler would still enqueue on `date` (none before the week's digest day). */
function wouldDigest(store: Store, date: IsoDate): Digest[] {
  if (date < digestDayOf(date) || store.kv.get<string>(SCHEDULER_MARKS, 'digest-week') === isoWeekOf(date)) return [];
  return buildDigests({ store, now: amsterdamInstant(date, '08:00') }, date, { audit: false, skipEmpty: true })
    .filter((d) => !store.outbox.has(d.key));
}

/** Runs the digest dry run. */
export const run: Command = async (args, io) => {
  const opts = parseDryRunArgs(args, USAGE);
  if (!opts.dryRun) throw new UsageError(`--dry-run: required; the scheduler inside serve does the real sending (usage: ${USAGE})`);
  const date = opts.date ?? amsterdamDate(new Date());
  const store = openForReading(io);
  try {
    const reminders = dueReminders({ store, now: amsterdamInstant(date, '09:00') }, date).people.filter((p) => !store.outbox.has(p.key));
    const digests = wouldDigest(store, date);
    const dead = store.outbox.list({ state: 'dead' }).map((r) => ({
      id: r.id, key: r.idempotencyKey, kind: r.kind, personId: r.personId, platform: r.target.platform, attempts: r.attempts, reason: r.lastError,
    }));
    if (opts.json) {
      printJson(io, { date, dryRun: true, reminders: reminders.map(reminderJson), digests: digests.map(digestJson), deadLetters: dead });
      return 0;
    }
    const lines = [`Dry run for ${date}: nothing is written.`, `Reminders: ${reminders.length} message(s)`];
    for (const p of reminders) {
      lines.push(`  ${p.personId}${p.target ? '' : ' (no account to reach)'}: ${p.items.map((i) => `${i.stepId} ${i.kind} (due ${i.due}, case ${i.caseId})`).join('; ')}`);
    }
    lines.push(digests.length || date >= digestDayOf(date) ? `Digests: ${digests.length}` : `Digests: none on this date (this week's go out on ${digestDayOf(date)})`);
    for (const d of digests) lines.push(`  ${d.personId}: ${d.open.length} open, ${d.overdue.length} overdue, ${d.dueSoon.length} due in 14 days`);
    lines.push(`Dead letters: ${dead.length}`);
    for (const d of dead) lines.push(`  #${d.id} ${d.kind} ${d.key} to ${d.personId} on ${d.platform}, ${d.attempts} attempt(s): ${d.reason ?? 'unknown'}`);
    io.stdout.write(lines.join('\n') + '\n');
    return 0;
  } finally {
    store.close();
  }
};
