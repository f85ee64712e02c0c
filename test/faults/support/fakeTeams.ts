// A local fake Bot Framework connector (the serviceUrl of test activities points here): records every message the
// bot posts to a conversation and can answer 429 (Retry-After) or 500 for a share of them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prng } from '../../../bench/ack/fakeSlack.js';

/** One recorded connector call. */
export interface ConnectorCall {
  conversationId: string;
  activity: Record<string, unknown>;
  status: number;
}

/** A running fake connector. */
export interface FakeTeams {
  /** serviceUrl for activities (ends with /). */
  serviceUrl: string;
  calls: ConnectorCall[];
  /** Activities accepted (200) per conversation. */
  delivered(): ConnectorCall[];
  setFaultRate(rate: number): void;
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1. */
export async function startFakeTeams(opts: { faultRate?: number; seed?: number } = {}): Promise<FakeTeams> {
  const calls: ConnectorCall[] = [];
  const rnd = prng(opts.seed ?? 7);
  let faultRate = opts.faultRate ?? 0;
  let n = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => { body += c; });
    req.on('end', () => {
      const m = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      let activity: Record<string, unknown> = {};
      try { activity = JSON.parse(body) as Record<string, unknown>; } catch { /* not JSON */ }
      const roll = rnd();
      let status = 200;
      if (!m) status = 404;
      else if (roll < faultRate / 2) status = 429;
      else if (roll < faultRate) status = 500;
      calls.push({ conversationId: m ? decodeURIComponent(m[1]) : '', activity, status });
      if (status === 429) res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"error":{"code":"Throttled"}}');
      else if (status !== 200) res.writeHead(status, { 'content-type': 'application/json' }).end('{"error":{"code":"ServiceError"}}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `act-${++n}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    delivered: () => calls.filter((c) => c.status === 200),
    setFaultRate: (rate) => { faultRate = rate; },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
