// The Slack Messenger: DMs through conversations.open + chat.postMessage, classified failures, pacing per channel.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../../../flows/ui.js';
import type { DeliveryTarget } from '../../../src/ports/outbox.js';
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
});
