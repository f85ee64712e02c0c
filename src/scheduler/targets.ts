// Where a person's scheduled message goes: their account on the first platform that can deliver.
import type { DeliveryTarget } from '../ports/outbox.js';
import type { Person, Platform } from '../ports/records.js';

/** Picks a person's account on one of `platforms` (in that order of preference); null when they have none. */
export function targetPicker(platforms: readonly Platform[]): (p: Person) => DeliveryTarget | null {
  return (p) => {
    for (const platform of platforms) {
      // An account linked with its tenant beats one the roles import linked without (tenant ''): Teams keeps its
      // conversation references per tenant.
      const on = p.identities.filter((i) => i.platform === platform);
      const id = on.find((i) => i.tenantId !== '') ?? on[0];
      if (id) return { platform: id.platform, tenantId: id.tenantId, userId: id.userId };
    }
    return null;
  };
}
