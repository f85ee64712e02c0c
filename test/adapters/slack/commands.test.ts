// /verzuim over real signed HTTP: the bot gets a TextEvent; replies come back ephemerally or as a modal.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TextEvent } from '../../../flows/events.js';
import { message } from '../../../src/core/ui.js';
import { fixture, isolateNetwork, recordResponseUrls, recordSlackApi, startSlack, type SlackHarness } from './support/harness.js';
import { INTAKE_IDS, sickReportForm } from './support/forms.js';
import { RecordingBot } from './support/recordingBot.js';

describe('/verzuim slash command', () => {
  let h: SlackHarness;
  const bot = new RecordingBot();
  const command = fixture<Record<string, string>>('slash-command.json');
  let api: ReturnType<typeof recordSlackApi>;
  let hooks: ReturnType<typeof recordResponseUrls>;

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

  it('hands the text to the bot with mentions normalized and answers ephemerally via response_url', async () => {
    bot.respond = () => [message('Piet Jansen: week 2, probleemanalyse over 4 weken.')];
    const started = performance.now();
    const res = await h.command(command);
    const ackMs = performance.now() - started;
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(ackMs).toBeLessThan(1000);
    await h.mount.idle();

    expect(bot.events).toHaveLength(1);
    const ev = bot.events[0] as TextEvent;
    expect(ev).toMatchObject({
      kind: 'text',
      text: 'status <@U0PIET0001>',
      from: { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0ANNA0001' },
      conversationId: 'C0ALGEMEEN',
    });
    expect(ev.eventId).toBe(`command:U0ANNA0001:${command.trigger_id}`);
    expect(hooks).toHaveLength(1);
    expect(hooks[0].path).toBe('/commands/T0VERZUIM1/1111111111/resp0001');
    expect(hooks[0].body).toMatchObject({ response_type: 'ephemeral', text: 'Piet Jansen: week 2, probleemanalyse over 4 weken.' });
    // Nothing is posted in the public channel.
    expect(api.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
  });

  it('opens the sick-report modal with views.open when the bot answers with the form', async () => {
    bot.respond = () => [sickReportForm()];
    const trigger = '7777777777.2222222222.aaaabbbbccccddddeeeeffff00001111';
    const res = await h.command({ ...command, text: 'ziek', trigger_id: trigger });
    expect(res.status).toBe(200);
    await h.mount.idle();

    expect((bot.events[0] as TextEvent).text).toBe('ziek');
    const open = api.find((c) => c.method === 'views.open');
    expect(open, 'views.open called').toBeDefined();
    expect(open!.args.trigger_id).toBe(trigger);
    const view = open!.args.view as {
      type: string; callback_id: string; title: { text: string }; submit: { text: string }; private_metadata: string;
      blocks: Array<{ type: string; block_id: string; optional: boolean; element: Record<string, unknown> & { action_id: string; options?: Array<{ value: string }> } }>;
    };
    expect(view.type).toBe('modal');
    expect(view.callback_id).toBe('sick-report');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.submit.text).toBe('Versturen');
    const inputs = view.blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual(INTAKE_IDS);
    for (const b of inputs) expect(b.element.action_id).toBe(b.block_id);
    const el = (id: string) => inputs.find((b) => b.block_id === id)!.element;
    expect(el('employee')).toMatchObject({ type: 'users_select', initial_user: 'U0ANNA0001' });
    expect(el('firstSickDay')).toMatchObject({ type: 'datepicker', initial_date: '2025-03-10' });
    expect(el('phone')).toMatchObject({ type: 'plain_text_input' });
    expect(el('workHandover')).toMatchObject({ type: 'plain_text_input', multiline: true });
    const values = (id: string) => el(id).options!.map((o) => o.value);
    expect(el('expectedDuration').type).toBe('static_select');
    expect(values('expectedDuration')).toEqual(['days', 'week', 'weeks', 'longer', 'unknown']);
    expect(values('workAccident')).toEqual(['yes', 'no', 'unknown']);
    expect(values('trafficAccidentThirdParty')).toEqual(['yes', 'no', 'unknown']);
    expect(values('safetyNet')).toEqual(['yes', 'no', 'undisclosed']);
    expect(inputs.find((b) => b.block_id === 'phone')!.optional).toBe(true);
    expect(inputs.find((b) => b.block_id === 'employee')!.optional).toBe(false);
    expect(hooks).toHaveLength(0);
  });

  it('has no second effect when Slack retries the same command', async () => {
    const trigger = '8888888888.2222222222.retry000000000000000000000000000';
    const first = await h.command({ ...command, trigger_id: trigger });
    const retry = await h.command({ ...command, trigger_id: trigger }, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
    expect(hooks).toHaveLength(1);
  });

  it('apologises (without details) when the bot fails', async () => {
    bot.respond = () => { throw new Error('Piet heeft rugpijn'); };
    const res = await h.command({ ...command, trigger_id: 'fail.1' });
    expect(res.status).toBe(200);
    await h.mount.idle();
    expect(hooks).toHaveLength(1);
    expect(String(hooks[0].body.text)).toMatch(/Er ging iets mis/);
    expect(JSON.stringify(hooks[0].body)).not.toMatch(/rugpijn/);
  });
});
