// One autocannon run at a fixed overall rate against /slack/events, each request validly signed and unique.
import autocannon from 'autocannon';
import { appHomeOpened, blockAction, directMessage, userId, type SignedRequest } from './slackRequests.js';

/** The figures kept from one run. */
export interface LoadResult {
  target: string;
  rate: number;
  durationS: number;
  requests: number;
  p50: number;
  p99: number;
  max: number;
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

/** Sends `rate` requests per second for `durationS` seconds to `port` and returns latency and error counts. */
export async function load(target: string, port: number, rate: number, durationS: number, connections = 32): Promise<LoadResult> {
  const runId = `${target}${rate}x${Date.now().toString(36)}`;
  const result = await autocannon({
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
  return {
    target, rate, durationS,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
