// Events API: app_home_opened and message.im. Bolt acks events before listeners run, but with
// processBeforeResponse the HTTP 200 waits for this synchronous part: inbox write, then hand-off.
import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { parseAppHomeOpened, parseDirectMessage } from '../parse/index.js';
import { firstSeen, handleAndDeliver } from './handle.js';

/** Registers the event listeners. */
export function registerEvents(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ body }) => {
    const parsed = parseAppHomeOpened(body);
    if (!parsed) return;
    const now = ctx.clock();
    if (!firstSeen(ctx, parsed.event.eventId, now)) return;
    if (parsed.dmChannel) ctx.dm.remember(parsed.route.teamId, parsed.route.userId, parsed.dmChannel);
    ctx.tasks.run('home', () => handleAndDeliver(ctx, parsed.event, parsed.route, now));
  });

  app.event('message', async ({ body }) => {
    const parsed = parseDirectMessage(body);
    if (!parsed) return;
    const now = ctx.clock();
    if (!firstSeen(ctx, parsed.event.eventId, now)) return;
    ctx.dm.remember(parsed.route.teamId, parsed.route.userId, parsed.route.channelId!);
    ctx.tasks.run('dm', () => handleAndDeliver(ctx, parsed.event, parsed.route, now));
  });
}
