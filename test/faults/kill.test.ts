// Fault (a): SIGKILL `verzuimbot serve` at random moments during a burst of signed Slack sick-report modal
// submissions and button presses, restart it on the same database, and count: every acknowledged report is
// present, every acknowledged press has its effect (or is reported as lost), and no reminder reaches Slack twice —
// not even one whose send a kill interrupted between Slack's answer and the outbox mark (the resend looks for it
// in the DM's history first).
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/calendar/isoDate.js';
import { amsterdamDate, amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import { isWorkingDay } from '../../src/core/calendar/holidays.js';
import { startFakeSlack, type FakeSlack } from '../../bench/ack/fakeSlack.js';
import { freePort, spawnOurs, waitHealthy, type Child } from '../../bench/ack/processes.js';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET, blockAction, sickReportSubmission } from '../../bench/ack/slackRequests.js';
import { drive, killer, type Job, type Target } from './support/driver.js';
import { employee, faultDir, managerOf, prepareWorld, type FaultDir } from './support/world.js';

const EMPLOYEES = Number(process.env.VERZUIMBOT_KILL_REPORTS) || 90;
/** Slack users the bot has never seen, reporting themselves sick: their first contact asks users.info (slowed to
 * 1.5 s at the fake), which widens the time between receiving a report and storing it — where a kill hurts. */
const NEWCOMERS = Number(process.env.VERZUIMBOT_KILL_NEWCOMERS) || 30;
const KILLS = Number(process.env.VERZUIMBOT_KILLS) || 8;
const SEED = Number(process.env.VERZUIMBOT_KILL_SEED) || 8;
/** Employees are spread over this many managers, so the reminders go to many people (one message each a day). */
const MANAGERS = 30;
/** Kills while the scheduler delivers the reminders, after the burst. */
const DELIVERY_KILLS = Number(process.env.VERZUIMBOT_DELIVERY_KILLS) || 4;

let d: FaultDir;
let slack: FakeSlack;
let port: number;
let target: Target;
const started: Child[] = [];
const killedAt: number[] = [];
const jobs: Job[] = [];
/** On a weekend or holiday the server lives on the next working day at 10:00 (reminders go out on working days). */
const clockOffsetMs = (() => {
  let day = amsterdamDate(new Date());
  if (isWorkingDay(day)) return 0;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return amsterdamInstant(day, '10:00').getTime() - Date.now();
})();
const today = amsterdamDate(new Date(Date.now() + clockOffsetMs));

function spawn(): Child {
  const c = spawnOurs({
    port, databasePath: d.dbPath, slackApiUrl: slack.url, signingSecret: BENCH_SIGNING_SECRET, botToken: BENCH_BOT_TOKEN,
    extra: { SCHEDULER_INTERVAL_SECONDS: '1', LOG_LEVEL: 'info', VERZUIMBOT_TEST_CLOCK_OFFSET_MS: String(clockOffsetMs) },
    preload: ['./test/faults/support/shiftClock.ts'],
  });
  started.push(c);
  return c;
}

beforeAll(async () => {
  d = faultDir('kill');
  await prepareWorld(d, EMPLOYEES, MANAGERS);
  // users.info slowed: first contacts take long; chat.postMessage slowed a little: sends take long enough to be
  // interrupted by a kill between Slack's answer and the outbox mark.
  slack = await startFakeSlack({ delayByMethod: { 'users.info': 1500, 'chat.postMessage': 80 }, clockOffsetMs });
  port = await freePort();
  const first = spawn();
  target = { current: first, restart: async () => (target.current = spawn()), clockOffsetMs };
  await waitHealthy(first);

  for (let n = 1; n <= EMPLOYEES; n++) {
    const fsd = addDays(today, -(n % 30)); // some fresh, some weeks old: reminders of every kind come due
    // Each employee's own manager reports (and later presses), as the manager of record.
    const by = managerOf(n, MANAGERS).slack;
    jobs.push({ kind: 'report', key: `${employee(n).personId}@${fsd}`, attempts: 0, request: sickReportSubmission(`${n}.kill.${SEED}`, by, { employee: employee(n).slack, firstSickDay: fsd }) });
  }
  for (let n = 1; n <= NEWCOMERS; n++) {
    const user = `U0N${String(n).padStart(7, '0')}`;
    jobs.push({ kind: 'report', key: `slack:${user}@${today}`, attempts: 0, request: sickReportSubmission(`${n}.new.${SEED}`, user, { employee: user, firstSickDay: today }) });
  }
  jobs.sort((a, b) => (a.key < b.key ? -1 : 1)); // newcomers spread among the others
  const readCase = (personId: string): string | undefined => {
    const db = new Database(d.dbPath, { readonly: true, fileMustExist: true });
    try { return (db.prepare('SELECT id FROM cases WHERE employee_id = ?').get(personId) as { id: string } | undefined)?.id; } finally { db.close(); }
  };
  // A button press follows each acknowledged report: the manager marks the arbodienst report done.
  const follow = (done: Job): Job | undefined => {
    if (done.kind !== 'report') return undefined;
    if (done.key.startsWith('slack:')) return undefined;
    const personId = done.key.split('@')[0];
    const caseId = readCase(personId);
    if (!caseId) return undefined;
    const by = managerOf(Number(personId.replace('p-emp-', '')), MANAGERS).slack;
    return { kind: 'press', key: caseId, attempts: 0, request: blockAction(`${caseId}.press.${SEED}`, by, 'step-done', `${caseId}:ziekmelding-arbodienst`) };
  };
  await Promise.all([drive(target, jobs, 4, follow), killer(target, KILLS, SEED, 300, 1500, killedAt)]);
  // Kill again while the scheduler delivers the reminders the reports made due.
  await killer(target, DELIVERY_KILLS, SEED + 1, 700, 2000, killedAt);
  // Let the scheduler deliver what is due, then stop gracefully.
  const until = Date.now() + 30_000;
  let quiet = 0;
  while (Date.now() < until && quiet < 3) {
    await new Promise((r) => setTimeout(r, 1000));
    const db = new Database(d.dbPath, { readonly: true });
    const open = (db.prepare("SELECT count(*) AS n FROM outbox WHERE state IN ('pending', 'sending')").get() as { n: number }).n;
    db.close();
    quiet = open === 0 ? quiet + 1 : 0;
  }
  await target.current.stop('SIGTERM');
}, 240_000);

afterAll(async () => {
  await Promise.all(started.map((c) => c.stop('SIGKILL')));
  await slack?.close();
  d?.cleanup();
});

describe(`SIGKILL during a burst (${EMPLOYEES + NEWCOMERS} sick reports + presses, ${KILLS} + ${DELIVERY_KILLS} kills)`, () => {
  it('keeps every acknowledged sick report', () => {
    const db = new Database(d.dbPath, { readonly: true });
    const reports = jobs.filter((j) => j.kind === 'report');
    const refused = reports.filter((j) => /"errors"/.test(j.ackBody ?? ''));
    const missing = reports.filter((j) => !refused.includes(j)).filter((j) => {
      const [who, fsd] = j.key.split('@');
      const personId = who.startsWith('slack:')
        ? (db.prepare("SELECT person_id FROM identities WHERE platform = 'slack' AND user_id = ?").get(who.slice(6)) as { person_id: string } | undefined)?.person_id
        : who;
      const rows = db.prepare('SELECT data FROM cases WHERE employee_id = ?').all(personId) as Array<{ data: string }>;
      return !rows.some((r) => (JSON.parse(r.data) as { periods: Array<{ start: string }> }).periods.some((p) => p.start === fsd));
    });
    db.close();
    const retried = reports.filter((j) => j.attempts > 1).length;
    console.log(`kill test: ${killedAt.length} SIGKILLs (${KILLS} during the burst, ${killedAt.length - KILLS} during delivery; ${started.length} processes); ${reports.length} reports acknowledged (${NEWCOMERS} by first-contact users) `
      + `(${retried} needed a retry, ${refused.length} acknowledged with a refusal), missing after restart: ${missing.length}`);
    expect(reports.every((j) => j.ackStatus === 200)).toBe(true);
    expect(refused.map((j) => `${j.key}: ${j.ackBody}`)).toEqual([]);
    expect(missing.map((j) => `${j.key} (acknowledged on attempt ${j.attempts}: ${j.ackBody || 'empty ack'})`)).toEqual([]);
  });

  it('applies acknowledged button presses once (a press lost between ack and handling is counted)', () => {
    const db = new Database(d.dbPath, { readonly: true });
    const presses = jobs.filter((j) => j.kind === 'press');
    let lost = 0;
    let doubled = 0;
    for (const p of presses) {
      const row = db.prepare('SELECT data FROM cases WHERE id = ?').get(p.key) as { data: string } | undefined;
      const records = row ? (JSON.parse(row.data) as { records: Array<{ stepId: string; kind: string }> }).records.filter((r) => r.stepId === 'ziekmelding-arbodienst' && r.kind === 'done') : [];
      if (records.length === 0) lost++;
      if (records.length > 1) doubled++;
    }
    db.close();
    console.log(`kill test: ${presses.length} presses acknowledged, applied twice: ${doubled}, lost (acknowledged, then killed before handling): ${lost}`);
    expect(presses.length).toBeGreaterThan(0);
    expect(doubled).toBe(0);
  });

  it('sends no reminder twice, not even one a kill interrupted between Slack\'s answer and the mark', (ctx) => {
    const log = started.map((c) => c.output()).join('\n');
    if (/"scheduler":"off"/.test(log)) {
      console.log('kill test: the scheduler is not wired into serve (start-up says scheduler off): reminders not measured');
      ctx.skip();
    }
    const reminders = slack.ok('chat.postMessage').filter((c) => /Herinnering|Reminder/.test(JSON.stringify([c.params.text, c.params.blocks])));
    const seen = new Map<string, number>();
    let twice = 0;
    let afterKill = 0;
    for (const r of reminders) {
      const key = `${String(r.params.channel)}|${JSON.stringify([r.params.text, r.params.blocks])}`;
      const first = seen.get(key);
      if (first === undefined) { seen.set(key, r.at); continue; }
      twice++;
      if (killedAt.some((k) => k - first < 5000 && first - k < 1000 && r.at > k)) afterKill++;
      const kills = killedAt.map((k) => k - first).filter((x) => x > -10_000 && x < 20_000);
      console.log(`  sent twice: ${r.at - first} ms apart; kills relative to the first copy (ms): ${JSON.stringify(kills)}`);
    }
    // Sends a kill interrupted: the restarted process found them in the DM's history instead of posting again.
    const found = (log.match(/an earlier attempt reached the DM/g) ?? []).length;
    const db = existsSync(d.dbPath) ? new Database(d.dbPath, { readonly: true }) : undefined;
    const rows = db?.prepare("SELECT state, count(*) AS n FROM outbox WHERE kind = 'reminder' GROUP BY state").all() as Array<{ state: string; n: number }>;
    db?.close();
    console.log(`kill test: reminder messages at the fake Slack ${reminders.length} (distinct ${seen.size}); sent twice ${twice} `
      + `(${afterKill} right after a kill); interrupted sends found in the DM and not posted again ${found}; `
      + `outbox reminder rows by state ${JSON.stringify(rows)}`);
    expect(reminders.length).toBeGreaterThan(0);
    expect(twice).toBe(0);
    expect(rows.filter((r) => r.state !== 'sent')).toEqual([]);
  });
});

