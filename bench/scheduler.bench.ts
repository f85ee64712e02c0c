// Benchmark (issue 4 item 8): with 100,000 open cases stored, one scheduler reminder pass for a day (read what
// is due, compute, write outbox rows, marks and next due dates) must take < 500 ms; the weekly digests of 1,000
// casemanagers with 100 cases each (read, built, audited, enqueued) < 2 s; peak RSS < 250 MB. Each figure is the
// median of 5 runs (after one warm-up), with the state reset between runs. The database is seeded by a child
// process, so the peak RSS measured is the scheduler's, not the seeding's. `npm run bench:scheduler` runs it compiled
// (scripts/build.mjs, then node), as `npm start` runs the server; `npx tsx` on this file works too but adds tsx's
// loader (~50 MB RSS) to the figure.
//
// The cases: first sick days spread evenly over the 104 weeks before the day, one period each, every step that
// fell due recorded as done (about 18 records a case, as a team that answers its reminders keeps them) except
// 15 % of those due in the last four weeks and 0.5 % of older ones, which stay overdue. The state is the one the
// previous day's pass left: next due dates and reminder marks as of yesterday.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { latestReminderSlot, nextReminderSlot, reminderKey } from '../src/app/reminders.js';
import { amsterdamInstant } from '../src/core/calendar/amsterdam.js';
import { addDays, type IsoDate } from '../src/core/calendar/isoDate.js';
import type { StepRecord, TimelineCase } from '../src/core/cases/types.js';
import { computeTimeline } from '../src/core/timeline/engine.js';
import { reminderDueDate } from '../src/core/timeline/reminderDue.js';
import type { Logger } from '../src/log.js';
import { digestPass, reminderPass, SCHEDULER_MARKS } from '../src/scheduler/passes.js';
import { targetPicker } from '../src/scheduler/targets.js';
import { openStore } from '../src/store/index.js';

const CASES = 100_000;
const CASEMANAGERS = 1_000;
const MANAGERS = 2_000;
const RUNS = 5;
const DAY: IsoDate = '2026-03-10'; // a Tuesday: the reminder pass
const MONDAY: IsoDate = '2026-03-09'; // the digest day
const YESTERDAY = addDays(DAY, -1);
const BARS = { passMs: 500, digestMs: 2000, rssMb: 250 };
const EMPLOYER = 'bench';

// Deterministic pseudo-random numbers (mulberry32).
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RHYTHM: Record<string, number> = { voortgangsgesprek: 42, 'spreekuur-bedrijfsarts': 91 };

/** Share of steps that fell due in the last four weeks and are still open (late, being handled). */
const LATE_RECENT = 0.15;
/** Share of older steps left open for good (they stay overdue and get weekly reminders). */
const LATE_CHRONIC = 0.005;

/** Whether a step due on `due` has been done: users act on reminders, a few late, very few never. */
const doneOnTime = (due: IsoDate, rand: () => number) => rand() >= (due >= addDays(DAY, -28) ? LATE_RECENT : LATE_CHRONIC);

/** Records of a case as a team using the bot keeps them: every step that fell due before the day (see doneOnTime). */
function recordsFor(tc: TimelineCase, rand: () => number): StepRecord[] {
  const cutoff = DAY;
  const records: StepRecord[] = [];
  for (const s of computeTimeline(tc, YESTERDAY).steps) {
    const due = reminderDueDate(s);
    if (due !== null && due < cutoff && !RHYTHM[s.id] && doneOnTime(due, rand)) records.push({ stepId: s.id, kind: 'done', date: due });
  }
  for (const s of computeTimeline({ ...tc, records }, YESTERDAY).steps) {
    const every = RHYTHM[s.id];
    if (!every || reminderDueDate(s) === null) continue;
    for (let d = s.due; d < cutoff && doneOnTime(d, rand); d = addDays(d, every)) records.push({ stepId: s.id, kind: 'done', date: d });
  }
  return records;
}

/** Seeds the database: one employer, managers, casemanagers, HR, bedrijfsartsen and 100,000 open cases. */
function seed(path: string): void {
  const store = openStore(path);
  const rand = rng(7);
  const slack = (id: string) => [{ platform: 'slack' as const, tenantId: 'TBENCH', userId: `U${id}` }];
  const person = (id: string, name: string, managerPersonId: string | null = null) =>
    store.people.upsert({ id, employerId: EMPLOYER, name, email: null, locale: null, managerPersonId, employmentEnd: null, identities: slack(id) });
  const intake = { phone: null, address: null, expectedDuration: 'weeks' as const, workHandover: null, workAccident: 'no' as const, trafficAccidentThirdParty: 'no' as const, safetyNet: 'no' as const };
  store.transaction(() => {
    store.employers.ensure(EMPLOYER, 'Bench BV');
    for (let i = 0; i < MANAGERS; i++) person(`m-${i}`, `Manager ${i}`);
    for (let i = 0; i < CASEMANAGERS; i++) person(`cm-${i}`, `Casemanager ${i}`);
    for (let i = 0; i < MANAGERS; i++) store.roles.add({ personId: `m-${i}`, employerId: EMPLOYER, role: 'manager', caseId: null });
    person('hr-0', 'HR 0');
    store.roles.add({ personId: 'hr-0', employerId: EMPLOYER, role: 'hr', caseId: null });
    for (let i = 0; i < 5; i++) {
      person(`ba-${i}`, `Bedrijfsarts ${i}`);
      store.roles.add({ personId: `ba-${i}`, employerId: EMPLOYER, role: 'bedrijfsarts', caseId: null });
    }
    for (let i = 0; i < CASES; i++) {
      const manager = `m-${i % MANAGERS}`;
      person(`e-${i}`, `Werknemer ${i}`, manager);
      const start = addDays(DAY, -1 - Math.floor(rand() * 700));
      const tc: TimelineCase = {
        periods: [{ start, end: null }], records: [], loonsanctieWeeks: 0, verlengingWeeks: 0, safetyNet: 'no', employer: { insured: false, ownRiskZiektewet: false },
      };
      const records = recordsFor(tc, rand);
      const marks: Record<string, string> = {};
      let nextDue: IsoDate | null = null;
      for (const s of computeTimeline({ ...tc, records }, YESTERDAY).steps) {
        const due = reminderDueDate(s);
        if (due === null) continue;
        const slot = latestReminderSlot(due, YESTERDAY);
        if (slot) marks[s.id] = reminderKey(`c-${i}`, s.id, slot);
        const next = nextReminderSlot(due, YESTERDAY).sendOn;
        if (nextDue === null || next < nextDue) nextDue = next;
      }
      store.cases.create({
        id: `c-${i}`, employerId: EMPLOYER, employeeId: `e-${i}`, managerOfRecordId: manager, reporterIds: [manager], periods: tc.periods,
        partialRecoverySince: null, intake, loonsanctieWeeks: 0, verlengingWeeks: 0, noLastingCapacity: false, functionalAdvice: null, closedOn: null,
        records: records.map((r, k) => ({ ...r, id: `r-${i}-${k}`, recordedBy: manager, recordedAt: `${start}T09:00:00.000Z` })),
        nextDue, createdAt: `${start}T08:00:00.000Z`,
      });
      if (Object.keys(marks).length) store.cases.advanceSchedule(`c-${i}`, 1, nextDue, marks);
      store.roles.add({ personId: `cm-${i % CASEMANAGERS}`, employerId: EMPLOYER, role: 'casemanager', caseId: `c-${i}` });
    }
  });
  store.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function timeRuns(label: string, run: () => void, reset: () => void): number {
  run(); // warm-up: the JIT has seen the hot path, as in a running server
  reset();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
    reset();
  }
  console.log(`${label}: runs ${ms.map((m) => m.toFixed(0)).join(', ')} ms`);
  return median(ms);
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'verzuimbot-bench-'));
  const path = join(dir, 'bench.db');
  try {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--seed', path], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error('seeding failed');
    console.log(`seeded ${fmt(CASES)} open cases, ${fmt(CASEMANAGERS)} casemanagers × ${CASES / CASEMANAGERS} cases, in ${((performance.now() - t0) / 1000).toFixed(1)} s (${fmt(statSync(path).size / 1e6)} MB)`);

    // As `serve` opens it: the scheduler folds the write-ahead log in after its tick, not inside the pass.
    const store = openStore(path, { manualCheckpoints: true });
    const db = store.db;
    const checkpointMs: number[] = [];
    const checkpoint = () => { const t0 = performance.now(); store.checkpoint(); checkpointMs.push(performance.now() - t0); };
    const log = pino({ level: 'silent' }) as unknown as Logger;
    const deps = { store, log, targetOf: targetPicker(['slack']) };
    db.exec(`CREATE TEMP TABLE saved_due AS SELECT case_id, next_due, marks FROM case_due WHERE next_due <= '${DAY}';`);
    const dueCount = (db.prepare('SELECT count(*) AS n FROM saved_due').get() as { n: number }).n;
    const resetPass = () => db.exec(`BEGIN;
      UPDATE case_due SET next_due = saved_due.next_due, marks = saved_due.marks FROM saved_due WHERE saved_due.case_id = case_due.case_id;
      DELETE FROM outbox; COMMIT;`);
    const resetAfterPass = () => { checkpoint(); resetPass(); store.checkpoint(); };
    let passResult: ReturnType<typeof reminderPass> = null;
    const passMs = timeRuns('reminder pass', () => { passResult = reminderPass(deps, amsterdamInstant(DAY, '09:00')); }, resetAfterPass);
    console.log(`  then the tick's checkpoint (off the pass): median ${median(checkpointMs).toFixed(0)} ms`);
    // What the store alone costs for the same cases: read and parse them, nothing else (the floor of any pass).
    const dueReadMs = timeRuns('  of which reading the due cases', () => store.cases.eachDueSchedule(DAY, () => undefined), () => undefined);
    console.log(`reminder pass for ${DAY}: ${fmt(dueCount)} cases due, ${fmt(passResult!.enqueued)} messages enqueued; median ${passMs.toFixed(0)} ms `
      + `(reading the due cases alone: ${dueReadMs.toFixed(0)} ms) (bar < ${BARS.passMs} ms): ${verdict(passMs < BARS.passMs)}`);

    let digests = 0;
    const resetDigests = () => { store.checkpoint(); db.exec(`DELETE FROM outbox; DELETE FROM kv WHERE namespace = '${SCHEDULER_MARKS}';`); store.checkpoint(); };
    const digestMs = timeRuns('weekly digests', () => { digests = digestPass(deps, amsterdamInstant(MONDAY, '08:00'))?.enqueued ?? 0; }, resetDigests);
    const openReadMs = timeRuns('  of which reading the open cases', () => store.cases.eachOpenSchedule({ employer: EMPLOYER }, addDays(MONDAY, 28), () => undefined), () => undefined);
    console.log(`weekly digests for ${MONDAY}: ${fmt(digests)} digests of ${CASES / CASEMANAGERS} cases; median ${digestMs.toFixed(0)} ms `
      + `(reading the ${fmt(CASES)} open cases alone: ${openReadMs.toFixed(0)} ms) (bar < ${BARS.digestMs} ms): ${verdict(digestMs < BARS.digestMs)}`);

    store.close();
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(`peak RSS: ${rssMb.toFixed(0)} MB (bar < ${BARS.rssMb} MB): ${verdict(rssMb < BARS.rssMb)}`);
    if (passMs >= BARS.passMs || digestMs >= BARS.digestMs || rssMb >= BARS.rssMb) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--seed') seed(process.argv[3]);
else main();
