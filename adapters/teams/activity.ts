// zod schema of the Bot Framework activity fields the Teams adapter reads (the HTTP edge).
import type { Activity } from 'botbuilder';
import { z } from 'zod';

const account = z
  .object({
    id: z.string().min(1).max(512),
    name: z.string().max(512).optional(),
    aadObjectId: z.string().max(128).optional(),
    role: z.string().optional(),
  })
  .passthrough();

const entity = z
  .object({
    type: z.string(),
    text: z.string().max(1000).optional(),
    mentioned: account.optional(),
  })
  .passthrough();

/** What the adapter needs from every activity; unknown fields pass through untouched. */
export const teamsActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().min(1).max(512).optional(),
    name: z.string().max(256).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(1024),
    from: account,
    recipient: account.optional(),
    conversation: z
      .object({ id: z.string().min(1).max(1024), tenantId: z.string().max(128).optional(), conversationType: z.string().optional() })
      .passthrough(),
    channelData: z
      .object({ tenant: z.object({ id: z.string().max(128) }).passthrough().optional() })
      .passthrough()
      .optional(),
    text: z.string().max(20_000).optional(),
    value: z.unknown().optional(),
    locale: z.string().max(32).optional(),
    entities: z.array(entity).max(200).optional(),
    membersAdded: z.array(account).max(1000).optional(),
    replyToId: z.string().optional(),
  })
  .passthrough();

/** A validated inbound activity. */
export type TeamsActivity = z.infer<typeof teamsActivitySchema>;

/** Activity types that change state and must carry an id (for de-duplication). */
export const TYPES_NEEDING_ID = new Set(['message', 'invoke']);

/** The validated activity as botbuilder's type (botbuilder reads further fields itself). */
export function asBotActivity(a: TeamsActivity): Activity {
  return a as unknown as Activity;
}
