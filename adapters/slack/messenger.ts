// Outbox deliveries for Slack: the person's DM (conversations.open + chat.postMessage), paced per channel. Each
// part is tagged with a digest of the outbox key (message metadata), so a send that may have landed before is
// checked against the DM's history and not posted twice (adapters/slack/delivered.ts).
import type { UiMessage } from '../../src/core/ui.js';
import type { DeliveryResult, DeliveryTarget, Messenger, SendOptions } from '../../src/ports/outbox.js';
import type { SlackContext } from './context.js';
import { deliveredParts, outboxMetadata, outboxTag } from './delivered.js';
import { classifySlackError } from './errors.js';
import { renderMessage } from './render/message.js';

/** Sends one abstract message to one person; failures come back classified, never thrown. */
export class SlackMessenger implements Messenger {
  readonly platform = 'slack' as const;
  readonly checksDelivery = true;

  constructor(private readonly ctx: Pick<SlackContext, 'client' | 'dm' | 'pacer' | 'log'>) {}

  /** Delivers `message` to the target's DM; 429 and 5xx are retryable (with Retry-After when given). */
  async send(target: DeliveryTarget, message: UiMessage, opts?: SendOptions): Promise<DeliveryResult> {
    if (target.platform !== 'slack') return { ok: false, retryable: false, error: 'wrong_platform' };
    try {
      const chunks = renderMessage(message);
      const channel = await this.ctx.dm.channelFor(target.tenantId, target.userId);
      const tag = opts ? outboxTag(opts.key) : undefined;
      const there = tag && opts?.resumeSince ? await this.alreadyThere(channel, tag, opts.resumeSince) : new Set<number>();
      if (there.size) this.ctx.log.info({ parts: chunks.length, found: there.size }, 'slack: an earlier attempt reached the DM; not posting it again');
      for (const [part, m] of chunks.entries()) {
        if (there.has(part)) continue;
        await this.ctx.pacer.run(channel, () => this.ctx.client.chat.postMessage({
          channel, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false,
          ...(tag ? { metadata: outboxMetadata(tag, part) } : {}),
        }));
      }
      return { ok: true };
    } catch (err) {
      const result = classifySlackError(err);
      this.ctx.log.warn({ code: result.error, retryable: result.retryable }, 'slack: delivery failed');
      return result;
    }
  }

  /**
   * Parts of the tagged message already in the DM. A history read that fails for a while (429, 5xx) fails the
   * attempt (the outbox retries it); one that cannot work (no im:history scope on an old install) sends again:
   * a reminder twice is better than none.
   */
  private async alreadyThere(channel: string, tag: string, since: Date): Promise<Set<number>> {
    try {
      return await deliveredParts(this.ctx.client, channel, tag, since);
    } catch (err) {
      const result = classifySlackError(err);
      if (result.retryable) throw err;
      this.ctx.log.warn({ code: result.error }, 'slack: cannot read the DM to check an earlier attempt; sending again');
      return new Set();
    }
  }
}
