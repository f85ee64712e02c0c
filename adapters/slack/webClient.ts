// The one Web API client: pointed at SLACK_API_URL, no retries of its own (the outbox owns retries).
import { LogLevel, webApi, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.js';
import { slackFetch } from './httpFetch.js';

/** Web API client type used across the adapter. */
export type SlackWebClient = InstanceType<typeof webApi.WebClient>;

/** Request timeout for every Web API call, in ms (a hung call must not hold an outbox slot). */
export const WEB_API_TIMEOUT_MS = 5000;

/** Client options Bolt and our own client share. */
export function clientOptions(apiUrl: string | undefined, log: Logger) {
  return {
    slackApiUrl: withSlash(apiUrl ?? 'https://slack.com/api/'),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    // Our fetch enforces the timeout with one timer per call (the client's own `timeout` would add an
    // AbortSignal.timeout that outlives every call by seconds).
    fetch: slackFetch(WEB_API_TIMEOUT_MS),
    timeout: 0,
    logger: slackLogger(log),
  };
}

/** Creates the bot's Web API client. */
export function createWebClient(token: string, apiUrl: string | undefined, log: Logger): SlackWebClient {
  return new webApi.WebClient(token, clientOptions(apiUrl, log));
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Adapts pino to the Slack SDK logger. Debug output is dropped on purpose: the SDK logs request
 * bodies at debug level, and those hold user text.
 */
export function slackLogger(log: Logger): SlackLogger {
  const child = log.child({ component: 'slack-sdk' });
  const line = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.name : '')).join(' ').slice(0, 300);
  let level = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...msg: unknown[]) => child.info(line(msg)),
    warn: (...msg: unknown[]) => child.warn(line(msg)),
    error: (...msg: unknown[]) => child.error(line(msg)),
    setLevel: (l: LogLevel) => { level = l; },
    getLevel: () => level,
    setName: () => {},
  };
}
