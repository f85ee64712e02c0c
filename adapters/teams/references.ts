// Conversation references and profile facts per Teams user, kept in the store's key/value port
// so proactive messages (reminders, digests) can reach a person's personal chat later.
import type { ConversationReference } from 'botbuilder';
import { z } from 'zod';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { KeyValueStore } from '../../src/ports/store.js';

/** kv namespace of stored conversation references, keyed `tenantId:aadObjectId`. */
export const REFERENCE_NAMESPACE = 'teams.reference';
/** kv namespace mapping a Teams user id (29:…) to `{tenantId, userId}` for mention resolution. */
export const TEAMS_ID_NAMESPACE = 'teams.user-id';

/** What is kept per person: where to write, and what the activity told us about them. */
export interface StoredReference {
  reference: Partial<ConversationReference>;
  name?: string;
  locale?: Locale;
  updatedAt: string;
}

const storedSchema = z.object({
  reference: z
    .object({
      serviceUrl: z.string().url(),
      channelId: z.string(),
      conversation: z.object({ id: z.string() }).passthrough(),
      bot: z.object({ id: z.string() }).passthrough().optional(),
      user: z.object({ id: z.string() }).passthrough().optional(),
    })
    .passthrough(),
  name: z.string().optional(),
  locale: z.enum(['nl', 'en']).optional(),
  updatedAt: z.string(),
});

/** The kv key of one person. */
export function referenceKey(tenantId: string, userId: string): string {
  return `${tenantId}:${userId}`;
}

/** Reads and writes stored references. */
export class ReferenceBook {
  constructor(private readonly kv: KeyValueStore) {}

  /** Saves (or refreshes) the reference of one person; the activity id is dropped so sends start new messages. */
  save(tenantId: string, userId: string, entry: Omit<StoredReference, 'updatedAt'>, now: Date): void {
    const { activityId: _dropped, ...reference } = entry.reference;
    // Some activities (install events) come without name or locale: keep what an earlier one said.
    const earlier = this.get(tenantId, userId);
    const value: StoredReference = { reference, updatedAt: now.toISOString() };
    const name = entry.name ?? earlier?.name;
    const locale = entry.locale ?? earlier?.locale;
    if (name) value.name = name;
    if (locale) value.locale = locale;
    this.kv.set(REFERENCE_NAMESPACE, referenceKey(tenantId, userId), value);
    const teamsUserId = reference.user?.id;
    if (teamsUserId) this.kv.set(TEAMS_ID_NAMESPACE, teamsUserId, { tenantId, userId });
  }

  /** The stored entry, or undefined when none (or an unreadable one) is kept. */
  get(tenantId: string, userId: string): StoredReference | undefined {
    const parsed = storedSchema.safeParse(this.kv.get<unknown>(REFERENCE_NAMESPACE, referenceKey(tenantId, userId)));
    return parsed.success ? (parsed.data as unknown as StoredReference) : undefined;
  }

  /** aadObjectId of a Teams user id (29:…) seen before, within the tenant. */
  aadObjectIdOf(teamsUserId: string, tenantId: string | undefined): string | undefined {
    const hit = this.kv.get<{ tenantId: string; userId: string }>(TEAMS_ID_NAMESPACE, teamsUserId);
    return hit && hit.tenantId === tenantId ? hit.userId : undefined;
  }
}
