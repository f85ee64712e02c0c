// Modal submissions: the bot's answer decides the ack — a refusal keeps the modal open with errors
// beside the offending fields; anything else closes it and the replies go to the user's DM. While the database
// cannot be written the modal stays open with a line saying so (Slack does not retry submissions).
import type { App, SlackViewAction } from '@slack/bolt';
import type { UiForm } from '../../../src/core/ui.js';
import type { SlackContext } from '../context.js';
import { deliverReplies, dmRoute, GENERIC_ERROR, modalFor } from '../deliver.js';
import { parseViewSubmission } from '../parse/index.js';
import { askBot, claim, recordWithEffect, settle } from './handle.js';

/** How long the bot may take before the modal is closed and the answer goes to the DM instead. */
export const VIEW_ACK_BUDGET_MS = 2500;
const ERROR_TEXT_MAX = 2000;
/** Shown in the form when the database cannot take the submission (the person keeps what they typed). */
export const STORE_UNAVAILABLE = 'Opslaan lukt nu even niet; probeer het over een minuut opnieuw. / Saving is not possible right now; please try again in a minute.';

/** Registers the view_submission listener for all of the bot's form ids. */
export function registerViews(app: App, ctx: SlackContext): void {
  app.view<SlackViewAction>({ type: 'view_submission' }, async ({ body, ack }) => {
    const parsed = parseViewSubmission(body);
    if (!parsed) {
      await ack();
      return;
    }
    const { event, route, inputBlockIds } = parsed;
    const now = ctx.clock();
    const unavailable = () => ack({ response_action: 'errors', errors: placeErrors({ _: STORE_UNAVAILABLE }, inputBlockIds) });
    // The id is recorded in the commit that stores the effect (or once the bot has answered, for a run without one),
    // never before: a kill before the effect must not turn the retry of an unprocessed report into a "duplicate",
    // and a kill after it must not run the report a second time ("already reported").
    let first: boolean;
    try {
      // current(): a probe waiting at most 50 ms for another writer when nothing was written in the last second,
      // so a locked database is answered kindly within Slack's 3 s rather than after the 5 s lock wait.
      if (!ctx.health.current().writable) return void (await unavailable());
      first = claim(ctx, event.eventId, now);
    } catch (err) {
      if (ctx.health.writeFailed(err)) return void (await unavailable());
      throw err;
    }
    if (!first) {
      await ack();
      return;
    }
    const pending = askBot(ctx, event, now, recordWithEffect(ctx, event.eventId, now)).then((a) => {
      try {
        settle(ctx, event.eventId, now, !a.failed);
      } catch (err) {
        // The effect is stored, only its inbox id is not (the database just became unwritable): the answer still goes out.
        if (!ctx.health.writeFailed(err)) throw err;
      }
      return a;
    });
    const answer = await within(pending, VIEW_ACK_BUDGET_MS);
    if (answer === null) {
      // Too slow for Slack's 3 seconds: close the modal now, deliver everything (a refusal as a re-open button) later.
      await ack();
      ctx.log.warn({ formId: event.formId }, 'slack: bot slower than the view_submission budget');
      ctx.tasks.run('view-late', async () => deliverReplies(ctx, (await pending).replies, dmRoute(route)));
      return;
    }
    if (answer.failed) {
      if (ctx.health.writeFailed(answer.error)) return void (await unavailable());
      await ack({ response_action: 'errors', errors: placeErrors({ _: GENERIC_ERROR }, inputBlockIds) });
      return;
    }
    const { replies } = answer;
    const refusal = replies.find((r): r is UiForm => r.kind === 'form' && r.formId === event.formId && hasErrors(r));
    if (refusal) {
      await ack({ response_action: 'errors', errors: placeErrors(refusal.errors!, inputBlockIds) });
      return;
    }
    const next = replies.find((r): r is UiForm => r.kind === 'form');
    if (next) await ack({ response_action: 'update', view: modalFor(ctx, next, route) });
    else await ack();
    const rest = replies.filter((r) => r !== next);
    if (rest.length) ctx.tasks.run('view', () => deliverReplies(ctx, rest, dmRoute(route)));
  });
}

function hasErrors(form: UiForm): boolean {
  return !!form.errors && Object.keys(form.errors).length > 0;
}

/**
 * Keeps errors on blocks that exist in the submitted view (Slack rejects unknown block ids);
 * errors for fields not in the view are shown on the first input block.
 */
export function placeErrors(errors: Record<string, string>, inputBlockIds: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const stray: string[] = [];
  for (const [field, text] of Object.entries(errors)) {
    if (inputBlockIds.includes(field)) out[field] = text.slice(0, ERROR_TEXT_MAX);
    else stray.push(text);
  }
  const first = inputBlockIds[0];
  if (stray.length && first) out[first] = [out[first], ...stray].filter(Boolean).join(' ').slice(0, ERROR_TEXT_MAX);
  return out;
}

/** The promise's value, or null when it takes longer than `ms`. */
async function within<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((r) => { timer = setTimeout(() => r(null), ms); });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
