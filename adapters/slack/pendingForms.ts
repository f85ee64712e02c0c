// Forms answered to a DM line or an event: Slack opens modals only with a trigger_id, so the form is
// kept here and a button in the DM opens it (the click brings a fresh trigger_id).
import { randomUUID } from 'node:crypto';
import type { UiForm } from '../../src/core/ui.js';
import type { KeyValueStore } from '../../src/ports/store.js';

const NAMESPACE = 'slack.pending-form';
/** How long an offered form can still be opened. */
const TTL_MS = 24 * 60 * 60 * 1000;

interface Pending {
  form: UiForm;
  userId: string;
  at: string;
}

/** Keeps offered forms until they are opened or expire. */
export class PendingForms {
  constructor(private readonly kv: KeyValueStore) {}

  /** Stores a form for one user; returns the key the button carries. */
  offer(form: UiForm, userId: string, now: Date): string {
    this.prune(now);
    const key = randomUUID();
    this.kv.set<Pending>(NAMESPACE, key, { form, userId, at: now.toISOString() });
    return key;
  }

  /** Takes the form back for the user who was offered it (once). */
  take(key: string, userId: string, now: Date): UiForm | undefined {
    const p = this.kv.get<Pending>(NAMESPACE, key);
    if (!p || p.userId !== userId || now.getTime() - Date.parse(p.at) > TTL_MS) return undefined;
    this.kv.delete(NAMESPACE, key);
    return p.form;
  }

  private prune(now: Date): void {
    for (const { key, value } of this.kv.list<Pending>(NAMESPACE)) {
      if (now.getTime() - Date.parse(value.at) > TTL_MS) this.kv.delete(NAMESPACE, key);
    }
  }
}
