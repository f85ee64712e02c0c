// Slack adapter entry: mounts Bolt on the shared Express app and provides the Slack Messenger and directory.
// Deliveries other than modal submissions are stored in the inbound queue before they are acknowledged and handled
// right after by an in-process drain that gives way to acknowledgements (adapters/slack/queue/).
import type { Express, Response } from 'express';
import type { Bot } from '../../flows/bot.js';
import type { Logger } from '../../src/log.js';
import type { PeopleDirectory } from '../../src/ports/directory.js';
import type { Messenger } from '../../src/ports/outbox.js';
import type { Store } from '../../src/ports/store.js';
import { storeHealthOf } from '../../src/server/http.js';
import type { StoreHealth } from '../../src/server/storeHealth.js';
import { slackConfig } from './config.js';
import type { SlackContext } from './context.js';
import { SlackDirectory } from './directory.js';
import { DmChannels } from './dm.js';
import { SlackMessenger } from './messenger.js';
import { ChannelPacer } from './pacing.js';
import { PendingForms } from './pendingForms.js';
import { AckGate } from './queue/ackGate.js';
import { InboundBatch } from './queue/accept.js';
import { handleJob } from './queue/handleJob.js';
import { decodeJob, type SlackJob } from './queue/jobs.js';
import { InboundProcessor } from './queue/processor.js';
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
  /** The database's write health shared with /readyz (by default one of the adapter's own). */
  storeHealth?: StoreHealth;
}

/** What mountSlack gives back. */
export interface SlackMount {
  messenger: Messenger;
  directory: PeopleDirectory;
  /** Resolves when every acknowledged delivery that can be handled now has been, replies sent (tests, graceful stop). */
  idle(): Promise<void>;
  /** Stops accepting Slack requests (503) and waits for in-flight work; what is still queued waits for the next start. */
  close(): Promise<void>;
}

/** Mounts the Slack adapter at POST /slack/events; throws SlackConfigError when token or secret is missing. */
export function mountSlack(app: Express, deps: SlackDeps): SlackMount {
  const config = slackConfig(deps.env);
  const log = deps.log.child({ adapter: 'slack' });
  const client = createWebClient(config.SLACK_BOT_TOKEN, config.SLACK_API_URL, log);
  const tasks = new TaskTracker(log);
  const health = deps.storeHealth ?? storeHealthOf(deps.store, log);
  const acks = new AckGate();
  const queue: InboundProcessor<SlackJob> = new InboundProcessor<SlackJob>({
    queue: deps.store.inbound,
    health,
    log,
    handle: (job, item, complete) => handleJob(ctx, job, item, complete),
    gate: acks,
  });
  const clock = deps.clock ?? (() => new Date());
  const ctx: SlackContext = {
    inbound: new InboundBatch({ store: deps.store, health, clock, queue }),
    client,
    store: deps.store,
    bot: deps.bot,
    log,
    clock,
    dm: new DmChannels(client, deps.store.kv),
    pacer: new ChannelPacer(deps.pacingMs ?? 1000, undefined, () => acks.quiet()),
    forms: new PendingForms(deps.store.kv),
    tasks,
    health,
    queue,
    acks,
  };
  let accepting = true;
  mountReceiver(app, ctx, {
    signingSecret: config.SLACK_SIGNING_SECRET,
    botToken: config.SLACK_BOT_TOKEN,
    apiUrl: config.SLACK_API_URL,
    log,
    accepting: () => accepting,
    track: (res: Response) => acks.track(res),
  });
  resume(ctx);
  // Queued deliveries hand their replies to `tasks`, so the queue is awaited first.
  const idle = async () => {
    await queue.idle();
    await tasks.idle();
  };
  return {
    messenger: new SlackMessenger(ctx),
    directory: new SlackDirectory(client, log),
    idle,
    close: async () => {
      accepting = false;
      await queue.close();
      await tasks.idle();
    },
  };
}

/** Queues again what an earlier process acknowledged but did not finish (a damaged row is logged and dropped). */
function resume(ctx: SlackContext): void {
  for (const item of ctx.store.inbound.pending('slack')) {
    const job = decodeJob(item);
    if (job) ctx.queue.push(item, job);
    else {
      ctx.log.warn({ id: item.id, kind: item.kind }, 'slack: dropped a queued delivery that could not be read');
      ctx.store.inbound.done(item.id);
    }
  }
}
