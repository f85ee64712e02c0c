// The demo seed: invented people with roles, a case in week 7 and one in week 41 relative to the day given,
// idempotent, and both cases consistent with the engine.
import { describe, expect, it } from 'vitest';
import { stepStatus } from '../../src/app/index.js';
import { actorFor } from '../../src/app/identity.js';
import { amsterdamInstant } from '../../src/core/calendar/amsterdam.js';
import { DEMO_EMPLOYER_ID, DEMO_PEOPLE, seedDemo } from '../../src/demo/seed.js';
import { openStore } from '../../src/store/index.js';

describe('seedDemo', () => {
  it.each(['2026-05-04', '2027-01-01'])('seeds relative to %s: week 7 with a probleemanalyse, week 41 before the 42nd-week notification', (day) => {
    const store = openStore(':memory:');
    try {
      expect(seedDemo(store, day)).toEqual({ employerId: DEMO_EMPLOYER_ID, createdPeople: 7, createdCases: 2 });
      expect(seedDemo(store, day)).toEqual({ employerId: DEMO_EMPLOYER_ID, createdPeople: 0, createdCases: 0 });
      expect(store.people.listByEmployer(DEMO_EMPLOYER_ID).map((p) => p.name).sort()).toEqual(DEMO_PEOPLE.map((p) => p.name).sort());
      expect(store.roles.holders(DEMO_EMPLOYER_ID, 'casemanager')).toEqual(['demo-sanne']);
      const ctx = { store, now: amsterdamInstant(day, '09:00') };
      const hr = actorFor(store, store.people.get('demo-piet')!);
      const jan = stepStatus(ctx, hr, { employeeRef: 'demo-jan' });
      expect(jan.case.weekOfIllness).toBe(7);
      expect(jan.overdue).toEqual([]);
      expect(store.cases.listByEmployee('demo-jan')[0].records.map((r) => r.stepId)).toContain('probleemanalyse');
      const fatima = stepStatus(ctx, hr, { employeeRef: 'demo-fatima' });
      expect(fatima.case.weekOfIllness).toBe(41);
      expect(fatima.overdue).toEqual([]);
      expect(fatima.next[0].id).toBe('melding-42e-week');
      expect(store.cases.listByEmployer(DEMO_EMPLOYER_ID).every((c) => c.nextDue !== null)).toBe(true);
    } finally {
      store.close();
    }
  });
});
