import { describe, expect, it } from 'vitest';
import type { StepRecord } from '../../../src/core/cases/types.js';
import { computeTimeline } from '../../../src/core/timeline/engine.js';
import { makeCase, p, stepsOf } from './helpers.js';

const FSD = [p('2025-01-06')];
const withRecords = (records: StepRecord[]) => makeCase(FSD, { records });

describe('statuses as of a date', () => {
  it('open, due-soon within 7 days (incl. the day itself), overdue after', () => {
    const c = makeCase(FSD);
    expect(stepsOf(c, '2025-02-08').probleemanalyse?.status).toBe('open'); // 8 days before
    expect(stepsOf(c, '2025-02-09').probleemanalyse?.status).toBe('due-soon'); // 7 days before
    expect(stepsOf(c, '2025-02-16').probleemanalyse?.status).toBe('due-soon');
    expect(stepsOf(c, '2025-02-17').probleemanalyse?.status).toBe('overdue');
  });
  it('done with its date; the due date stays the legal one', () => {
    const s = stepsOf(withRecords([{ stepId: 'probleemanalyse', kind: 'done', date: '2025-02-20' }]), '2025-03-01').probleemanalyse;
    expect(s).toMatchObject({ status: 'done', doneOn: '2025-02-20', due: '2025-02-16', legalDue: '2025-02-16' });
  });
  it('not applicable with its reason', () => {
    const s = stepsOf(withRecords([{ stepId: 'spoor-2', kind: 'not-applicable', reason: 'terugkeer binnen 3 maanden' }]), '2026-03-01')['spoor-2'];
    expect(s).toMatchObject({ status: 'not-applicable', reason: 'terugkeer binnen 3 maanden', due: '2026-02-15' });
  });
  it('a motivated deviation replaces due, keeps legalDue and the reason: deviated until the new date, overdue after', () => {
    const c = withRecords([{ stepId: 'probleemanalyse', kind: 'deviated', newDate: '2025-03-01', reason: 'bedrijfsarts pas later beschikbaar' }]);
    expect(stepsOf(c, '2025-02-20').probleemanalyse).toMatchObject({
      status: 'deviated', due: '2025-03-01', legalDue: '2025-02-16', reason: 'bedrijfsarts pas later beschikbaar',
    });
    expect(stepsOf(c, '2025-03-01').probleemanalyse?.status).toBe('deviated');
    expect(stepsOf(c, '2025-03-02').probleemanalyse?.status).toBe('overdue');
    // A deviation is not a completion: the plan keeps its rule date (day 56).
    expect(stepsOf(c, '2025-02-20')['plan-van-aanpak']?.due).toBe('2025-03-02');
  });
  it('the latest record wins (deviated, then done)', () => {
    const c = withRecords([
      { stepId: 'probleemanalyse', kind: 'deviated', newDate: '2025-03-01', reason: 'later' },
      { stepId: 'probleemanalyse', kind: 'done', date: '2025-02-27' },
    ]);
    expect(stepsOf(c, '2025-03-05').probleemanalyse).toMatchObject({ status: 'done', due: '2025-02-16', doneOn: '2025-02-27' });
  });
  it('milestones are done once their day has passed', () => {
    const c = makeCase(FSD);
    expect(stepsOf(c, '2027-01-03')['einde-wachttijd']?.status).toBe('due-soon');
    expect(stepsOf(c, '2027-01-04')['einde-wachttijd']).toMatchObject({ status: 'done', doneOn: '2027-01-03', responsible: [] });
  });
});

describe('not-due: the case closed before the step’s date', () => {
  it('a three-day flu gets no probleemanalyse, but a missed first-day report stays overdue', () => {
    const t = computeTimeline(makeCase([p('2025-01-06', '2025-01-08')]), '2025-03-01');
    const s = Object.fromEntries(t.steps.map((x) => [x.id, x]));
    expect(t.weekOfIllness).toBeNull();
    expect(s['ziekmelding-werkgever'].status).toBe('overdue');
    expect(s['ziekmelding-arbodienst'].status).toBe('not-due');
    expect(s.probleemanalyse.status).toBe('not-due');
    expect(s['einde-wachttijd'].status).toBe('not-due');
    expect(t.steps.filter((x) => x.status === 'not-due').length).toBe(t.steps.length - 2); // all but day 1 and vervroegde-iva
    expect(s['vervroegde-iva'].status).toBe('not-applicable');
  });
  it('not-due also before the case has closed when its end is already known and precedes the date', () => {
    expect(stepsOf(makeCase([p('2025-01-06', '2025-02-10')]), '2025-01-20').probleemanalyse?.status).toBe('not-due');
  });
  it('uses the window start for windowed steps', () => {
    // Closed on sick day 320 (inside the first-year window, which starts on day 316).
    const inside = stepsOf(makeCase([p('2025-01-06', '2025-11-21')]), '2025-12-01').eerstejaarsevaluatie;
    expect(inside?.status).toBe('open');
    // Closed on sick day 300: before the window starts.
    const before = stepsOf(makeCase([p('2025-01-06', '2025-11-01')]), '2025-12-01');
    expect(before.eerstejaarsevaluatie?.status).toBe('not-due');
    expect(before['melding-42e-week']?.status).toBe('overdue'); // due 2025-10-27, case still open then
  });
  it('a 42nd-week date pushed past the end of the case by the working-day rule is not due', () => {
    // FSD 2026-09-05: day 295 = Saturday 2027-06-26; the case ends that day.
    expect(stepsOf(makeCase([p('2026-09-05', '2027-06-26')]), '2027-07-01')['melding-42e-week']?.status).toBe('not-due');
  });
  it('recorded steps keep their record status even after the case closed', () => {
    const c = makeCase([p('2025-01-06', '2025-01-20')], { records: [{ stepId: 'probleemanalyse', kind: 'done', date: '2025-01-15' }] });
    expect(stepsOf(c, '2025-03-01').probleemanalyse?.status).toBe('done');
  });
});

describe('rolling rules fed by recorded dates', () => {
  it('plan van aanpak = probleemanalyse + 14; casemanager follows the plan; spreekuur = probleemanalyse + 91', () => {
    const s = stepsOf(withRecords([{ stepId: 'probleemanalyse', kind: 'done', date: '2025-02-10' }]), '2025-02-11');
    expect(s['plan-van-aanpak']?.due).toBe('2025-02-24');
    expect(s['casemanager-aanwijzen']?.due).toBe('2025-02-24');
    expect(s['spreekuur-bedrijfsarts']?.due).toBe('2025-05-12');
    expect(s.voortgangsgesprek?.due).toBe('2025-04-07'); // plan due + 42
    expect(s['financiele-voorlichting']?.due).toBe('2025-03-02'); // plain day 56, not rolling
  });
  it('voortgangsgesprek: plan date recorded + 42, then the latest recorded talk + 42', () => {
    const plan: StepRecord = { stepId: 'plan-van-aanpak', kind: 'done', date: '2025-02-20' };
    expect(stepsOf(withRecords([plan]), '2025-03-01').voortgangsgesprek?.due).toBe('2025-04-03');
    const talks = withRecords([
      plan,
      { stepId: 'voortgangsgesprek', kind: 'done', date: '2025-05-10' },
      { stepId: 'voortgangsgesprek', kind: 'done', date: '2025-04-01' },
    ]);
    const v = stepsOf(talks, '2025-06-01').voortgangsgesprek;
    expect(v).toMatchObject({ due: '2025-06-21', lastDoneOn: '2025-05-10', status: 'open' });
    expect(v?.doneOn).toBeUndefined();
    expect(stepsOf(talks, '2025-06-22').voortgangsgesprek?.status).toBe('overdue');
  });
  it('spreekuur: the latest recorded spreekuur + 91', () => {
    const c = withRecords([
      { stepId: 'probleemanalyse', kind: 'done', date: '2025-02-10' },
      { stepId: 'spreekuur-bedrijfsarts', kind: 'done', date: '2025-05-01' },
    ]);
    expect(stepsOf(c, '2025-05-02')['spreekuur-bedrijfsarts']?.due).toBe('2025-07-31');
  });
  it('spoor 2 = eerstejaarsevaluatie + 42 when recorded, else day 364 + 42', () => {
    expect(stepsOf(makeCase(FSD), '2025-12-01')['spoor-2']?.due).toBe('2026-02-15');
    const c = withRecords([{ stepId: 'eerstejaarsevaluatie', kind: 'done', date: '2025-12-01' }]);
    const s = stepsOf(c, '2025-12-02');
    expect(s['spoor-2']?.due).toBe('2026-01-12');
    expect(s.eerstejaarsevaluatie).toMatchObject({ status: 'done', windowStart: '2025-11-17', due: '2026-01-04' });
  });
  it('a deviated recurring talk applies to the next one, and a later completion consumes it', () => {
    const dev: StepRecord = { stepId: 'voortgangsgesprek', kind: 'deviated', newDate: '2025-04-30', reason: 'vakantie' };
    expect(stepsOf(withRecords([dev]), '2025-04-20').voortgangsgesprek).toMatchObject({ status: 'deviated', due: '2025-04-30', legalDue: '2025-04-13' });
    const after = withRecords([dev, { stepId: 'voortgangsgesprek', kind: 'done', date: '2025-04-29' }]);
    expect(stepsOf(after, '2025-05-01').voortgangsgesprek).toMatchObject({ status: 'open', due: '2025-06-10' });
  });
});

describe('judgement and decision conditions', () => {
  it('vervroegde IVA is a signal only with the bedrijfsarts judgement', () => {
    expect(stepsOf(makeCase(FSD), '2025-06-01')['vervroegde-iva']).toMatchObject({ status: 'not-applicable', windowStart: '2025-01-27', due: '2026-04-26' });
    expect(stepsOf(makeCase(FSD, { noLastingCapacity: true }), '2025-06-01')['vervroegde-iva']?.status).toBe('open');
  });
  it('ingebrekestelling UWV lapses once the WIA decision is recorded', () => {
    expect(stepsOf(makeCase(FSD), '2026-12-20')['ingebrekestelling-uwv']?.status).toBe('overdue');
    const decided = makeCase(FSD, { records: [{ stepId: 'wia-beschikking', kind: 'done', date: '2026-12-01' }] });
    expect(stepsOf(decided, '2026-12-20')['ingebrekestelling-uwv']?.status).toBe('not-applicable');
  });
});

describe('output shape', () => {
  it('gives responsible roles and the Dutch basis line', () => {
    const s = stepsOf(makeCase(FSD), '2025-01-06');
    expect(s['melding-42e-week']).toMatchObject({ responsible: ['manager', 'hr', 'casemanager'], basis: expect.stringContaining('Ziektewet art. 38') });
    expect(s['plan-van-aanpak']?.windowStart).toBeNull();
  });
  it('is pure: same input, same output; the input is not changed', () => {
    const c = makeCase([p('2025-05-05'), p('2025-03-03', '2025-04-13')], { records: [{ stepId: 'probleemanalyse', kind: 'done', date: '2025-04-10' }] });
    const copy = structuredClone(c);
    const a = computeTimeline(c, '2025-06-01');
    computeTimeline(makeCase([p('2020-01-01')]), '2021-01-01');
    expect(computeTimeline(c, '2025-06-01')).toEqual(a);
    expect(c).toEqual(copy);
  });
});
