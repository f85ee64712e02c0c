// Buttons (block_actions): recorded, acknowledged at once, then handled; forms open with the trigger_id.
import type { App, BlockAction } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { parseBlockActions } from '../parse/index.js';
import { modalFor } from '../deliver.js';
import { firstSeen, handleAndDeliver } from './handle.js';

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
    const first = firstSeen(ctx, eventId, now);
    await ack();
    if (!first) return;
    if (parsed.route.channelId) ctx.dm.remember(parsed.route.teamId, parsed.route.userId, parsed.route.channelId);
    if (parsed.kind === 'bot') {
      ctx.tasks.run('action', () => handleAndDeliver(ctx, parsed.event, parsed.route, now));
      return;
    }
    const { key, route } = parsed;
    ctx.tasks.run('open-form', async () => {
      const form = ctx.forms.take(key, route.userId, now);
      if (form && route.triggerId) await ctx.client.views.open({ trigger_id: route.triggerId, view: modalFor(ctx, form, route) });
    });
  });
}
