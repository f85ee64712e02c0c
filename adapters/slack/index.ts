// Slack adapter entry: mounts Bolt on the shared Express app and provides the Slack Messenger and directory.
import type { Express } from 'express';
import type { Bot } from '../../flows/bot.js';
import type { Logger } from '../../src/log.js';
import type { PeopleDirectory } from '../../src/ports/directory.js';
import type { Messenger } from '../../src/ports/outbox.js';
import type { Store } from '../../src/ports/store.js';
import { slackConfig } from './config.js';
import type { SlackContext } from './context.js';
import { SlackDirectory } from './directory.js';
import { DmChannels } from './dm.js';
import { SlackMessenger } from './messenger.js';
import { ChannelPacer } from './pacing.js';
import { PendingForms } from './pendingForms.js';
import { mountReceiver } from './receiver.js';
import { TaskTracker } from './tasks.js';
import { createWebClient } from './webClient.js';

/** Re-exported for the server (config errors) and tests (the route). */
export { SlackConfigError } from './config.js';
export { SLACK_EVENTS_PATH } from './receiver.js';

/** What mountSlack needs. */
export interface SlackDeps {
  env: { SLACK_BOT_TOKEN?: string; SLACK_SIGNING_SECRET?: string; SLACK_API_URL?: string };
  store: Store;
  bot: Bot;
  log: Logger;
  clock?: () => Date;
  /** Minimum spacing of messages per channel in ms (default 1000, Slack's guidance; tests may lower it). */
  pacingMs?: number;
}

/** What mountSlack gives back. */
export interface SlackMount {
  messenger: Messenger;
  directory: PeopleDirectory;
  /** Resolves when all work handed off after acknowledgements has finished (tests, graceful stop). */
  idle(): Promise<void>;
  /** Stops accepting Slack requests (503) and waits for in-flight work. */
  close(): Promise<void>;
}

/** Mounts the Slack adapter at POST /slack/events; throws SlackConfigError when token or secret is missing. */
export function mountSlack(app: Express, deps: SlackDeps): SlackMount {
  const config = slackConfig(deps.env);
  const log = deps.log.child({ adapter: 'slack' });
  const client = createWebClient(config.SLACK_BOT_TOKEN, config.SLACK_API_URL, log);
  const tasks = new TaskTracker(log);
  const ctx: SlackContext = {
    client,
    store: deps.store,
    bot: deps.bot,
    log,
    clock: deps.clock ?? (() => new Date()),
    dm: new DmChannels(client, deps.store.kv),
    pacer: new ChannelPacer(deps.pacingMs ?? 1000),
    forms: new PendingForms(deps.store.kv),
    tasks,
  };
  let accepting = true;
  mountReceiver(app, ctx, {
    signingSecret: config.SLACK_SIGNING_SECRET,
    botToken: config.SLACK_BOT_TOKEN,
    apiUrl: config.SLACK_API_URL,
    log,
    accepting: () => accepting,
  });
  return {
    messenger: new SlackMessenger(ctx),
    directory: new SlackDirectory(client, log),
    idle: () => tasks.idle(),
    close: async () => {
      accepting = false;
      await tasks.idle();
    },
  };
}
