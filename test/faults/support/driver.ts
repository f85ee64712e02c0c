// Drives a server the way Slack does while it is being killed: each request is sent until it is acknowledged
// (a refused connection or a non-2xx is retried with a fresh signature, as Slack retries events and a person
// presses again), and a killer SIGKILLs and restarts the server at random moments.
import { sign, type SignedRequest } from '../../../bench/ack/slackRequests.js';
import { prng } from '../../../bench/ack/fakeSlack.js';
import { waitHealthy, type Child } from '../../../bench/ack/processes.js';

/** One job: a request and what its acknowledgement said. */
export interface Job {
  kind: 'report' | 'press';
  key: string;
  request: SignedRequest;
  attempts: number;
  ackStatus?: number;
  ackBody?: string;
  ackedAt?: number;
}

/** The server being driven; `current` changes at each restart. */
export interface Target {
  current: Child;
  restart(): Promise<Child>;
  /** How far the server's clock is moved (signatures must carry its time). */
  clockOffsetMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends a job until a 2xx comes back. */
export async function deliver(target: Target, job: Job): Promise<void> {
  for (;;) {
    job.attempts++;
    const nowSeconds = Math.floor((Date.now() + (target.clockOffsetMs ?? 0)) / 1000);
    const headers: Record<string, string> = { ...job.request.headers, ...sign(job.request.body, undefined, nowSeconds) };
    if (job.attempts > 1) Object.assign(headers, { 'x-slack-retry-num': String(Math.min(job.attempts - 1, 3)), 'x-slack-retry-reason': 'http_error' });
    try {
      const res = await fetch(`http://127.0.0.1:${target.current.port}/slack/events`, {
        method: 'POST', headers, body: job.request.body, signal: AbortSignal.timeout(10_000),
      });
      const body = await res.text();
      if (res.status >= 200 && res.status < 300) {
        job.ackStatus = res.status;
        job.ackBody = body;
        job.ackedAt = Date.now();
        return;
      }
    } catch { /* killed mid-request, or not up yet */ }
    await sleep(150);
  }
}

/** Runs `jobs` with `concurrency` workers; `next` may add follow-up jobs once one is acknowledged. */
export async function drive(target: Target, jobs: Job[], concurrency: number, next?: (done: Job) => Job | undefined): Promise<void> {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      await deliver(target, job);
      const follow = next?.(job);
      if (follow) { jobs.push(follow); queue.push(follow); }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** SIGKILLs the server `kills` times at random moments (`minMs`…`maxMs` apart), restarting it each time. */
export async function killer(target: Target, kills: number, seed: number, minMs: number, maxMs: number, killedAt: number[]): Promise<void> {
  const rnd = prng(seed);
  for (let k = 0; k < kills; k++) {
    await sleep(minMs + rnd() * (maxMs - minMs));
    killedAt.push(Date.now());
    await target.current.stop('SIGKILL');
    for (let tries = 1; ; tries++) {
      const child = await target.restart();
      try {
        await waitHealthy(child);
        break;
      } catch (err) {
        if (tries >= 3) throw err; // e.g. the port not yet free: try again, then give up loudly
        await sleep(500);
      }
    }
  }
}
