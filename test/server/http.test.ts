import { createHash } from 'node:crypto';
import express from 'express';
import type { Express, Request, Response } from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/server/env.js';
import { MAX_BODY_BYTES } from '../../src/server/http.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { tmpDb } from '../store/helpers.js';
import { capturedLog, rawRequest } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
let srv: RunningServer;

/** A route that reads the raw body itself, like Bolt's signature check does. */
function mountRawEcho(app: Express) {
  app.post('/raw', (req: Request, res: Response) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      res.json({ bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') });
    });
  });
  app.post('/json', express.json({ limit: '1mb' }), (req: Request, res: Response) => {
    res.json({ got: req.body });
  });
  return {};
}

beforeEach(async () => {
  t = tmpDb();
  srv = await startServer({
    env: loadEnv({ PORT: '0', DATABASE_PATH: t.path }),
    log: capturedLog().log,
    mounts: [{ name: 'test', mount: mountRawEcho }],
  });
});
afterEach(async () => {
  await srv.close();
  t.cleanup();
});

const url = (path: string) => `http://127.0.0.1:${srv.port}${path}`;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('health routes', () => {
  it('/healthz says the process is alive', async () => {
    const r = await fetch(url('/healthz'));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 200 when migrated and 503 once the database is closed', async () => {
    const r = await fetch(url('/readyz'));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ready' });
    srv.store.close();
    const r2 = await fetch(url('/readyz'));
    expect(r2.status).toBe(503);
    expect(await r2.json()).toEqual({ status: 'not-ready' });
  });

  it('unknown routes get a JSON 404, and nothing leaks the framework', async () => {
    const r = await fetch(url('/nope'));
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(await r.json()).toEqual({ error: 'not_found' });
    expect(r.headers.get('x-powered-by')).toBeNull();
  });

  it('a bad JSON body in an adapter route is a JSON 400 that does not echo the body', async () => {
    const r = await fetch(url('/json'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": "Anna de V' });
    expect(r.status).toBe(400);
    const text = await r.text();
    expect(JSON.parse(text)).toEqual({ error: 'bad_request' });
    expect(text).not.toContain('Anna');
  });
});

describe('1 MiB body limit', () => {
  it('refuses a declared Content-Length over 1 MiB before reading the body', async () => {
    const r = await rawRequest(srv.port, { path: '/raw', headers: { 'content-length': String(MAX_BODY_BYTES + 1) }, sendBody: false });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({ error: 'payload_too_large', limitBytes: MAX_BODY_BYTES });
    expect(r.headers.connection).toBe('close');
  });

  it('refuses a chunked body once it passes 1 MiB, also on unknown routes', async () => {
    const chunks = Array.from({ length: 20 }, () => Buffer.alloc(64 * 1024, 'a')); // 1.25 MiB
    for (const path of ['/raw', '/json', '/nope']) {
      const r = await rawRequest(srv.port, { path, chunks });
      expect(r.status).toBe(413);
      expect(JSON.parse(r.body).error).toBe('payload_too_large');
    }
  });

  it('passes a body of exactly 1 MiB intact to a raw reader, chunked or with length', async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES);
    for (let i = 0; i < body.length; i++) body[i] = (i * 31) % 251;
    const chunks = Array.from({ length: 16 }, (_, i) => body.subarray(i * 65536, (i + 1) * 65536));
    const chunked = await rawRequest(srv.port, { path: '/raw', chunks });
    expect(chunked.status).toBe(200);
    expect(JSON.parse(chunked.body)).toEqual({ bytes: MAX_BODY_BYTES, sha256: sha(body) });
    const sized = await rawRequest(srv.port, { path: '/raw', headers: { 'content-length': String(body.length) }, chunks });
    expect(JSON.parse(sized.body)).toEqual({ bytes: MAX_BODY_BYTES, sha256: sha(body) });
  });

  it('a small chunked JSON body still reaches express.json', async () => {
    const r = await rawRequest(srv.port, {
      path: '/json',
      headers: { 'content-type': 'application/json' },
      chunks: [Buffer.from('{"type":'), Buffer.from('"message"}')],
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ got: { type: 'message' } });
  });
});
