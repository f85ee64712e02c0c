// Fault (b): the Slack Web API and the Teams connector answer 429 (Retry-After: 1) or 500 for 30 % of calls.
// Every outbox message (reminders, digests) is delivered eventually and none twice. The server is serve's own
// composition (COMPOSITION) in-process; only the scheduler factory is swapped for the real scheduler on a clock the
// test moves forward (5 minutes a tick), so backoffs of minutes pass in seconds. Delivery tunables stay default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamDate, amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import { addDays } from '../../src/core/calendar/isoDate.js';
import { isWorkingDay } from '../../src/core/calendar/holidays.js';
import { COMPOSITION } from '../../src/cli/commands/serve.js';
import { log } from '../../src/log.js';
import { fixedClock } from '../../src/ports/clock.js';
import type { Messenger } from '../../src/ports/outbox.js';
import type { Platform } from '../../src/ports/records.js';
import { createScheduler, type SchedulerHandle } from '../../src/scheduler/index.js';
import { composeServer } from '../../src/server/compose.js';
import { loadEnv } from '../../src/server/env.js';
import type { RunningServer } from '../../src/server/serve.js';
import { startFakeSlack, type FakeSlack } from '../../bench/ack/fakeSlack.js';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET, sickReportSubmission } from '../../bench/ack/slackRequests.js';
import { startFakeTeams, type FakeTeams } from './support/fakeTeams.js';
import { cli, employee, faultDir, PIET, postSlack, postTeams, prepareWorld, settled, teamsActivity, type FaultDir } from './support/world.js';

const FAULT_RATE = 0.3;
const DAYS = 10;
const TEAMS_AAD = '00000000-0000-4000-8000-00000000e001';
const TEAMS_CM = '00000000-0000-4000-8000-00000000e002';
let d: FaultDir;
let slack: FakeSlack;
let teams: FakeTeams;
let server: RunningServer;
let scheduler: SchedulerHandle;
const clock = fixedClock(new Date());

beforeAll(async () => {
  d = faultDir('outbox');
  await prepareWorld(d, 8);
  // Two people known only on Teams (imported with their Teams accounts): an employee of Piet's and a second
  // casemanager, who gets the reminders and digest of every case as Jan does — but in Teams.
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${d.dir}/teams.csv`, 'employer,personId,name,email,slackUserId,teamsAadObjectId,role,managerPersonId,employmentEnd\n'
    + `acme,p-teams-1,Sanne Mulder,sanne@example.nl,,${TEAMS_AAD},employee,${PIET.personId},\n`
    + `acme,p-teams-cm,Bert Visser,bert@example.nl,,${TEAMS_CM},casemanager,,\n`);
  await cli(d.dbPath, 'roles', 'import', `${d.dir}/teams.csv`);
  slack = await startFakeSlack({ seed: 30 });
  teams = await startFakeTeams({ seed: 31 });
  const env = loadEnv({
    PORT: '0', DATABASE_PATH: d.dbPath, SLACK_API_URL: slack.url, SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_BOT_TOKEN: BENCH_BOT_TOKEN, VERZUIMBOT_MODE: 'local', SCHEDULER_INTERVAL_SECONDS: '86400',
  });
  server = await composeServer(env, log, {
    ...COMPOSITION,
    scheduler: (deps) => {
      const messengers: Partial<Record<Platform, Messenger>> = {};
      for (const m of deps.messengers) messengers[m.platform] = m;
      scheduler = createScheduler({ store: deps.store, messengers, intervalSeconds: 86_400, clock, log });
      return { start: () => undefined, stop: () => scheduler.stop() }; // the test ticks it
    },
  });
  const base = `http://127.0.0.1:${server.port}`;
  // Cases through the real front door, with the fakes still reliable: Piet reports on Slack, the Teams-only
  // employee reports herself sick in Teams (which also stores her conversation reference).
  const today = amsterdamDate(new Date());
  for (let n = 1; n <= 8; n++) {
    const r = await postSlack(base, sickReportSubmission(`${n}.outbox.trigger`, PIET.slack, { employee: employee(n).slack, firstSickDay: addDays(today, -(n * 3)) }));
    expect(r.status).toBe(200);
  }
  const install = await postTeams(base, teamsActivity(teams.serviceUrl, TEAMS_CM, 'f:outbox-install-cm', {
    type: 'conversationUpdate', membersAdded: [{ id: '28:00000000-0000-0000-0000-000000000000' }],
  }));
  expect(install.status).toBe(200);
  const r = await postTeams(base, teamsActivity(teams.serviceUrl, TEAMS_AAD, 'outbox-submit-1', {
    value: {
      flow: 'sick-report', employee: 'self', firstSickDay: addDays(today, -50), phone: '', address: '', expectedDuration: 'weeks',
      workHandover: '', workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'no',
    },
  }));
  expect(r.status).toBe(200);
  expect(server.store.cases.listByEmployer('acme').length).toBe(9);
  await settled(() => slack.calls.length + teams.calls.length); // replies to these reports are not outbox messages
}, 120_000);

afterAll(async () => {
  await server?.close();
  await slack?.close();
  await teams?.close();
  d?.cleanup();
});

/** The next working day at 10:00 Amsterdam time (reminders only go out on working days). */
function nextWorkingMorning(): Date {
  let day = amsterdamDate(new Date());
  while (!isWorkingDay(day)) day = addDays(day, 1);
  const at = amsterdamInstant(day, '10:00');
  return at.getTime() < Date.now() ? new Date(Date.now() + 60_000) : at;
}

describe(`outbox delivery with ${FAULT_RATE * 100} % of Slack and Teams calls answered 429 or 500`, () => {
  it('delivers every outbox message eventually, none twice', async () => {
    const slackBefore = slack.calls.length;
    const teamsBefore = teams.calls.length;
    slack.setFaultRate(FAULT_RATE);
    teams.setFaultRate(FAULT_RATE);
    const open = () => server.store.outbox.list({}).filter((m) => m.state === 'pending' || m.state === 'sending').length;
    // DAYS working days; on each, tick every 5 minutes from 10:00 until nothing is left to send.
    let ticks = 0;
    let day = nextWorkingMorning();
    for (let n = 0; n < DAYS; n++) {
      let now = day;
      let today = 0;
      do {
        clock.set(now);
        await scheduler.runOnce(now);
        ticks++;
        today++;
        now = new Date(now.getTime() + 5 * 60_000);
      } while ((open() > 0 || today < 2) && today < 100);
      let next = addDays(amsterdamDate(day), 1);
      while (!isWorkingDay(next)) next = addDays(next, 1);
      day = amsterdamInstant(next, '10:00');
    }

    const rows = server.store.outbox.list({});
    const byState = rows.reduce<Record<string, number>>((m, r) => ({ ...m, [r.state]: (m[r.state] ?? 0) + 1 }), {});
    const dead = rows.filter((r) => r.state === 'dead').map((r) => `${r.kind} → ${r.target.platform}: ${r.lastError}`);
    const retries = rows.reduce((n, r) => n + Math.max(0, r.attempts - 1), 0);
    // At the fakes: each delivered message (same recipient, same content) must arrive once.
    const slackPosts = slack.calls.slice(slackBefore).filter((c) => c.method === 'chat.postMessage');
    const slackOk = slackPosts.filter((c) => c.status === 200);
    const slackKeys = slackOk.map((c) => `${String(c.params.channel)}|${JSON.stringify([c.params.text, c.params.blocks])}`);
    const teamsOk = teams.calls.slice(teamsBefore).filter((c) => c.status === 200);
    const teamsKeys = teamsOk.map((c) => `${c.conversationId}|${JSON.stringify(c.activity.attachments ?? c.activity.text)}`);
    const dupes = (keys: string[]) => keys.length - new Set(keys).size;
    const injected = [...slack.calls.slice(slackBefore), ...teams.calls.slice(teamsBefore)].filter((c) => c.status !== 200).length;
    console.log(`outbox faults: ${DAYS} working days, ${ticks} ticks (5 min apart); outbox rows ${rows.length} by state ${JSON.stringify(byState)}; `
      + `retries ${retries}; injected failures ${injected} (429/500); Slack posts delivered ${slackOk.length} (duplicates ${dupes(slackKeys)}), `
      + `Teams messages delivered ${teamsOk.length} (duplicates ${dupes(teamsKeys)})`);
    if (dead.length) console.log(`  dead-lettered: ${dead.join('; ')}`);

    expect(rows.length).toBeGreaterThan(0);
    expect(injected).toBeGreaterThan(0);
    expect(open()).toBe(0);
    expect(dead).toEqual([]);
    expect(dupes(slackKeys)).toBe(0);
    expect(dupes(teamsKeys)).toBe(0);
    expect(slackOk.length + teamsOk.length).toBeGreaterThanOrEqual(rows.length);
    expect(teamsOk.length).toBeGreaterThan(0); // the Teams path was exercised
  });
});
