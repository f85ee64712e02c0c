// Validates Adaptive Card JSON with Microsoft's own card library (npm adaptivecards), without a DOM.
import { createRequire } from 'node:module';

interface ParseEvent { event: number; message: string }
interface SerializationContext { eventCount: number; getEventAt(i: number): ParseEvent }
interface CardLib {
  AdaptiveCard: new () => {
    parse(json: unknown, context: SerializationContext): void;
    validateProperties(): { validationEvents: ParseEvent[] };
  };
  SerializationContext: new () => SerializationContext;
  ValidationEvent: Record<number, string>;
}

// The ES-module build of adaptivecards does not load in Node (extensionless imports); the UMD one does.
const lib = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as CardLib;

/** Every parse and validation problem the library reports, as "EventName: message". */
export function cardProblems(json: unknown): string[] {
  const card = new lib.AdaptiveCard();
  const context = new lib.SerializationContext();
  card.parse(json, context);
  const events: ParseEvent[] = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  return events.map((e) => `${lib.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
}
