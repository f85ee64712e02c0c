// The stored reminder schedule is only sound if it does not depend on the day it was computed: checked here
// against the engine on random cases, records (done, not applicable, deviated) and as-of dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../src/core/calendar/isoDate.js';
import type { SickPeriod, StepRecord } from '../../../src/core/cases/types.js';
import { computeTimeline } from '../../../src/core/timeline/engine.js';
import { reminderDueDate } from '../../../src/core/timeline/reminderDue.js';
import { packSchedule, reminderSchedule, SCHEDULE_DERIVATION, unpackSchedule } from '../../../src/core/timeline/schedule.js';
import { STEP_IDS, type StepId } from '../../../src/core/timeline/stepIds.js';
import { makeCase, p } from './helpers.js';

const DAY0 = toDayNumber('2024-01-01');

const recordArb = fc.oneof(
  fc.record({ stepId: fc.constantFrom(...STEP_IDS), kind: fc.constant('done' as const), after: fc.integer({ min: 0, max: 800 }) }),
  fc.record({ stepId: fc.constantFrom(...STEP_IDS), kind: fc.constant('not-applicable' as const), after: fc.constant(0) }),
  fc.record({ stepId: fc.constantFrom(...STEP_IDS), kind: fc.constant('deviated' as const), after: fc.integer({ min: 0, max: 800 }) }),
);

const caseArb = fc.record({
  first: fc.integer({ min: DAY0, max: DAY0 + 900 }),
  length: fc.option(fc.integer({ min: 1, max: 800 }), { nil: null }),
  earlier: fc.option(fc.record({ length: fc.integer({ min: 1, max: 60 }), gap: fc.integer({ min: 1, max: 40 }) }), { nil: null }),
  records: fc.array(recordArb, { maxLength: 8 }),
  safetyNet: fc.constantFrom('yes' as const, 'no' as const, 'undisclosed' as const),
  insured: fc.boolean(),
  noLastingCapacity: fc.boolean(),
  loonsanctie: fc.integer({ min: 0, max: 52 }),
  verlenging: fc.integer({ min: 0, max: 52 }),
});

type CaseShape = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: CaseShape) {
  const periods: SickPeriod[] = [];
  if (s.earlier) {
    const start = s.first - s.earlier.gap - s.earlier.length;
    periods.push({ start: fromDayNumber(start), end: fromDayNumber(start + s.earlier.length - 1) });
  }
  periods.push({ start: fromDayNumber(s.first), end: s.length === null ? null : fromDayNumber(s.first + s.length - 1) });
  const records: StepRecord[] = s.records.map((r) => {
    const date = fromDayNumber(s.first + r.after);
    if (r.kind === 'done') return { stepId: r.stepId, kind: 'done', date };
    if (r.kind === 'not-applicable') return { stepId: r.stepId, kind: 'not-applicable', reason: 'reden' };
    return { stepId: r.stepId, kind: 'deviated', newDate: date, reason: 'reden' };
  });
  return makeCase(periods, {
    records, safetyNet: s.safetyNet, employer: { insured: s.insured, ownRiskZiektewet: false },
    noLastingCapacity: s.noLastingCapacity, loonsanctieWeeks: s.loonsanctie, verlengingWeeks: s.verlenging,
  });
}

const engineSchedule = (tc: ReturnType<typeof makeCase>, asOf: string) =>
  computeTimeline(tc, asOf).steps.flatMap((s) => {
    const due = reminderDueDate(s);
    return due === null ? [] : [{ stepId: s.id, due }];
  });

describe('reminderSchedule', () => {
  it('equals what the engine asks action for on any as-of date (2,000 random cases)', () => {
    fc.assert(fc.property(caseArb, fc.array(fc.integer({ min: -30, max: 1200 }), { minLength: 3, maxLength: 3 }), (s, offsets) => {
      const tc = build(s);
      const schedule = reminderSchedule(tc);
      for (const off of offsets) expect(engineSchedule(tc, fromDayNumber(s.first + off))).toEqual(schedule);
    }), { numRuns: 2000 });
  });

  it('lists the open steps of a fresh case and drops a step once it is done', () => {
    const fresh = makeCase([p('2026-02-02')]);
    const ids = reminderSchedule(fresh).map((s) => s.stepId);
    expect(ids).toContain('probleemanalyse');
    expect(ids).not.toContain('einde-wachttijd'); // a milestone: nobody acts on it
    const done = makeCase([p('2026-02-02')], { records: [{ stepId: 'probleemanalyse' as StepId, kind: 'done', date: '2026-03-01' }] });
    expect(reminderSchedule(done).map((s) => s.stepId)).not.toContain('probleemanalyse');
  });

  it('packs into numbers and back, and unpacks up to a day', () => {
    const steps = reminderSchedule(makeCase([p('2026-02-02')]));
    const packed = packSchedule(steps);
    expect(packed.every((n) => Number.isInteger(n))).toBe(true);
    expect(unpackSchedule(packed)).toEqual(steps);
    expect(unpackSchedule(packed, toDayNumber('2026-03-31')).every((x) => x.due <= '2026-03-31')).toBe(true);
    expect(unpackSchedule(packed, toDayNumber('2026-03-31')).length).toBeLessThan(steps.length);
  });

  it('names the rules it was derived with', () => {
    expect(SCHEDULE_DERIVATION).toMatch(/^\d+:[0-9a-f]{8}$/);
  });
});
