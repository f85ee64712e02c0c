// Signature verification at the edge: only correctly signed, fresh requests reach the bot.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mountSlack, SlackConfigError } from '../../../adapters/slack/index.js';
import { log } from '../../../src/log.js';
import { fixture, isolateNetwork, recordResponseUrls, recordSlackApi, startSlack, type SlackHarness } from './support/harness.js';
import { RecordingBot } from './support/recordingBot.js';

describe('Slack signature verification', () => {
  let h: SlackHarness;
  let bot: RecordingBot;
  let api: ReturnType<typeof recordSlackApi>;
  let hooks: ReturnType<typeof recordResponseUrls>;
  const command = fixture<Record<string, string>>('slash-command.json');
  const dm = fixture('event-message-im.json');

  beforeAll(async () => {
    isolateNetwork();
    bot = new RecordingBot();
    h = await startSlack(bot);
  });
  afterAll(async () => {
    await h.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  beforeEach(() => {
    bot.reset();
    h.store.db.prepare('DELETE FROM inbox').run();
    api = recordSlackApi();
    hooks = recordResponseUrls();
  });
  afterEach(() => nock.cleanAll());

  const nothingHappened = async () => {
    await h.mount.idle();
    expect(bot.events).toHaveLength(0);
    expect(h.inboxCount()).toBe(0);
    expect(api).toHaveLength(0);
    expect(hooks).toHaveLength(0);
  };

  it('accepts a valid signature (control: the same request otherwise has an effect)', async () => {
    const res = await h.command({ ...command, trigger_id: 'valid.1' });
    expect(res.status).toBe(200);
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
    expect(h.inboxCount()).toBe(1);
    expect(hooks).toHaveLength(1);
  });

  it('rejects a tampered body with 401 and does nothing', async () => {
    const original = new URLSearchParams(command).toString();
    const tampered = new URLSearchParams({ ...command, text: 'rol toekennen <@U0JAN00001|jan> hr' }).toString();
    const res = await h.post(tampered, 'application/x-www-form-urlencoded', { signedBody: original });
    expect(res.status).toBe(401);
    await nothingHappened();
  });

  it('rejects a signature made with another secret', async () => {
    const res = await h.command(command, { secret: 'someone-elses-secret' });
    expect(res.status).toBe(401);
    await nothingHappened();
  });

  it('rejects a stale timestamp (more than 5 minutes old) even when correctly signed', async () => {
    const res = await h.event(dm, { ts: Math.floor(Date.now() / 1000) - 5 * 60 - 30 });
    expect(res.status).toBe(401);
    await nothingHappened();
  });

  it('rejects a request without signature headers', async () => {
    const res = await h.event(dm, { unsigned: true });
    expect(res.status).toBe(401);
    await nothingHappened();
  });

  it('refuses a body over 1 MiB with 413 before verifying or parsing it', async () => {
    const huge = new URLSearchParams({ ...command, text: 'x'.repeat(1024 * 1024) }).toString();
    const res = await h.post(huge, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(413);
    await nothingHappened();
  });

  it('refuses to mount without a signing secret, naming the variable', async () => {
    const express = (await import('express')).default;
    expect(() => mountSlack(express(), { env: { SLACK_BOT_TOKEN: 'xoxb-test' }, store: h.store, bot, log })).toThrow(SlackConfigError);
    expect(() => mountSlack(express(), { env: { SLACK_BOT_TOKEN: 'xoxb-test' }, store: h.store, bot, log })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => mountSlack(express(), { env: { SLACK_SIGNING_SECRET: 's' }, store: h.store, bot, log })).toThrow(/SLACK_BOT_TOKEN/);
  });

  it('rejects an interaction with only the timestamp header', async () => {
    const payload = fixture('block-actions-step-done.json');
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await h.post(body, 'application/x-www-form-urlencoded', {
      unsigned: true,
      headers: { 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)) },
    });
    expect(res.status).toBe(401);
    await nothingHappened();
  });
});
