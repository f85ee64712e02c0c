// Web API failures → delivery results the outbox understands (retryable, Retry-After).
import { webApi } from '@slack/bolt';
import type { DeliveryResult } from '../../src/ports/outbox.js';

/** Slack platform errors worth another attempt later. */
const RETRYABLE_PLATFORM = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** A failed delivery. */
export type DeliveryFailure = Extract<DeliveryResult, { ok: false }>;

/** Classifies an error thrown by the Web API client (or a response_url post). */
export function classifySlackError(err: unknown): DeliveryFailure {
  const e = err as { code?: string; retryAfter?: number; statusCode?: number; headers?: Record<string, string>; data?: { error?: string } };
  switch (e?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return { ok: false, retryable: true, retryAfterMs: Math.max(0, (e.retryAfter ?? 1) * 1000), error: 'rate_limited' };
    case webApi.ErrorCode.HTTPError: {
      const status = e.statusCode ?? 0;
      const retryAfter = Number.parseInt(e.headers?.['retry-after'] ?? '', 10);
      const result: DeliveryFailure = { ok: false, retryable: status >= 500 || status === 408, error: `http_${status}` };
      if (Number.isFinite(retryAfter)) result.retryAfterMs = retryAfter * 1000;
      return result;
    }
    case webApi.ErrorCode.RequestError:
      return { ok: false, retryable: true, error: 'request_failed' };
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'platform_error';
      return { ok: false, retryable: RETRYABLE_PLATFORM.has(code), error: code };
    }
    default:
      // Unknown failures (timeouts from other layers, bugs): let the outbox try again, it caps attempts.
      return { ok: false, retryable: true, error: err instanceof Error ? err.name : 'unknown' };
  }
}

/** A short, text-free code for logs. */
export function errorCode(err: unknown): string {
  return classifySlackError(err).error;
}
