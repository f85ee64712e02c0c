// The one Express app: health routes, the 1 MiB limit, and (after the adapters mount) JSON 404 and errors.
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import type { Logger } from '../log.js';
import type { Store } from '../ports/store.js';
import { bodyLimit } from './bodyLimit.js';
import { StoreHealth } from './storeHealth.js';

export { MAX_BODY_BYTES } from './bodyLimit.js';

/** What the app needs. */
export interface HttpDeps {
  store: Store;
  log: Logger;
  /** The database's write health (shared with the adapters); by default one of its own on `store`. */
  storeHealth?: StoreHealth;
}

/** The write health of `store`, probed through its inbound queue. */
export function storeHealthOf(store: Store, log: Logger): StoreHealth {
  return new StoreHealth((busyMs, now) => store.inbound.probeWrite(busyMs, now), log);
}

/**
 * Creates the app with /healthz (the process is alive) and /readyz (database open, migrated and writable: 503 with a
 * short reason while another process holds its lock or it is read-only, checked at most once a second). There is
 * no global body parser: Slack verifies the raw body, and each adapter parses its own route.
 */
export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.locals.log = deps.log;
  app.use(bodyLimit());
  app.get('/healthz', (_req: Request, res: Response) => {
    res.json({ status: 'ok' });
  });
  const health = deps.storeHealth ?? storeHealthOf(deps.store, deps.log);
  app.get('/readyz', (_req: Request, res: Response) => {
    if (!deps.store.ready()) return void res.status(503).json({ status: 'not-ready' });
    const state = health.current();
    if (!state.writable) return void res.status(503).json({ status: 'not-ready', reason: `database not writable (${state.reason})` });
    res.json({ status: 'ready' });
  });
  return app;
}

/** 4xx statuses an error may carry through (body parsers set `status`); anything else is a 500. */
function statusOf(err: unknown): number {
  const s = (err as { status?: unknown; statusCode?: unknown } | null)?.status ?? (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof s === 'number' && s >= 400 && s < 500 ? s : 500;
}

/** Adds the JSON 404 for unknown routes and the JSON error handler; call after every adapter has mounted. */
export function finalize(app: Express): Express {
  const log = app.locals.log as Logger | undefined;
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not_found' });
  });
  const onError: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const status = statusOf(err);
    // The name and type only: an error message may quote the request body.
    const e = err as { name?: string; type?: string; code?: string };
    log?.[status >= 500 ? 'error' : 'warn']({ status, path: req.path, err: { name: e?.name, type: e?.type, code: e?.code } }, 'request failed');
    res.status(status).json({ error: status === 413 ? 'payload_too_large' : status >= 500 ? 'internal_error' : 'bad_request' });
  };
  app.use(onError);
  return app;
}
