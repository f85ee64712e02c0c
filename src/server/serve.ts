// Runs the HTTP server: mounts the platforms, starts the scheduler, and shuts down gracefully.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Logger } from '../log.js';
import type { PeopleDirectory } from '../ports/directory.js';
import type { Messenger } from '../ports/outbox.js';
import type { Platform } from '../ports/records.js';
import type { Store } from '../ports/store.js';
import { openStore } from '../store/index.js';
import type { Env } from './env.js';
import { createHttpApp, finalize, storeHealthOf } from './http.js';
import { platformStatus } from './status.js';
import type { StoreHealth } from './storeHealth.js';

/** What a mounted platform hands back. */
export interface MountResult {
  messenger?: Messenger;
  directory?: PeopleDirectory;
  close?(): Promise<void> | void;
}

/** A platform adapter to mount on the app; `name` ties it to the start-up report ('slack', 'teams'). */
export interface Mount {
  name: string;
  mount(app: Express): MountResult;
}

/** The scheduler as the server runs it. */
export interface Scheduler {
  start(): void;
  /** Finishes the pass in progress and stops. */
  stop(): Promise<void>;
}

/** What the mounted platforms provide, for the scheduler. */
export interface Mounted {
  store: Store;
  messengers: Messenger[];
  directories: Partial<Record<Platform, PeopleDirectory>>;
}

/** Options of startServer. */
export interface StartOptions {
  env: Env;
  /** The store to serve; by default DATABASE_PATH is opened (and its directory created). */
  store?: Store;
  mounts?: Mount[];
  /** A scheduler, or a factory that gets the mounted platforms' messengers. */
  scheduler?: Scheduler | ((mounted: Mounted) => Scheduler);
  log: Logger;
  /** How long shutdown waits for requests in flight before cutting connections (default 10 s). */
  drainTimeoutMs?: number;
  /** The database's write health, when the mounts share one (by default one of the server's own). */
  storeHealth?: StoreHealth;
}

/** A running server. */
export interface RunningServer {
  port: number;
  app: Express;
  store: Store;
  /** Stops accepting, finishes requests in flight, stops the scheduler and platforms, closes the database. */
  close(): Promise<void>;
}

/** Opens the store at `path`, creating its directory first. */
export function openDataStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  return openStore(path, { manualCheckpoints: true });
}

function listen(app: Express, port: number): Promise<Server> {
  return new Promise((resolveListen, reject) => {
    const server = app.listen(port);
    server.once('listening', () => resolveListen(server));
    server.once('error', reject);
  });
}

/** Starts serving on env.PORT (0 = any free port; the real one is in the result and the log). */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const { env, log } = opts;
  const ownsStore = !opts.store;
  const store = opts.store ?? openDataStore(env.DATABASE_PATH);
  const storeHealth = opts.storeHealth ?? storeHealthOf(store, log);
  const app = createHttpApp({ store, log, storeHealth });

  let inFlight = 0;
  let drained: (() => void) | undefined;
  app.use((_req: Request, res: Response, next: NextFunction) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
    next();
  });

  const results: Array<{ name: string; result: MountResult }> = [];
  let server: Server;
  let scheduler: Scheduler | undefined;
  try {
    for (const m of opts.mounts ?? []) results.push({ name: m.name, result: m.mount(app) });
    finalize(app);
    const mounted: Mounted = { store, messengers: [], directories: {} };
    for (const { result } of results) {
      if (!result.messenger) continue;
      mounted.messengers.push(result.messenger);
      if (result.directory) mounted.directories[result.messenger.platform] = result.directory;
    }
    scheduler = typeof opts.scheduler === 'function' ? opts.scheduler(mounted) : opts.scheduler;
    server = await listen(app, env.PORT);
  } catch (err) {
    await Promise.allSettled(results.map((r) => r.result.close?.()));
    storeHealth.close();
    if (ownsStore) store.close();
    throw err;
  }
  scheduler?.start();

  const port = (server.address() as AddressInfo).port;
  const status = platformStatus(env);
  const mountedNames = new Set(results.map((r) => r.name));
  const report = (name: 'slack' | 'teams') => {
    const s = status[name];
    if (s.on && !mountedNames.has(name)) return { on: false, why: `the ${name} adapter is not wired into this server` };
    return { on: s.on && mountedNames.has(name), why: s.why };
  };
  log.info(
    {
      port,
      mode: env.VERZUIMBOT_MODE,
      databasePath: env.DATABASE_PATH,
      slack: report('slack'),
      teams: report('teams'),
      scheduler: scheduler ? `every ${env.SCHEDULER_INTERVAL_SECONDS} s` : 'off',
    },
    `verzuimbot serving on port ${port}`,
  );

  const drainTimeoutMs = opts.drainTimeoutMs ?? 10_000;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      log.info({ inFlight }, 'shutting down: no new requests, finishing those in flight');
      const srv = server;
      const stopped = new Promise<void>((r) => srv.close(() => r()));
      srv.closeIdleConnections();
      const requestsDone = new Promise<void>((r) => {
        if (inFlight === 0) return r();
        drained = r;
        setTimeout(r, drainTimeoutMs).unref();
      });
      await Promise.all([requestsDone, scheduler?.stop()]);
      srv.closeAllConnections(); // idle keep-alive sockets left after the last answer
      await stopped;
      await Promise.allSettled(results.map((r) => r.result.close?.()));
      storeHealth.close();
      store.close();
      log.info('stopped');
    })();
    return closing;
  };

  return { port, app, store, close };
}

/** Runs `onSignal` once on SIGTERM or SIGINT; a second signal while shutting down exits at once with 1. */
export function onShutdownSignal(onSignal: (signal: NodeJS.Signals) => void): () => void {
  let received = false;
  const handler = (signal: NodeJS.Signals) => {
    if (received) process.exit(1);
    received = true;
    onSignal(signal);
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return () => {
    process.off('SIGTERM', handler);
    process.off('SIGINT', handler);
  };
}
