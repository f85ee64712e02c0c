// The Web API client's fetch: a real local server answers; kept-alive connections, headers, bodies and the timeout.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackFetch, SlackHttpTimeoutError } from '../../../adapters/slack/httpFetch.js';

let server: Server;
let base: string;
let connections = 0;
const seen: Array<{ method?: string; url?: string; type?: string; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, type: req.headers['content-type'], body });
      if (req.url === '/slow') return; // never answers
      if (req.url === '/limited') return void res.writeHead(429, { 'retry-after': '7', 'set-cookie': ['a=1', 'b=2'] }).end('slow down');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, echo: body }));
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', () => { connections++; });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('slackFetch', () => {
  it('posts the body with its headers and reads the JSON answer, over one kept-alive connection', async () => {
    const f = slackFetch(2000);
    const before = connections;
    for (let i = 0; i < 5; i++) {
      const res = await f(`${base}/api/chat.postMessage`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `n=${i}` });
      expect(res.ok).toBe(true);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('application/json');
      expect(await res.json()).toEqual({ ok: true, echo: `n=${i}` });
    }
    expect(connections - before).toBe(1);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/api/chat.postMessage', type: 'application/x-www-form-urlencoded', body: 'n=4' });
  });

  it('hands back a 429 with its headers for the client to read (Retry-After, repeated headers joined)', async () => {
    const res = await slackFetch(2000)(`${base}/limited`, { method: 'POST', body: '' });
    expect(res.ok).toBe(false);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(Object.fromEntries(res.headers.entries())['set-cookie']).toBe('a=1, b=2');
    expect(await res.text()).toBe('slow down');
  });

  it('gives up after the timeout with an error that names no URL, and the next call still works', async () => {
    const t0 = Date.now();
    const err = await slackFetch(200)(`${base}/slow`, { method: 'POST', body: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SlackHttpTimeoutError);
    expect(String((err as Error).message)).not.toContain('127.0.0.1');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect((await (await slackFetch(2000)(`${base}/api/ok`, { method: 'POST', body: 'y' })).json())).toEqual({ ok: true, echo: 'y' });
  });

  it('rejects when nothing listens (the client turns it into a retryable request error)', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await expect(slackFetch(2000)(`http://127.0.0.1:${port}/api/x`, { method: 'POST', body: '' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
