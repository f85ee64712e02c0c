import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSickness } from '../../src/app/sickness.js';
import { completeStep, deviate, markNotApplicable } from '../../src/app/steps.js';
import { advisePlan, agreePlan, planAdviceOf } from '../../src/app/plan.js';
import { stepStatus } from '../../src/app/status.js';
import { ConcurrencyError, MedicalDataRefused, NotAllowedError, ValidationError } from '../../src/app/errors.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import type { Store } from '../../src/ports/store.js';
import { openStore } from '../../src/store/index.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
let caseId: string;
beforeEach(() => {
  w = world();
  caseId = reportSickness(w.at('2025-01-06'), w.actor(P.piet), intake(P.anna, '2025-01-06') as unknown as IntakeInput).case.id;
  w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId });
});
afterEach(() => w.cleanup());

const day = '2025-02-20';

describe('completeStep', () => {
  it('marks a step done with its date, audits with the step id and moves nextDue on', () => {
    const before = w.store.cases.get(caseId)!;
    completeStep(w.at(day), w.actor(P.piet), caseId, 'ziekmelding-werkgever', { date: '2025-01-06' });
    const r = completeStep(w.at(day), w.actor(P.piet), caseId, 'ziekmelding-arbodienst', { date: '2025-01-08', expectedVersion: before.version + 1 });
    expect(r.step).toMatchObject({ id: 'ziekmelding-arbodienst', status: 'done', doneOn: '2025-01-08' });
    expect(r.case.version).toBe(before.version + 2);
    expect(r.case.records.map((x) => [x.stepId, x.kind, x.recordedBy])).toEqual([
      ['ziekmelding-werkgever', 'done', P.piet], // recorded by the sick report itself
      ['ziekmelding-werkgever', 'done', P.piet], ['ziekmelding-arbodienst', 'done', P.piet],
    ]);
    // probleemanalyse (2025-02-16) is now the earliest open step and overdue
    expect(w.store.cases.get(caseId)!.nextDue).toBe('2025-02-16');
    expect(w.store.audit.list({ caseId }).at(-1)).toMatchObject({ action: 'step.complete', stepId: 'ziekmelding-arbodienst', allowed: true });
  });

  it('appends a record per meeting for recurring steps and rolls the next date on', () => {
    completeStep(w.at('2025-04-20'), w.actor(P.piet), caseId, 'voortgangsgesprek', { date: '2025-04-10' });
    const r = completeStep(w.at('2025-05-30'), w.actor(P.anna), caseId, 'voortgangsgesprek', { date: '2025-05-22' });
    expect(r.case.records.filter((x) => x.stepId === 'voortgangsgesprek')).toHaveLength(2);
    expect(r.step.due).toBe('2025-07-03'); // 2025-05-22 + 42
  });

  it('refuses someone not responsible (audited) and checks the date', () => {
    expect(() => completeStep(w.at(day), w.actor(P.ellen), caseId, 'probleemanalyse', { date: day })).toThrow(NotAllowedError);
    expect(w.store.audit.list({ actorPersonId: P.ellen }).at(-1)).toMatchObject({ allowed: false, stepId: 'probleemanalyse', reason: 'refused.not-step-responsible' });
    expect(() => completeStep(w.at(day), w.actor(P.piet), caseId, 'probleemanalyse', { date: '2025-02-21' })).toThrow(ValidationError);
    expect(() => completeStep(w.at(day), w.actor(P.piet), caseId, 'probleemanalyse', { date: '2024-12-31' })).toThrow(ValidationError);
    expect(() => completeStep(w.at(day), w.actor(P.fatima), caseId, 'melding-verzekeraar', { date: day })).toThrow(ValidationError);
  });

  it('lets a bedrijfsarts complete the probleemanalyse', () => {
    const r = completeStep(w.at(day), w.actor(P.bert), caseId, 'probleemanalyse', { date: '2025-02-14' });
    expect(r.step.status).toBe('done');
  });

  it('detects a conflicting update: the second person acting on the same version is asked to retry', () => {
    const seen = stepStatus(w.at(day), w.actor(P.piet), { caseId }).case.version;
    completeStep(w.at(day), w.actor(P.piet), caseId, 'probleemanalyse', { date: '2025-02-14', expectedVersion: seen });
    expect(() => completeStep(w.at(day), w.actor(P.jan), caseId, 'ziekmelding-arbodienst', { date: '2025-01-10', expectedVersion: seen }))
      .toThrow(ConcurrencyError);
    expect(w.store.cases.get(caseId)!.records.map((r) => r.stepId)).toEqual(['ziekmelding-werkgever', 'probleemanalyse']);
  });
});

describe('a write racing another connection', () => {
  it('fails with ConcurrencyError instead of losing the other update', () => {
    const other = openStore(w.path);
    try {
      // Another process writes the case right after this one read it.
      const cases = new Proxy(w.store.cases, {
        get(t, p) {
          if (p === 'get') return (id: string) => { const c = t.get(id); if (c) other.cases.update(c); return c; };
          const v = Reflect.get(t, p);
          return typeof v === 'function' ? v.bind(t) : v;
        },
      });
      const racing = new Proxy(w.store, {
        get(t, p) {
          if (p === 'cases') return cases;
          const v = Reflect.get(t, p);
          return typeof v === 'function' ? v.bind(t) : v;
        },
      }) as Store;
      expect(() => completeStep({ store: racing, now: w.at(day).now }, w.actor(P.piet), caseId, 'probleemanalyse', { date: '2025-02-14' }))
        .toThrow(ConcurrencyError);
      expect(w.store.cases.get(caseId)!.records.map((r) => r.stepId)).toEqual(['ziekmelding-werkgever']);
      expect(w.store.cases.get(caseId)!.version).toBe(2);
    } finally { other.close(); }
  });
});

describe('markNotApplicable and deviate', () => {
  it('keeps a not-applicable reason as evidence', () => {
    const r = markNotApplicable(w.at(day), w.actor(P.jan), caseId, 'spoor-2', { reason: 'Concreet uitzicht op terugkeer in eigen werk binnen 3 maanden' });
    expect(r.step.status).toBe('not-applicable');
    expect(r.step.reason).toMatch(/uitzicht/);
    expect(() => markNotApplicable(w.at(day), w.actor(P.jan), caseId, 'spoor-2', { reason: '   ' })).toThrow(ValidationError);
  });

  it('records a motivated deviation to a later date, and refuses an earlier one', () => {
    completeStep(w.at(day), w.actor(P.piet), caseId, 'ziekmelding-werkgever', { date: '2025-01-06' });
    completeStep(w.at(day), w.actor(P.piet), caseId, 'ziekmelding-arbodienst', { date: '2025-01-08' });
    expect(w.store.cases.get(caseId)!.nextDue).toBe('2025-02-16');
    const r = deviate(w.at(day), w.actor(P.fatima), caseId, 'probleemanalyse', { newDate: '2025-03-01', reason: 'Bedrijfsarts pas beschikbaar op 1 maart' });
    expect(r.step).toMatchObject({ status: 'deviated', due: '2025-03-01', legalDue: '2025-02-16' });
    expect(() => deviate(w.at(day), w.actor(P.fatima), caseId, 'probleemanalyse', { newDate: '2025-02-28', reason: 'Andere planning' }))
      .toThrow(ValidationError);
    // next: plan-van-aanpak 2025-03-02 − 7 = Sunday 02-23 → reminded on Friday 02-21
    expect(w.store.cases.get(caseId)!.nextDue).toBe('2025-02-21');
  });

  it('refuses a medical reason and stores nothing of it', () => {
    const before = w.store.cases.get(caseId)!;
    let err: unknown;
    try {
      deviate(w.at(day), w.actor(P.fatima), caseId, 'probleemanalyse', { newDate: '2025-03-01', reason: 'Ze heeft een burn-out en zit bij de psycholoog' });
    } catch (e) { err = e; }
    expect(err).toBeInstanceOf(MedicalDataRefused);
    expect((err as MedicalDataRefused).fields).toEqual(['reason']);
    expect(w.store.cases.get(caseId)!.version).toBe(before.version);
    w.store.close();
    expect(w.dbBytes()).not.toContain('psycholoog');
    expect(w.dbBytes()).not.toContain('burn-out');
  });
});

describe('plan van aanpak', () => {
  it('is agreed by employer or employee side, never by the casemanager, who advises', () => {
    let refusal: unknown;
    try {
      completeStep(w.at(day), w.actor(P.jan), caseId, 'plan-van-aanpak', { date: day });
    } catch (e) { refusal = e; }
    expect(refusal).toBeInstanceOf(NotAllowedError);
    expect((refusal as NotAllowedError).reason).toBe('refused.casemanager-cannot-agree-plan');
    expect((refusal as NotAllowedError).userMessage.nl).toMatch(/adviseer/);
    expect(w.store.audit.list({ actorPersonId: P.jan }).at(-1)).toMatchObject({
      action: 'plan.agree', allowed: false, reason: 'refused.casemanager-cannot-agree-plan',
    });
    const advice = advisePlan(w.at(day), w.actor(P.jan), caseId, { date: day });
    expect(advice.advice).toEqual([expect.objectContaining({ personId: P.jan, date: day })]);
    expect(planAdviceOf(w.at(day), caseId)).toHaveLength(1);
    expect(() => advisePlan(w.at(day), w.actor(P.piet), caseId, { date: day })).toThrow(NotAllowedError);
    const r = agreePlan(w.at(day), w.actor(P.piet), caseId, { date: day });
    expect(r.step).toMatchObject({ id: 'plan-van-aanpak', status: 'done', doneOn: day });
    const viaComplete = completeStep(w.at(day), w.actor(P.anna), caseId, 'plan-van-aanpak', { date: day });
    expect(viaComplete.step.status).toBe('done');
  });
});
