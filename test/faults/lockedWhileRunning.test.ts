// Fault (d), counted: while another process holds the database's write lock, `serve` answers every Slack event
// 503 at once (not 200: it could not store it), /readyz 503 with the reason, /healthz 200, and logs one line when it
// loses the database and one when it has it back — not one per request. Slack re-sends an event it got no 2xx for;
// here each is re-sent every 300 ms until acknowledged. After the lock lifts every event is handled exactly once.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../bench/ack/fakeSlack.js';
import { freePort, spawnOurs, waitHealthy, type Child } from '../../bench/ack/processes.js';
import {
  appHomeOpened, BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET, directMessage, sign, userId, type SignedRequest,
} from '../../bench/ack/slackRequests.js';
import { employee, FATIMA, faultDir, JAN, PIET, prepareWorld, settled, type FaultDir } from './support/world.js';

let d: FaultDir;
let slack: FakeSlack;
let server: Child;
const base = () => `http://127.0.0.1:${server.port}`;

beforeAll(async () => {
  d = faultDir('db-locked-running');
  await prepareWorld(d, 3);
  slack = await startFakeSlack();
  server = spawnOurs({ port: await freePort(), databasePath: d.dbPath, slackApiUrl: slack.url, signingSecret: BENCH_SIGNING_SECRET, botToken: BENCH_BOT_TOKEN });
  await waitHealthy(server);
});
afterAll(async () => {
  await server?.stop('SIGKILL');
  await slack?.close();
  d?.cleanup();
});

interface Sent {
  request: SignedRequest;
  statuses: number[];
  firstMs?: number;
}

/** Posts until a 2xx comes back, as Slack retries events (fresh signature, X-Slack-Retry-Num). */
async function deliver(s: Sent, stopAfterMs: number): Promise<void> {
  const t0 = Date.now();
  for (let attempt = 0; Date.now() - t0 < stopAfterMs; attempt++) {
    const headers: Record<string, string> = { ...s.request.headers, ...sign(s.request.body) };
    if (attempt > 0) Object.assign(headers, { 'x-slack-retry-num': String(Math.min(attempt, 3)), 'x-slack-retry-reason': 'http_error' });
    const started = Date.now();
    const res = await fetch(`${base()}/slack/events`, { method: 'POST', headers, body: s.request.body, signal: AbortSignal.timeout(10_000) });
    await res.text();
    s.firstMs ??= Date.now() - started;
    s.statuses.push(res.status);
    if (res.ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('a database locked by another process while serving', () => {
  it('answers 503 instead of losing events, reports not ready, and handles each event once after the lock', async () => {
    const homeUsers = [PIET.slack, FATIMA.slack, JAN.slack, userId(901), userId(902)];
    const dmUsers = [employee(1).slack, employee(2).slack, employee(3).slack, userId(903), userId(904)];
    const events: Sent[] = [
      ...homeUsers.map((u, i) => ({ request: appHomeOpened(`EvLockedHome${i}`, u), statuses: [] })),
      ...dmUsers.map((u, i) => ({ request: directMessage(`EvLockedDm${i}`, u, 'taken'), statuses: [] })),
    ];
    const before = slack.calls.length;

    const holder = new Database(d.dbPath);
    holder.exec('BEGIN EXCLUSIVE');
    const lockedAt = Date.now();
    const sending = events.map((s) => deliver(s, 20_000));
    await new Promise((r) => setTimeout(r, 1500));
    const ready = await fetch(`${base()}/readyz`);
    const readyBody = (await ready.json()) as { status: string; reason?: string };
    const health = await fetch(`${base()}/healthz`);
    const callsWhileLocked = slack.calls.length - before;
    holder.exec('ROLLBACK');
    holder.close();
    const releasedAt = Date.now();
    await Promise.all(sending);
    const allAckedAfterMs = Date.now() - releasedAt;
    await settled(() => slack.calls.length);
    const readyAfter = await fetch(`${base()}/readyz`);

    const publishes = slack.ok('views.publish').filter((c) => homeUsers.includes(String(c.params.user_id)));
    const posts = slack.ok('chat.postMessage').filter((c) => dmUsers.some((u) => String(c.params.channel) === `D${u.slice(1)}`));
    const perHome = homeUsers.map((u) => publishes.filter((c) => c.params.user_id === u).length);
    const perDm = dmUsers.map((u) => posts.filter((c) => c.params.channel === `D${u.slice(1)}`).length);
    const db = new Database(d.dbPath, { readonly: true });
    const queuedLeft = (db.prepare('SELECT count(*) AS n FROM inbound').get() as { n: number }).n;
    db.close();
    const lines = server.output().split('\n');
    const lost = lines.filter((l) => l.includes('database not writable')).length;
    const back = lines.filter((l) => l.includes('database writable again')).length;
    const during = events.map((s) => s.statuses.filter((x) => x !== 200));
    const firstMs = events.map((s) => s.firstMs ?? 0);
    console.log(`locked while running: ${events.length} events sent during a ${releasedAt - lockedAt} ms lock; first answers `
      + `${JSON.stringify(events.map((s) => s.statuses[0]))} within ${Math.max(...firstMs)} ms; attempts per event `
      + `${JSON.stringify(events.map((s) => s.statuses.length))}; /readyz ${ready.status} ${JSON.stringify(readyBody)}, /healthz ${health.status}; `
      + `Web API calls during the lock ${callsWhileLocked}; all acknowledged ${allAckedAfterMs} ms after the release; `
      + `effects per event: home ${JSON.stringify(perHome)}, DM ${JSON.stringify(perDm)}; queued left ${queuedLeft}; `
      + `log lines: lost ${lost}, back ${back}; /readyz after ${readyAfter.status}`);

    expect(server.proc.exitCode).toBeNull();
    expect(events.every((s) => s.statuses[0] === 503)).toBe(true); // never a 200 for an event it could not store
    expect(during.flat().every((x) => x === 503)).toBe(true);
    expect(Math.max(...firstMs)).toBeLessThan(2000);
    expect(ready.status).toBe(503);
    expect(readyBody.reason).toMatch(/SQLITE_BUSY/);
    expect(health.status).toBe(200);
    expect(callsWhileLocked).toBe(0);
    expect(events.every((s) => s.statuses.at(-1) === 200)).toBe(true);
    expect(perHome).toEqual(homeUsers.map(() => 1));
    expect(perDm).toEqual(dmUsers.map(() => 1));
    expect(queuedLeft).toBe(0);
    expect([lost, back]).toEqual([1, 1]);
    expect(readyAfter.status).toBe(200);
  });
});
