// The one Express app: health routes, the 1 MiB limit, and (after the adapters mount) JSON 404 and errors.
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import type { Logger } from '../log.js';
import type { Store } from '../ports/store.js';
import { bodyLimit } from './bodyLimit.js';

export { MAX_BODY_BYTES } from './bodyLimit.js';

/** What the app needs. */
export interface HttpDeps {
  store: Store;
  log: Logger;
}

/**
 * Creates the app with /healthz (the process is alive) and /readyz (database open and migrated). There is
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
  app.get('/readyz', (_req: Request, res: Response) => {
    const ready = deps.store.ready();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready' });
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
