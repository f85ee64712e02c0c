// Teams over real HTTP in local mode: activities posted to /api/messages on 127.0.0.1, replies and
// proactive sends intercepted with nock at the activity's serviceUrl.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ReferenceBook } from '../../../adapters/teams/references.js';
import type { ActionEvent, FormSubmitEvent, InboundEvent, TextEvent } from '../../../flows/events.js';
import { message, type Reply } from '../../../src/core/ui.js';
import { refusedSickReportForm, reminderMessage } from '../../fixtures/teams/replies.js';
import { activity, startTeams, type TeamsServer } from './helpers/harness.js';
import { recordingBot, type RecordingBot } from './helpers/recordingBot.js';

const SERVICE = 'https://smba.test';
const TENANT = '00000000-0000-4000-8000-00000000c0de';
const ANNA = '00000000-0000-4000-8000-0000000000a1';
const PIET = '00000000-0000-4000-8000-0000000000a2';
const CONVERSATION = 'a:1personal-chat-anna';

interface Posted { path: string; body: Record<string, unknown>; auth: string | undefined }

/** Intercepts `times` connector POSTs into Anna's conversation and records them. */
function connector(times = 1, status = 200): Posted[] {
  const posted: Posted[] = [];
  nock(SERVICE)
    .post((uri) => uri.startsWith(`/teams/v3/conversations/${encodeURIComponent(CONVERSATION)}/activities`))
    .times(times)
    .reply(function (uri, body) {
      posted.push({ path: uri, body: body as Record<string, unknown>, auth: this.req.headers.authorization as string | undefined });
      return [status, { id: `sent-${posted.length}` }];
    });
  return posted;
}

function cardOf(posted: Posted): Record<string, unknown> {
  const attachments = posted.body.attachments as Array<{ contentType: string; content: Record<string, unknown> }>;
  expect(attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0]!.content;
}

let server: TeamsServer;
let bot: RecordingBot;
let respond: (e: InboundEvent) => Reply[];

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1/);
});
afterAll(() => nock.enableNetConnect());
beforeEach(async () => {
  respond = () => [];
  bot = recordingBot((e) => respond(e));
  server = await startTeams({ bot, now: () => new Date('2025-03-10T08:15:00Z') });
});
afterEach(async () => {
  await server.close();
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

describe('POST /api/messages (local mode)', () => {
  it('logs at start that unauthenticated traffic is accepted', () => {
    expect(server.logs.some((l) => String(l.msg).includes('accepting unauthenticated'))).toBe(true);
  });

  it('a message becomes a TextEvent (bot mention stripped, person mention kept) and the reply is posted', async () => {
    // Piet wrote to the bot before, so his Teams id (29:…) resolves to his aadObjectId.
    new ReferenceBook(server.store.kv).save(TENANT, PIET, { reference: { serviceUrl: `${SERVICE}/teams/`, channelId: 'msteams', conversation: { id: 'a:1piet' } as never, user: { id: '29:1piet-jansen-teams-user-id', name: 'Piet Jansen' } }, name: 'Piet Jansen' }, new Date());
    respond = () => [message('Piet Jansen is ziek sinds 2025-03-03.')];
    const posted = connector();
    const res = await server.post(activity('message'));
    expect(res.status).toBe(200);
    expect(bot.events).toHaveLength(1);
    const event = bot.events[0] as TextEvent;
    expect(event).toEqual({
      kind: 'text', text: `status <@${PIET}>`, eventId: '1741594502123', conversationId: CONVERSATION,
      from: { platform: 'teams', tenantId: TENANT, userId: ANNA, displayName: 'Anna de Vries', locale: 'nl' },
    });
    expect(posted).toHaveLength(1);
    expect(posted[0]!.path).toBe(`/teams/v3/conversations/${encodeURIComponent(CONVERSATION)}/activities/1741594502123`);
    expect(posted[0]!.auth).toBeUndefined(); // local mode without app id: no token
    expect(posted[0]!.body).toMatchObject({ type: 'message', replyToId: '1741594502123', summary: 'Piet Jansen is ziek sinds 2025-03-03.' });
    expect(cardOf(posted[0]!)).toMatchObject({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Piet Jansen is ziek sinds 2025-03-03.', wrap: true }] });
  });

  it('an unknown person mention stays a typed name', async () => {
    await server.post(activity('message'));
    expect((bot.events[0] as TextEvent).text).toBe('status Piet Jansen');
  });

  it('Action.Submit delivered as a message with value becomes a FormSubmitEvent', async () => {
    respond = () => [refusedSickReportForm];
    const posted = connector();
    const res = await server.post(activity('submit-message'));
    expect(res.status).toBe(200);
    const event = bot.events[0] as FormSubmitEvent;
    expect(event.kind).toBe('form-submit');
    expect(event.formId).toBe('sick-report');
    expect(event.values).toEqual({
      employee: PIET, firstSickDay: '2025-03-10', phone: '06-12345678', address: '', expectedDuration: 'week',
      workHandover: 'Klantgesprek Bakker BV op donderdag overdragen aan Jan Bakker', workAccident: 'no',
      trafficAccidentThirdParty: 'no', safetyNet: 'undisclosed',
    });
    // The refusal comes back as the card again, error beside the field.
    const card = cardOf(posted[0]!);
    expect(JSON.stringify(card)).toContain('"color":"attention"');
    expect((card.actions as Array<{ data: unknown }>)[0]!.data).toEqual({ flow: 'sick-report' });
  });

  it('an adaptiveCard/action invoke gets an invoke response and the same ActionEvent', async () => {
    respond = () => [message('Probleemanalyse staat op gedaan.')];
    const posted = connector();
    const res = await server.post(activity('invoke-action'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Probleemanalyse staat op gedaan.' });
    const event = bot.events[0] as ActionEvent;
    expect(event).toMatchObject({ kind: 'action', actionId: 'step-done', value: 'case-1:probleemanalyse', from: { userId: ANNA } });
    expect(posted).toHaveLength(1);
  });

  it('a form refused inside an invoke comes back as the updated card in the invoke response', async () => {
    respond = () => [refusedSickReportForm];
    const submit = activity('invoke-action', {
      id: 'f:invoke-form-1',
      value: { action: { type: 'Action.Execute', verb: 'submit', data: { flow: 'sick-report', employee: 'self', workHandover: 'x' } }, trigger: 'manual' },
    });
    const res = await server.post(submit);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { statusCode: number; type: string; value: { actions: Array<{ data: unknown }> } };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(body.value.actions[0]!.data).toEqual({ flow: 'sick-report' });
    expect((bot.events[0] as FormSubmitEvent).values).toEqual({ employee: 'self', workHandover: 'x' });
  });

  it('conversationUpdate with the bot added stores the conversation reference and says hello', async () => {
    const posted = connector();
    const res = await server.post(activity('conversation-update'));
    expect(res.status).toBe(200);
    expect(bot.events).toEqual([expect.objectContaining({ kind: 'home-opened', eventId: 'f:install-anna-1', from: expect.objectContaining({ userId: ANNA }) })]);
    const stored = new ReferenceBook(server.store.kv).get(TENANT, ANNA);
    expect(stored).toMatchObject({ name: 'Anna de Vries', locale: 'nl', reference: { serviceUrl: `${SERVICE}/teams/`, conversation: { id: CONVERSATION }, user: { id: '29:1anna-de-vries-teams-user-id' } } });
    expect(stored!.reference.activityId).toBeUndefined();
    expect(JSON.stringify(cardOf(posted[0]!))).toContain('Typ');
    expect(await server.mount.directory.lookup({ platform: 'teams', tenantId: TENANT, userId: ANNA })).toEqual({ name: 'Anna de Vries', locale: 'nl' });
  });

  it('a later activity without name or locale keeps the ones stored before', async () => {
    connector(2);
    await server.post(activity('conversation-update'));
    const bare = activity('conversation-update', { id: 'f:install-anna-2', locale: undefined, from: { id: '29:1anna-de-vries-teams-user-id', aadObjectId: ANNA } });
    expect((await server.post(bare)).status).toBe(200);
    expect(await server.mount.directory.lookup({ platform: 'teams', tenantId: TENANT, userId: ANNA })).toEqual({ name: 'Anna de Vries', locale: 'nl' });
    expect(await server.mount.directory.lookup({ platform: 'slack', tenantId: TENANT, userId: ANNA })).toBeUndefined();
  });

  it('a duplicate activity.id has one effect', async () => {
    respond = () => [message('Eén keer.')];
    const posted = connector();
    expect((await server.post(activity('message'))).status).toBe(200);
    expect((await server.post(activity('message'))).status).toBe(200);
    expect(bot.events).toHaveLength(1);
    expect(posted).toHaveLength(1);
  });

  it('a bot failure gets a short apology, never a 500 with details', async () => {
    respond = () => {
      throw new Error('boom with private text');
    };
    const posted = connector();
    const res = await server.post(activity('message'));
    expect(res.status).toBe(200);
    expect(JSON.stringify(cardOf(posted[0]!))).toContain('Er ging iets mis');
    expect(JSON.stringify(server.logs)).not.toContain('private text');
  });

  it('refuses malformed activities with 400 and never calls the bot', async () => {
    expect((await server.post({ type: 'message', text: 'ziek' })).status).toBe(400);
    expect((await server.post(activity('message', { id: undefined }))).status).toBe(400);
    expect((await server.post(activity('message', { serviceUrl: 'not a url' }))).status).toBe(400);
    expect(bot.events).toHaveLength(0);
  });

  it('an invoke the bot does not handle gets 501 (and 400 for unreadable card data)', async () => {
    expect((await server.post(activity('invoke-action', { id: 'f:other', name: 'task/fetch' }))).status).toBe(501);
    expect((await server.post(activity('invoke-action', { id: 'f:bad', value: { action: { data: { flow: 'nope' } } } }))).status).toBe(400);
    expect(bot.events).toHaveLength(0);
  });

  it('logs no user text', async () => {
    await server.post(activity('submit-message'));
    expect(JSON.stringify(server.logs)).not.toMatch(/Klantgesprek|Bakker/);
  });
});

describe('Messenger (proactive)', () => {
  async function install(): Promise<void> {
    connector();
    await server.post(activity('conversation-update'));
    nock.cleanAll();
  }
  const target = { platform: 'teams' as const, tenantId: TENANT, userId: ANNA };

  it('delivers a reminder to the stored reference as a new message', async () => {
    await install();
    const posted = connector();
    expect(await server.mount.messenger.send(target, reminderMessage)).toEqual({ ok: true });
    expect(posted).toHaveLength(1);
    expect(posted[0]!.path).toBe(`/teams/v3/conversations/${encodeURIComponent(CONVERSATION)}/activities`);
    expect(posted[0]!.body.replyToId).toBeUndefined();
    expect(posted[0]!.body.summary).toBe(reminderMessage.summary);
    const actions = JSON.stringify(cardOf(posted[0]!));
    expect(actions).toContain('"flow":"step","action":"done","caseId":"case-1","stepId":"probleemanalyse"');
  });

  it('a 429 is retryable with its Retry-After, and the next attempt succeeds (no hidden retries)', async () => {
    await install();
    let calls = 0;
    nock(SERVICE)
      .post(/\/teams\/v3\/conversations\/.*\/activities$/)
      .reply(() => {
        calls++;
        return [429, { error: { code: 'throttled' } }, { 'Retry-After': '2' }];
      });
    expect(await server.mount.messenger.send(target, reminderMessage)).toEqual({ ok: false, retryable: true, retryAfterMs: 2000, error: 'teams-429' });
    expect(calls).toBe(1);
    const posted = connector();
    expect(await server.mount.messenger.send(target, reminderMessage)).toEqual({ ok: true });
    expect(posted).toHaveLength(1);
  });

  it('5xx is retryable, 403 (app removed) is not', async () => {
    await install();
    nock(SERVICE).post(/activities$/).reply(502, {});
    expect(await server.mount.messenger.send(target, reminderMessage)).toMatchObject({ ok: false, retryable: true, error: 'teams-502' });
    nock(SERVICE).post(/activities$/).reply(403, {});
    expect(await server.mount.messenger.send(target, reminderMessage)).toMatchObject({ ok: false, retryable: false, error: 'teams-403' });
  });

  it('without a stored reference nothing is sent and the result says why', async () => {
    expect(await server.mount.messenger.send(target, reminderMessage)).toEqual({ ok: false, retryable: false, error: 'no-conversation-reference' });
    expect(await server.mount.messenger.send({ ...target, platform: 'slack' }, reminderMessage)).toMatchObject({ ok: false, retryable: false });
  });
});
