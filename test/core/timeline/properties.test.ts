import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../src/core/calendar/isoDate.js';
import type { SickPeriod, StepRecord } from '../../../src/core/cases/types.js';
import { STEP_CATALOG } from '../../../src/core/timeline/catalog.js';
import { computeTimeline } from '../../../src/core/timeline/engine.js';
import type { StepId } from '../../../src/core/timeline/stepIds.js';
import { makeCase } from './helpers.js';

const RUNS = { numRuns: 300 };
const DAY0 = toDayNumber('2020-01-01');

/** Periods from a first day, lengths and healthy gaps; the last one is ongoing when `open`. */
function build(first: number, lengths: number[], gaps: number[], open: boolean): SickPeriod[] {
  const out: SickPeriod[] = [];
  let start = first;
  lengths.forEach((len, i) => {
    const isLast = i === lengths.length - 1;
    const end = start + len - 1;
    out.push({ start: fromDayNumber(start), end: isLast && open ? null : fromDayNumber(end) });
    start = end + 1 + (gaps[i] ?? 0);
  });
  return out;
}

const shape = (maxGap: number) =>
  fc.record({
    first: fc.integer({ min: DAY0, max: DAY0 + 4000 }),
    lengths: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 4 }),
    gaps: fc.array(fc.integer({ min: 0, max: maxGap }), { minLength: 4, maxLength: 4 }),
    open: fc.boolean(),
  });

const asOfArb = fc.integer({ min: DAY0, max: DAY0 + 5000 }).map(fromDayNumber);

// Steps whose due date is a plain sick-day count (no recorded dates, no working-day rounding).
const PLAIN: StepId[] = (Object.keys(STEP_CATALOG) as StepId[]).filter((id) => ['dayOfIllness', 'window'].includes(STEP_CATALOG[id].timing.kind));

describe('timeline invariants (fast-check)', () => {
  it('no deadline or window starts before the first sick day', () => {
    const recordArb = fc.array(
      fc.record({
        stepId: fc.constantFrom<StepId>('probleemanalyse', 'plan-van-aanpak', 'voortgangsgesprek', 'spreekuur-bedrijfsarts', 'eerstejaarsevaluatie'),
        after: fc.integer({ min: 0, max: 500 }),
      }),
      { maxLength: 5 },
    );
    fc.assert(fc.property(shape(60), recordArb, fc.integer({ min: 0, max: 52 }), fc.integer({ min: 0, max: 52 }), asOfArb, (s, recs, ls, vl, asOf) => {
      const periods = build(s.first, s.lengths, s.gaps, s.open);
      const fsdGuess = computeTimeline(makeCase(periods), asOf).firstSickDay;
      const records: StepRecord[] = recs.map((r) => ({ stepId: r.stepId, kind: 'done', date: fromDayNumber(toDayNumber(fsdGuess) + r.after) }));
      const t = computeTimeline(makeCase(periods, { records, loonsanctieWeeks: ls, verlengingWeeks: vl, safetyNet: 'yes', employer: { insured: true, ownRiskZiektewet: false } }), asOf);
      for (const step of t.steps) {
        expect(step.due >= t.firstSickDay, step.id).toBe(true);
        if (step.windowStart) expect(step.windowStart >= t.firstSickDay && step.windowStart <= step.due, step.id).toBe(true);
      }
    }), RUNS);
  });

  it('inserting healthy days between merged periods moves later plain deadlines by exactly those days', () => {
    const arb = shape(27).chain((s) =>
      fc.record({
        s: fc.constant(s),
        at: fc.integer({ min: 0, max: Math.max(0, s.lengths.length - 2) }),
        extra: fc.integer({ min: 1, max: 27 }),
      }),
    ).filter(({ s, at, extra }) => s.lengths.length >= 2 && s.gaps[at] + extra < 28);
    fc.assert(fc.property(arb, ({ s, at, extra }) => {
      const before = build(s.first, s.lengths, s.gaps, s.open);
      const gaps = [...s.gaps];
      gaps[at] += extra;
      const after = build(s.first, s.lengths, gaps, s.open);
      const cut = before[at].end!; // last sick day before the widened gap
      const a = Object.fromEntries(computeTimeline(makeCase(before), '2020-01-01').steps.map((x) => [x.id, x]));
      const b = Object.fromEntries(computeTimeline(makeCase(after), '2020-01-01').steps.map((x) => [x.id, x]));
      expect(b['ziekmelding-werkgever'].due).toBe(a['ziekmelding-werkgever'].due);
      for (const id of PLAIN) {
        if (!a[id]) continue;
        for (const field of ['due', 'windowStart'] as const) {
          const old = a[id][field];
          if (old === null) continue;
          const shift = old > cut ? extra : 0;
          expect(b[id][field], `${id}.${field}`).toBe(fromDayNumber(toDayNumber(old) + shift));
        }
      }
    }), RUNS);
  });

  it('the order in which periods are given does not matter', () => {
    fc.assert(fc.property(shape(60), asOfArb, fc.integer(), (s, asOf, seed) => {
      const periods = build(s.first, s.lengths, s.gaps, s.open);
      const shuffled = [...periods].sort((x, y) => ((x.start.charCodeAt(9) * 31 + seed) % 7) - ((y.start.charCodeAt(9) * 31 + seed) % 7));
      expect(computeTimeline(makeCase(shuffled), asOf)).toEqual(computeTimeline(makeCase(periods), asOf));
      expect(computeTimeline(makeCase([...periods].reverse()), asOf)).toEqual(computeTimeline(makeCase(periods), asOf));
    }), RUNS);
  });
});
