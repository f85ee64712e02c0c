// One Teams turn: de-duplicate, remember the conversation, hand the event to the bot, and answer
// (messages via sendActivity; card actions also with an invoke response).
import { TurnContext } from 'botbuilder';
import type { Bot } from '../../flows/bot.js';
import type { InboundEvent } from '../../flows/events.js';
import type { Reply } from '../../src/core/ui.js';
import { DEFAULT_LOCALE, type Locale } from '../../src/core/i18n/locale.js';
import type { Logger } from '../../src/log.js';
import type { Store } from '../../src/ports/store.js';
import { asBotActivity, type TeamsActivity } from './activity.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, renderReply, replyActivity, replySummary } from './cards/index.js';
import type { Pacer } from './pacing.js';
import { parseActivity, senderOf, type ParsedActivity } from './parse.js';
import type { ReferenceBook } from './references.js';
import { troubleMessage, welcomeMessage } from './texts.js';

/** Invoke response type of a plain message (Universal Actions). */
export const INVOKE_MESSAGE_TYPE = 'application/vnd.microsoft.activity.message';

/** What a turn needs. */
export interface TurnDeps {
  store: Store;
  bot: Bot;
  log: Logger;
  book: ReferenceBook;
  pacer: Pacer;
  now: () => Date;
}

/** Body of an `adaptiveCard/action` invoke response. */
export type CardActionResponse =
  | { statusCode: 200; type: typeof INVOKE_MESSAGE_TYPE; value: string }
  | { statusCode: 200; type: typeof ADAPTIVE_CARD_CONTENT_TYPE; value: ReturnType<typeof renderReply> };

async function setInvokeResponse(context: TurnContext, status: number, body?: unknown): Promise<void> {
  await context.sendActivity({ type: 'invokeResponse', value: { status, body } });
}

/**
 * Sends replies in order. A failed send is logged and the rest skipped, but the turn still
 * succeeds: the event was processed and recorded, so a platform retry would be a duplicate anyway.
 */
async function sendReplies(context: TurnContext, deps: TurnDeps, replies: Reply[], locale: Locale): Promise<void> {
  const conversationId = context.activity.conversation.id;
  try {
    for (const reply of replies) {
      await deps.pacer.run(conversationId, () => context.sendActivity(replyActivity(reply, locale)));
    }
  } catch (err) {
    const e = err as { name?: string; statusCode?: number };
    deps.log.error({ adapter: 'teams', err: { name: e?.name, status: e?.statusCode } }, 'teams: reply not delivered');
  }
}

async function ask(deps: TurnDeps, event: InboundEvent, now: Date): Promise<Reply[] | undefined> {
  try {
    return await deps.bot.handle(event, now);
  } catch (err) {
    deps.log.error({ adapter: 'teams', eventKind: event.kind, err: { name: (err as Error)?.name } }, 'teams: bot failed on event');
    return undefined;
  }
}

function remember(deps: TurnDeps, activity: TeamsActivity, now: Date): void {
  const sender = senderOf(activity);
  if (!sender) return;
  deps.book.save(
    sender.tenantId,
    sender.userId,
    { reference: TurnContext.getConversationReference(asBotActivity(activity)), name: sender.displayName, locale: sender.locale },
    now,
  );
}

async function answerInstall(context: TurnContext, deps: TurnDeps, parsed: Extract<ParsedActivity, { kind: 'install' }>, now: Date): Promise<void> {
  const locale = parsed.sender.locale ?? DEFAULT_LOCALE;
  const home = await ask(deps, { kind: 'home-opened', eventId: parsed.eventId, from: parsed.sender, conversationId: parsed.conversationId }, now);
  await sendReplies(context, deps, home && home.length > 0 ? home : [welcomeMessage(locale)], locale);
}

async function answerEvent(context: TurnContext, deps: TurnDeps, event: InboundEvent, now: Date): Promise<void> {
  const locale = event.from.locale ?? DEFAULT_LOCALE;
  const replies = (await ask(deps, event, now)) ?? [troubleMessage(locale)];
  if (context.activity.type !== 'invoke') return sendReplies(context, deps, replies, locale);

  // Card action invoke: a re-rendered form replaces the card in place; anything else is sent
  // as messages and the invoke answers with a one-line status.
  const [first, ...rest] = replies;
  if (first?.kind === 'form' && event.kind === 'form-submit' && first.formId === event.formId) {
    await sendReplies(context, deps, rest, locale);
    const body: CardActionResponse = { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: renderReply(first, locale) };
    return setInvokeResponse(context, 200, body);
  }
  await sendReplies(context, deps, replies, locale);
  const body: CardActionResponse = { statusCode: 200, type: INVOKE_MESSAGE_TYPE, value: first ? replySummary(first) : '' };
  return setInvokeResponse(context, 200, body);
}

/** The turn logic handed to the CloudAdapter. */
export async function runTurn(context: TurnContext, activity: TeamsActivity, deps: TurnDeps): Promise<void> {
  const now = deps.now();
  const isInvoke = activity.type === 'invoke';
  if (activity.id && !deps.store.inbox.firstSeen('teams', activity.id, now)) {
    deps.log.info({ adapter: 'teams', activityType: activity.type }, 'teams: duplicate activity ignored');
    if (isInvoke) await setInvokeResponse(context, 200, { statusCode: 200, type: INVOKE_MESSAGE_TYPE, value: '' });
    return;
  }
  const parsed = parseActivity(activity, (teamsId) => deps.book.aadObjectIdOf(teamsId, senderOf(activity)?.tenantId));
  if (parsed.kind !== 'ignore' || activity.type === 'message') remember(deps, activity, now);

  switch (parsed.kind) {
    case 'install':
      return answerInstall(context, deps, parsed, now);
    case 'event':
      return answerEvent(context, deps, parsed.event, now);
    case 'ignore':
      deps.log.debug({ adapter: 'teams', activityType: activity.type, reason: parsed.reason }, 'teams: activity ignored');
      if (isInvoke) await setInvokeResponse(context, parsed.reason === 'invoke-name' ? 501 : 400);
  }
}
