// Fault (c): every inbound kind delivered twice — the second time as the platform's retry of the same delivery —
// has one effect. The server is `serve`'s own composition (COMPOSITION) in-process on a tmp database; Slack and
// Teams outbound calls go to local fakes that count them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../src/core/calendar/amsterdam.js';
import { COMPOSITION } from '../../src/cli/commands/serve.js';
import { log } from '../../src/log.js';
import { composeServer } from '../../src/server/compose.js';
import { loadEnv } from '../../src/server/env.js';
import type { RunningServer } from '../../src/server/serve.js';
import { startFakeSlack, type FakeSlack } from '../../bench/ack/fakeSlack.js';
import {
  appHomeOpened, BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET, blockAction, directMessage, sign, sickReportSubmission, type SignedRequest,
} from '../../bench/ack/slackRequests.js';
import { startFakeTeams, type FakeTeams } from './support/fakeTeams.js';
import {
  employee, faultDir, JAN, PIET, postSlack, postTeams, prepareWorld, settled, TEAM, teamsActivity, type FaultDir,
} from './support/world.js';

let d: FaultDir;
let slack: FakeSlack;
let teams: FakeTeams;
let server: RunningServer;
let base: string;
const today = amsterdamDate(new Date());

beforeAll(async () => {
  d = faultDir('dup');
  await prepareWorld(d, 4);
  slack = await startFakeSlack();
  teams = await startFakeTeams();
  const env = loadEnv({
    PORT: '0', DATABASE_PATH: d.dbPath, SLACK_API_URL: slack.url, SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_BOT_TOKEN: BENCH_BOT_TOKEN, VERZUIMBOT_MODE: 'local', SCHEDULER_INTERVAL_SECONDS: '86400',
  });
  server = await composeServer(env, log, COMPOSITION);
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
  await slack?.close();
  await teams?.close();
  d?.cleanup();
});

/** Everything an inbound event can change: stored cases and their versions, step records, outbound calls. */
function effects() {
  const cases = server.store.cases.listByEmployer('acme');
  return {
    cases: cases.length,
    versions: cases.reduce((n, c) => n + c.version, 0),
    records: cases.reduce((n, c) => n + c.records.length, 0),
    slackCalls: slack.calls.filter((c) => c.method !== 'users.info').length,
    teamsCalls: teams.calls.length,
  };
}
type Effects = ReturnType<typeof effects>;
const total = (e: Effects) => Object.values(e).reduce((a, b) => a + b, 0);
const diff = (a: Effects, b: Effects) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k as keyof Effects] - a[k as keyof Effects]]));

/** Delivers once, then the same delivery again; returns the effect of each. */
async function twice(send: (attempt: number) => Promise<{ status: number }>) {
  const before = effects();
  const first = await send(0);
  await settled(() => total(effects()));
  const mid = effects();
  const second = await send(1);
  await settled(() => total(effects()));
  const after = effects();
  return { first, second, once: diff(before, mid), again: diff(mid, after) };
}

/** Re-signs the same body (Slack signs each retry with a fresh timestamp). */
const resigned = (r: SignedRequest): SignedRequest => ({ body: r.body, headers: { ...r.headers, ...sign(r.body) } });

/** The slash command `/verzuim …` as Slack posts it (form-encoded, not a payload field). */
function slashCommand(user: string, text: string, triggerId: string): SignedRequest {
  const body = new URLSearchParams({
    token: 'unused', team_id: TEAM, team_domain: 'bench', channel_id: 'C0ALGEMEEN', channel_name: 'algemeen', user_id: user,
    user_name: 'piet', command: '/verzuim', text, api_app_id: 'A0BENCH001', is_enterprise_install: 'false',
    response_url: `${slack.url.replace('/api/', '/response/')}${triggerId}`, trigger_id: triggerId,
  }).toString();
  return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) } };
}

const rows: Array<{ kind: string; once: Record<string, number>; again: Record<string, number> }> = [];
async function check(kind: string, send: (attempt: number) => Promise<{ status: number }>, expectOnce: (e: Record<string, number>) => void) {
  const r = await twice(send);
  rows.push({ kind, once: r.once, again: r.again });
  expect(r.first.status, `${kind} first`).toBeLessThan(300);
  expect(r.second.status, `${kind} retry`).toBeLessThan(300);
  expectOnce(r.once);
  expect(r.again, `${kind}: the second delivery must change nothing`).toEqual(Object.fromEntries(Object.keys(r.again).map((k) => [k, 0])));
}

describe('bodies over the limit on the platform routes', () => {
  // The limit itself (1 MiB, Content-Length and chunked) is tested in test/server/http.test.ts on a bare route;
  // this only checks that the Slack and Teams routes of the composed server sit behind it.
  it('refuses more than 1 MiB on /slack/events and /api/messages with 413, before any parsing', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1);
    for (const path of ['/slack/events', '/api/messages']) {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...sign(big) }, body: big });
      expect(res.status, path).toBe(413);
    }
  });
});

describe('every inbound kind delivered twice has one effect', () => {
  it('Slack: modal submission, button, DM, App Home, slash command', async () => {
    const report = sickReportSubmission('1001.dup.trigger', PIET.slack, { employee: employee(1).slack, firstSickDay: today });
    await check('slack view_submission (sick report)', (n) => postSlack(base, n ? resigned(report) : report, n), (e) => expect(e.cases).toBe(1));

    const caseId = server.store.cases.listByEmployee(employee(1).personId)[0]?.id;
    expect(caseId).toBeTruthy();
    const press = blockAction('1002.dup.trigger', PIET.slack, 'step-done', `${caseId}:ziekmelding-arbodienst`);
    await check('slack block_actions (step done)', (n) => postSlack(base, n ? resigned(press) : press, n), (e) => expect(e.records).toBe(1));

    const dm = directMessage('EvDupDm1', PIET.slack, 'taken');
    await check('slack message.im', (n) => postSlack(base, n ? resigned(dm) : dm, n), (e) => expect(e.slackCalls).toBeGreaterThan(0));

    const home = appHomeOpened('EvDupHome1', PIET.slack);
    await check('slack app_home_opened', (n) => postSlack(base, n ? resigned(home) : home, n), (e) => expect(e.slackCalls).toBeGreaterThan(0));

    const cmd = slashCommand(PIET.slack, 'taken', '1003.dup.trigger');
    await check('slack slash command', (n) => postSlack(base, n ? resigned(cmd) : cmd, n), (e) => expect(e.slackCalls).toBeGreaterThan(0));
  });

  it('Teams: install, typed message, card submit, card action invoke', async () => {
    const svc = teams.serviceUrl;
    const install = teamsActivity(svc, JAN.teams, 'f:dup-install', {
      type: 'conversationUpdate', membersAdded: [{ id: '28:00000000-0000-0000-0000-000000000000' }],
    });
    await check('teams conversationUpdate (install)', () => postTeams(base, install), (e) => expect(e.teamsCalls).toBeGreaterThan(0));

    const text = teamsActivity(svc, JAN.teams, 'dup-msg-1', { text: 'taken' });
    await check('teams message', () => postTeams(base, text), (e) => expect(e.teamsCalls).toBeGreaterThan(0));

    const submit = teamsActivity(svc, JAN.teams, 'dup-submit-1', {
      value: {
        flow: 'sick-report', employee: employee(2).teams, firstSickDay: today, phone: '', address: '', expectedDuration: 'week',
        workHandover: '', workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'no',
      },
    });
    await check('teams Action.Submit (sick report)', () => postTeams(base, submit), (e) => expect(e.cases).toBe(1));

    const caseId = server.store.cases.listByEmployee(employee(2).personId)[0]?.id;
    expect(caseId).toBeTruthy();
    const invoke = teamsActivity(svc, JAN.teams, 'f:dup-invoke-1', {
      type: 'invoke', name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Submit', data: { flow: 'step', action: 'done', caseId, stepId: 'ziekmelding-arbodienst' } }, trigger: 'manual' },
    });
    await check('teams invoke adaptiveCard/action (step done)', () => postTeams(base, invoke), (e) => expect(e.records).toBe(1));

    console.log('duplicate deliveries (effect of the first → effect of the second):');
    for (const r of rows) console.log(`  ${r.kind}: ${JSON.stringify(r.once)} → ${JSON.stringify(r.again)}`);
  });
});
