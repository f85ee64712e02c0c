// Bolt on the shared Express app: one ExpressReceiver at /slack/events (events, interactivity, commands).
// Bolt reads and verifies the raw body itself (HMAC v0 signature, 5-minute window): a rejected
// request gets 401 before any listener runs, so nothing is recorded or sent for it.
import { App, ExpressReceiver } from '@slack/bolt';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Logger } from '../../src/log.js';
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
}

/** Mounts Bolt on `app` and registers the listeners; returns the Bolt app. */
export function mountReceiver(app: Express, ctx: SlackContext, opts: ReceiverOptions): App {
  app.post(SLACK_EVENTS_PATH, (_req: Request, res: Response, next: NextFunction) => {
    if (opts.accepting()) next();
    else res.status(503).set('Retry-After', '5').end();
  });
  const logger = slackLogger(opts.log);
  const receiver = new ExpressReceiver({
    app,
    signingSecret: opts.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    processBeforeResponse: true,
    bodyLimit: BODY_LIMIT,
    logger,
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
    opts.log.error({ code: (err as { code?: string }).code ?? err.name }, 'slack: listener error');
  });
  registerCommands(bolt, ctx);
  registerActions(bolt, ctx);
  registerViews(bolt, ctx);
  registerEvents(bolt, ctx);
  return bolt;
}
