// Buttons (block_actions): stored in the inbound queue, then acknowledged; handled right after. The adapter's own
// open-form button opens the offered form with the click's trigger_id (valid 3 s: the queue drains well within).
import type { App, BlockAction } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { parseBlockActions } from '../parse/index.js';
import { accept } from '../queue/accept.js';

/** Registers the block_actions listener for every action id (unknown ones are acknowledged and ignored). */
export function registerActions(app: App, ctx: SlackContext): void {
  app.action<BlockAction>({ type: 'block_actions' }, async ({ body, ack }) => {
    const parsed = parseBlockActions(body);
    if (!parsed) {
      await ack();
      return;
    }
    const dmChannel = parsed.route.channelId;
    if (parsed.kind === 'bot') await accept(ctx, parsed.event.eventId, 'action', { type: 'bot', event: parsed.event, route: parsed.route, dmChannel });
    else await accept(ctx, parsed.eventId, 'open-form', { type: 'open-form', key: parsed.key, route: parsed.route, dmChannel });
    await ack();
  });
}
