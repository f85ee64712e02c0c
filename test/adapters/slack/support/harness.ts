// A running Express server with the Slack adapter mounted, a real SQLite store in a tmp dir,
// and helpers that sign requests exactly as Slack does (HMAC-SHA256 over `v0:ts:rawBody`).
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import type { Bot } from '../../../../flows/bot.js';
import { mountSlack, type SlackMount } from '../../../../adapters/slack/index.js';
import { log } from '../../../../src/log.js';
import { createHttpApp, finalize } from '../../../../src/server/http.js';
import { openStore, type SqliteStore } from '../../../../src/store/index.js';
import type { PeopleDirectory } from '../../../../src/ports/directory.js';
import type { Platform } from '../../../../src/ports/records.js';
import type { Store } from '../../../../src/ports/store.js';

/** The signing secret the test server verifies with (not a real secret). */
export const SECRET = 'test-signing-secret-not-real';
/** Where the Web API client is pointed. */
export const API_HOST = 'http://slack.test';
/** Token given to the adapter (not a real token). */
export const TOKEN = 'xoxb-test-token-not-real';

/** Reads a JSON fixture from test/fixtures/slack. */
export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/slack/${name}`, import.meta.url), 'utf8')) as T;
}

/** Slack's request signature for a raw body at a Unix time (seconds). */
export function sign(rawBody: string, ts: number, secret = SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${ts}:${rawBody}`).digest('hex')}`;
}

/** A response from the test server. */
export interface Answer {
  status: number;
  text: string;
  json(): unknown;
}

/** How to sign (or mis-sign) one request. */
export interface SignOptions {
  /** Unix seconds; default now. */
  ts?: number;
  secret?: string;
  /** Send the signature of this body instead (tampering). */
  signedBody?: string;
  /** Leave the signature headers out. */
  unsigned?: boolean;
  headers?: Record<string, string>;
}

/** A started test server. */
export interface SlackHarness {
  url: string;
  store: SqliteStore;
  mount: SlackMount;
  /** Number of inbox rows (what the adapter recorded). */
  inboxCount(): number;
  /** Number of deliveries in the inbound queue (acknowledged, not yet handled). */
  queuedCount(): number;
  post(rawBody: string, contentType: string, opts?: SignOptions): Promise<Answer>;
  command(fields: Record<string, string>, opts?: SignOptions): Promise<Answer>;
  interaction(payload: unknown, opts?: SignOptions): Promise<Answer>;
  event(envelope: unknown, opts?: SignOptions): Promise<Answer>;
  stop(): Promise<void>;
}

/** What a bot factory gets (the same shape as createBot's BotDeps); `directories.slack` is filled after mounting. */
export interface BotFactoryDeps {
  store: Store;
  directories: Partial<Record<Platform, PeopleDirectory>>;
}

/**
 * Starts Express on 127.0.0.1:0 with Slack mounted. Pass a test bot, or a factory for the real one:
 * `startSlack((d) => createBot(d))` — that is the only line an end-to-end test changes.
 * Pacing is off by default here (its own test measures it with the production default).
 */
export async function startSlack(
  botOrFactory: Bot | ((deps: BotFactoryDeps) => Bot),
  opts: { clock?: () => Date; pacingMs?: number; before?: (store: SqliteStore) => void } = {},
): Promise<SlackHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'verzuimbot-slack-'));
  const store = openStore(join(dir, 'test.db'));
  opts.before?.(store);
  const directories: BotFactoryDeps['directories'] = {};
  const bot = typeof botOrFactory === 'function' ? botOrFactory({ store, directories }) : botOrFactory;
  const app = createHttpApp({ store, log });
  const mount = mountSlack(app, {
    env: { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${API_HOST}/api/` },
    store,
    bot,
    log,
    clock: opts.clock,
    pacingMs: opts.pacingMs ?? 0,
  });
  directories.slack = mount.directory;
  finalize(app);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const post = async (rawBody: string, contentType: string, o: SignOptions = {}): Promise<Answer> => {
    const ts = o.ts ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { 'content-type': contentType, ...o.headers };
    if (!o.unsigned) {
      headers['x-slack-request-timestamp'] = String(ts);
      headers['x-slack-signature'] = sign(o.signedBody ?? rawBody, ts, o.secret);
    }
    const res = await fetch(url, { method: 'POST', headers, body: rawBody });
    const text = await res.text();
    return { status: res.status, text, json: () => JSON.parse(text) };
  };
  const form = 'application/x-www-form-urlencoded';
  return {
    url,
    store,
    mount,
    inboxCount: () => (store.db.prepare('SELECT count(*) AS n FROM inbox').get() as { n: number }).n,
    queuedCount: () => (store.db.prepare('SELECT count(*) AS n FROM inbound').get() as { n: number }).n,
    post,
    command: (fields, o) => post(new URLSearchParams(fields).toString(), form, o),
    interaction: (payload, o) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form, o),
    event: (envelope, o) => post(JSON.stringify(envelope), 'application/json', o),
    stop: async () => {
      await mount.close();
      await new Promise<void>((r) => server.close(() => r()));
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Blocks real network except the local test server; call in beforeAll. */
export function isolateNetwork(): void {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
}

/** One recorded Web API call: method and its arguments (JSON-valued fields decoded). */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
}

/**
 * Intercepts every Web API method at API_HOST, records the calls and answers `ok` with `answers[method]`
 * merged in (defaults for conversations.open and chat.postMessage). Persisted until nock.cleanAll().
 */
export function recordSlackApi(answers: Record<string, object> = {}): ApiCall[] {
  const calls: ApiCall[] = [];
  nock(API_HOST)
    .persist()
    .post(/^\/api\/[a-zA-Z.]+$/)
    .reply(function (uri, body) {
      const method = uri.replace('/api/', '');
      calls.push({ method, args: decodeArgs(body) });
      const defaults: Record<string, object> = {
        'conversations.open': { channel: { id: 'D0ANNADM01' } },
        'chat.postMessage': { channel: 'D0ANNADM01', ts: '1741600999.000100' },
      };
      return [200, { ok: true, ...(defaults[method] ?? {}), ...(answers[method] ?? {}) }];
    });
  return calls;
}

/** Web API bodies arrive form-encoded with JSON strings for objects; decode both. */
export function decodeArgs(body: unknown): Record<string, unknown> {
  const raw: Record<string, unknown> =
    typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : { ...(body as Record<string, unknown>) };
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' && /^[[{]/.test(v)) {
      try { raw[k] = JSON.parse(v); } catch { /* keep string */ }
    }
  }
  return raw;
}

/** Intercepts response_url posts on hooks.slack.com and records their JSON bodies. */
export function recordResponseUrls(): Array<{ path: string; body: Record<string, unknown> }> {
  const calls: Array<{ path: string; body: Record<string, unknown> }> = [];
  nock('https://hooks.slack.com')
    .persist()
    .post(/.*/)
    .reply(function (uri, body) {
      calls.push({ path: uri, body: (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown> });
      return [200, 'ok'];
    });
  return calls;
}
