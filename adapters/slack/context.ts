// What the listeners, the messenger and the directory share.
import type { Bot } from '../../flows/bot.js';
import type { Logger } from '../../src/log.js';
import type { Store } from '../../src/ports/store.js';
import type { StoreHealth } from '../../src/server/storeHealth.js';
import type { DmChannels } from './dm.js';
import type { ChannelPacer } from './pacing.js';
import type { PendingForms } from './pendingForms.js';
import type { AckGate } from './queue/ackGate.js';
import type { InboundBatch } from './queue/accept.js';
import type { InboundProcessor } from './queue/processor.js';
import type { SlackJob } from './queue/jobs.js';
import type { TaskTracker } from './tasks.js';
import type { SlackWebClient } from './webClient.js';

/** Shared adapter state, built once by mountSlack. */
export interface SlackContext {
  client: SlackWebClient;
  store: Store;
  bot: Bot;
  log: Logger;
  clock: () => Date;
  dm: DmChannels;
  pacer: ChannelPacer;
  forms: PendingForms;
  tasks: TaskTracker;
  /** Whether the database can be written (503 at once while it cannot). */
  health: StoreHealth;
  /** Stores deliveries (one transaction per event-loop turn) before they are acknowledged. */
  inbound: InboundBatch;
  /** Deliveries acknowledged and waiting to be handled. */
  queue: InboundProcessor<SlackJob>;
  /** Slack requests being acknowledged: work behind them waits for the quiet after a burst. */
  acks: AckGate;
}
