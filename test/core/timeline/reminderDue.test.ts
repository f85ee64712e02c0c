import { describe, expect, it } from 'vitest';
import { reminderDueDate } from '../../../src/core/timeline/reminderDue.js';
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
