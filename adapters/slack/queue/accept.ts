// The acknowledgement path of every queued Slack delivery: store it (inbox id and job), and only then let Bolt
// acknowledge. The deliveries that arrive in one turn of the event loop are stored together in one short
// transaction (a group commit) right after that turn, so a burst costs one commit per turn instead of one per
// request. When the database cannot take them, StoreUnavailableError makes each answer 503, so Slack delivers
// them again later instead of their being acknowledged and lost.
import type { NewInbound, Store } from '../../../src/ports/store.js';
import { storeUnavailableCode, StoreUnavailableError, type StoreHealth } from '../../../src/server/storeHealth.js';
import type { InboundProcessor } from './processor.js';
import { laneOf, type SlackJob, type SlackJobKind } from './jobs.js';

/** How long an acknowledgement may wait for another process's write lock before answering 503. */
export const ENQUEUE_BUSY_MS = 250;

interface Waiting {
  item: NewInbound;
  job: SlackJob;
  settle(err: unknown, first?: boolean): void;
}

/** Stores the deliveries of one event-loop turn in one transaction, then releases their acknowledgements. */
export class InboundBatch {
  private waiting: Waiting[] = [];

  constructor(private readonly ctx: { store: Store; health: StoreHealth; clock: () => Date; queue: InboundProcessor<SlackJob> }) {}

  /** Resolves once `job` is stored: true when new, false for a duplicate (Slack's retry); rejects when it cannot be. */
  add(eventId: string, kind: SlackJobKind, job: SlackJob): Promise<boolean> {
    const known = this.ctx.health.lastKnown();
    if (!known.writable) return Promise.reject(new StoreUnavailableError(known.reason));
    return new Promise<boolean>((resolve, reject) => {
      const item: NewInbound = { platform: 'slack', eventId, kind, lane: laneOf(job.route), payload: JSON.stringify(job) };
      if (this.waiting.length === 0) setImmediate(() => this.flush());
      this.waiting.push({ item, job, settle: (err, first) => (err === undefined ? resolve(first === true) : reject(err)) });
    });
  }

  private flush(): void {
    const batch = this.waiting;
    this.waiting = [];
    let stored;
    try {
      stored = this.ctx.store.inbound.enqueue(batch.map((w) => w.item), this.ctx.clock(), ENQUEUE_BUSY_MS);
    } catch (err) {
      const failure = this.ctx.health.writeFailed(err) ? new StoreUnavailableError(storeUnavailableCode(err)!) : err;
      for (const w of batch) w.settle(failure);
      return;
    }
    this.ctx.health.wrote();
    batch.forEach((w, i) => {
      const item = stored[i];
      if (item) this.ctx.queue.push(item, w.job);
      w.settle(undefined, item !== null);
    });
  }
}

/** Queues `job` under `eventId` before the acknowledgement; see InboundBatch.add. */
export function accept(ctx: { inbound: InboundBatch }, eventId: string, kind: SlackJobKind, job: SlackJob): Promise<boolean> {
  return ctx.inbound.add(eventId, kind, job);
}
