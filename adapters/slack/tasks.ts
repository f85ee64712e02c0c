// Work handed off after the acknowledgement: tracked so shutdown (and tests) can wait for it.
import type { Logger } from '../../src/log.js';
import { errorCode } from './errors.js';

/** Runs fire-and-forget tasks, logs their failures by code, and can wait for all of them. */
export class TaskTracker {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  /** Starts `fn` without awaiting it. */
  run(label: string, fn: () => Promise<void>): void {
    const p: Promise<void> = Promise.resolve()
      .then(fn)
      .catch((err: unknown) => this.log.error({ task: label, code: errorCode(err) }, 'slack: background task failed'))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  /** Resolves when no task is running (tasks started meanwhile are awaited too). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
