// Step actions: buttons (done, not applicable, deviate, show), their forms' submissions with inline errors,
// and typed step commands.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stepIdOf, stepVerbOf } from '../../flows/stepCommand.js';
import { flowWorld, formOf, SLACK, textOf, type FlowWorld } from './helpers.js';

let w: FlowWorld;
let janCase: string;
beforeEach(() => {
  w = flowWorld();
  janCase = w.store.cases.listByEmployee('demo-jan')[0].id;
});
afterEach(() => w.cleanup());

const records = () => w.store.cases.get(janCase)!.records;

describe('step buttons', () => {
  it('marks a step done once; pressing again says it was handled', async () => {
    const value = `${janCase}:casemanager-aanwijzen`;
    expect(textOf(await w.send(SLACK.anna, { kind: 'action', actionId: 'step-done', value }))).toBe('Casemanager aanwijzen staat op klaar, gedaan op ma 4 mei 2026.');
    expect(textOf(await w.send(SLACK.anna, { kind: 'action', actionId: 'step-done', value }))).toBe('Casemanager aanwijzen was al afgehandeld.');
    expect(records().filter((r) => r.stepId === 'casemanager-aanwijzen')).toHaveLength(1);
  });

  it('refuses someone who may not act on the step, kindly', async () => {
    const r = await w.send(SLACK.tom, { kind: 'action', actionId: 'step-done', value: `${janCase}:plan-van-aanpak` });
    expect(textOf(r)).toMatch(/rol|role/i);
    expect(records().some((x) => x.stepId === 'plan-van-aanpak')).toBe(false);
  });

  it('opens the not-applicable form and records a guarded reason', async () => {
    const form = formOf(await w.send(SLACK.sanne, { kind: 'action', actionId: 'step-not-applicable', value: `${janCase}:financiele-voorlichting` }));
    expect(form).toMatchObject({ formId: 'step-not-applicable', context: `${janCase}:financiele-voorlichting` });
    expect(form.fields.map((f) => f.id)).toEqual(['reason']);
    const refused = formOf(await w.send(SLACK.sanne, { kind: 'form-submit', formId: 'step-not-applicable', values: { reason: 'Ze heeft een burn-out' }, context: form.context }));
    expect(refused.errors).toEqual({ reason: 'Hier mag geen gezondheidsinformatie in. Beschrijf alleen werk en afspraken.' });
    expect(JSON.stringify(refused)).not.toMatch(/burn-out/);
    const ok = await w.send(SLACK.sanne, { kind: 'form-submit', formId: 'step-not-applicable', values: { reason: 'Al besproken in het eerste gesprek' }, context: form.context });
    expect(textOf(ok)).toBe('Financiële voorlichting aan de werknemer (week 8) staat op niet van toepassing. De reden is bewaard.');
  });

  it('checks a deviation: reason and date required, the date later than the current one', async () => {
    const form = formOf(await w.send(SLACK.anna, { kind: 'action', actionId: 'step-deviate', value: `${janCase}:plan-van-aanpak` }));
    expect(form.fields.map((f) => f.id)).toEqual(['reason', 'newDate']);
    const empty = formOf(await w.send(SLACK.anna, { kind: 'form-submit', formId: 'step-deviate', values: { reason: '', newDate: 'morgen' }, context: form.context }));
    expect(empty.errors).toEqual({ reason: 'Dit veld is verplicht.', newDate: 'Schrijf de datum als 2026-02-16.' });
    const early = formOf(await w.send(SLACK.anna, { kind: 'form-submit', formId: 'step-deviate', values: { reason: 'Planning', newDate: '2026-05-08' }, context: form.context }));
    expect(early.errors).toEqual({ newDate: 'Een afwijking moet een latere datum hebben dan de huidige termijn.' });
    expect(early.fields.find((f) => f.id === 'newDate')!.initial).toBe('2026-05-08');
    expect(textOf(await w.send(SLACK.anna, { kind: 'form-submit', formId: 'step-deviate', values: { reason: 'Planning', newDate: '2026-05-20' }, context: form.context })))
      .toBe('Plan van aanpak is verplaatst naar wo 20 mei 2026. De reden is bewaard voor het dossier.');
  });

  it('answers a form without a usable context as expired', async () => {
    expect(textOf(await w.send(SLACK.anna, { kind: 'form-submit', formId: 'step-deviate', values: { reason: 'x', newDate: '2026-06-01' } }))).toBe('Dit gesprek is verlopen. Begin gerust opnieuw.');
  });
});

describe('typed step commands', () => {
  it('reads verbs and step names', () => {
    expect(stepVerbOf('Klaar probleemanalyse Jan')).toBe('done');
    expect(stepVerbOf('n.v.t. spoor-2 Jan')).toBe('not-applicable');
    expect(stepVerbOf('status Jan')).toBeUndefined();
    expect(stepIdOf('plan')).toBe('plan-van-aanpak');
    expect(stepIdOf('spreekuur')).toBe('spreekuur-bedrijfsarts');
    expect(stepIdOf('wia')).toBeUndefined();
    expect(stepIdOf('pre-wia')).toBeUndefined();
  });

  it('completes, opens forms, and explains usage', async () => {
    expect(textOf(await w.send(SLACK.anna, { kind: 'text', text: 'klaar casemanager-aanwijzen voor Jan' }))).toContain('staat op klaar');
    expect(formOf(await w.send(SLACK.anna, { kind: 'text', text: 'afwijken plan Jan Bakker' })).formId).toBe('step-deviate');
    expect(textOf(await w.send(SLACK.anna, { kind: 'text', text: 'klaar' }))).toMatch(/^Zo werk je een stap bij/);
    expect(textOf(await w.send(SLACK.anna, { kind: 'text', text: 'klaar vakantie Jan' }))).toBe('Die stap ken ik niet. In de checklist staan alle stappen.');
  });
});
