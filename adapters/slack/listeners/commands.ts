// `/verzuim …`: recorded, acknowledged empty at once, then handled; replies are ephemeral or a modal.
import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { parseSlashCommand } from '../parse/index.js';
import { firstSeen, handleAndDeliver } from './handle.js';

/** Registers the slash command listener (any command starting with /verzuim, e.g. /verzuim-test). */
export function registerCommands(app: App, ctx: SlackContext): void {
  app.command(/^\/verzuim/, async ({ body, ack }) => {
    const parsed = parseSlashCommand(body);
    if (!parsed) {
      ctx.log.warn({ surface: 'command' }, 'slack: unparseable slash command');
      await ack();
      return;
    }
    const now = ctx.clock();
    const first = firstSeen(ctx, parsed.event.eventId, now);
    await ack();
    if (first) ctx.tasks.run('command', () => handleAndDeliver(ctx, parsed.event, parsed.route, now));
  });
}
