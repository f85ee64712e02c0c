// Validated Teams activity → normalized InboundEvent (text, form submit, button) or an install.
import { z } from 'zod';
import type { FormSubmitEvent, InboundEvent, Sender } from '../../flows/events.js';
import type { FormId } from '../../src/core/ui.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { commandData, genericActionData, RUN_COMMAND, STEP_ACTIONS, stepData } from './cards/data.js';
import type { TeamsActivity } from './activity.js';

/** The Bot Framework invoke name of Universal Actions (Action.Execute / card actions). */
export const CARD_ACTION_INVOKE = 'adaptiveCard/action';

const FORM_IDS: readonly FormId[] = ['sick-report', 'step-deviate', 'step-not-applicable', 'recovery'];
const RESERVED_KEYS = new Set(['flow', 'context', 'msteams']);
const MAX_VALUE = 4000;

/** What an activity means to the bot. */
export type ParsedActivity =
  | { kind: 'event'; event: InboundEvent }
  /** The bot was added to a personal chat: remember the conversation, say hello. */
  | { kind: 'install'; sender: Sender; conversationId: string; eventId: string }
  | { kind: 'ignore'; reason: string };

/** Resolves a Teams user id (29:…) to an aadObjectId when no entity says it (e.g. from stored references). */
export type TeamsIdResolver = (teamsUserId: string) => string | undefined;

/** 'nl-NL' → 'nl', 'en-GB' → 'en'; other languages are unknown (the bot falls back to Dutch). */
export function localeOf(tag: string | undefined): Locale | undefined {
  const lang = tag?.toLowerCase().split(/[-_]/)[0];
  return lang === 'nl' || lang === 'en' ? lang : undefined;
}

/** The tenant of an activity: conversation.tenantId, else channelData.tenant.id. */
export function tenantOf(a: TeamsActivity): string | undefined {
  return a.conversation.tenantId ?? a.channelData?.tenant?.id;
}

/**
 * Who sent the activity. Teams users are keyed by tenant + aadObjectId; the Bot Framework
 * Emulator (local mode) has neither, so it falls back to its own ids under tenant 'emulator'.
 */
export function senderOf(a: TeamsActivity): Sender | undefined {
  const tenantId = tenantOf(a) ?? (a.channelId === 'msteams' ? undefined : a.channelId);
  const userId = a.from.aadObjectId ?? (a.channelId === 'msteams' ? undefined : a.from.id);
  if (!tenantId || !userId) return undefined;
  const sender: Sender = { platform: 'teams', tenantId, userId };
  if (a.from.name) sender.displayName = a.from.name;
  const locale = localeOf(a.locale);
  if (locale) sender.locale = locale;
  return sender;
}

/** Message text with the bot's own mention removed and other mentions as `<@aadObjectId>`. */
export function normalizeText(a: TeamsActivity, resolve: TeamsIdResolver = () => undefined): string {
  let text = a.text ?? '';
  for (const e of a.entities ?? []) {
    if (e.type !== 'mention' || !e.text || !e.mentioned) continue;
    const isBot = e.mentioned.id === a.recipient?.id;
    const aad = e.mentioned.aadObjectId ?? resolve(e.mentioned.id);
    // Unresolvable people stay as their plain name, which the grammar treats as a typed name.
    const replacement = isBot ? ' ' : aad ? `<@${aad}>` : ` ${e.mentioned.name ?? ''} `;
    text = text.split(e.text).join(replacement);
  }
  return text
    .replace(/<\/?at>/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function stringValue(v: unknown): string {
  if (typeof v === 'string') return v.slice(0, MAX_VALUE);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

const formData = z.object({ flow: z.enum(FORM_IDS as [FormId, ...FormId[]]), context: z.string().max(2000).optional() }).passthrough();

type EventBase = Pick<FormSubmitEvent, 'eventId' | 'from' | 'conversationId'>;

/** Card submit data (Action.Submit value or invoke action.data) → form submit or button event. */
export function parseSubmitData(data: unknown, base: EventBase): InboundEvent | undefined {
  const form = formData.safeParse(data);
  if (form.success) {
    const values: Record<string, string> = {};
    for (const [key, v] of Object.entries(form.data)) if (!RESERVED_KEYS.has(key)) values[key] = stringValue(v);
    const event: FormSubmitEvent = { ...base, kind: 'form-submit', formId: form.data.flow, values };
    if (form.data.context !== undefined) event.context = form.data.context;
    return event;
  }
  const step = stepData.safeParse(data);
  if (step.success) {
    const { action, caseId, stepId } = step.data;
    return { ...base, kind: 'action', actionId: STEP_ACTIONS[action], value: stepId ? `${caseId}:${stepId}` : caseId };
  }
  const command = commandData.safeParse(data);
  if (command.success) return { ...base, kind: 'action', actionId: RUN_COMMAND, value: command.data.text };
  const generic = genericActionData.safeParse(data);
  if (generic.success) return { ...base, kind: 'action', actionId: generic.data.actionId, value: generic.data.value };
  return undefined;
}

const invokeValue = z.object({ action: z.object({ data: z.unknown() }).passthrough() }).passthrough();

/** Turns one activity into what the bot should handle. */
export function parseActivity(a: TeamsActivity, resolve?: TeamsIdResolver): ParsedActivity {
  const from = senderOf(a);
  if (!from) return { kind: 'ignore', reason: 'no-teams-identity' };
  const conversationId = a.conversation.id;
  const eventId = a.id ?? '';
  const base: EventBase = { eventId, from, conversationId };

  if (a.type === 'conversationUpdate') {
    const added = a.membersAdded ?? [];
    // Personal scope: Teams lists the bot; the Emulator lists the user too.
    const installed = added.some((m) => m.id === a.recipient?.id || m.id === a.from.id);
    return installed ? { kind: 'install', sender: from, conversationId, eventId } : { kind: 'ignore', reason: 'conversation-update' };
  }
  if (a.type === 'invoke') {
    if (a.name !== CARD_ACTION_INVOKE) return { kind: 'ignore', reason: 'invoke-name' };
    const value = invokeValue.safeParse(a.value);
    const event = value.success ? parseSubmitData(value.data.action.data, base) : undefined;
    return event ? { kind: 'event', event } : { kind: 'ignore', reason: 'invoke-data' };
  }
  if (a.type === 'message') {
    if (a.value !== undefined && a.value !== null) {
      const event = parseSubmitData(a.value, base);
      return event ? { kind: 'event', event } : { kind: 'ignore', reason: 'submit-data' };
    }
    const text = normalizeText(a, resolve);
    return text ? { kind: 'event', event: { ...base, kind: 'text', text } } : { kind: 'ignore', reason: 'empty-text' };
  }
  return { kind: 'ignore', reason: 'activity-type' };
}
