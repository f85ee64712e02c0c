import { describe, expect, it } from 'vitest';
import { addDays, diffDays, isIsoDate, isoWeekday } from '../../src/core/calendar/isoDate.js';
import { amsterdamDate, amsterdamInstant } from '../../src/core/calendar/amsterdam.js';

describe('isoDate', () => {
  it('rejects impossible dates and accepts leap days', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('25-01-01')).toBe(false);
  });
  it('adds days across year ends and DST changes', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(diffDays('2025-01-06', '2027-01-03')).toBe(727);
    expect(isoWeekday('2026-09-05')).toBe(6);
    expect(isoWeekday('2026-11-22')).toBe(7);
  });
  it('converts instants to Amsterdam dates', () => {
    expect(amsterdamDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(amsterdamDate(new Date('2026-01-01T22:59:00Z'))).toBe('2026-01-01');
    expect(amsterdamInstant('2026-11-23', '08:00').toISOString()).toBe('2026-11-23T07:00:00.000Z');
  });
});
