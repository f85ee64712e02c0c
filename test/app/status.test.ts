import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSickness } from '../../src/app/sickness.js';
import { checklist, stepStatus } from '../../src/app/status.js';
import { completeStep } from '../../src/app/steps.js';
import { NotAllowedError, NotFoundError } from '../../src/app/errors.js';
import { STEP_IDS } from '../../src/core/timeline/stepIds.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
let caseId: string;
beforeEach(() => {
  w = world();
  caseId = reportSickness(w.at('2025-01-06'), w.actor(P.piet), intake(P.anna, '2025-01-06') as unknown as IntakeInput).case.id;
  completeStep(w.at('2025-01-06'), w.actor(P.piet), caseId, 'ziekmelding-werkgever', { date: '2025-01-06' });
});
afterEach(() => w.cleanup());

describe('stepStatus', () => {
  it('gives the week of illness, overdue steps first, then the next ones with basis and consequence', () => {
    const s = stepStatus(w.at('2025-02-20'), w.actor(P.fatima), { employeeRef: P.anna });
    expect(s.asOf).toBe('2025-02-20');
    expect(s.case).toMatchObject({ caseId, employeeName: 'Anna de Vries', firstSickDay: '2025-01-06', weekOfIllness: 7, open: true });
    expect(s.overdue.map((x) => [x.id, x.due])).toEqual([['ziekmelding-arbodienst', '2025-01-12'], ['probleemanalyse', '2025-02-16']]);
    const plan = s.next.find((x) => x.id === 'plan-van-aanpak')!;
    expect(plan.due).toBe('2025-03-02');
    expect(plan.responsible).toContain('manager');
    expect(plan.basis.nl).toMatch(/Regeling procesgang/);
    expect(plan.consequence.nl.length).toBeGreaterThan(10);
    expect(plan.title.en.length).toBeGreaterThan(3);
    const dues = s.next.map((x) => x.due!);
    expect(dues).toEqual([...dues].sort());
    expect(s.next.every((x) => x.status !== 'done')).toBe(true);
    expect(s.next.find((x) => x.id === 'melding-42e-week')!.due).toBe('2025-10-27');
  });

  it('takes a case id and an as-of date, and audits the read', () => {
    const s = stepStatus(w.at('2025-02-20'), w.actor(P.anna), { caseId }, '2025-01-10');
    expect(s.case.weekOfIllness).toBe(1);
    expect(s.overdue).toEqual([]);
    const last = w.store.audit.list({ caseId }).at(-1)!;
    expect(last).toMatchObject({ actorPersonId: P.anna, action: 'case.read.process', allowed: true, reason: 'allowed.self' });
  });

  it('refuses a colleague without a role on the case (audited), and unknown references', () => {
    expect(() => stepStatus(w.at('2025-02-20'), w.actor(P.ellen), { caseId })).toThrow(NotAllowedError);
    expect(w.store.audit.list({ actorPersonId: P.ellen })).toEqual([
      expect.objectContaining({ action: 'case.read.process', allowed: false, caseId }),
    ]);
    expect(() => stepStatus(w.at('2025-02-20'), w.actor(P.fatima), { caseId: 'c_nope' })).toThrow(NotFoundError);
    expect(() => stepStatus(w.at('2025-02-20'), w.actor(P.fatima), { employeeRef: P.jan })).toThrow(NotFoundError);
  });
});

describe('checklist', () => {
  it('lists every catalog step of the case in catalog order with its state', () => {
    const c = checklist(w.at('2025-02-20'), w.actor(P.piet), { caseId });
    const ids = c.items.map((i) => i.id);
    // not insured, no safety net: those two conditional steps are left out
    expect(ids).toEqual(STEP_IDS.filter((id) => id !== 'melding-verzekeraar' && id !== 'vangnet-melding-uwv'));
    expect(c.items.find((i) => i.id === 'ziekmelding-werkgever')).toMatchObject({ status: 'done', doneOn: '2025-01-06' });
    expect(c.items.find((i) => i.id === 'probleemanalyse')!.status).toBe('overdue');
    expect(c.items.find((i) => i.id === 'wia-beschikking')).toMatchObject({ due: null, status: 'open' });
    expect(c.items.find((i) => i.id === 'izp-fml')!.practice).toBe(true);
  });

  it('refuses a colleague', () => {
    expect(() => checklist(w.at('2025-02-20'), w.actor(P.ellen), { employeeRef: P.anna })).toThrow(NotAllowedError);
  });
});
