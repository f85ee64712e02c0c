// Per-conversation pacing: at most `limit` sends in any `windowMs`, in call order (Teams
// throttles a bot at about 7 messages per second per conversation).

/** Clock and sleep, injectable for tests. */
export interface PacerTiming {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realTiming: PacerTiming = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Runs tasks per key no faster than the limit allows. */
export class Pacer {
  private readonly sent = new Map<string, number[]>();
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(
    private readonly limit = 7,
    private readonly windowMs = 1000,
    private readonly timing: PacerTiming = realTiming,
  ) {}

  /** Runs `task` once the key's window has room; tasks of one key run one after another. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    if (this.sent.size > 1000) this.forgetQuiet();
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      await this.waitForRoom(key);
      return task();
    });
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  private async waitForRoom(key: string): Promise<void> {
    for (;;) {
      const now = this.timing.now();
      const recent = (this.sent.get(key) ?? []).filter((t) => t > now - this.windowMs);
      if (recent.length < this.limit) {
        recent.push(now);
        this.sent.set(key, recent);
        return;
      }
      this.sent.set(key, recent);
      await this.timing.sleep(recent[0]! + this.windowMs - now);
    }
  }

  private forgetQuiet(): void {
    const cutoff = this.timing.now() - this.windowMs;
    for (const [key, times] of this.sent) if ((times[times.length - 1] ?? 0) <= cutoff) this.sent.delete(key);
  }

  /** Resolves when every queued task has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
