// A local fake of the Slack Web API (SLACK_API_URL points here), so nothing leaves the machine. It answers the
// methods the adapter calls, records every call, and can fail on purpose: 429 with Retry-After or 500 for a
// share of calls (the fault suite), or answer slowly. Each DM keeps the posted messages' ts and metadata (never
// their text), so conversations.history answers as Slack would when the bot looks for a tagged message.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded call. */
export interface FakeCall {
  method: string;
  params: Record<string, unknown>;
  status: number;
  /** Arrival time (ms). */
  at: number;
}

/** Options of the fake. */
export interface FakeSlackOptions {
  /** Share of calls (0..1) answered with a failure, half 429 (Retry-After: 1) and half 500. Default 0. */
  faultRate?: number;
  /** Methods never failed on purpose (e.g. users.info, so first contacts are not what is measured). */
  reliable?: string[];
  /** Delay before each answer, in ms. */
  delayMs?: number;
  /** Delay per method, in ms (e.g. a slow users.info widens the window between an ack and the work behind it). */
  delayByMethod?: Record<string, number>;
  /** Seed of the fault sequence (deterministic runs). */
  seed?: number;
  /** Display names by user id for users.info (others get "Medewerker U…"). */
  names?: Record<string, string>;
  /** Added to the fake's clock for message timestamps (a test that shifts the bot's clock shifts Slack's too). */
  clockOffsetMs?: number;
}

/** A running fake. */
export interface FakeSlack {
  /** Base URL for SLACK_API_URL (ends with /api/). */
  url: string;
  calls: FakeCall[];
  /** Successful (200, ok) calls of a method. */
  ok(method: string): FakeCall[];
  setFaultRate(rate: number): void;
  close(): Promise<void>;
}

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { data += c; });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** Web API params: form fields (JSON-valued ones decoded) or a JSON body. */
function parseParams(body: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) {
    try { return JSON.parse(body) as Record<string, unknown>; } catch { return {}; }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    try { out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v; } catch { out[k] = v; }
  }
  return out;
}

let ts = 1_700_000_000;
/** Messages kept per channel: ts and metadata only. */
type Posted = { ts: string; metadata?: unknown };

/** A Slack-style message timestamp ("seconds.micro", 10 + 6 digits, increasing) at `ms`. */
function messageTs(ms: number, seq: number): string {
  return `${Math.floor(ms / 1000)}.${String(((ms % 1000) * 1000 + (seq % 1000)) % 1_000_000).padStart(6, '0')}`;
}

/** A Slack ts or oldest parameter in the comparable 10.6 form. */
function comparableTs(v: unknown): string {
  const [sec = '0', frac = ''] = String(v ?? '0').split('.');
  return `${sec.padStart(10, '0')}.${frac.padEnd(6, '0').slice(0, 6)}`;
}

/** conversations.history over the kept messages: newest first, after `oldest`, paged by `limit` and `cursor`. */
function historyPage(posted: Posted[], p: Record<string, unknown>): Record<string, unknown> {
  const oldest = comparableTs(p.oldest);
  const newer = posted.filter((m) => m.ts > oldest).reverse();
  const start = Number(p.cursor ?? 0) || 0;
  const limit = Math.min(Math.max(Number(p.limit ?? 100) || 100, 1), 999);
  const page = newer.slice(start, start + limit).map((m) => ({
    type: 'message', ts: m.ts, bot_id: 'B0BOT00001',
    ...(p.include_all_metadata === true || p.include_all_metadata === 'true' ? { metadata: m.metadata } : {}),
  }));
  const more = start + limit < newer.length;
  return { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
}

/** The answer of a method that succeeded. */
function answer(method: string, p: Record<string, unknown>, names: Record<string, string>, dms: Map<string, Posted[]>, nowMs: () => number): Record<string, unknown> {
  switch (method) {
    case 'users.info': {
      const id = String(p.user ?? 'U0');
      const name = names[id] ?? `Medewerker ${id}`;
      return {
        ok: true,
        user: {
          id, team_id: 'T0BENCH001', name: id.toLowerCase(), real_name: name, tz: 'Europe/Amsterdam', locale: 'nl-NL', is_bot: false,
          profile: { real_name: name, display_name: name, email: `${id.toLowerCase()}@example.nl` },
        },
      };
    }
    case 'conversations.open': return { ok: true, channel: { id: `D${String(p.users ?? p.user ?? 'X').slice(1)}` } };
    case 'chat.postMessage': {
      const channel = String(p.channel);
      const at = messageTs(nowMs(), ++ts);
      const list = dms.get(channel) ?? [];
      list.push({ ts: at, metadata: p.metadata });
      dms.set(channel, list);
      return { ok: true, channel, ts: at, message: { text: p.text } };
    }
    case 'conversations.history': return historyPage(dms.get(String(p.channel)) ?? [], p);
    case 'chat.postEphemeral': return { ok: true, message_ts: `${++ts}.000200` };
    case 'views.open': case 'views.update': case 'views.push': case 'views.publish':
      return { ok: true, view: { id: `V${++ts}` } };
    case 'auth.test': return { ok: true, team_id: 'T0BENCH001', user_id: 'U0BOT00001', bot_id: 'B0BOT00001' };
    default: return { ok: true };
  }
}

/** Starts the fake on 127.0.0.1 (a free port). */
export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const rnd = prng(opts.seed ?? 1);
  let faultRate = opts.faultRate ?? 0;
  const reliable = new Set(opts.reliable ?? []);
  const dms = new Map<string, Posted[]>();
  const nowMs = () => Date.now() + (opts.clockOffsetMs ?? 0);
  const server: Server = createServer(async (req, res) => {
    const at = Date.now(); // when the request arrived (a kill may come while it is answered)
    const body = await readBody(req);
    const path = (req.url ?? '').split('?')[0];
    const method = path.startsWith('/api/') ? path.slice(5) : path.startsWith('/response/') ? 'response_url' : path;
    const params = parseParams(body, req.headers['content-type']);
    const delay = opts.delayByMethod?.[method] ?? opts.delayMs;
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const roll = reliable.has(method) ? 1 : rnd();
    let status = 200;
    if (roll < faultRate / 2) {
      status = 429;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
    } else if (roll < faultRate) {
      status = 500;
      res.writeHead(500, { 'content-type': 'text/plain' }).end('fake internal error');
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(method, params, opts.names ?? {}, dms, nowMs)));
    }
    calls.push({ method, params, status, at });
  });
  // Keep connections open as Slack does: undici subtracts 1 s from the server's Keep-Alive hint, so a hint of
  // 1 s made the bot open a new connection for every call (5,476 connections for 5,476 calls in one run).
  server.keepAliveTimeout = 5000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    ok: (method) => calls.filter((c) => c.method === method && c.status === 200),
    setFaultRate: (rate) => { faultRate = rate; },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
