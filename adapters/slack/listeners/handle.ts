// Runs the bot for one event and delivers what it answers.
import type { InboundEvent } from '../../../flows/events.js';
import { message, type Reply } from '../../../flows/ui.js';
import type { SlackContext } from '../context.js';
import { deliverReplies, GENERIC_ERROR } from '../deliver.js';
import type { ReplyRoute } from '../route.js';

/** The bot's answer; `failed` when it threw and the replies are the generic apology. */
export interface BotAnswer {
  replies: Reply[];
  failed: boolean;
}

/** Asks the bot; a failure becomes a short apology (logged by error name only, never by text). */
export async function askBot(ctx: SlackContext, event: InboundEvent, now: Date): Promise<BotAnswer> {
  try {
    return { replies: await ctx.bot.handle(event, now), failed: false };
  } catch (err) {
    ctx.log.error({ kind: event.kind, error: err instanceof Error ? err.name : 'unknown' }, 'slack: bot failed on an event');
    return { replies: [message(GENERIC_ERROR)], failed: true };
  }
}

/** Asks the bot and delivers the replies along `route`. */
export async function handleAndDeliver(ctx: SlackContext, event: InboundEvent, route: ReplyRoute, now: Date): Promise<void> {
  const { replies } = await askBot(ctx, event, now);
  await deliverReplies(ctx, replies, route);
}

/** Records an inbound id; true the first time (a Slack retry or duplicate gets false). */
export function firstSeen(ctx: SlackContext, eventId: string, now: Date): boolean {
  return ctx.store.inbox.firstSeen('slack', eventId, now);
}
