// The one entry point adapters call: an inbound event in, replies out.
import type { InboundEvent } from './events.js';
import type { Reply } from '../src/core/ui.js';

/** What an adapter may add to one run of the bot. */
export interface HandleOptions {
  /** Called inside the transaction that stores the event's effect (AppContext.onEffect): record its id there. */
  onEffect?: () => void;
}

/** Handles normalized events; implemented by flows/router.ts over the app use cases. */
export interface Bot {
  /** Processes one event at instant `now`; returns what to show the sender (in order). */
  handle(event: InboundEvent, now: Date, options?: HandleOptions): Promise<Reply[]>;
}
