import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/calendar/isoDate.js';
import { computeTimeline } from '../../../src/core/timeline/engine.js';
import { makeCase, p } from './helpers.js';

// For every Algemene termijnenwet holiday in 2025–2028: a first sick day chosen so that sick day 295 lands on
// the holiday, and the expected 42nd-week notification date (first working day on or after it), worked out by hand.
const CASES: Array<[holiday: string, name: string, expected: string]> = [
  ['2025-01-01', 'Nieuwjaarsdag (Wed)', '2025-01-02'],
  ['2025-04-18', 'Goede Vrijdag', '2025-04-22'],
  ['2025-04-21', 'Tweede Paasdag', '2025-04-22'],
  ['2025-04-26', 'Koningsdag on Saturday 26 April (27th is a Sunday)', '2025-04-28'],
  ['2025-05-05', 'Bevrijdingsdag (Mon)', '2025-05-06'],
  ['2025-05-29', 'Hemelvaartsdag: the Friday after is a working day', '2025-05-30'],
  ['2025-06-09', 'Tweede Pinksterdag', '2025-06-10'],
  ['2025-12-25', 'Eerste Kerstdag (Thu)', '2025-12-29'],
  ['2025-12-26', 'Tweede Kerstdag (Fri)', '2025-12-29'],
  ['2026-01-01', 'Nieuwjaarsdag (Thu)', '2026-01-02'],
  ['2026-04-03', 'Goede Vrijdag', '2026-04-07'],
  ['2026-04-06', 'Tweede Paasdag', '2026-04-07'],
  ['2026-04-27', 'Koningsdag (Mon)', '2026-04-28'],
  ['2026-05-05', 'Bevrijdingsdag (Tue, not a lustrum year)', '2026-05-06'],
  ['2026-05-14', 'Hemelvaartsdag', '2026-05-15'],
  ['2026-05-25', 'Tweede Pinksterdag', '2026-05-26'],
  ['2026-12-25', 'Eerste Kerstdag (Fri)', '2026-12-28'],
  ['2026-12-26', 'Tweede Kerstdag (Sat)', '2026-12-28'],
  ['2027-01-01', 'Nieuwjaarsdag (Fri)', '2027-01-04'],
  ['2027-03-26', 'Goede Vrijdag', '2027-03-30'],
  ['2027-03-29', 'Tweede Paasdag', '2027-03-30'],
  ['2027-04-27', 'Koningsdag (Tue)', '2027-04-28'],
  ['2027-05-05', 'Bevrijdingsdag followed by Hemelvaartsdag', '2027-05-07'],
  ['2027-05-06', 'Hemelvaartsdag', '2027-05-07'],
  ['2027-05-17', 'Tweede Pinksterdag', '2027-05-18'],
  ['2027-12-25', 'Eerste Kerstdag (Sat)', '2027-12-27'],
  ['2027-12-26', 'Tweede Kerstdag (Sun)', '2027-12-27'],
  ['2028-01-01', 'Nieuwjaarsdag (Sat)', '2028-01-03'],
  ['2028-04-14', 'Goede Vrijdag', '2028-04-18'],
  ['2028-04-17', 'Tweede Paasdag', '2028-04-18'],
  ['2028-04-27', 'Koningsdag (Thu)', '2028-04-28'],
  ['2028-05-05', 'Bevrijdingsdag (Fri)', '2028-05-08'],
  ['2028-05-25', 'Hemelvaartsdag', '2028-05-26'],
  ['2028-06-05', 'Tweede Pinksterdag', '2028-06-06'],
  ['2028-12-25', 'Eerste Kerstdag (Mon)', '2028-12-27'],
  ['2028-12-26', 'Tweede Kerstdag (Tue)', '2028-12-27'],
];

describe('the 42nd-week notification when sick day 295 is a public holiday', () => {
  for (const [holiday, name, expected] of CASES) {
    it(`${holiday} ${name} → ${expected}`, () => {
      const fsd = addDays(holiday, -294);
      const step = computeTimeline(makeCase([p(fsd)]), fsd).steps.find((s) => s.id === 'melding-42e-week');
      expect(step?.due).toBe(expected);
    });
  }
  it('uses sick days: a merged gap shifts day 295 onto the holiday too', () => {
    // 100 sick days, 21 healthy, then ongoing: day 295 = second start + 194.
    const second = addDays('2026-12-25', -194);
    const first = addDays(second, -121);
    const t = computeTimeline(makeCase([p(first, addDays(first, 99)), p(second)]), second);
    expect(t.steps.find((s) => s.id === 'melding-42e-week')?.due).toBe('2026-12-28');
  });
});
