// Slack payloads → normalized InboundEvents plus where the replies go. Anything else parses to null.
import type { ActionEvent, FormSubmitEvent, HomeOpenedEvent, Sender, TextEvent } from '../../../flows/events.js';
import type { FormId } from '../../../src/core/ui.js';
import type { ReplyRoute } from '../route.js';
import {
  appHomeOpenedSchema, blockActionsSchema, messageEventSchema, slashCommandSchema, viewSubmissionSchema, type StateValue,
} from './schemas.js';
import { normalizeSlackText } from './text.js';

/** An event for the bot with its reply route. */
export interface Parsed<E> {
  event: E;
  route: ReplyRoute;
}

/** Form ids the bot knows (Slack callback_id). */
export const FORM_IDS: readonly FormId[] = ['sick-report', 'step-deviate', 'step-not-applicable', 'recovery'];
/** Button action ids passed to the bot as ActionEvents. */
export const BOT_ACTION_IDS = ['step-done', 'step-not-applicable', 'step-deviate', 'case-show', 'run-command'] as const;
/** Adapter-internal button that opens a form posted in a DM (events carry no trigger_id). */
export const OPEN_FORM_ACTION = 'open-form';

function sender(teamId: string, userId: string): Sender {
  return { platform: 'slack', tenantId: teamId, userId };
}

const isDm = (channel: string | undefined): channel is string => !!channel && channel.startsWith('D');

/** `/verzuim …` → TextEvent; replies go back ephemerally through the response_url. */
export function parseSlashCommand(body: unknown): Parsed<TextEvent> | null {
  const r = slashCommandSchema.safeParse(body);
  if (!r.success) return null;
  const c = r.data;
  return {
    event: {
      kind: 'text',
      eventId: `command:${c.user_id}:${c.trigger_id}`,
      from: sender(c.team_id, c.user_id),
      conversationId: c.channel_id,
      text: normalizeSlackText(c.text),
    },
    route: { teamId: c.team_id, userId: c.user_id, triggerId: c.trigger_id, responseUrl: c.response_url },
  };
}

/** view_submission → FormSubmitEvent with values by field id (block_id). */
export function parseViewSubmission(body: unknown): (Parsed<FormSubmitEvent> & { inputBlockIds: string[] }) | null {
  const r = viewSubmissionSchema.safeParse(body);
  if (!r.success) return null;
  const p = r.data;
  if (!(FORM_IDS as readonly string[]).includes(p.view.callback_id)) return null;
  const teamId = p.team?.id ?? p.user.team_id ?? p.view.team_id;
  if (!teamId) return null;
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(p.view.state.values)) {
    const state = actions[blockId] ?? Object.values(actions)[0];
    if (state) values[blockId] = stateToString(state);
  }
  const event: FormSubmitEvent = {
    kind: 'form-submit',
    eventId: `view_submission:${p.user.id}:${p.trigger_id ?? `${p.view.id}:${p.view.hash ?? ''}`}`,
    from: sender(teamId, p.user.id),
    conversationId: p.user.id,
    formId: p.view.callback_id as FormId,
    values,
  };
  if (p.view.private_metadata) event.context = p.view.private_metadata;
  const inputBlockIds = p.view.blocks.filter((b) => b.type === 'input' && b.block_id).map((b) => b.block_id!);
  return { event, route: { teamId, userId: p.user.id }, inputBlockIds };
}

/** Raw value of one element: users_select, datepicker, static_select / radio_buttons, plain_text_input. */
function stateToString(s: StateValue): string {
  return s.selected_user ?? s.selected_date ?? s.selected_option?.value ?? s.selected_conversation ?? s.value ?? '';
}

/** Result of parsing a button press. */
export type ParsedAction =
  | ({ kind: 'bot' } & Parsed<ActionEvent>)
  | { kind: 'open-form'; key: string; eventId: string; route: ReplyRoute };

/** block_actions → ActionEvent for the bot's buttons, or the adapter's own open-form button. */
export function parseBlockActions(body: unknown): ParsedAction | null {
  const r = blockActionsSchema.safeParse(body);
  if (!r.success) return null;
  const p = r.data;
  const action = p.actions[0];
  const teamId = p.team?.id ?? p.user.team_id ?? p.view?.team_id;
  if (!teamId) return null;
  const eventId = `block_actions:${p.user.id}:${p.trigger_id ?? action.action_ts ?? ''}`;
  const route: ReplyRoute = { teamId, userId: p.user.id, triggerId: p.trigger_id };
  const ephemeral = p.container?.is_ephemeral === true;
  if (ephemeral && p.response_url) route.responseUrl = p.response_url;
  else if (isDm(p.channel?.id)) route.channelId = p.channel.id;
  if (action.action_id === OPEN_FORM_ACTION && action.value) return { kind: 'open-form', key: action.value, eventId, route };
  if (!(BOT_ACTION_IDS as readonly string[]).includes(action.action_id)) return null;
  return {
    kind: 'bot',
    event: {
      kind: 'action',
      eventId,
      from: sender(teamId, p.user.id),
      conversationId: route.channelId ?? p.channel?.id ?? p.user.id,
      actionId: action.action_id,
      value: action.value ?? '',
    },
    route,
  };
}

/** app_home_opened on the Home tab → HomeOpenedEvent (the messages tab is ignored). */
export function parseAppHomeOpened(body: unknown): (Parsed<HomeOpenedEvent> & { dmChannel?: string }) | null {
  const r = appHomeOpenedSchema.safeParse(body);
  if (!r.success) return null;
  const { event: e, team_id: teamId, event_id: eventId } = r.data;
  if (e.tab && e.tab !== 'home') return null;
  return {
    event: { kind: 'home-opened', eventId, from: sender(teamId, e.user), conversationId: e.channel ?? e.user },
    route: { teamId, userId: e.user, channelId: isDm(e.channel) ? e.channel : undefined },
    dmChannel: isDm(e.channel) ? e.channel : undefined,
  };
}

/** A person's DM to the bot → TextEvent; bot messages, edits, deletions and other subtypes are ignored. */
export function parseDirectMessage(body: unknown): Parsed<TextEvent> | null {
  const r = messageEventSchema.safeParse(body);
  if (!r.success) return null;
  const { event: e, team_id: teamId, event_id: eventId } = r.data;
  if (e.channel_type !== 'im' || e.subtype || e.bot_id || e.edited || !e.user || !e.text) return null;
  const text = normalizeSlackText(e.text);
  if (!text) return null;
  return {
    event: { kind: 'text', eventId, from: sender(teamId, e.user), conversationId: e.channel, text },
    route: { teamId, userId: e.user, channelId: e.channel },
  };
}
