// What the listeners, the messenger and the directory share.
import type { Bot } from '../../flows/bot.js';
import type { Logger } from '../../src/log.js';
import type { Store } from '../../src/ports/store.js';
import type { DmChannels } from './dm.js';
import type { ChannelPacer } from './pacing.js';
import type { PendingForms } from './pendingForms.js';
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
}
