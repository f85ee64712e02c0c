// Outbox deliveries for Slack: the person's DM (conversations.open + chat.postMessage), paced per channel.
import type { UiMessage } from '../../flows/ui.js';
import type { DeliveryResult, DeliveryTarget, Messenger } from '../../src/ports/outbox.js';
import type { SlackContext } from './context.js';
import { postMessages } from './deliver.js';
import { classifySlackError } from './errors.js';
import { renderMessage } from './render/message.js';

/** Sends one abstract message to one person; failures come back classified, never thrown. */
export class SlackMessenger implements Messenger {
  readonly platform = 'slack' as const;

  constructor(private readonly ctx: Pick<SlackContext, 'client' | 'dm' | 'pacer' | 'log'>) {}

  /** Delivers `message` to the target's DM; 429 and 5xx are retryable (with Retry-After when given). */
  async send(target: DeliveryTarget, message: UiMessage): Promise<DeliveryResult> {
    if (target.platform !== 'slack') return { ok: false, retryable: false, error: 'wrong_platform' };
    try {
      const chunks = renderMessage(message);
      await postMessages(this.ctx, { teamId: target.tenantId, userId: target.userId }, chunks);
      return { ok: true };
    } catch (err) {
      const result = classifySlackError(err);
      this.ctx.log.warn({ code: result.error, retryable: result.retryable }, 'slack: delivery failed');
      return result;
    }
  }
}
