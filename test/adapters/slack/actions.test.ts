// Step buttons over signed HTTP: ActionEvent with the contract value, replies in the DM, one effect per click.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionEvent } from '../../../flows/events.js';
import { message } from '../../../src/core/ui.js';
import { fixture, isolateNetwork, recordResponseUrls, recordSlackApi, startSlack, type SlackHarness } from './support/harness.js';
import { RecordingBot } from './support/recordingBot.js';

type Click = { trigger_id: string; actions: Array<Record<string, unknown>>; container: Record<string, unknown>; channel?: { id: string } };

describe('block_actions', () => {
  let h: SlackHarness;
  const bot = new RecordingBot();
  let api: ReturnType<typeof recordSlackApi>;
  let hooks: ReturnType<typeof recordResponseUrls>;
  const click = fixture<Click>('block-actions-step-done.json');

  beforeAll(async () => {
    isolateNetwork();
    h = await startSlack(bot);
  });
  afterAll(async () => {
    await h.stop();
    nock.enableNetConnect();
  });
  beforeEach(() => {
    bot.reset();
    api = recordSlackApi();
    hooks = recordResponseUrls();
  });
  afterEach(() => nock.cleanAll());

  it('turns a step-done button into an ActionEvent and confirms in the same DM', async () => {
    bot.respond = () => [message('Probleemanalyse voor Piet Jansen staat op gedaan.')];
    const res = await h.interaction(click);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
    const ev = bot.events[0] as ActionEvent;
    expect(ev).toMatchObject({
      kind: 'action',
      actionId: 'step-done',
      value: 'CASE0001:probleemanalyse',
      conversationId: 'D0ANNADM01',
      from: { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0ANNA0001' },
    });
    expect(ev.eventId).toBe(`block_actions:U0ANNA0001:${click.trigger_id}`);
    // The DM is known from the payload: no conversations.open needed.
    expect(api.map((c) => c.method)).toEqual(['chat.postMessage']);
    expect(api[0].args).toMatchObject({ channel: 'D0ANNADM01', text: 'Probleemanalyse voor Piet Jansen staat op gedaan.' });
  });

  it('has one effect when the same click arrives twice (X-Slack-Retry-Num)', async () => {
    const again = { ...click, trigger_id: 'retry.click.1' };
    const a = await h.interaction(again);
    const b = await h.interaction(again, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } });
    const c = await h.interaction(again, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' } });
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
    expect(api.filter((x) => x.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('passes each step button id through', async () => {
    for (const actionId of ['step-not-applicable', 'case-show', 'run-command']) {
      await h.interaction({ ...click, trigger_id: `each.${actionId}`, actions: [{ ...click.actions[0], action_id: actionId }] });
    }
    await h.mount.idle();
    expect(bot.events.map((e) => (e as ActionEvent).actionId)).toEqual(['step-not-applicable', 'case-show', 'run-command']);
  });

  it('answers a button in an ephemeral message through its response_url, never in the channel', async () => {
    const ephemeral = {
      ...click,
      trigger_id: 'ephemeral.1',
      container: { type: 'message', message_ts: '1741600000.000900', channel_id: 'C0ALGEMEEN', is_ephemeral: true },
      channel: { id: 'C0ALGEMEEN', name: 'algemeen' },
    };
    await h.interaction(ephemeral);
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
    expect(api).toHaveLength(0);
    expect(hooks.map((x) => x.path)).toEqual(['/actions/T0VERZUIM1/4444444444/resp0002']);
    expect(hooks[0].body.response_type).toBe('ephemeral');
  });

  it('acknowledges unknown action ids without calling the bot', async () => {
    const res = await h.interaction({ ...click, trigger_id: 'unknown.1', actions: [{ ...click.actions[0], action_id: 'overflow-menu' }] });
    expect(res.status).toBe(200);
    await h.mount.idle();
    expect(bot.events).toHaveLength(0);
  });
});
