// Events API over signed HTTP: App Home, DMs, filtering, de-duplication on event_id.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TextEvent } from '../../../flows/events.js';
import { message, type UiHome } from '../../../src/core/ui.js';
import { fixture, isolateNetwork, recordResponseUrls, recordSlackApi, startSlack, type SlackHarness } from './support/harness.js';
import { sickReportForm } from './support/forms.js';
import { RecordingBot } from './support/recordingBot.js';

type Envelope = { event_id: string; event: Record<string, unknown> };

const home: UiHome = {
  kind: 'home',
  blocks: [
    { type: 'heading', text: 'Mijn taken' },
    { type: 'fields', items: [{ label: 'Piet Jansen', value: 'Probleemanalyse uiterlijk 31 maart' }] },
    { type: 'buttons', buttons: [
      { actionId: 'step-done', label: 'Gedaan', value: 'CASE0001:probleemanalyse', style: 'primary' },
      { actionId: 'step-deviate', label: 'Afwijken', value: 'CASE0001:probleemanalyse' },
    ] },
  ],
};

describe('Events API', () => {
  let h: SlackHarness;
  const bot = new RecordingBot();
  let api: ReturnType<typeof recordSlackApi>;
  let hooks: ReturnType<typeof recordResponseUrls>;
  const homeOpened = fixture<Envelope>('event-app-home-opened.json');
  const dm = fixture<Envelope>('event-message-im.json');

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

  it('publishes the App Home on app_home_opened', async () => {
    bot.respond = () => [home];
    const res = await h.event(homeOpened);
    expect(res.status).toBe(200);
    await h.mount.idle();
    expect(bot.events).toEqual([
      expect.objectContaining({ kind: 'home-opened', eventId: 'Ev0HOME0001', from: expect.objectContaining({ userId: 'U0ANNA0001', tenantId: 'T0VERZUIM1' }) }),
    ]);
    expect(api.map((c) => c.method)).toEqual(['views.publish']);
    const view = api[0].args.view as { type: string; blocks: Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }> };
    expect(api[0].args.user_id).toBe('U0ANNA0001');
    expect(view.type).toBe('home');
    expect(view.blocks.map((b) => b.type)).toEqual(['header', 'section', 'actions']);
    expect(view.blocks[2].elements!.map((e) => [e.action_id, e.value])).toEqual([
      ['step-done', 'CASE0001:probleemanalyse'],
      ['step-deviate', 'CASE0001:probleemanalyse'],
    ]);
  });

  it('answers a DM in the DM, with the typed command normalized', async () => {
    bot.respond = () => [message('Checklist voor Piet Jansen: 3 stappen open.')];
    const res = await h.event(dm);
    expect(res.status).toBe(200);
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
    expect(bot.events[0]).toMatchObject({ kind: 'text', text: 'checklist <@U0PIET0001>', conversationId: 'D0ANNADM01', eventId: 'Ev0DM000001' });
    expect(api.map((c) => [c.method, c.args.channel, c.args.text])).toEqual([
      ['chat.postMessage', 'D0ANNADM01', 'Checklist voor Piet Jansen: 3 stappen open.'],
    ]);
  });

  it('has one effect for a duplicate event_id, also when Slack retries with X-Slack-Retry-Num', async () => {
    const dup = { ...dm, event_id: 'Ev0DMDUP001' };
    const responses = [
      await h.event(dup),
      await h.event(dup, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }),
      await h.event(dup, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
    expect(api.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('stores the event before the 200 and answers well inside 3 seconds even with a slow bot', async () => {
    let release!: () => void;
    const asked = new Promise<void>((askedBot) => {
      bot.respond = () => new Promise((r) => { release = () => r([message('Klaar.')]); askedBot(); });
    });
    const slow = { ...dm, event_id: 'Ev0DMSLOW01' };
    const before = h.inboxCount();
    const started = performance.now();
    const res = await h.event(slow);
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(1000);
    expect(h.inboxCount()).toBe(before + 1);
    expect(h.queuedCount()).toBe(1); // stored before the acknowledgement, until the bot has handled it
    await asked;
    expect(api).toHaveLength(0);
    release();
    await h.mount.idle();
    expect(h.queuedCount()).toBe(0);
    expect(api.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('ignores bot messages, edits and the messages tab', async () => {
    await h.event(fixture('event-message-im-bot.json'));
    await h.event(fixture('event-message-im-edited.json'));
    await h.event({ ...homeOpened, event_id: 'Ev0HOMEMSG1', event: { ...homeOpened.event, tab: 'messages' } });
    await h.event({ ...dm, event_id: 'Ev0CHAN0001', event: { ...dm.event, channel: 'C0ALGEMEEN', channel_type: 'channel' } });
    await h.mount.idle();
    expect(bot.events).toHaveLength(0);
    expect(api).toHaveLength(0);
  });

  it('answers the URL verification challenge', async () => {
    const res = await h.event({ token: 'deprecated', challenge: 'c3RhbXBpbmctY2hhbGxlbmdl', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ challenge: 'c3RhbXBpbmctY2hhbGxlbmdl' });
  });

  it('offers a form asked for in a DM as a button, and opens it with the click\'s trigger_id', async () => {
    bot.respond = () => [sickReportForm()];
    await h.event({ ...dm, event_id: 'Ev0DMZIEK01', event: { ...dm.event, text: 'ziek', ts: '1741600700.000100' } });
    await h.mount.idle();
    expect((bot.events[0] as TextEvent).text).toBe('ziek');
    const post = api.find((c) => c.method === 'chat.postMessage')!;
    const blocks = post.args.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
    const button = blocks.find((b) => b.type === 'actions')!.elements![0];
    expect(button.action_id).toBe('open-form');

    const click = fixture<Record<string, unknown>>('block-actions-step-done.json');
    await h.interaction({ ...click, trigger_id: 'open.form.1', actions: [{ type: 'button', action_id: 'open-form', block_id: 'b1', value: button.value, action_ts: '1741600701.000100' }] });
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
    const open = api.find((c) => c.method === 'views.open')!;
    expect(open.args.trigger_id).toBe('open.form.1');
    expect((open.args.view as { callback_id: string }).callback_id).toBe('sick-report');
    // The offer is used up: a second click opens nothing.
    await h.interaction({ ...click, trigger_id: 'open.form.2', actions: [{ type: 'button', action_id: 'open-form', block_id: 'b1', value: button.value, action_ts: '1741600702.000100' }] });
    await h.mount.idle();
    expect(api.filter((c) => c.method === 'views.open')).toHaveLength(1);
  });
});
