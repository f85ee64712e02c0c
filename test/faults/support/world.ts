// The fault suite's world: a tmp database prepared through the CLI (roles import, employer set), invented people
// with Slack and Teams accounts, and helpers to talk to a server the way Slack and Teams do.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../../src/cli/main.js';
import { BENCH_TEAM, type SignedRequest, userId } from '../../../bench/ack/slackRequests.js';

/** The manager who reports everyone sick (Slack). */
export const PIET = { personId: 'p-piet', slack: userId(1), name: 'Piet Jansen', teams: '00000000-0000-4000-8000-00000000b001' };
/** HR. */
export const FATIMA = { personId: 'p-fatima', slack: userId(2), name: 'Fatima El Amrani' };
/** The casemanager of every case (employer-wide). */
export const JAN = { personId: 'p-jan', slack: userId(3), name: 'Jan Bakker', teams: '00000000-0000-4000-8000-00000000b003' };
/** The manager of employee n when employees are spread over `managers` managers. */
export function managerOf(n: number, managers: number) {
  return manager((n - 1) % managers);
}
/** Extra manager m (1-based; manager 0 is Piet): Slack user U0B00002mm. */
export function manager(m: number) {
  return m === 0 ? PIET : { personId: `p-mgr-${m}`, slack: userId(200 + m), name: `Piet Jansen ${m}` };
}
/** Employee n (1-based): Slack user U0B00001nn. */
export function employee(n: number) {
  return { personId: `p-emp-${n}`, slack: userId(100 + n), name: `Anna de Vries ${n}`, teams: `00000000-0000-4000-8000-${String(200000000000 + n)}` };
}
/** The Teams tenant of the world. */
export const TENANT = '00000000-0000-4000-8000-00000000c0de';

/** A tmp dir with the database path and a cleanup. */
export interface FaultDir {
  dir: string;
  dbPath: string;
  cleanup(): void;
}

/** A fresh tmp dir. */
export function faultDir(prefix: string): FaultDir {
  const dir = mkdtempSync(join(tmpdir(), `verzuimbot-${prefix}-`));
  return { dir, dbPath: join(dir, 'data', 'verzuimbot.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the CLI in-process against `dbPath`; throws when it does not exit 0. */
export async function cli(dbPath: string, ...args: string[]): Promise<string> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => { stdout += String(d); });
  err.on('data', (d) => { stderr += String(d); });
  const code = await main(args, { stdout: out, stderr: err, stdin: new PassThrough(), env: { DATABASE_PATH: dbPath } });
  if (code !== 0) throw new Error(`verzuimbot ${args.join(' ')} exited ${code}: ${stderr}`);
  return stdout;
}

/**
 * Prepares the database as an operator would: the roles import (Piet manager, Fatima hr, Jan casemanager,
 * `managers - 1` more managers and `employees` employees spread over the managers, Piet first) and office hours
 * all day, so reminders go out whenever the suite runs.
 */
export async function prepareWorld(d: FaultDir, employees: number, managers = 1): Promise<void> {
  const rows = [
    'employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd',
    `acme,${PIET.personId},${PIET.name},piet@example.nl,${PIET.slack},${PIET.teams},manager,,`,
    `acme,${FATIMA.personId},${FATIMA.name},fatima@example.nl,${FATIMA.slack},,hr,,`,
    `acme,${JAN.personId},${JAN.name},jan@example.nl,${JAN.slack},${JAN.teams},casemanager,,`,
  ];
  for (let m = 1; m < managers; m++) {
    const x = manager(m);
    rows.push(`acme,${x.personId},${x.name},mgr${m}@example.nl,${x.slack},,manager,,`);
  }
  for (let n = 1; n <= employees; n++) {
    const e = employee(n);
    rows.push(`acme,${e.personId},${e.name},emp${n}@example.nl,${e.slack},${e.teams},employee,${managerOf(n, managers).personId},`);
  }
  const csv = join(d.dir, 'roles.csv');
  writeFileSync(csv, rows.join('\n') + '\n');
  await cli(d.dbPath, 'roles', 'import', csv);
  await cli(d.dbPath, 'employer', 'set', 'acme', '--office-hours', '00:00-23:59');
}

/** Posts a signed Slack request to /slack/events (optionally as Slack's retry). */
export async function postSlack(baseUrl: string, r: SignedRequest, retryNum = 0): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { ...r.headers };
  if (retryNum > 0) Object.assign(headers, { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' });
  const res = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body: r.body, signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.text() };
}

/** A Teams personal-chat message activity from employee-like user `aad`, with serviceUrl pointing at a fake. */
export function teamsActivity(serviceUrl: string, aad: string, id: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message', id, channelId: 'msteams', serviceUrl, timestamp: new Date().toISOString(), locale: 'nl-NL',
    from: { id: `29:${aad}`, name: 'Teams user', aadObjectId: aad },
    recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'verzuimbot' },
    conversation: { id: `a:personal-${aad}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...fields,
  };
}

/** Posts a Bot Framework activity to /api/messages (local mode: no token). */
export async function postTeams(baseUrl: string, activity: unknown): Promise<{ status: number; body: string }> {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity), signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, body: await res.text() };
}

/** Waits until `count()` has not changed for `quietMs` (asynchronous work after an ack has settled). */
export async function settled(count: () => number, quietMs = 400, maxMs = 15_000): Promise<void> {
  const until = Date.now() + maxMs;
  let last = count();
  let since = Date.now();
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    const now = count();
    if (now !== last) { last = now; since = Date.now(); }
    else if (Date.now() - since >= quietMs) return;
  }
}

/** The Slack workspace of every request. */
export { BENCH_TEAM as TEAM };
