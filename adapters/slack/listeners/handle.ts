// Runs the bot for one event; the claim/settle pair records a modal submission's id only after its effect.
import type { InboundEvent } from '../../../flows/events.js';
import type { HandleOptions } from '../../../flows/bot.js';
import { message, type Reply } from '../../../src/core/ui.js';
import type { SlackContext } from '../context.js';
import { GENERIC_ERROR } from '../deliver.js';

/** The bot's answer; `failed` when it threw and the replies are the generic apology (`error` is what it threw). */
export interface BotAnswer {
  replies: Reply[];
  failed: boolean;
  error?: unknown;
}

/** Asks the bot; a failure becomes a short apology (logged by error name only, never by text). */
export async function askBot(ctx: SlackContext, event: InboundEvent, now: Date, options?: HandleOptions): Promise<BotAnswer> {
  try {
    return { replies: await ctx.bot.handle(event, now, options), failed: false };
  } catch (err) {
    ctx.log.error({ kind: event.kind, error: err instanceof Error ? err.name : 'unknown' }, 'slack: bot failed on an event');
    return { replies: [message(GENERIC_ERROR)], failed: true, error: err };
  }
}


/** Ids whose bot run is under way in this process (a duplicate arriving meanwhile is not run twice). */
const inFlight = new Set<string>();
const PEEK = Symbol('inbox-peek');

/**
 * Claims an inbound id for a run whose id is recorded only with its effect (`recordWithEffect`) or afterwards
 * (see `settle`): false when the id is already recorded or being handled right now. A crash (SIGKILL) before the
 * effect leaves the id unrecorded, so the retry runs it again instead of being dropped as a duplicate; a crash
 * after it finds the id recorded in the same commit, so the retry is not run a second time.
 */
export function claim(ctx: SlackContext, eventId: string, now: Date): boolean {
  if (inFlight.has(eventId) || alreadySeen(ctx, eventId, now)) return false;
  inFlight.add(eventId);
  return true;
}

/** The bot option that records `eventId` in the very transaction that stores the run's effect. */
export function recordWithEffect(ctx: SlackContext, eventId: string, now: Date): HandleOptions {
  return { onEffect: () => void ctx.store.inbox.firstSeen('slack', eventId, now) };
}

/** Ends a claim; records the id when the run succeeded (`record`; a no-op if its effect already did), else leaves it for a retry. */
export function settle(ctx: SlackContext, eventId: string, now: Date, record: boolean): void {
  try {
    if (record) ctx.store.inbox.firstSeen('slack', eventId, now);
  } finally {
    inFlight.delete(eventId);
  }
}

/** True when the id is already recorded; records nothing (the probing insert is rolled back). */
function alreadySeen(ctx: SlackContext, eventId: string, now: Date): boolean {
  let first = false;
  try {
    ctx.store.transaction(() => {
      if (ctx.store.inbox.firstSeen('slack', eventId, now)) {
        first = true;
        throw PEEK;
      }
    });
  } catch (e) {
    if (e !== PEEK) throw e;
  }
  return !first;
}
