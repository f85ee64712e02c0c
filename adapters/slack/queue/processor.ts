// Drains the inbound queue in this process, behind the acknowledgements: deliveries of one lane (one person) run in
// order, up to `concurrency` lanes at a time, one start per turn of the event loop (I/O in between). While
// acknowledgements are being answered (`gate.busy()`), a delivery starts only when none has started for
// `trickleMs`, so a burst of requests is acknowledged first and handled in the quiet right after, and a server
// that is never quiet still makes progress. A handled delivery is deleted as soon as its effect is stored (the handler calls `complete`
// before sending any reply); one the database could not take stays queued and is tried again once the database is
// writable. What was queued when the process stopped is loaded again at start.
import type { Logger } from '../../../src/log.js';
import type { InboundItem, InboundQueue } from '../../../src/ports/store.js';
import type { StoreHealth } from '../../../src/server/storeHealth.js';

/** Handles one delivery: calls `complete()` once its effect is stored; 'retry' when the database could not take it. */
export type InboundHandler<J> = (job: J, item: InboundItem, complete: () => void) => Promise<'handled' | 'retry'>;

/** Options of InboundProcessor. */
export interface InboundProcessorOptions<J> {
  queue: InboundQueue;
  health: StoreHealth;
  log: Logger;
  handle: InboundHandler<J>;
  /** Lanes handled at the same time (default 8). */
  concurrency?: number;
  /** Acknowledgements in flight: while busy, starts wait (see `trickleMs`); a kick comes when they quiet. */
  gate?: { busy(): boolean; onQuiet(fn: () => void): () => void };
  /** While acknowledgements are in flight, a delivery starts only if none started for this long (default 250 ms). */
  trickleMs?: number;
}

interface Entry<J> {
  item: InboundItem;
  job: J;
}

/** The in-process drain of one platform's inbound queue. */
export class InboundProcessor<J> {
  private readonly lanes = new Map<string, Entry<J>[]>();
  /** Lanes with deliveries waiting and none running, oldest turn first. */
  private ready: string[] = [];
  private running = 0;
  private scheduled = false;
  private timer: NodeJS.Timeout | undefined;
  private closing = false;
  /** Handled deliveries whose delete the database refused; deleted once it can be written. */
  private readonly undeleted = new Set<number>();
  private waiters: Array<() => void> = [];
  /** performance.now() of the last start. */
  private lastStart = Number.NEGATIVE_INFINITY;
  private readonly concurrency: number;
  private readonly trickleMs: number;
  private readonly unsubscribe: Array<() => void>;

  constructor(private readonly opts: InboundProcessorOptions<J>) {
    this.concurrency = opts.concurrency ?? 8;
    this.trickleMs = opts.trickleMs ?? 250;
    this.unsubscribe = [opts.health.onWritable(() => this.kick())];
    if (opts.gate) this.unsubscribe.push(opts.gate.onQuiet(() => this.kick()));
  }

  /** Adds a delivery just queued (or found queued at start). */
  push(item: InboundItem, job: J): void {
    const entry: Entry<J> = { item, job };
    const list = this.lanes.get(item.lane);
    if (list) list.push(entry);
    else {
      this.lanes.set(item.lane, [entry]);
      this.ready.push(item.lane);
    }
    this.kick();
  }

  /** Deliveries waiting or running. */
  size(): number {
    let n = 0;
    for (const list of this.lanes.values()) n += list.length;
    return n;
  }

  /** Looks for work soon (after pending I/O). */
  kick(): void {
    if (this.scheduled || this.closing) return;
    this.scheduled = true;
    setImmediate(() => this.pump());
  }

  /** Resolves once nothing runs and nothing can start now (queue empty, or waiting for the database). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Starts nothing more and waits for the deliveries running; what is still queued stays for the next start. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const u of this.unsubscribe) u();
    await this.idle();
  }

  private isIdle(): boolean {
    if (this.running > 0) return false;
    if (this.closing) return true;
    if (this.scheduled || this.timer) return false;
    return this.ready.length === 0 || !this.opts.health.lastKnown().writable;
  }

  private settleWaiters(): void {
    if (!this.waiters.length || !this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private pump(): void {
    this.scheduled = false;
    if (this.closing) return this.settleWaiters();
    if (this.undeleted.size) this.flushDeletes();
    if (this.running >= this.concurrency || this.ready.length === 0 || !this.opts.health.lastKnown().writable) {
      return this.settleWaiters();
    }
    if (this.opts.gate?.busy()) {
      const wait = this.trickleMs - (performance.now() - this.lastStart);
      if (wait > 0) {
        // Acknowledgements first: `kick` comes when they quiet down, the timer if they do not.
        if (!this.timer) this.timer = setTimeout(() => { this.timer = undefined; this.kick(); }, Math.ceil(wait));
        return;
      }
    }
    this.lastStart = performance.now();
    const lane = this.ready.shift()!;
    this.start(lane, this.lanes.get(lane)![0]);
    this.kick(); // the next start after pending I/O
  }

  private start(lane: string, entry: Entry<J>): void {
    this.running++;
    let completed = false;
    const complete = () => {
      if (completed) return;
      completed = true;
      this.remove(entry.item.id);
    };
    let outcome: 'handled' | 'retry' = 'handled';
    this.opts.handle(entry.job, entry.item, complete)
      .then((o) => { outcome = o; }, (err: unknown) => {
        this.opts.log.error({ id: entry.item.id, kind: entry.item.kind, error: err instanceof Error ? err.name : 'unknown' }, 'inbound: handling failed');
      })
      .finally(() => {
        if (outcome === 'handled') complete();
        this.running--;
        const list = this.lanes.get(lane)!;
        if (completed) list.shift();
        if (list.length) this.ready.push(lane);
        else this.lanes.delete(lane);
        this.kick();
        this.settleWaiters();
      });
  }

  private remove(id: number): void {
    try {
      this.opts.queue.done(id);
      this.opts.health.wrote();
    } catch (err) {
      if (!this.opts.health.writeFailed(err)) this.opts.log.error({ id, error: err instanceof Error ? err.name : 'unknown' }, 'inbound: delete failed');
      this.undeleted.add(id);
    }
  }

  private flushDeletes(): void {
    if (!this.opts.health.lastKnown().writable) return;
    for (const id of [...this.undeleted]) {
      this.undeleted.delete(id);
      this.remove(id);
    }
  }
}
