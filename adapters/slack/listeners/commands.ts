// `/verzuim …`: stored in the inbound queue, then acknowledged empty; handled right after (replies ephemeral or a modal).
import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { parseSlashCommand } from '../parse/index.js';
import { accept } from '../queue/accept.js';

/** Registers the slash command listener (any command starting with /verzuim, e.g. /verzuim-test). */
export function registerCommands(app: App, ctx: SlackContext): void {
  app.command(/^\/verzuim/, async ({ body, ack }) => {
    const parsed = parseSlashCommand(body);
    if (!parsed) {
      ctx.log.warn({ surface: 'command' }, 'slack: unparseable slash command');
      await ack();
      return;
    }
    await accept(ctx, parsed.event.eventId, 'command', { type: 'bot', event: parsed.event, route: parsed.route });
    await ack();
  });
}
