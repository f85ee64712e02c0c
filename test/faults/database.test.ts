// Fault (d): a locked or read-only database file. Decision (documented in the README, "A locked or read-only database"):
// - At start, a database `serve` cannot open or migrate stops it ONCE: exit code 1 and one stderr line naming the
//   problem ("serve failed: …"); it does not retry in a loop by itself.
// - While running, a database locked by another process: deliveries that must be stored get 503 (Slack retries),
//   /readyz 503, /healthz 200, the process stays up; within a second of the lock going away they are handled once.
//   What Slack sees is recorded in the printed outcomes (see the README's "Measured figures").
// - A read-only database file (the directory still writable) is served read-only: writes fail like above,
//   nothing crashes.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../src/core/calendar/amsterdam.js';
import { startFakeSlack, type FakeSlack } from '../../bench/ack/fakeSlack.js';
import { freePort, spawnOurs, waitHealthy, type Child } from '../../bench/ack/processes.js';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET, sickReportSubmission, appHomeOpened } from '../../bench/ack/slackRequests.js';
import { employee, faultDir, PIET, postSlack, prepareWorld, type FaultDir } from './support/world.js';

let slack: FakeSlack;
const outcomes: string[] = [];
const children: Child[] = [];
const dirs: FaultDir[] = [];
const undo: Array<() => void> = [];
beforeAll(async () => { slack = await startFakeSlack(); });
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => c.stop('SIGKILL')));
  for (const u of undo.splice(0)) u();
});
afterAll(async () => {
  console.log(`database faults:\n  ${outcomes.join('\n  ')}`);
  await slack.close();
  for (const d of dirs) d.cleanup();
});

async function world(): Promise<FaultDir> {
  const d = faultDir('db');
  dirs.push(d);
  await prepareWorld(d, 3);
  return d;
}

async function serve(d: FaultDir): Promise<Child> {
  const c = spawnOurs({ port: await freePort(), databasePath: d.dbPath, slackApiUrl: slack.url, signingSecret: BENCH_SIGNING_SECRET, botToken: BENCH_BOT_TOKEN });
  children.push(c);
  return c;
}

/** Makes a file (or directory) unwritable even for root: chattr +i when we are root, else chmod. */
function readOnly(path: string): boolean {
  if (process.getuid?.() === 0) {
    try {
      execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
      undo.push(() => execFileSync('chattr', ['-i', path], { stdio: 'ignore' }));
      return true;
    } catch {
      return false; // no chattr here: root would write through a chmod anyway
    }
  }
  chmodSync(path, 0o444);
  undo.push(() => chmodSync(path, 0o644));
  return true;
}

const base = (c: Child) => `http://127.0.0.1:${c.port}`;

describe('a locked or read-only database', () => {
  it('at start: a database locked by another process stops serve once, with one line saying so', async () => {
    const d = faultDir('db-lock-start');
    dirs.push(d);
    mkdirSync(dirname(d.dbPath), { recursive: true });
    const holder = new Database(d.dbPath);
    holder.exec('BEGIN EXCLUSIVE; CREATE TABLE held (x);'); // an empty file whose write lock another process holds
    undo.push(() => { holder.exec('ROLLBACK'); holder.close(); });
    const c = await serve(d);
    const t0 = Date.now();
    const code = await c.exited;
    const lines = c.output().split('\n').filter((l) => l.startsWith('serve failed'));
    outcomes.push(`locked at start: exit ${code} after ${Date.now() - t0} ms, "${lines[0]}"`);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/locked|busy/i);
  });

  it('at start: an unwritable database directory stops serve once, with one line naming the problem', async () => {
    const d = await world();
    if (!readOnly(d.dbPath) || !readOnly(dirname(d.dbPath))) return void outcomes.push('read-only at start: skipped (cannot make files read-only here)');
    const c = await serve(d);
    const code = await c.exited;
    const lines = c.output().split('\n').filter((l) => l.startsWith('serve failed'));
    outcomes.push(`read-only directory at start: exit ${code}, "${lines[0]}"`);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/database|readonly|read-only|open/i);
  });

  it('while running: a lock held by another process fails the writes kindly, keeps serving, and recovers', async () => {
    const d = await world();
    const c = await serve(d);
    await waitHealthy(c);
    const pid = c.proc.pid;
    const holder = new Database(d.dbPath);
    holder.pragma('busy_timeout = 5000');
    holder.exec('BEGIN EXCLUSIVE');
    const report = sickReportSubmission('2001.lock.trigger', PIET.slack, { employee: employee(1).slack, firstSickDay: amsterdamDate(new Date()) });
    const t0 = Date.now();
    const during = await postSlack(base(c), report);
    const waited = Date.now() - t0;
    const home = await postSlack(base(c), appHomeOpened('EvLockHome1', PIET.slack));
    const health = await fetch(`${base(c)}/healthz`);
    const ready = await fetch(`${base(c)}/readyz`);
    holder.exec('ROLLBACK');
    holder.close();
    // The server notices within a second (it probes once a second while it cannot write); Slack's retries and a
    // person resubmitting come later than that.
    await new Promise((r) => setTimeout(r, 1200));
    // Slack retries an event it got no 2xx for; a person resubmits a modal that showed an error.
    const retryHome = await postSlack(base(c), appHomeOpened('EvLockHome1', PIET.slack), 1);
    const again = await postSlack(base(c), sickReportSubmission('2002.lock.trigger', PIET.slack, { employee: employee(1).slack, firstSickDay: amsterdamDate(new Date()) }));
    const db = new Database(d.dbPath, { readonly: true });
    const cases = (db.prepare("SELECT count(*) AS n FROM cases WHERE employee_id = ?").get(employee(1).personId) as { n: number }).n;
    db.close();
    outcomes.push(`locked while running: modal → ${during.status} ${during.body.slice(0, 80)} after ${waited} ms; event → ${home.status}; `
      + `/healthz ${health.status}, /readyz ${ready.status}; after release: event retry ${retryHome.status}, modal ${again.status}, cases ${cases}`);
    expect(c.proc.exitCode).toBeNull(); // still running, same process
    expect(c.proc.pid).toBe(pid);
    expect(health.status).toBe(200);
    // The modal was answered (whatever the status: Slack shows its own error after 3 s), not left hanging.
    expect(waited).toBeLessThan(8000);
    expect(during.status === 200 && during.body === '').toBe(false); // never a silent success that stored nothing
    expect(retryHome.status).toBe(200);
    expect(again.status).toBe(200);
    expect(cases).toBe(1);
  });

  it('while running: a read-only database file fails the writes, keeps serving, never crashes', async () => {
    const d = await world();
    const c = await serve(d);
    await waitHealthy(c);
    // The database file and its WAL go read-only (with the WAL writable SQLite would still accept writes there).
    // The memory-mapped -shm file is left alone: making a mapped file immutable under a running process kills
    // it with SIGBUS in the kernel, which no program can catch — not a fault the server can be asked to survive.
    const paths = [d.dbPath, `${d.dbPath}-wal`].filter((p) => existsSync(p));
    if (!paths.every(readOnly)) return void outcomes.push('read-only while running: skipped');
    const failed = (err: unknown) => ({ status: 0, body: `connection failed (${(err as Error).message})` });
    const r = await postSlack(base(c), sickReportSubmission('3001.ro.trigger', PIET.slack, { employee: employee(2).slack, firstSickDay: amsterdamDate(new Date()) })).catch(failed);
    const ev = await postSlack(base(c), appHomeOpened('EvRoHome1', PIET.slack)).catch(failed);
    await new Promise((res) => setTimeout(res, 1500));
    const health = await fetch(`${base(c)}/healthz`).catch(failed);
    const ready = await fetch(`${base(c)}/readyz`).catch(failed);
    if (c.proc.exitCode !== null || c.proc.signalCode !== null) {
      const last = c.output().split('\n').filter((l) => /error|Error|failed/.test(l)).slice(-3).map((l) => l.slice(0, 300));
      outcomes.push(`read-only volume while running: the process died (exit ${c.proc.exitCode ?? c.proc.signalCode}); last errors: ${last.join(' | ')}`);
    }
    outcomes.push(`read-only file while running: modal → ${r.status} ${r.body.slice(0, 80)}; event → ${ev.status}; /healthz ${health.status}, /readyz ${ready.status}; `
      + `process ${c.proc.exitCode === null ? 'still running' : `exited ${c.proc.exitCode}`}`);
    expect(c.proc.exitCode).toBeNull();
    expect(health.status).toBe(200);
    expect(r.status === 200 && r.body === '').toBe(false); // never a silent success that stored nothing
  });
});
