// Outbound messages: written with an idempotency key before sending, marked after (architecture.md "Outbox").
import type { UiMessage } from '../core/ui.js';
import type { Platform } from './records.js';

/** Where a message goes: one person on one platform (a DM / personal chat). */
export interface DeliveryTarget {
  platform: Platform;
  tenantId: string;
  userId: string;
}

/** Delivery states of an outbox row. */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'dead';

/** Kinds of outbound message. */
export type OutboxKind = 'reminder' | 'digest' | 'notice' | 'confirmation';

/**
 * A message written when it is sent rather than when it is queued: a template and its data (ids, dates, a
 * language; never names or typed text). A scheduler pass that queues thousands of reminders stays cheap, the
 * outbox holds no personal text at rest, and names are current when the message goes out.
 */
export interface DeferredMessage {
  kind: 'deferred';
  template: string;
  data: unknown;
}

/** What an outbox row carries: a finished message, or one rendered at sending time. */
export type OutboxBody = UiMessage | DeferredMessage;

/** One outbox row. */
export interface OutboxMessage {
  id: number;
  /** Unique: e.g. reminder:CASE:STEP:before-7:DATE — a key is never sent twice. */
  idempotencyKey: string;
  kind: OutboxKind;
  personId: string;
  target: DeliveryTarget;
  message: OutboxBody;
  state: OutboxState;
  attempts: number;
  /** Not before this instant (ISO), for backoff and pacing. */
  notBefore: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Outbox persistence. */
export interface OutboxStore {
  /** Adds a message unless its key exists; true when added. */
  enqueue(m: Omit<OutboxMessage, 'id' | 'state' | 'attempts' | 'lastError' | 'sentAt'>): boolean;
  has(idempotencyKey: string): boolean;
  /** Pending rows whose notBefore has passed, oldest first. */
  duePending(now: Date, limit: number): OutboxMessage[];
  markSending(id: number): void;
  markSent(id: number, now: Date): void;
  markRetry(id: number, notBefore: Date, error: string): void;
  markDead(id: number, error: string): void;
  list(filter?: { state?: OutboxState; kind?: OutboxKind; limit?: number }): OutboxMessage[];
  /** Deletes rows sent before `sentBefore` and dead letters created before `deadBefore`; returns how many. */
  deleteSettled(sentBefore: Date, deadBefore: Date): number;
}

/** Result of one delivery attempt by an adapter. */
export type DeliveryResult =
  | { ok: true }
  | { ok: false; retryable: boolean; retryAfterMs?: number; error: string };

/** What a send knows about its outbox row. */
export interface SendOptions {
  /** The row's idempotency key: a messenger that checks delivery tags the platform's copy with a digest of it. */
  key: string;
  /**
   * Set when an earlier attempt of this row may have reached the platform (it was interrupted, timed out or
   * failed after sending): a messenger that checks delivery first looks for the tagged copy sent since then and
   * sends only what is missing.
   */
  resumeSince?: Date;
}

/** Implemented by each platform adapter: sends one message to one person. */
export interface Messenger {
  platform: Platform;
  /** True when the platform can be asked whether a tagged message arrived (Slack: the DM's history). */
  checksDelivery?: boolean;
  send(target: DeliveryTarget, message: UiMessage, opts?: SendOptions): Promise<DeliveryResult>;
}
