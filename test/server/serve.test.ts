import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Express, Request, Response } from 'express';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Messenger } from '../../src/ports/outbox.js';
import { composeServer } from '../../src/server/compose.js';
import { loadEnv } from '../../src/server/env.js';
import { startServer, type Mounted } from '../../src/server/serve.js';
import { tmpDb } from '../store/helpers.js';
import { capturedLog } from './helpers.js';

let t: ReturnType<typeof tmpDb>;
beforeEach(() => { t = tmpDb(); });
afterEach(() => t.cleanup());

const fakeMessenger: Messenger = { platform: 'slack', send: async () => ({ ok: true }) };
const fakeDirectory = { lookup: async () => ({ name: 'Piet Jansen' }) };

describe('startServer', () => {
  it('creates the data directory, reports the actual port and what is on, without secrets', async () => {
    const { log, lines } = capturedLog();
    const dbPath = join(t.dir, 'nested', 'data', 'verzuimbot.db');
    const env = loadEnv({ PORT: '0', DATABASE_PATH: dbPath, SLACK_BOT_TOKEN: 'xoxb-very-secret', SLACK_SIGNING_SECRET: 'signing-very-secret' });
    const srv = await startServer({ env, log, mounts: [{ name: 'slack', mount: () => ({ messenger: fakeMessenger }) }] });
    try {
      expect(srv.port).toBeGreaterThan(0);
      expect(existsSync(dbPath)).toBe(true);
      const start = JSON.parse(lines.find((l) => l.includes('serving'))!);
      expect(start).toMatchObject({
        port: srv.port,
        mode: 'local',
        databasePath: dbPath,
        slack: { on: true },
        teams: { on: false, why: expect.stringMatching(/not wired/) },
        scheduler: 'off',
      });
      expect(lines.join('\n')).not.toMatch(/very-secret/);
    } finally {
      await srv.close();
    }
  });

  it('explains why a platform is off', async () => {
    const { log, lines } = capturedLog();
    const env = loadEnv({ PORT: '0', DATABASE_PATH: t.path, VERZUIMBOT_MODE: 'production', SLACK_BOT_TOKEN: 'xoxb-x' });
    const srv = await startServer({ env, log, mounts: [{ name: 'teams', mount: () => ({}) }] });
    await srv.close();
    const start = JSON.parse(lines.find((l) => l.includes('serving'))!);
    expect(start.slack).toEqual({ on: false, why: 'SLACK_SIGNING_SECRET not set' });
    expect(start.teams).toEqual({ on: false, why: expect.stringMatching(/production mode without MICROSOFT_APP_ID.*404/) });
  });

  it('shutdown finishes requests in flight, refuses new ones, stops scheduler and platforms, closes the database', async () => {
    const order: string[] = [];
    let releaseSlow: () => void = () => undefined;
    let slowStarted: () => void = () => undefined;
    const started = new Promise<void>((r) => { slowStarted = r; });
    let mounted: Mounted | undefined;
    const srv = await startServer({
      env: loadEnv({ PORT: '0', DATABASE_PATH: t.path }),
      log: capturedLog().log,
      mounts: [{
        name: 'slack',
        mount: (app: Express) => {
          app.get('/slow', (_req: Request, res: Response) => {
            slowStarted();
            new Promise<void>((r) => { releaseSlow = r; }).then(() => res.json({ finished: true }));
          });
          return { messenger: fakeMessenger, directory: fakeDirectory, close: async () => { order.push('platform closed'); } };
        },
      }],
      scheduler: (m) => {
        mounted = m;
        return { start: () => order.push('scheduler started'), stop: async () => { order.push('scheduler stopped'); } };
      },
    });
    expect(mounted?.messengers).toEqual([fakeMessenger]);
    expect(mounted?.directories).toEqual({ slack: fakeDirectory });
    const base = `http://127.0.0.1:${srv.port}`;
    const slow = fetch(`${base}/slow`);
    await started;
    const closing = srv.close();
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    expect(srv.store.ready()).toBe(true); // still open while a request is in flight
    releaseSlow();
    const res = await slow;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    await closing;
    expect(order).toEqual(['scheduler started', 'scheduler stopped', 'platform closed']);
    expect(srv.store.ready()).toBe(false);
    await srv.close(); // idempotent
  });

  it('a port in use fails the start and leaves nothing open', async () => {
    const env = loadEnv({ PORT: '0', DATABASE_PATH: t.path });
    const first = await startServer({ env, log: capturedLog().log });
    try {
      const second = startServer({ env: { ...env, PORT: first.port }, log: capturedLog().log });
      await expect(second).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

describe('composeServer', () => {
  it('mounts Slack only when configured, shares directories with the bot and hands messengers to the scheduler', async () => {
    const env = loadEnv({ PORT: '0', DATABASE_PATH: join(t.dir, 'd', 'v.db') });
    const mountedNames: string[] = [];
    let schedulerMessengers: Messenger[] = [];
    let botDirectories: object | undefined;
    const srv = await composeServer(env, capturedLog().log, {
      createBot: (d) => { botDirectories = d.directories; return { handle: async () => [] }; },
      platforms: {
        slack: () => { mountedNames.push('slack'); return { messenger: fakeMessenger }; },
        teams: () => { mountedNames.push('teams'); return { messenger: { ...fakeMessenger, platform: 'teams' }, directory: fakeDirectory }; },
      },
      scheduler: (d) => { schedulerMessengers = d.messengers; return { start: () => undefined, stop: async () => undefined }; },
    });
    await srv.close();
    expect(mountedNames).toEqual(['teams']);
    expect(schedulerMessengers.map((m) => m.platform)).toEqual(['teams']);
    expect(botDirectories).toEqual({ teams: fakeDirectory });
  });

  it('refuses platforms without a bot', async () => {
    const env = loadEnv({ PORT: '0', DATABASE_PATH: t.path });
    await expect(composeServer(env, capturedLog().log, { platforms: { teams: () => ({}) } })).rejects.toThrow(/createBot/);
  });
});
