// The one entry point adapters call: an inbound event in, replies out.
import type { InboundEvent } from './events.js';
import type { Reply } from '../src/core/ui.js';

/** Handles normalized events; implemented by flows/router.ts over the app use cases. */
export interface Bot {
  /** Processes one event at instant `now`; returns what to show the sender (in order). */
  handle(event: InboundEvent, now: Date): Promise<Reply[]>;
}
