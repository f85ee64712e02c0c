// Acknowledgements first: counts the Slack requests being answered, so the work behind them (handling queued
// deliveries, sending replies) waits while a burst of requests is acknowledged and runs in the quiet after it.
// "Quiet" means no request in flight and none started or answered for `quietMs`: inside a burst the next requests
// arrive within a millisecond of the previous answers, so the work does not slip in between them. Waiting work is
// let go one piece per turn of the event loop, and only while it stays quiet, so a new burst is never stuck
// behind a flood of released work.
import type { Response } from 'express';

/** Requests in flight on /slack/events, and waiting for the quiet after them. */
export class AckGate {
  private inFlight = 0;
  private lastActive = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private dripping = false;
  private readonly subscribers = new Set<() => void>();
  /** quiet() callers, oldest first. */
  private readonly waiting = new Set<() => void>();

  constructor(private readonly quietMs = 10, private readonly now: () => number = () => performance.now()) {}

  /** Counts `res` until it is answered (or its connection closes). */
  track(res: Response): void {
    this.inFlight++;
    this.lastActive = this.now();
    res.once('close', () => {
      this.inFlight--;
      this.lastActive = this.now();
      if (this.inFlight === 0) this.armQuiet(this.quietMs);
    });
  }

  /** True while an acknowledgement is in flight or one was just started or answered. */
  busy(): boolean {
    return this.inFlight > 0 || this.now() - this.lastActive < this.quietMs;
  }

  /** Calls `fn` each time acknowledgements quiet down; returns an unsubscribe. */
  onQuiet(fn: () => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  /** Resolves once acknowledgements are quiet (in turn with other waiters), or after `maxMs` at the latest. */
  quiet(maxMs = 1000): Promise<void> {
    if (!this.busy() && this.waiting.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      this.waiting.add(done);
      if (this.busy()) {
        if (this.inFlight === 0) this.armQuiet(this.quietMs - (this.now() - this.lastActive));
      } else this.drip();
    });
  }

  private armQuiet(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.inFlight > 0) return; // the last answer re-arms
      const left = this.quietMs - (this.now() - this.lastActive);
      if (left > 0) return this.armQuiet(left);
      for (const fn of [...this.subscribers]) fn();
      this.drip();
    }, Math.max(1, Math.ceil(ms)));
  }

  /** Lets one waiter go per turn of the event loop while it stays quiet. */
  private drip(): void {
    if (this.dripping || this.waiting.size === 0) return;
    this.dripping = true;
    setImmediate(() => {
      this.dripping = false;
      if (this.busy()) return; // the next quiet continues
      const first = this.waiting.values().next().value;
      first?.();
      this.drip();
    });
  }
}
