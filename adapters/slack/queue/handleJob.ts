// Handles one queued Slack delivery: the effect first (remember the DM, run the bot or take the offered form), then
// `complete()` deletes it from the queue, then the replies go out as a tracked task outside the drain (sent once, a
// failed send logged; per-channel pacing may hold them for seconds, and must not hold up the next delivery). A
// delivery the database could not take is left queued ('retry'); any other failure has already become an apology.
import type { InboundItem } from '../../../src/ports/store.js';
import type { SlackContext } from '../context.js';
import { deliverReplies, modalFor } from '../deliver.js';
import { askBot } from '../listeners/handle.js';
import type { SlackJob } from './jobs.js';

/** Runs `job` (queued as `item`); see InboundHandler. */
export async function handleJob(ctx: SlackContext, job: SlackJob, item: InboundItem, complete: () => void): Promise<'handled' | 'retry'> {
  const { route } = job;
  let send: () => Promise<void>;
  try {
    if (job.dmChannel) ctx.dm.remember(route.teamId, route.userId, job.dmChannel);
    if (job.type === 'open-form') {
      const form = ctx.forms.take(job.key, route.userId, item.receivedAt);
      send = async () => {
        if (form && route.triggerId) await ctx.client.views.open({ trigger_id: route.triggerId, view: modalFor(ctx, form, route) });
      };
    } else {
      const answer = await askBot(ctx, job.event, item.receivedAt);
      if (answer.error !== undefined && ctx.health.writeFailed(answer.error)) return 'retry';
      send = () => deliverReplies(ctx, answer.replies, route);
    }
  } catch (err) {
    if (ctx.health.writeFailed(err)) return 'retry';
    throw err;
  }
  complete();
  ctx.tasks.run(item.kind, async () => {
    await ctx.acks.quiet();
    await send();
  });
  return 'handled';
}
