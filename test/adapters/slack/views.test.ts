// Modal submissions over signed HTTP: values by field id, refusals inside the ack, confirmations in the DM.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionEvent, FormSubmitEvent } from '../../../flows/events.js';
import { message } from '../../../src/core/ui.js';
import { fixture, isolateNetwork, recordResponseUrls, recordSlackApi, startSlack, type SlackHarness } from './support/harness.js';
import { deviateForm, sickReportForm } from './support/forms.js';
import { RecordingBot } from './support/recordingBot.js';

describe('view_submission', () => {
  let h: SlackHarness;
  const bot = new RecordingBot();
  let api: ReturnType<typeof recordSlackApi>;
  let hooks: ReturnType<typeof recordResponseUrls>;
  const submission = fixture<{ trigger_id: string; view: { state: { values: Record<string, unknown> } } }>('view-submission-sick-report.json');

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

  it('passes the values by field id, closes the modal and posts the confirmation in the DM', async () => {
    bot.respond = () => [message('Ziekmelding van Piet Jansen ontvangen. Eerste ziektedag: 10 maart.')];
    const res = await h.interaction(submission);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    await h.mount.idle();

    expect(bot.events).toHaveLength(1);
    const ev = bot.events[0] as FormSubmitEvent;
    expect(ev).toMatchObject({ kind: 'form-submit', formId: 'sick-report', from: { tenantId: 'T0VERZUIM1', userId: 'U0ANNA0001' } });
    expect(ev.values).toEqual({
      employee: 'U0PIET0001',
      firstSickDay: '2025-03-10',
      phone: '06-12345678',
      address: '',
      expectedDuration: 'days',
      workHandover: 'Klantgesprek met Bakker BV donderdag verzetten',
      workAccident: 'no',
      trafficAccidentThirdParty: 'no',
      safetyNet: 'undisclosed',
    });
    expect(ev.context).toBeUndefined();
    expect(api.map((c) => c.method)).toEqual(['conversations.open', 'chat.postMessage']);
    expect(api[0].args.users).toBe('U0ANNA0001');
    expect(api[1].args).toMatchObject({ channel: 'D0ANNADM01', text: 'Ziekmelding van Piet Jansen ontvangen. Eerste ziektedag: 10 maart.' });
    expect(hooks).toHaveLength(0);
  });

  it('answers a guard refusal with response_action errors on the offending block and does nothing else', async () => {
    const refusal = 'Hier mag geen medische informatie staan. Bespreek dat met de bedrijfsarts.';
    bot.respond = (e) => [sickReportForm({ errors: { workHandover: refusal }, fields: sickReportForm().fields.map((f) => ({ ...f, initial: (e as FormSubmitEvent).values[f.id] })) })];
    const res = await h.interaction({ ...submission, trigger_id: 'refused.1' });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ response_action: 'errors', errors: { workHandover: refusal } });
    await h.mount.idle();
    expect(api).toHaveLength(0);
    expect(hooks).toHaveLength(0);
  });

  it('keeps the modal open with a general error when the bot fails', async () => {
    bot.respond = () => { throw new Error('boom'); };
    const res = await h.interaction({ ...submission, trigger_id: 'failed.1' });
    expect(res.json()).toMatchObject({ response_action: 'errors', errors: { employee: expect.stringMatching(/Er ging iets mis/) } });
    await h.mount.idle();
    expect(api).toHaveLength(0);
  });

  it('has no second effect for a retried submission', async () => {
    const retried = { ...submission, trigger_id: 'retried.1' };
    await h.interaction(retried);
    const again = await h.interaction(retried, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(again.status).toBe(200);
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
    expect(api.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('runs the deviation flow: Home button → step-deviate modal → submission with the step as context', async () => {
    bot.respond = (e) => (e.kind === 'action' ? [deviateForm((e as ActionEvent).value)] : [message('Afwijking vastgelegd.')]);
    const click = fixture<{ trigger_id: string }>('block-actions-home-step-deviate.json');
    const res = await h.interaction(click);
    expect(res.status).toBe(200);
    await h.mount.idle();
    expect(bot.events[0]).toMatchObject({ kind: 'action', actionId: 'step-deviate', value: 'CASE0001:probleemanalyse' });
    const open = api.find((c) => c.method === 'views.open')!;
    expect(open.args.trigger_id).toBe(click.trigger_id);
    const view = open.args.view as { callback_id: string; private_metadata: string; blocks: Array<{ block_id: string; element: { type: string; action_id: string } }> };
    expect(view.callback_id).toBe('step-deviate');
    expect(view.private_metadata).toBe('CASE0001:probleemanalyse');
    expect(view.blocks.map((b) => [b.block_id, b.element.action_id, b.element.type])).toEqual([
      ['reason', 'reason', 'plain_text_input'],
      ['newDate', 'newDate', 'datepicker'],
    ]);

    const submit = await h.interaction(fixture('view-submission-step-deviate.json'));
    expect(submit.text).toBe('');
    await h.mount.idle();
    expect(bot.events[1]).toMatchObject({
      kind: 'form-submit',
      formId: 'step-deviate',
      context: 'CASE0001:probleemanalyse',
      values: { reason: 'Bedrijfsarts pas volgende week beschikbaar', newDate: '2025-04-22' },
    });
    expect(api.filter((c) => c.method === 'chat.postMessage').map((c) => c.args.text)).toEqual(['Afwijking vastgelegd.']);
  });

  it('replaces the modal when the bot answers with a different form', async () => {
    bot.respond = () => [deviateForm('CASE0002:plan-van-aanpak')];
    const res = await h.interaction({ ...submission, trigger_id: 'update.1' });
    const body = res.json() as { response_action: string; view: { callback_id: string; private_metadata: string } };
    expect(body.response_action).toBe('update');
    expect(body.view).toMatchObject({ callback_id: 'step-deviate', private_metadata: 'CASE0002:plan-van-aanpak' });
    await h.mount.idle();
    expect(api).toHaveLength(0);
  });

  it('closes the modal within Slack\'s 3 seconds when the bot is slow, and delivers the answer to the DM later', async () => {
    bot.respond = () => new Promise((r) => setTimeout(() => r([message('Ziekmelding ontvangen.')]), 2800));
    const started = performance.now();
    const res = await h.interaction({ ...submission, trigger_id: 'slow.1' });
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(ms).toBeLessThan(3000);
    expect(api).toHaveLength(0);
    await h.mount.idle();
    expect(api.filter((c) => c.method === 'chat.postMessage').map((c) => c.args.text)).toEqual(['Ziekmelding ontvangen.']);
  });

  it('ignores submissions of views that are not the bot\'s forms', async () => {
    const foreign = { ...submission, trigger_id: 'foreign.1', view: { ...submission.view, callback_id: 'something-else' } };
    const res = await h.interaction(foreign);
    expect(res.status).toBe(200);
    await h.mount.idle();
    expect(bot.events).toHaveLength(0);
  });
});
