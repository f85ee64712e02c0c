// zod schemas for the Slack payloads the adapter accepts (shapes as Slack documents them; extra keys pass).
import { z } from 'zod';

const id = z.string().min(1).max(64);

/** Slash command body (form-encoded fields). */
export const slashCommandSchema = z.object({
  command: z.string().min(1),
  text: z.string().max(4000).default(''),
  team_id: id,
  user_id: id,
  user_name: z.string().optional(),
  channel_id: id,
  trigger_id: z.string().min(1),
  response_url: z.string().url(),
  api_app_id: z.string().optional(),
});
/** A parsed slash command. */
export type SlashCommand = z.infer<typeof slashCommandSchema>;

const user = z.object({ id, team_id: z.string().optional(), name: z.string().optional(), username: z.string().optional() });
const team = z.object({ id }).nullable().optional();

/** One element's state inside view.state.values. */
const stateValue = z.object({
  type: z.string(),
  value: z.string().nullable().optional(),
  selected_user: z.string().nullable().optional(),
  selected_date: z.string().nullable().optional(),
  selected_option: z.object({ value: z.string() }).nullable().optional(),
  selected_conversation: z.string().nullable().optional(),
});
/** The state of a modal: block_id → action_id → element state. */
export type StateValue = z.infer<typeof stateValue>;

/** view_submission payload. */
export const viewSubmissionSchema = z.object({
  type: z.literal('view_submission'),
  team: team,
  user,
  trigger_id: z.string().optional(),
  view: z.object({
    id: z.string(),
    callback_id: z.string(),
    private_metadata: z.string().optional().default(''),
    hash: z.string().optional(),
    team_id: z.string().optional(),
    blocks: z.array(z.object({ type: z.string(), block_id: z.string().optional() }).passthrough()).default([]),
    state: z.object({ values: z.record(z.record(stateValue)) }),
  }),
});
/** A parsed view_submission. */
export type ViewSubmission = z.infer<typeof viewSubmissionSchema>;

/** block_actions payload (only the fields the adapter reads). */
export const blockActionsSchema = z.object({
  type: z.literal('block_actions'),
  team: team,
  user,
  trigger_id: z.string().optional(),
  response_url: z.string().url().optional(),
  container: z.object({ type: z.string() }).passthrough().optional(),
  channel: z.object({ id }).passthrough().optional(),
  view: z.object({ id: z.string(), type: z.string(), team_id: z.string().optional() }).passthrough().optional(),
  actions: z
    .array(z.object({ type: z.string(), action_id: z.string().max(255), block_id: z.string().optional(), value: z.string().max(2000).optional(), action_ts: z.string().optional() }))
    .min(1),
});
/** A parsed block_actions payload. */
export type BlockActions = z.infer<typeof blockActionsSchema>;

const envelope = <T extends z.ZodTypeAny>(event: T) =>
  z.object({ type: z.literal('event_callback'), team_id: id, event_id: z.string().min(1), event_time: z.number().optional(), event });

/** Events API envelope around app_home_opened. */
export const appHomeOpenedSchema = envelope(
  z.object({ type: z.literal('app_home_opened'), user: id, channel: z.string().optional(), tab: z.enum(['home', 'messages']).optional(), event_ts: z.string().optional() }),
);
/** A parsed app_home_opened envelope. */
export type AppHomeOpened = z.infer<typeof appHomeOpenedSchema>;

/** Events API envelope around a message event (message.im and its subtypes). */
export const messageEventSchema = envelope(
  z.object({
    type: z.literal('message'),
    channel: id,
    channel_type: z.string().optional(),
    user: z.string().optional(),
    text: z.string().max(40000).optional(),
    subtype: z.string().optional(),
    bot_id: z.string().optional(),
    ts: z.string(),
    edited: z.unknown().optional(),
  }),
);
/** A parsed message event envelope. */
export type MessageEvent = z.infer<typeof messageEventSchema>;
