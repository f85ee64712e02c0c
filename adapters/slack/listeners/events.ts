// Events API: app_home_opened and message.im. Bolt acks events before listeners run, but with
// processBeforeResponse the HTTP 200 waits for this synchronous part: the event stored in the inbound queue
// (a failure answers 503, and Slack retries). The bot handles it right after.
import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { parseAppHomeOpened, parseDirectMessage } from '../parse/index.js';
import { accept } from '../queue/accept.js';

/** Registers the event listeners. */
export function registerEvents(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ body }) => {
    const parsed = parseAppHomeOpened(body);
    if (!parsed) return;
    await accept(ctx, parsed.event.eventId, 'home', { type: 'bot', event: parsed.event, route: parsed.route, dmChannel: parsed.dmChannel });
  });

  app.event('message', async ({ body }) => {
    const parsed = parseDirectMessage(body);
    if (!parsed) return;
    await accept(ctx, parsed.event.eventId, 'dm', { type: 'bot', event: parsed.event, route: parsed.route, dmChannel: parsed.route.channelId });
  });
}
