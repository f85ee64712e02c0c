// What every flow step receives: the sender as the app knows them, their language, the day, and the store.
// Flows return replies plus the next conversation state; only the router reads and writes that state.
import type { IsoDate } from '../src/core/calendar/isoDate.js';
import type { Locale } from '../src/core/i18n/locale.js';
import type { Actor } from '../src/core/policy/types.js';
import type { AppContext, ResolvedSender } from '../src/app/index.js';
import type { PeopleDirectory } from '../src/ports/directory.js';
import type { Store } from '../src/ports/store.js';
import type { Sender } from './events.js';
import type { ConversationState } from './state.js';
import type { Reply } from '../src/core/ui.js';

/** The facts a flow step works with for one inbound event. */
export interface FlowContext {
  /** What the use cases receive: the store and the instant of the event. */
  app: AppContext;
  store: Store;
  /** The sender's employer, person and Actor. */
  sender: ResolvedSender;
  actor: Actor;
  /** The language to answer in. */
  locale: Locale;
  /** The Europe/Amsterdam date of the event. */
  today: IsoDate;
  /** The sender as the platform described them (platform, tenant, user id). */
  from: Sender;
  /** The platform's people lookup, for mentions of people the bot has not met yet. */
  directory?: PeopleDirectory;
}

/** What a flow step returns: replies in order, and the next state (undefined: unchanged, null: cleared). */
export interface FlowResult {
  replies: Reply[];
  state?: ConversationState | null;
}

/** A result with only replies (state unchanged). */
export function reply(...replies: Reply[]): FlowResult {
  return { replies };
}

/** A result that also clears the conversation state. */
export function done(...replies: Reply[]): FlowResult {
  return { replies, state: null };
}
