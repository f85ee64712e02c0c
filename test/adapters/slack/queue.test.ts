// The inbound queue behind the acknowledgements: one person's deliveries in order, others alongside; what an
// earlier process left queued is handled at start; a delivery the database could not take waits and runs once;
// a locked database gets 503 (not 200) and Slack's retry after the lock is handled once.
import Database from 'better-sqlite3';
import nock from 'nock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TextEvent } from '../../../flows/events.js';
import { message } from '../../../src/core/ui.js';
import { fixture, isolateNetwork, recordSlackApi, startSlack, type SlackHarness } from './support/harness.js';
import { RecordingBot } from './support/recordingBot.js';

type Envelope = { event_id: string; event: Record<string, unknown> };
const dm = fixture<Envelope>('event-message-im.json');
const dmFrom = (eventId: string, user: string, text: string): Envelope => ({
  ...dm, event_id: eventId, event: { ...dm.event, user, text, channel: `D${user.slice(1)}`, ts: `${Date.now() / 1000}` },
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let h: SlackHarness | undefined;
let api: ReturnType<typeof recordSlackApi>;
beforeAll(() => isolateNetwork());
beforeEach(() => { api = recordSlackApi(); });
afterEach(async () => {
  await h?.stop();
  h = undefined;
  nock.cleanAll();
});

describe('the inbound queue', () => {
  it('handles one person\'s deliveries in order, and other people\'s meanwhile', async () => {
    const gates = new Map<string, () => void>();
    const bot = new RecordingBot((e) => {
      const text = (e as TextEvent).text;
      if (text !== 'eerste') return [message('ok')];
      return new Promise((r) => gates.set(text, () => r([message('ok')])));
    });
    h = await startSlack(bot);
    expect((await h.event(dmFrom('EvOrder1', 'U0ANNA0001', 'eerste'))).status).toBe(200);
    expect((await h.event(dmFrom('EvOrder2', 'U0ANNA0001', 'tweede'))).status).toBe(200);
    expect((await h.event(dmFrom('EvOrder3', 'U0PIET0001', 'derde'))).status).toBe(200);
    for (let i = 0; i < 50 && bot.events.length < 2; i++) await sleep(20);
    await sleep(100);
    // Anna's second waits behind her first; Piet's runs.
    expect(bot.events.map((e) => (e as TextEvent).text)).toEqual(['eerste', 'derde']);
    expect(h.queuedCount()).toBe(2);
    gates.get('eerste')!();
    await h.mount.idle();
    expect(bot.events.map((e) => (e as TextEvent).text)).toEqual(['eerste', 'derde', 'tweede']);
    expect(h.queuedCount()).toBe(0);
  });

  it('handles at start what an earlier process acknowledged but left queued, and drops a damaged row', async () => {
    const bot = new RecordingBot();
    h = await startSlack(bot, {
      before: (store) => {
        const job = { type: 'bot', event: { kind: 'text', eventId: 'EvLeft1', from: { platform: 'slack', tenantId: 'T0VERZUIM1', userId: 'U0ANNA0001' }, conversationId: 'D0ANNADM01', text: 'taken' }, route: { teamId: 'T0VERZUIM1', userId: 'U0ANNA0001', channelId: 'D0ANNADM01' } };
        store.inbound.enqueue([
          { platform: 'slack', eventId: 'EvLeft1', kind: 'dm', lane: 'T0VERZUIM1:U0ANNA0001', payload: JSON.stringify(job) },
          { platform: 'slack', eventId: 'EvBroken1', kind: 'dm', lane: 'T0VERZUIM1:U0ANNA0001', payload: '{"type":"bot"' },
        ], new Date(), 5000);
      },
    });
    await h.mount.idle();
    expect(bot.events.map((e) => e.eventId)).toEqual(['EvLeft1']);
    expect(h.queuedCount()).toBe(0);
    // Its id is in the inbox: Slack's retry of it is a duplicate.
    expect((await h.event(dmFrom('EvLeft1', 'U0ANNA0001', 'taken'))).status).toBe(200);
    await h.mount.idle();
    expect(bot.events).toHaveLength(1);
  });

  it('keeps a delivery the database could not take, and runs it once the database can be written', async () => {
    let failures = 1;
    const bot = new RecordingBot(() => {
      if (failures-- > 0) throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      return [message('Gelukt.')];
    });
    h = await startSlack(bot);
    expect((await h.event(dmFrom('EvBusy1', 'U0ANNA0001', 'taken'))).status).toBe(200);
    await h.mount.idle(); // the first attempt failed: waiting for the database
    expect(bot.events).toHaveLength(1);
    expect(h.queuedCount()).toBe(1);
    expect(api.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0); // no apology for a delivery kept
    for (let i = 0; i < 60 && h.queuedCount() > 0; i++) await sleep(50); // the probe finds it writable within a second
    await h.mount.idle();
    expect(bot.events).toHaveLength(2);
    expect(h.queuedCount()).toBe(0);
    expect(api.filter((c) => c.method === 'chat.postMessage').map((c) => c.args.text)).toEqual(['Gelukt.']);
  });

  it('answers 503 while another connection holds the write lock, and handles Slack\'s retry once after', async () => {
    const bot = new RecordingBot();
    h = await startSlack(bot);
    const holder = new Database(h.store.db.name);
    holder.exec('BEGIN IMMEDIATE');
    const t0 = performance.now();
    const first = await h.event(dmFrom('EvLocked1', 'U0ANNA0001', 'taken'));
    const firstMs = performance.now() - t0;
    const second = await h.event(dmFrom('EvLocked2', 'U0PIET0001', 'taken'));
    holder.exec('ROLLBACK');
    holder.close();
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(firstMs).toBeLessThan(1500); // a short wait for the lock, not the store's 5 s
    expect(h.inboxCount()).toBe(0); // nothing half-written
    await sleep(1100); // the server notices within a second
    const retry = { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } };
    expect((await h.event(dmFrom('EvLocked1', 'U0ANNA0001', 'taken'), retry)).status).toBe(200);
    expect((await h.event(dmFrom('EvLocked2', 'U0PIET0001', 'taken'), retry)).status).toBe(200);
    await h.mount.idle();
    expect(bot.events.map((e) => e.eventId).sort()).toEqual(['EvLocked1', 'EvLocked2']);
  });
});
