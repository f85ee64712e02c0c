// One autocannon run at a fixed overall rate against /slack/events, each request validly signed and unique.
import autocannon from 'autocannon';
import { appHomeOpened, blockAction, directMessage, userId, type SignedRequest } from './slackRequests.js';

/** The figures kept from one run. */
export interface LoadResult {
  target: string;
  rate: number;
  durationS: number;
  requests: number;
  /** Latency percentiles (ms) of the 2xx answers, corrected for coordinated omission at the intended interval. */
  p50: number;
  p99: number;
  max: number;
  /** autocannon's own p99 (its correction assumes one request per connection every 1 ms; see correctedLatencies). */
  autocannonP99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** How many distinct users send requests (a realistic workspace: the bot sees each of them again and again). */
export const USERS = 200;

let seq = 0;
/** The next request of the mix: App Home opened, a DM, a button press — in turn, each with a unique id. */
export function nextRequest(runId: string): SignedRequest {
  const n = seq++;
  const user = userId(n % USERS);
  switch (n % 3) {
    case 0: return appHomeOpened(`Ev${runId}${n}`, user);
    case 1: return directMessage(`Ev${runId}${n}`, user, 'taken');
    default: return blockAction(`${n}.${runId}.bench`, user, 'case-show', 'c_bench_none');
  }
}

/**
 * Each answer's latency, plus the answers a stall kept from being sent (coordinated omission): an answer that took
 * k intended intervals adds values for the k requests the connection should have sent meanwhile. The intended
 * interval of a connection is connections / rate seconds (160 ms at 200/s, 64 ms at 500/s over 32 connections).
 * autocannon corrects with ceil(1 / per-connection rate) = 1 ms instead (a unit slip), so one 300 ms stall adds
 * 299 values and its p99 follows the single longest hiccup of the machine rather than the server.
 */
export function correctedLatencies(latencies: readonly number[], intervalMs: number): number[] {
  const out: number[] = [];
  for (const v of latencies) {
    out.push(v);
    for (let m = v - intervalMs; m >= intervalMs; m -= intervalMs) out.push(m);
  }
  return out.sort((a, b) => a - b);
}

/** The value at quantile q (0..1) of sorted values (nearest rank), rounded to 0.1 ms. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(10 * sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]) / 10;
}

/** Sends `rate` requests per second for `durationS` seconds to `port` and returns latency and error counts. */
export async function load(target: string, port: number, rate: number, durationS: number, connections = 32): Promise<LoadResult> {
  const runId = `${target}${rate}x${Date.now().toString(36)}`;
  const latencies: number[] = [];
  const run = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: durationS,
    overallRate: rate,
    timeout: 10,
    requests: [{
      method: 'POST',
      path: '/slack/events',
      setupRequest: (req: Record<string, unknown>) => {
        const r = nextRequest(runId);
        return { ...req, method: 'POST', path: '/slack/events', body: r.body, headers: r.headers };
      },
    }],
  });
  run.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await run;
  const sorted = correctedLatencies(latencies, (1000 * Math.min(connections, rate)) / rate);
  return {
    target, rate, durationS,
    requests: result.requests.total,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: quantile(sorted, 1),
    autocannonP99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
