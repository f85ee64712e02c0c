// A test double for the Bot port: records every event and answers with what the test tells it.
import type { Bot } from '../../../../flows/bot.js';
import type { InboundEvent } from '../../../../flows/events.js';
import { message, type Reply } from '../../../../src/core/ui.js';

/** How the recording bot answers one event. */
export type Responder = (event: InboundEvent) => Reply[] | Promise<Reply[]>;

/** Records events; answers with `respond` (default: one short message). */
export class RecordingBot implements Bot {
  readonly events: InboundEvent[] = [];
  respond: Responder;

  constructor(private readonly initial: Responder = () => [message('Ontvangen.')]) {
    this.respond = initial;
  }

  /** Forgets recorded events and restores the initial answer. */
  reset(): void {
    this.events.length = 0;
    this.respond = this.initial;
  }

  async handle(event: InboundEvent, _now: Date): Promise<Reply[]> {
    this.events.push(event);
    return this.respond(event);
  }
}
