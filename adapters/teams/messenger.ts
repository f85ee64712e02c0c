// Proactive Teams messages (reminders, digests, notices) to a person's stored personal chat.
// The outbox owns retries: this sends once, without botbuilder's own retry loop, and says
// whether the failure is worth retrying (429 with its Retry-After, 5xx, network) or not.
import { TurnContext, type Activity } from 'botbuilder';
import type { UiMessage } from '../../src/core/ui.js';
import { DEFAULT_LOCALE } from '../../src/core/i18n/locale.js';
import type { Logger } from '../../src/log.js';
import type { DeliveryResult, DeliveryTarget, Messenger } from '../../src/ports/outbox.js';
import { replyActivity } from './cards/index.js';
import type { TeamsCloudAdapter } from './cloudAdapter.js';
import type { Pacer } from './pacing.js';
import type { ReferenceBook } from './references.js';

/** What the messenger needs. */
export interface TeamsMessengerDeps {
  adapter: TeamsCloudAdapter | undefined;
  appId: string;
  book: ReferenceBook;
  pacer: Pacer;
  log: Logger;
  /** Give up on one send after this long (the outbox retries later). */
  timeoutMs?: number;
  /** Clock for Retry-After dates. */
  now?: () => number;
}

interface HttpFailure {
  statusCode?: number;
  code?: string;
  response?: { headers?: { get?(name: string): string | undefined | null } | Record<string, string | undefined> };
}

/** Retry-After as seconds or an HTTP date → milliseconds from now. */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function headerOf(err: HttpFailure, name: string): string | undefined {
  const headers = err.response?.headers;
  if (!headers) return undefined;
  if (typeof headers.get === 'function') return headers.get(name) ?? undefined;
  const plain = headers as Record<string, string | undefined>;
  return plain[name] ?? plain[name.toLowerCase()];
}

/** Classifies a failed send. */
export function deliveryFailure(err: unknown, now: number): DeliveryResult {
  const e = (err ?? {}) as HttpFailure;
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  if (status === 429) {
    const wait = retryAfterMs(headerOf(e, 'retry-after'), now);
    return { ok: false, retryable: true, error: 'teams-429', ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
  }
  if (status !== undefined && status >= 500) return { ok: false, retryable: true, error: `teams-${status}` };
  // 403: the user removed the app or blocked the bot; 404: the conversation is gone.
  if (status !== undefined) return { ok: false, retryable: false, error: `teams-${status}` };
  return { ok: false, retryable: true, error: `teams-network${e.code ? `-${e.code}` : ''}` };
}

/** The part of botbuilder's ConnectorClient a proactive send uses. */
interface Connector {
  client?: { pipeline?: { removePolicy(options: { phase?: string }): unknown } };
  conversations: { sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<unknown> };
}

/**
 * Posts a new message into the stored conversation (POST /v3/conversations/{id}/activities).
 * context.sendActivity would instead reply to the synthetic continuation activity. The connector's
 * retry policy is dropped so one send is one request: the outbox owns retries and backoff.
 */
async function postNewMessage(context: TurnContext, adapter: TeamsCloudAdapter, activity: Partial<Activity>): Promise<void> {
  const connector = context.turnState.get(adapter.ConnectorClientKey) as Connector | undefined;
  if (!connector) throw new Error('no connector client in the proactive turn');
  connector.client?.pipeline?.removePolicy({ phase: 'Retry' });
  const reference = TurnContext.getConversationReference(context.activity);
  const outgoing = TurnContext.applyConversationReference({ ...activity }, { ...reference, activityId: undefined });
  delete outgoing.replyToId;
  await connector.conversations.sendToConversation(reference.conversation!.id, outgoing);
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  readonly code = 'TIMEOUT';
}

/** The Messenger port for Teams. */
export function createTeamsMessenger(deps: TeamsMessengerDeps): Messenger {
  const now = deps.now ?? (() => Date.now());
  const timeoutMs = deps.timeoutMs ?? 30_000;
  return {
    platform: 'teams',
    async send(target: DeliveryTarget, message: UiMessage): Promise<DeliveryResult> {
      if (target.platform !== 'teams') return { ok: false, retryable: false, error: 'wrong-platform' };
      const adapter = deps.adapter;
      if (!adapter) return { ok: false, retryable: false, error: 'teams-off' };
      const stored = deps.book.get(target.tenantId, target.userId);
      if (!stored) return { ok: false, retryable: false, error: 'no-conversation-reference' };
      const activity = replyActivity(message, stored.locale ?? DEFAULT_LOCALE);
      const conversationId = stored.reference.conversation!.id;
      return deps.pacer.run(conversationId, async () => {
        let timer: NodeJS.Timeout | undefined;
        try {
          const sending = adapter.continueConversationAsync(deps.appId, stored.reference, (context) =>
            postNewMessage(context, adapter, activity),
          );
          sending.catch(() => undefined); // a late failure after a timeout is not unhandled
          const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new TimeoutError('send timed out')), timeoutMs);
          });
          await Promise.race([sending, timeout]);
          return { ok: true } as const;
        } catch (err) {
          const result = deliveryFailure(err, now());
          deps.log.warn({ adapter: 'teams', error: result.ok ? undefined : result.error }, 'teams: proactive send failed');
          return result;
        } finally {
          if (timer) clearTimeout(timer);
        }
      });
    },
  };
}
