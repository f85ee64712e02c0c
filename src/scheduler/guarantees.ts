// The delivery promise per message kind (see README.md in this folder for why).
import type { OutboxKind } from '../ports/outbox.js';

/** At-least-once: resent after a crash between send and mark. At-most-once: never resent once attempted. */
export type DeliveryGuarantee = 'at-least-once' | 'at-most-once';

/** What the outbox promises for each kind of message. */
export const DELIVERY_GUARANTEE: Record<OutboxKind, DeliveryGuarantee> = {
  reminder: 'at-least-once',
  digest: 'at-least-once',
  notice: 'at-least-once',
  confirmation: 'at-most-once',
};
