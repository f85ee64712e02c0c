// Buttons (block_actions): recorded, acknowledged at once, then handled; forms open with the trigger_id.
import type { App, BlockAction } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { parseBlockActions } from '../parse/index.js';
import { modalFor } from '../deliver.js';
import { askBot, claim, firstSeen, settle } from './handle.js';
import { deliverReplies } from '../deliver.js';

/** Registers the block_actions listener for every action id (unknown ones are acknowledged and ignored). */
export function registerActions(app: App, ctx: SlackContext): void {
  app.action<BlockAction>({ type: 'block_actions' }, async ({ body, ack }) => {
    const parsed = parseBlockActions(body);
    if (!parsed) {
      await ack();
      return;
    }
    const now = ctx.clock();
    const eventId = parsed.kind === 'bot' ? parsed.event.eventId : parsed.eventId;
    if (parsed.kind === 'bot') {
      // Recorded only once the bot has handled the press (its effect stored): a kill between the ack and the
      // handling leaves the id unrecorded, so a retry is handled instead of dropped as a duplicate.
      const first = claim(ctx, eventId, now);
      await ack();
      if (!first) return;
      if (parsed.route.channelId) ctx.dm.remember(parsed.route.teamId, parsed.route.userId, parsed.route.channelId);
      const { event, route } = parsed;
      ctx.tasks.run('action', async () => {
        let answer;
        try {
          answer = await askBot(ctx, event, now);
        } finally {
          settle(ctx, eventId, now, !!answer && !answer.failed);
        }
        await deliverReplies(ctx, answer.replies, route);
      });
      return;
    }
    const first = firstSeen(ctx, eventId, now);
    await ack();
    if (!first) return;
    if (parsed.route.channelId) ctx.dm.remember(parsed.route.teamId, parsed.route.userId, parsed.route.channelId);
    const { key, route } = parsed;
    ctx.tasks.run('open-form', async () => {
      const form = ctx.forms.take(key, route.userId, now);
      if (form && route.triggerId) await ctx.client.views.open({ trigger_id: route.triggerId, view: modalFor(ctx, form, route) });
    });
  });
}
