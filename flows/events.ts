// Normalized inbound events: what adapters hand to the bot after verifying and parsing a payload.
import type { Locale } from '../src/core/i18n/locale.js';
import type { Platform } from '../src/ports/records.js';
import type { FormId } from '../src/core/ui.js';

/** Who sent an event, as the platform says. */
export interface Sender {
  platform: Platform;
  /** Slack team_id / Teams tenantId / 'console'. */
  tenantId: string;
  /** Slack user id / Teams aadObjectId / console person name. */
  userId: string;
  displayName?: string;
  locale?: Locale;
  email?: string;
}

/** Fields common to every inbound event. */
interface EventBase {
  /** Platform event id (Slack event_id / trigger id, Teams activity.id) for de-duplication. */
  eventId: string;
  from: Sender;
  /** DM / personal chat / console session id: where replies go. */
  conversationId: string;
}

/**
 * A typed line (slash command text, DM, Teams message, console line).
 * Mentions are normalized by the adapter to `<@USERID>` (platform user id).
 */
export interface TextEvent extends EventBase {
  kind: 'text';
  text: string;
}

/** A form submitted (Slack view_submission, Teams Action.Submit, console form). */
export interface FormSubmitEvent extends EventBase {
  kind: 'form-submit';
  formId: FormId;
  /** Field id → raw value ('' for empty). Person fields carry a platform user id or 'self'. */
  values: Record<string, string>;
  context?: string;
}

/** A button pressed (step buttons, command suggestions). */
export interface ActionEvent extends EventBase {
  kind: 'action';
  actionId: string;
  value: string;
}

/** The user opened the home surface (Slack App Home). */
export interface HomeOpenedEvent extends EventBase {
  kind: 'home-opened';
}

/** Any inbound event. */
export type InboundEvent = TextEvent | FormSubmitEvent | ActionEvent | HomeOpenedEvent;
