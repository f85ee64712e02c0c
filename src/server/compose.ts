// Builds the whole server from the environment: store, bot, platform adapters, scheduler.
// Extension points are data: a platform is one entry in `platforms`, the scheduler and bot are factories.
import type { Express } from 'express';
import type { Bot } from '../../flows/bot.js';
import type { Logger } from '../log.js';
import type { PeopleDirectory } from '../ports/directory.js';
import type { Platform } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import type { Env } from './env.js';
import { openDataStore, startServer, type Mount, type Mounted, type MountResult, type RunningServer, type Scheduler } from './serve.js';
import { storeHealthOf } from './http.js';
import { platformStatus, type PlatformStatus } from './status.js';
import type { StoreHealth } from './storeHealth.js';

/** Everything a platform adapter, the bot or the scheduler may need; shaped so `mountSlack(app, deps)` fits. */
export interface ServerDeps {
  env: Env;
  store: Store;
  log: Logger;
  bot: Bot;
  status: PlatformStatus;
  /** Whether the database can be written now; shared by /readyz and the adapters (503 while it cannot). */
  storeHealth: StoreHealth;
  /** Filled in as platforms mount, so a bot created earlier can look people up on them. */
  directories: Partial<Record<Platform, PeopleDirectory>>;
}

/** Mounts one platform on the app (e.g. `(app, d) => mountSlack(app, d)`). */
export type PlatformMount = (app: Express, deps: ServerDeps) => MountResult;

/** What to build the server from. */
export interface Composition {
  /** The bot the platforms talk to, e.g. `(d) => createBot({ store: d.store, directories: d.directories })`. */
  createBot?: (deps: Omit<ServerDeps, 'bot'>) => Bot;
  /**
   * Platform adapters. Slack mounts only when its token and signing secret are set; Teams always mounts,
   * because its adapter itself answers 404 in production without an app id and logs why.
   */
  platforms?: Partial<Record<'slack' | 'teams', PlatformMount>>;
  /** The scheduler, given the mounted platforms' messengers. */
  scheduler?: (deps: ServerDeps & Mounted) => Scheduler;
}

/** The bot of a server without platforms (health routes only); nothing can reach it. */
const silentBot: Bot = { handle: async () => [] };

/** Opens DATABASE_PATH (creating its directory), builds what `composition` names and starts serving. */
export async function composeServer(env: Env, log: Logger, composition: Composition = {}): Promise<RunningServer> {
  const store = openDataStore(env.DATABASE_PATH);
  try {
    const base = { env, store, log, status: platformStatus(env), storeHealth: storeHealthOf(store, log), directories: {} };
    const hasPlatforms = Object.values(composition.platforms ?? {}).some(Boolean);
    if (hasPlatforms && !composition.createBot) throw new Error('compose: platforms need createBot');
    // `directories` is one object, shared by the bot and the mounts that fill it.
    const deps: ServerDeps = { ...base, bot: composition.createBot?.(base) ?? silentBot };
    const mounts: Mount[] = [];
    for (const name of ['slack', 'teams'] as const) {
      const mountPlatform = composition.platforms?.[name];
      if (!mountPlatform || (name === 'slack' && !deps.status.slack.on)) continue;
      mounts.push({
        name,
        mount: (app) => {
          const result = mountPlatform(app, deps);
          if (result.directory) deps.directories[name] = result.directory;
          return result;
        },
      });
    }
    const scheduler = composition.scheduler;
    return await startServer({
      env, store, log, mounts, storeHealth: deps.storeHealth, scheduler: scheduler && ((mounted) => scheduler({ ...deps, ...mounted })),
    });
  } catch (err) {
    store.close();
    throw err;
  }
}
