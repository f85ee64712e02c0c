// The Web API client's fetch (WebClient's documented `fetch` option), on node:http(s) with keep-alive agents and one
// timer per call that is cleared when the answer is in. Node 20's WHATWG fetch cost about 0.2 ms more CPU per call
// here (its streams, Headers, AbortSignal) and AbortSignal.timeout left a signal and a timer alive for 5 s after
// every call: under a burst, thousands of them survived each young-generation GC and lengthened its pauses.
// It sends what the client sends (a string body, no redirects) and reads the whole answer (Slack's are small JSON).
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { webApi } from '@slack/bolt';

type FetchFunction = webApi.FetchFunction;
type FetchResponse = Awaited<ReturnType<FetchFunction>>;

/** Connections kept open between calls (Slack's API and response_url hosts), per protocol. */
const AGENTS = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 64 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
} as const;

/** Why a call was given up: a name the delivery logs and the outbox classify (retried later). */
export class SlackHttpTimeoutError extends Error {
  override name = 'SlackHttpTimeoutError';
}

/** The answer, read in full, shaped as the client reads a fetch Response. */
function answer(url: string, res: IncomingMessage, body: Buffer): FetchResponse {
  const headers = res.headers;
  const one = (h: IncomingHttpHeaders[string]) => (Array.isArray(h) ? h.join(', ') : h);
  const status = res.statusCode ?? 0;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusMessage ?? '',
    url,
    headers: {
      get: (name: string) => one(headers[name.toLowerCase()]) ?? null,
      entries: () => Object.entries(headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, one(v)!] as [string, string]])),
    },
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
    json: async () => JSON.parse(body.toString('utf8')) as unknown,
    text: async () => body.toString('utf8'),
  };
}

/** A fetch for the Web API client that gives up after `timeoutMs` (a hung call must not hold a delivery slot). */
export function slackFetch(timeoutMs: number): FetchFunction {
  return (input, init = {}) => new Promise<FetchResponse>((resolve, reject) => {
    const url = new URL(String(input));
    const body = init.body;
    const agent = AGENTS[url.protocol as keyof typeof AGENTS];
    if (!agent || (body !== undefined && typeof body !== 'string')) {
      // A file upload (FormData) or another scheme: the platform's fetch handles what this one does not.
      return void fetch(url, { ...init, signal: init.signal ?? AbortSignal.timeout(timeoutMs) }).then(resolve, reject);
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: init.method ?? 'GET', headers: init.headers, agent, signal: init.signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => { clearTimeout(timer); resolve(answer(url.href, res, Buffer.concat(chunks))); });
      res.on('error', fail);
    });
    const timer = setTimeout(() => req.destroy(new SlackHttpTimeoutError(`no answer within ${timeoutMs} ms`)), timeoutMs);
    function fail(err: Error): void {
      clearTimeout(timer);
      reject(err);
    }
    req.on('error', fail);
    req.end(body);
  });
}
