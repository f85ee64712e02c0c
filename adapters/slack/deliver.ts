// Shows the bot's replies in Slack: forms as modals, home as the App Home, messages in the right place.
import type { Reply, UiForm } from '../../src/core/ui.js';
import type { SlackContext } from './context.js';
import { slackFetch } from './httpFetch.js';
import { renderHome } from './render/home.js';
import { renderMessage, type SlackMessage } from './render/message.js';
import { renderModal } from './render/modal.js';
import { fallbackText, plain } from './render/blocks.js';
import { escapeMrkdwn } from './render/escape.js';
import { LIMITS } from './render/limits.js';
import { truncatePlain } from './render/text.js';
import type { ReplyRoute } from './route.js';
import { OPEN_FORM_ACTION } from './parse/index.js';
import { withSlackUserIds } from './people.js';

/** A short bilingual apology when the bot itself failed (no details: they could hold user text). */
export const GENERIC_ERROR = 'Er ging iets mis, probeer het later nog eens. / Something went wrong, please try again later.';

/** Delivers replies in order; the trigger_id opens at most one modal, later forms are offered in the DM. */
export async function deliverReplies(ctx: SlackContext, replies: Reply[], route: ReplyRoute): Promise<void> {
  let triggerId = route.triggerId;
  for (const reply of replies) {
    if (reply.kind === 'form') {
      if (triggerId) {
        await ctx.client.views.open({ trigger_id: triggerId, view: modalFor(ctx, reply, route) });
        triggerId = undefined;
      } else {
        await postMessages(ctx, route, [offerForm(ctx, reply, route.userId)]);
      }
    } else if (reply.kind === 'home') {
      await ctx.client.views.publish({ user_id: route.userId, view: renderHome(reply) });
    } else {
      await postMessages(ctx, route, renderMessage(reply));
    }
  }
}

/** A form as a Slack modal for the user of `route` (person defaults mapped to Slack user ids). */
export function modalFor(ctx: Pick<SlackContext, 'store'>, form: UiForm, route: ReplyRoute) {
  return renderModal(withSlackUserIds(form, ctx.store.people, route.teamId), route.userId);
}

/** Posts messages: ephemerally through the response_url, in the given DM, or in the user's DM. */
export async function postMessages(ctx: Pick<SlackContext, 'client' | 'dm' | 'pacer'>, route: ReplyRoute, messages: SlackMessage[]): Promise<void> {
  if (route.responseUrl) {
    for (const m of messages) await postToResponseUrl(route.responseUrl, m);
    return;
  }
  const channel = route.channelId ?? (await ctx.dm.channelFor(route.teamId, route.userId));
  for (const m of messages) {
    await ctx.pacer.run(channel, () => ctx.client.chat.postMessage({ channel, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false }));
  }
}

/** The user's DM, ignoring any channel or response_url of the inbound payload. */
export function dmRoute(route: ReplyRoute): ReplyRoute {
  return { teamId: route.teamId, userId: route.userId };
}

/** A message with a button that opens the form (the click supplies the trigger_id Slack needs). */
function offerForm(ctx: SlackContext, form: UiForm, userId: string): SlackMessage {
  const key = ctx.forms.offer(form, userId, ctx.clock());
  return {
    text: fallbackText(form.title),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `📝 ${escapeMrkdwn(truncatePlain(form.title, 200))}`, verbatim: true } },
      {
        type: 'actions',
        elements: [{ type: 'button', action_id: OPEN_FORM_ACTION, style: 'primary', text: plain(truncatePlain(form.title, LIMITS.buttonText)), value: key }],
      },
    ],
  };
}

/** Posts to response_url (Slack's hooks host): kept-alive connections, 5 s to answer. */
const responseUrlFetch = slackFetch(5000);

/** Ephemeral reply to a slash command or an ephemeral message's button. */
async function postToResponseUrl(url: string, m: SlackMessage): Promise<void> {
  const res = await responseUrlFetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: m.text, blocks: m.blocks }),
  });
  if (!res.ok) throw Object.assign(new Error(`response_url answered ${res.status}`), { name: 'ResponseUrlError' });
}
