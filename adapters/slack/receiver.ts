// Bolt on the shared Express app: one ExpressReceiver at /slack/events (events, interactivity, commands).
// Bolt reads and verifies the raw body itself (HMAC v0 signature, 5-minute window): a rejected
// request gets 401 before any listener runs, so nothing is recorded or sent for it. A delivery the database cannot
// take (StoreUnavailableError from a listener) is answered 503 with Retry-After, never acknowledged.
import { App, ExpressReceiver, HTTPModuleFunctions, type ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Logger } from '../../src/log.js';
import { StoreUnavailableError } from '../../src/server/storeHealth.js';
import type { SlackContext } from './context.js';
import { registerActions } from './listeners/actions.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';
import { registerViews } from './listeners/views.js';
import { clientOptions, slackLogger } from './webClient.js';

/** The one Slack request URL. */
export const SLACK_EVENTS_PATH = '/slack/events';
/** Request bodies over this are refused (413), as for the rest of the server. */
const BODY_LIMIT = '1mb';

/** Options for mounting the receiver. */
export interface ReceiverOptions {
  signingSecret: string;
  botToken: string;
  apiUrl?: string;
  log: Logger;
  /** False while shutting down: new Slack requests get 503 and Slack retries later. */
  accepting: () => boolean;
  /** Called with each accepted request's response (the adapter counts requests in flight). */
  track?: (res: Response) => void;
}

/** True when Bolt's (possibly wrapped) error is a delivery the database could not take. */
function isStoreUnavailable(err: unknown): boolean {
  return err instanceof StoreUnavailableError || (err as { original?: unknown } | null)?.original instanceof StoreUnavailableError;
}

/** 503 for a delivery that could not be stored (Slack retries it); Bolt's own handling otherwise. */
async function onProcessError(args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> {
  if (!isStoreUnavailable(args.error) || args.response.headersSent) return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
  args.response.writeHead(503, { 'Retry-After': '1', 'Content-Type': 'application/json' });
  args.response.end(JSON.stringify({ error: 'database_unavailable' }));
  return false;
}

/** Mounts Bolt on `app` and registers the listeners; returns the Bolt app. */
export function mountReceiver(app: Express, ctx: SlackContext, opts: ReceiverOptions): App {
  app.post(SLACK_EVENTS_PATH, (_req: Request, res: Response, next: NextFunction) => {
    if (!opts.accepting()) return void res.status(503).set('Retry-After', '5').end();
    opts.track?.(res);
    next();
  });
  const logger = slackLogger(opts.log);
  const receiver = new ExpressReceiver({
    app,
    signingSecret: opts.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    processBeforeResponse: true,
    bodyLimit: BODY_LIMIT,
    logger,
    processEventErrorHandler: onProcessError,
  });
  const bolt = new App({
    receiver,
    // A fixed bot token without auth.test: no extra Web API call before the first ack.
    authorize: async () => ({ botToken: opts.botToken }),
    // Our own filters drop bot messages; ignoreSelf would need auth.test to know the bot's ids.
    ignoreSelf: false,
    clientOptions: clientOptions(opts.apiUrl, opts.log),
    logger,
  });
  bolt.error(async (err) => {
    if (isStoreUnavailable(err)) throw err; // → onProcessError: 503 (the state change is logged once by StoreHealth)
    opts.log.error({ code: (err as { code?: string }).code ?? err.name }, 'slack: listener error');
  });
  registerCommands(bolt, ctx);
  registerActions(bolt, ctx);
  registerViews(bolt, ctx);
  registerEvents(bolt, ctx);
  return bolt;
}
