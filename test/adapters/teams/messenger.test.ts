// Delivery failure classification: what the outbox may retry, and when.
import { describe, expect, it } from 'vitest';
import { deliveryFailure, retryAfterMs } from '../../../adapters/teams/messenger.js';

const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name.toLowerCase()] });

describe('deliveryFailure', () => {
  it('429 is retryable after Retry-After (seconds or HTTP date)', () => {
    const now = Date.parse('2025-03-10T08:00:00Z');
    expect(deliveryFailure({ statusCode: 429, response: { headers: headers({ 'retry-after': '3' }) } }, now)).toEqual({ ok: false, retryable: true, retryAfterMs: 3000, error: 'teams-429' });
    expect(retryAfterMs('Mon, 10 Mar 2025 08:00:30 GMT', now)).toBe(30_000);
    expect(deliveryFailure({ statusCode: 429 }, now)).toEqual({ ok: false, retryable: true, error: 'teams-429' });
  });

  it('5xx and network errors are retryable; other 4xx are not', () => {
    expect(deliveryFailure({ statusCode: 503 }, 0)).toMatchObject({ retryable: true, error: 'teams-503' });
    expect(deliveryFailure({ code: 'ECONNRESET' }, 0)).toMatchObject({ retryable: true, error: 'teams-network-ECONNRESET' });
    expect(deliveryFailure({ statusCode: 403 }, 0)).toMatchObject({ retryable: false, error: 'teams-403' });
    expect(deliveryFailure({ statusCode: 404 }, 0)).toMatchObject({ retryable: false, error: 'teams-404' });
  });
});
