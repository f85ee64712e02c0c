// `verzuimbot purge --dry-run [--date D] [--json]`: what the retention rules would delete on a date, by id and
// reason (no names). Without --dry-run it purges now, as the nightly job does (an operator action).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { purge, type PurgeReport } from '../../app/purge.js';
import { amsterdamDate, amsterdamInstant } from '../../core/calendar/amsterdam.js';
import { openStore } from '../../store/index.js';
import { printJson, UsageError, type Command } from '../io.js';
import { openForReading, parseDryRunArgs } from './digest.js';

const USAGE = 'purge --dry-run [--date YYYY-MM-DD] [--json]';

function text(r: PurgeReport): string {
  const head = r.dryRun ? `Dry run for ${r.date}: nothing is deleted.` : `Purged on ${r.date}.`;
  const verb = r.dryRun ? 'would delete' : 'deleted';
  return [
    head,
    `Cases ${verb}: ${r.cases.length}`,
    ...r.cases.map((c) => `  ${c.id} (${c.reason}, due since ${c.dueSince})`),
    `People ${verb}: ${r.people.length}`,
    ...r.people.map((p) => `  ${p.id} (${p.reason}, due since ${p.dueSince})`),
    `Audit entries of those cases before ${r.auditCutoff}: ${r.auditEntries}`,
  ].join('\n') + '\n';
}

/** Runs the purge command. */
export const run: Command = async (args, io) => {
  const opts = parseDryRunArgs(args, USAGE);
  if (!opts.dryRun && opts.date) throw new UsageError(`--date: only with --dry-run (a real purge runs as of today; usage: ${USAGE})`);
  const now = opts.date ? amsterdamInstant(opts.date, '02:00') : new Date();
  const date = opts.date ?? amsterdamDate(now);
  let store;
  if (opts.dryRun) store = openForReading(io);
  else {
    const path = io.env.DATABASE_PATH || './data/verzuimbot.db';
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    store = openStore(path);
  }
  try {
    const report = purge({ store, now }, date, { dryRun: opts.dryRun });
    if (opts.json) printJson(io, report);
    else io.stdout.write(text(report));
    return 0;
  } finally {
    store.close();
  }
};
