// Reply → Adaptive Card and → a Bot Framework message activity carrying that card.
import type { Activity } from 'botbuilder';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Reply } from '../../../src/core/ui.js';
import { renderBlocks, renderText } from './blocks.js';
import { renderForm } from './form.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, CARD_VERSION, type AdaptiveCard } from './types.js';

export { ADAPTIVE_CARD_CONTENT_TYPE, CARD_VERSION } from './types.js';
export type { AdaptiveCard, CardElement, SubmitAction } from './types.js';

/** Renders any abstract reply as one Adaptive Card (messages and home content alike). */
export function renderReply(reply: Reply, locale: Locale): AdaptiveCard {
  if (reply.kind === 'form') return renderForm(reply, locale);
  const body = renderBlocks(reply.blocks);
  if (body.length === 0 && reply.kind === 'message') body.push(renderText(reply.summary));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    msteams: { width: 'Full' },
  };
}

/** One-line text for notifications (Teams shows `summary` in the activity feed / toast). */
export function replySummary(reply: Reply): string {
  if (reply.kind === 'message') return reply.summary;
  if (reply.kind === 'form') return reply.title;
  const first = reply.blocks.find((b) => b.type === 'heading' || b.type === 'text');
  return first && 'text' in first ? first.text : '';
}

/** The message activity that shows a reply in Teams. */
export function replyActivity(reply: Reply, locale: Locale): Partial<Activity> {
  return {
    type: 'message',
    summary: replySummary(reply),
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: renderReply(reply, locale) }],
  };
}
