// About one message per second per channel (Slack's chat.postMessage guidance); other channels run freely. An
// optional `ready` hook runs before each send (the adapter lets acknowledgements in flight go first).

/** Serialises sends per channel and spaces them `intervalMs` apart. */
export class ChannelPacer {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastStart = new Map<string, number>();

  constructor(
    private readonly intervalMs = 1000,
    private readonly now: () => number = () => performance.now(),
    private readonly ready?: () => Promise<void>,
  ) {}

  /** Runs `send` for `channel` once the channel's previous send started at least `intervalMs` ago. */
  async run<T>(channel: string, send: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(channel) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((r) => { release = r; });
    const tail = previous.then(() => done);
    this.tails.set(channel, tail);
    await previous;
    try {
      const wait = (this.lastStart.get(channel) ?? -Infinity) + this.intervalMs - this.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (this.ready) await this.ready();
      this.lastStart.set(channel, this.now());
      return await send();
    } finally {
      release();
      if (this.tails.get(channel) === tail) this.tails.delete(channel);
      this.prune();
    }
  }

  /** Forgets channels idle for longer than the interval, so the map stays small. */
  private prune(): void {
    if (this.lastStart.size < 1000) return;
    const cutoff = this.now() - this.intervalMs;
    for (const [ch, at] of this.lastStart) if (at < cutoff && !this.tails.has(ch)) this.lastStart.delete(ch);
  }
}
