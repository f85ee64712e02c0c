import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../../src/core/timeline/engine.js';
import { nextDueOf, reminderCheckDay, reminderDueDate } from '../../../src/core/timeline/reminderDue.js';
import type { StepStatus, TimelineStep } from '../../../src/core/timeline/types.js';
import { makeCase, p, stepsOf } from './helpers.js';

describe('reminderDueDate', () => {
  it('gives the effective due date of steps that still need action', () => {
    const c = makeCase([p('2025-01-06')], {
      records: [
        { stepId: 'probleemanalyse', kind: 'deviated', newDate: '2025-03-01', reason: 'later' },
        { stepId: 'ziekmelding-werkgever', kind: 'done', date: '2025-01-06' },
        { stepId: 'spoor-2', kind: 'not-applicable', reason: 'pensioen' },
      ],
    });
    const s = stepsOf(c, '2025-02-20');
    expect(reminderDueDate(s.probleemanalyse!)).toBe('2025-03-01');
    expect(reminderDueDate(s['ziekmelding-arbodienst']!)).toBe('2025-01-12'); // overdue
    expect(reminderDueDate(s['plan-van-aanpak']!)).toBe('2025-03-02');
    expect(reminderDueDate(s['ziekmelding-werkgever']!)).toBeNull();
    expect(reminderDueDate(s['spoor-2']!)).toBeNull();
    expect(reminderDueDate(s['einde-wachttijd']!)).toBeNull(); // milestone: nobody to remind
    expect(reminderDueDate(s['vervroegde-iva']!)).toBeNull(); // no bedrijfsarts judgement
  });
  it('gives nothing for steps of a case that closed before them', () => {
    expect(reminderDueDate(stepsOf(makeCase([p('2025-01-06', '2025-01-08')]), '2025-01-09').probleemanalyse!)).toBeNull();
  });
});

/** A hand-made step (only the fields the reminder rules read matter). */
function step(due: string, status: StepStatus, responsible: TimelineStep['responsible'] = ['manager']): TimelineStep {
  return { id: 'probleemanalyse', due, legalDue: due, windowStart: null, status, responsible, basis: '' };
}

describe('reminderCheckDay', () => {
  it('is seven days before the due date, moved back to the last working day on or before it', () => {
    expect(reminderCheckDay(step('2025-03-12', 'open'))).toBe('2025-03-05'); // Wed → Wed
    expect(reminderCheckDay(step('2025-03-09', 'due-soon'))).toBe('2025-02-28'); // Sun − 7 = Sun → Fri
    expect(reminderCheckDay(step('2026-01-01', 'open'))).toBe('2025-12-24'); // − 7 = Eerste Kerstdag → Wed
    expect(reminderCheckDay(step('2025-05-05', 'deviated'))).toBe('2025-04-28'); // a deviation's date counts like any
  });
  it('is the due date itself for an overdue step, working day or not', () => {
    expect(reminderCheckDay(step('2025-01-12', 'overdue'))).toBe('2025-01-12');
  });
  it('is null for steps nobody has to act on', () => {
    for (const s of ['done', 'not-applicable', 'not-due'] as const) expect(reminderCheckDay(step('2025-03-12', s))).toBeNull();
    expect(reminderCheckDay(step('2025-03-12', 'open', []))).toBeNull();
  });
});

describe('nextDueOf', () => {
  const t = (...steps: TimelineStep[]) => ({ firstSickDay: '2025-01-06', weekOfIllness: 7, steps });
  it('is the earliest check day over the open steps', () => {
    expect(nextDueOf(t(step('2025-03-12', 'open'), step('2025-03-09', 'due-soon'), step('2025-01-01', 'done')))).toBe('2025-02-28');
    expect(nextDueOf(t(step('2025-03-12', 'open'), step('2025-02-10', 'overdue')))).toBe('2025-02-10');
    expect(nextDueOf(t(step('2025-03-01', 'open', []), step('2025-01-01', 'not-applicable')))).toBeNull();
    expect(nextDueOf(t())).toBeNull();
  });
  it('agrees with the engine on a real case', () => {
    const c = makeCase([p('2025-01-06')], { records: [{ stepId: 'ziekmelding-arbodienst', kind: 'done', date: '2025-01-08' }] });
    const timeline = computeTimeline(c, '2025-01-20');
    const days = timeline.steps.map(reminderCheckDay).filter((d): d is string => d !== null).sort();
    expect(nextDueOf(timeline)).toBe(days[0]);
    expect(days.length).toBeGreaterThan(0);
  });
});
