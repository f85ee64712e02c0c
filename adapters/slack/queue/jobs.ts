// What the Slack adapter queues for a delivery it acknowledges before handling: the parsed, minimal form (the
// normalized event and where replies go), never the raw payload. Read back with zod after a restart.
import { z } from 'zod';
import type { ActionEvent, HomeOpenedEvent, TextEvent } from '../../../flows/events.js';
import type { InboundItem } from '../../../src/ports/store.js';
import type { ReplyRoute } from '../route.js';

/** Kinds of queued Slack deliveries (the `kind` column: for counting, never content). */
export type SlackJobKind = 'home' | 'dm' | 'command' | 'action' | 'open-form';

/** A queued Slack delivery: an event for the bot, or a click that opens a form kept by the adapter. */
export type SlackJob =
  | { type: 'bot'; event: TextEvent | ActionEvent | HomeOpenedEvent; route: ReplyRoute; dmChannel?: string }
  | { type: 'open-form'; key: string; route: ReplyRoute; dmChannel?: string };

const id = z.string().min(1).max(200);
const route = z.object({
  teamId: id,
  userId: id,
  triggerId: z.string().optional(),
  responseUrl: z.string().url().optional(),
  channelId: z.string().optional(),
});
const base = {
  eventId: z.string().min(1),
  conversationId: z.string().min(1),
  from: z.object({
    platform: z.literal('slack'),
    tenantId: id,
    userId: id,
    displayName: z.string().optional(),
    locale: z.enum(['nl', 'en']).optional(),
    email: z.string().optional(),
  }),
};
const event = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('text'), text: z.string() }),
  z.object({ ...base, kind: z.literal('action'), actionId: z.string().min(1), value: z.string() }),
  z.object({ ...base, kind: z.literal('home-opened') }),
]);
const schema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bot'), event, route, dmChannel: z.string().optional() }),
  z.object({ type: z.literal('open-form'), key: z.string().min(1), route, dmChannel: z.string().optional() }),
]);

/** Deliveries of one person in one workspace are handled in order. */
export function laneOf(r: ReplyRoute): string {
  return `${r.teamId}:${r.userId}`;
}

/** A queued item's job, or null when its payload is not one (written by another release, or damaged). */
export function decodeJob(item: InboundItem): SlackJob | null {
  let raw: unknown;
  try {
    raw = JSON.parse(item.payload);
  } catch {
    return null;
  }
  const r = schema.safeParse(raw);
  return r.success ? (r.data as SlackJob) : null;
}
