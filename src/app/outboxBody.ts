// Turns what an outbox row carries into the message to send: a finished message as it is, a deferred one
// through its template (read now: names as they are at sending time).
import type { UiMessage } from '../core/ui.js';
import type { OutboxBody } from '../ports/outbox.js';
import type { Store } from '../ports/store.js';
import { REMINDERS_TEMPLATE, renderReminderBody } from './reminderMessage.js';

/** Thrown when a deferred body names no known template or its data does not fit it (the row is dead-lettered). */
export class OutboxBodyError extends Error {
  constructor(readonly template: string) {
    super(`outbox body: cannot render template ${template}`);
    this.name = 'OutboxBodyError';
  }
}

/** The message an outbox row sends. */
export function renderOutboxBody(store: Store, body: OutboxBody): UiMessage {
  if (body.kind !== 'deferred') return body;
  try {
    if (body.template === REMINDERS_TEMPLATE) return renderReminderBody(store, body.data);
  } catch {
    // falls through: a malformed body is reported as one error kind, its content is never logged
  }
  throw new OutboxBodyError(body.template);
}
