// The slice of the Adaptive Card 1.5 JSON schema the renderer emits (Teams renders up to 1.5).

/** Card schema version Teams supports in chat. */
export const CARD_VERSION = '1.5';

/** Attachment content type of an Adaptive Card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Action.Submit: its `data` object comes back merged with the card's input values. */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, string>;
  style?: 'default' | 'positive' | 'destructive';
}

/** Any card element (TextBlock, FactSet, ActionSet, Input.*), as plain JSON. */
export interface CardElement {
  type: string;
  [property: string]: unknown;
}

/** A complete Adaptive Card. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: typeof CARD_VERSION;
  body: CardElement[];
  actions?: SubmitAction[];
  /** Teams: use the full message width so forms and fact sets stay readable. */
  msteams?: { width: 'Full' };
}
