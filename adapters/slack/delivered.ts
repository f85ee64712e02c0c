// Which parts of an outbox message already reached a DM. Each part the bot posts carries message metadata with a
// digest of the outbox row's idempotency key (never text); before an outbox row is sent again after an attempt
// that may have landed (the process was killed between Slack's answer and the mark, a timeout, a 5xx), the DM's
// history since the row was written is read and the parts found there are not posted again.
import { createHash } from 'node:crypto';
import type { SlackWebClient } from './webClient.js';

/** The metadata event type of the bot's outbox posts. */
export const OUTBOX_EVENT_TYPE = 'verzuimbot_outbox';

/** Message metadata as chat.postMessage takes it. */
export interface OutboxMetadata {
  event_type: string;
  event_payload: { tag: string; part: number };
}

/** History pages read at most (200 messages each): a bot DM holds few messages a day. */
const MAX_PAGES = 5;

/** An opaque tag of an idempotency key: 16 hex characters of its SHA-256 (keys hold case ids; tags hold nothing). */
export function outboxTag(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 16);
}

/** The metadata of part `part` of the outbox message tagged `tag`. */
export function outboxMetadata(tag: string, part: number): OutboxMetadata {
  return { event_type: OUTBOX_EVENT_TYPE, event_payload: { tag, part } };
}

/** A Slack `oldest` parameter for an instant. */
function slackTs(at: Date): string {
  return `${Math.floor(at.getTime() / 1000)}.000000`;
}

/** The parts of the message tagged `tag` posted in `channel` since `since`; throws the Web API's error when it cannot read. */
export async function deliveredParts(client: SlackWebClient, channel: string, tag: string, since: Date): Promise<Set<number>> {
  const found = new Set<number>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.conversations.history({ channel, oldest: slackTs(since), include_all_metadata: true, limit: 200, cursor });
    for (const m of res.messages ?? []) {
      const meta = m.metadata as { event_type?: string; event_payload?: { tag?: unknown; part?: unknown } } | undefined;
      if (meta?.event_type === OUTBOX_EVENT_TYPE && meta.event_payload?.tag === tag && typeof meta.event_payload.part === 'number') {
        found.add(meta.event_payload.part);
      }
    }
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!res.has_more || !cursor) break;
  }
  return found;
}
