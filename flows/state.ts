// Conversation state between two events of one person in one conversation (ConversationStore, with expiry).
// It only ever holds ids and choices — never a typed text: a line the guard flags must leave no trace here.
import { z } from 'zod';
import type { ConversationKey } from '../src/ports/records.js';
import type { Store } from '../src/ports/store.js';
import type { Sender } from './events.js';

/** How long a question the bot asked stays open. */
export const STATE_TTL_MS = 30 * 60 * 1000;

/** Intents that can wait for a person's name typed on its own ("status" → "Van wie?" → "Jan"). */
export const SUBJECT_INTENTS = ['status', 'checklist', 'recovery', 'sick-report'] as const;

const stateSchema = z.discriminatedUnion('step', [
  z.object({
    /** The bot asked whom a command is about; the next plain line is taken as the name. */
    step: z.literal('ask-subject'),
    intent: z.enum(SUBJECT_INTENTS),
    extent: z.enum(['full', 'partial']).optional(),
  }),
]);

/** The state of a conversation. */
export type ConversationState = z.infer<typeof stateSchema>;

/** The key of the sender's conversation (platform + tenant + conversation + user). */
export function conversationKey(from: Sender, conversationId: string): ConversationKey {
  return { platform: from.platform, tenantId: from.tenantId, conversationId, userId: from.userId };
}

/** The stored state, or undefined when there is none, it expired, or it no longer has a known shape. */
export function loadState(store: Store, key: ConversationKey, now: Date): ConversationState | undefined {
  const raw = store.conversations.get<unknown>(key, now);
  if (raw === undefined) return undefined;
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Writes (with a fresh expiry) or clears the state; `undefined` leaves it as it is. */
export function saveState(store: Store, key: ConversationKey, state: ConversationState | null | undefined, now: Date): void {
  if (state === undefined) return;
  if (state === null) store.conversations.clear(key);
  else store.conversations.set(key, stateSchema.parse(state), new Date(now.getTime() + STATE_TTL_MS));
}
