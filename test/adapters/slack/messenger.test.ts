// The Slack Messenger: DMs through conversations.open + chat.postMessage, classified failures, pacing per channel,
// and outbox sends tagged (message metadata) so a resend after an attempt that may have landed checks the DM first.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../../src/core/ui.js';
import type { DeliveryTarget } from '../../../src/ports/outbox.js';
import { outboxMetadata, outboxTag } from '../../../adapters/slack/delivered.js';
import { API_HOST, decodeArgs, isolateNetwork, startSlack, type SlackHarness } from './support/harness.js';
import { RecordingBot } from './support/recordingBot.js';

const piet: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0PIET0001' };
const jan: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0JAN00001' };
// Separate people per failure case, so pacing on one DM does not slow the tests down.
const sanne: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0SANNE001' };
const kees: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0KEES0001' };
const reminder = message('Herinnering: plan van aanpak voor Piet Jansen', { type: 'text', text: 'Uiterlijk 14 april.' });

describe('SlackMessenger', () => {
  let h: SlackHarness;

  beforeAll(async () => {
    isolateNetwork();
    h = await startSlack(new RecordingBot(), { pacingMs: 1000 });
  });
  afterAll(async () => {
    await h.stop();
    nock.enableNetConnect();
  });
  afterEach(() => nock.cleanAll());

  const openDm = (user: string, channel: string) =>
    nock(API_HOST).post('/api/conversations.open', (b) => decodeArgs(b).users === user).reply(200, { ok: true, channel: { id: channel } });

  it('opens the DM once, remembers it, and posts the message', async () => {
    const open = openDm('U0PIET0001', 'D0PIETDM01');
    const posts: Array<Record<string, unknown>> = [];
    nock(API_HOST).post('/api/chat.postMessage').times(2).reply(200, (_u, b) => { posts.push(decodeArgs(b)); return { ok: true, ts: '1.1' }; });
    expect(await h.mount.messenger.send(piet, reminder)).toEqual({ ok: true });
    expect(await h.mount.messenger.send(piet, reminder)).toEqual({ ok: true });
    expect(open.isDone()).toBe(true);
    expect(posts.map((p) => p.channel)).toEqual(['D0PIETDM01', 'D0PIETDM01']);
    expect(posts[0].text).toBe('Herinnering: plan van aanpak voor Piet Jansen');
    expect(h.mount.messenger.platform).toBe('slack');
  });

  it('returns a retryable result with retryAfterMs on 429 Retry-After (no retries by the client)', async () => {
    openDm('U0JAN00001', 'D0JANDM001');
    const limited = nock(API_HOST).post('/api/chat.postMessage').once().reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '30' });
    const result = await h.mount.messenger.send(jan, reminder);
    expect(result).toEqual({ ok: false, retryable: true, retryAfterMs: 30_000, error: 'rate_limited' });
    expect(limited.isDone()).toBe(true);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('returns a retryable result on a 5xx answer, after exactly one attempt', async () => {
    openDm('U0SANNE001', 'D0SANNEDM1');
    let attempts = 0;
    nock(API_HOST).post('/api/chat.postMessage').times(3).reply(() => { attempts++; return [503, 'upstream unavailable']; });
    const result = await h.mount.messenger.send(sanne, reminder);
    expect(result).toMatchObject({ ok: false, retryable: true, error: 'http_503' });
    expect(attempts).toBe(1);
  });

  it('returns a permanent failure when Slack refuses (e.g. a deactivated account)', async () => {
    openDm('U0KEES0001', 'D0KEESDM01');
    nock(API_HOST).post('/api/chat.postMessage').reply(200, { ok: false, error: 'account_inactive' });
    expect(await h.mount.messenger.send(kees, reminder)).toEqual({ ok: false, retryable: false, error: 'account_inactive' });
  });

  it('paces sends to one channel about a second apart, and does not delay other channels', async () => {
    const anna: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0ANNA0001' };
    const fatima: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0FATIMA01' };
    openDm('U0ANNA0001', 'D0ANNADM01');
    openDm('U0FATIMA01', 'D0FATIMA01');
    const at: Record<string, number[]> = {};
    const t0 = performance.now();
    nock(API_HOST).post('/api/chat.postMessage').times(3).reply(200, (_u, b) => {
      const ch = String(decodeArgs(b).channel);
      (at[ch] ??= []).push(performance.now() - t0);
      return { ok: true, ts: '1.2' };
    });
    const results = await Promise.all([h.mount.messenger.send(anna, reminder), h.mount.messenger.send(anna, reminder), h.mount.messenger.send(fatima, reminder)]);
    expect(results.every((r) => r.ok)).toBe(true);
    const [first, second] = at.D0ANNADM01;
    expect(first).toBeLessThan(500);
    expect(second - first).toBeGreaterThanOrEqual(950);
    expect(second - first).toBeLessThan(2000);
    expect(at.D0FATIMA01[0]).toBeLessThan(500);
  });

  it('refuses targets of another platform without calling Slack', async () => {
    expect(await h.mount.messenger.send({ ...piet, platform: 'teams' }, reminder)).toMatchObject({ ok: false, retryable: false });
  });

  describe('a resend after an attempt that may have landed', () => {
    const key = 'reminder:c-1:plan-van-aanpak:due:2026-04-14';
    const since = new Date('2026-04-14T07:00:00Z');
    const tag = outboxTag(key);
    const history = (user: string, channel: string, messages: unknown[], check?: (args: Record<string, unknown>) => void) => {
      openDm(user, channel);
      return nock(API_HOST).post('/api/conversations.history').reply(200, (_u, b) => {
        check?.(decodeArgs(b));
        return { ok: true, messages, has_more: false };
      });
    };

    it('tags each post with an opaque digest of the outbox key (no key, no text in the metadata)', async () => {
      const lotte: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0LOTTE001' };
      openDm('U0LOTTE001', 'D0LOTTEDM1');
      let posted: Record<string, unknown> = {};
      nock(API_HOST).post('/api/chat.postMessage').reply(200, (_u, b) => { posted = decodeArgs(b); return { ok: true, ts: '1.3' }; });
      expect(await h.mount.messenger.send(lotte, reminder, { key })).toEqual({ ok: true });
      expect(posted.metadata).toEqual(outboxMetadata(tag, 0));
      expect(JSON.stringify(posted.metadata)).not.toMatch(/c-1|plan|2026/);
      expect(nock.pendingMocks()).toEqual([]); // no history read on a first attempt
    });

    it('does not post again when the DM already holds the tagged message', async () => {
      const bram: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0BRAM0001' };
      let args: Record<string, unknown> = {};
      const read = history('U0BRAM0001', 'D0BRAMDM01', [
        { type: 'message', ts: '1776150000.000100', metadata: { event_type: 'verzuimbot_outbox', event_payload: { tag: 'someotherta', part: 0 } } },
        { type: 'message', ts: '1776150001.000100', metadata: outboxMetadata(tag, 0) },
      ], (a) => { args = a; });
      const post = nock(API_HOST).post('/api/chat.postMessage').reply(200, { ok: true, ts: '1.4' });
      expect(await h.mount.messenger.send(bram, reminder, { key, resumeSince: since })).toEqual({ ok: true });
      expect(read.isDone()).toBe(true);
      expect(post.isDone()).toBe(false);
      expect(args).toMatchObject({ channel: 'D0BRAMDM01', oldest: '1776150000.000000' });
      expect(String(args.include_all_metadata)).toBe('true');
    });

    it('posts when the DM does not hold it (the earlier attempt never arrived)', async () => {
      const noor: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0NOOR0001' };
      history('U0NOOR0001', 'D0NOORDM01', [{ type: 'message', ts: '1776150001.000100', metadata: outboxMetadata(outboxTag('another-key'), 0) }]);
      const post = nock(API_HOST).post('/api/chat.postMessage').reply(200, { ok: true, ts: '1.5' });
      expect(await h.mount.messenger.send(noor, reminder, { key, resumeSince: since })).toEqual({ ok: true });
      expect(post.isDone()).toBe(true);
    });

    it('fails the attempt, retryable, when the history cannot be read for now (429), and posts nothing', async () => {
      const ruben: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0RUBEN001' };
      openDm('U0RUBEN001', 'D0RUBENDM1');
      nock(API_HOST).post('/api/conversations.history').reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '3' });
      const post = nock(API_HOST).post('/api/chat.postMessage').reply(200, { ok: true, ts: '1.6' });
      expect(await h.mount.messenger.send(ruben, reminder, { key, resumeSince: since })).toEqual({ ok: false, retryable: true, retryAfterMs: 3000, error: 'rate_limited' });
      expect(post.isDone()).toBe(false);
    });

    it('sends again when the history can never be read (an install without im:history)', async () => {
      const ilse: DeliveryTarget = { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0ILSE0001' };
      openDm('U0ILSE0001', 'D0ILSEDM01');
      nock(API_HOST).post('/api/conversations.history').reply(200, { ok: false, error: 'missing_scope' });
      const post = nock(API_HOST).post('/api/chat.postMessage').reply(200, { ok: true, ts: '1.7' });
      expect(await h.mount.messenger.send(ilse, reminder, { key, resumeSince: since })).toEqual({ ok: true });
      expect(post.isDone()).toBe(true);
    });
  });
});
