// The delivery promise per message kind and platform (see README.md in this folder for why).
import type { OutboxKind } from '../ports/outbox.js';

/**
 * At-least-once: resent after a crash between send and mark. At-most-once: never resent once attempted.
 * Checked-once: resent only after the platform shows the earlier attempt did not arrive (Slack: the DM's history).
 */
export type DeliveryGuarantee = 'at-least-once' | 'at-most-once' | 'checked-once';

/** What the outbox promises for each kind, on a platform that can be asked whether a message arrived and on one that cannot. */
export const DELIVERY_GUARANTEE: Record<OutboxKind, { checked: DeliveryGuarantee; unchecked: DeliveryGuarantee }> = {
  reminder: { checked: 'checked-once', unchecked: 'at-most-once' },
  digest: { checked: 'checked-once', unchecked: 'at-least-once' },
  notice: { checked: 'checked-once', unchecked: 'at-least-once' },
  confirmation: { checked: 'at-most-once', unchecked: 'at-most-once' },
};

/** The promise for a kind on a platform whose messenger does (or does not) check delivery. */
export function guaranteeOf(kind: OutboxKind, checksDelivery: boolean | undefined): DeliveryGuarantee {
  return DELIVERY_GUARANTEE[kind][checksDelivery ? 'checked' : 'unchecked'];
}
