// A Bot that records every event and answers with whatever the test says. Tests get their bot from
// `makeBot` below: swapping in the real router later is the one line marked there.
import type { Bot } from '../../../../flows/bot.js';
import type { InboundEvent } from '../../../../flows/events.js';
import type { Reply } from '../../../../src/core/ui.js';

/** A bot plus the events it saw. */
export interface RecordingBot extends Bot {
  events: InboundEvent[];
}

/** Records events; `respond` decides the replies (default: none). */
export function recordingBot(respond: (event: InboundEvent) => Reply[] | Promise<Reply[]> = () => []): RecordingBot {
  const events: InboundEvent[] = [];
  return {
    events,
    async handle(event: InboundEvent): Promise<Reply[]> {
      events.push(event);
      return respond(event);
    },
  };
}
