// Starts the shared Express app (createHttpApp) with Teams mounted on 127.0.0.1:0 and a tmp-file store.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { mountTeams, type TeamsEnv, type TeamsMount } from '../../../../adapters/teams/index.js';
import type { Bot } from '../../../../flows/bot.js';
import type { Logger } from '../../../../src/log.js';
import type { PeopleDirectory } from '../../../../src/ports/directory.js';
import type { Platform } from '../../../../src/ports/records.js';
import type { Store } from '../../../../src/ports/store.js';
import { createHttpApp, finalize } from '../../../../src/server/http.js';
import { openStore } from '../../../../src/store/index.js';

const fixtures = join(import.meta.dirname, '../../../fixtures/teams');

/** A recorded Teams activity fixture (fresh copy), with fields overridden. */
export function activity(name: 'message' | 'submit-message' | 'invoke-action' | 'conversation-update', patch: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...(JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as Record<string, unknown>), ...patch };
}

/** A running test server. */
export interface TeamsServer {
  url: string;
  store: Store;
  mount: TeamsMount;
  /** Every log line written, parsed. */
  logs: Array<Record<string, unknown>>;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** What a bot factory gets: the store, and the directories filled in once Teams has mounted. */
export interface BotFactoryDeps {
  store: Store;
  directories: Partial<Record<Platform, PeopleDirectory>>;
}

/** Options of startTeams. */
export interface StartOptions {
  env?: Partial<TeamsEnv>;
  /** A bot, or a factory for one (the real router needs the store: `(d) => createBot(d)`). */
  bot: Bot | ((deps: BotFactoryDeps) => Bot);
  now?: () => Date;
}

/** A pino logger that keeps its lines in memory. */
export function memoryLogger(): { log: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'debug' }, sink) as unknown as Logger, lines };
}

/** Starts the app in local mode unless `env` says otherwise. */
export async function startTeams(opts: StartOptions): Promise<TeamsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'teams-http-'));
  const store = openStore(join(dir, 'verzuimbot.db'));
  const { log, lines } = memoryLogger();
  const app = createHttpApp({ store, log });
  const env: TeamsEnv = { VERZUIMBOT_MODE: 'local', ...opts.env };
  const directories: Partial<Record<Platform, PeopleDirectory>> = {};
  const bot = typeof opts.bot === 'function' ? opts.bot({ store, directories }) : opts.bot;
  const mount = mountTeams(app, { env, store, bot, log, now: opts.now });
  directories.teams = mount.directory;
  finalize(app);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    mount,
    logs: lines,
    post: (body, headers = {}) =>
      fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
    async close() {
      await mount.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
