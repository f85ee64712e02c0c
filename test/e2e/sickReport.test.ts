// The sick report typed through the console: the full form, a privacy refusal that keeps the other answers,
// and a report within 28 days of recovery that joins the previous case.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNA, chatWorld, ID, sickAnswers, type ChatWorld } from './helpers.js';

let w: ChatWorld;
beforeEach(() => { w = chatWorld(); });
afterEach(() => w.cleanup());

describe('sick report through the console', () => {
  it('asks exactly the intake fields one by one and records the report', async () => {
    const anna = await w.chat(ANNA);
    const opened = await anna.type('ziek Tom');
    expect(opened).toContain('== Ziekmelding ==');
    expect(opened).toContain('Medewerker (verplicht) [standaard: Tom de Boer]');
    const asked: string[] = [opened];
    for (const line of sickAnswers({ phone: '06 12345678', expectedDuration: '4', workHandover: 'Offertes voor klant Jansen naar Piet', workAccident: '2', traffic: '2', safetyNet: '2' })) {
      asked.push(await anna.type(line));
    }
    const prompts = asked.slice(0, 9).map((s) => s.split('\n').find((l) => /^[A-Z]/.test(l) && !l.startsWith('==') && !l.startsWith('Ik stel')));
    expect(prompts.map((p) => p?.replace(/ \(verplicht\).*| \[.*$/, ''))).toEqual([
      'Medewerker', 'Eerste ziektedag', 'Telefoonnummer tijdens afwezigheid', 'Verblijfadres tijdens afwezigheid', 'Verwachte duur',
      'Werk en afspraken om over te dragen', 'Gaat het om een ongeval op het werk?',
      'Verkeersongeval waarbij een ander aansprakelijk kan zijn?', 'Valt de medewerker onder een vangnetregeling van de Ziektewet?',
    ]);
    const done = asked.at(-1)!;
    expect(done).toContain('Ziekmelding van Tom de Boer vastgelegd, eerste ziektedag ma 4 mei 2026.');
    // "longer than 6 weeks" brings in the casemanager, who is told through the outbox
    expect(done).toContain('Casemanager Sanne Visser is ingeschakeld.');
    expect(w.store.outbox.list({ kind: 'notice' })).toEqual([expect.objectContaining({ personId: ID.sanne, target: expect.objectContaining({ platform: 'console', userId: 'Sanne Visser' }) })]);
    expect(done).toContain('Deel dan alleen dit: "Tom de Boer is afwezig."');
    const [c] = w.store.cases.listByEmployee(ID.tom);
    expect(c.periods).toEqual([{ start: '2026-05-04', end: null }]);
    expect(c.intake).toEqual({
      phone: '06 12345678', address: null, expectedDuration: 'longer', workHandover: 'Offertes voor klant Jansen naar Piet',
      workAccident: 'no', trafficAccidentThirdParty: 'no', safetyNet: 'no',
    });
    expect(c.managerOfRecordId).toBe(ID.anna);
    // the report is the ziekmelding bij de werkgever: it is done, not reminded
    expect(c.records).toEqual([expect.objectContaining({ stepId: 'ziekmelding-werkgever', kind: 'done', date: '2026-05-04' })]);
    const sanne = await w.chat({ role: 'casemanager', name: 'Sanne Visser' });
    expect(sanne.greeting).toContain('Nieuwe berichten voor jou:');
    expect(sanne.greeting).toContain('Tom de Boer, eerste ziektedag ma 4 mei 2026');
  });

  it('lets an employee report themselves sick (self is the default) and warns about a late report', async () => {
    const tom = await w.chat({ role: 'employee', name: 'Tom de Boer' });
    const out = await tom.type('ik ben ziek', ...sickAnswers({ firstSickDay: '2026-04-24' }));
    expect(out).toContain('Medewerker (verplicht) [standaard: ik zelf]');
    expect(out).toContain('Je ziekmelding is vastgelegd, eerste ziektedag vr 24 april 2026. Beterschap!');
    expect(out).toContain('de eerste ziektedag ligt 10 dagen terug');
    expect(w.store.cases.listByEmployee(ID.tom)[0].reporterIds).toEqual([ID.tom]);
  });

  it('refuses a medical handover beside the field, keeps every other answer, and stores no trace of it', async () => {
    const anna = await w.chat(ANNA);
    const answers = sickAnswers({ phone: '06 98765432', address: 'Kerkstraat 1, Utrecht', workHandover: 'Hij heeft een hernia; klant Bos overnemen' });
    const out = await anna.type('ziek Tom', ...answers);
    expect(out).toContain('! Hier mag geen gezondheidsinformatie in. Beschrijf alleen werk en afspraken.');
    expect(out).not.toMatch(/hernia/);
    expect(w.store.cases.listByEmployee(ID.tom)).toEqual([]);
    // only the refused field is asked again; Enter would skip it, a business text is accepted
    const again = await anna.type('Klant Bos overnemen, offerte staat klaar');
    expect(again).toContain('Ziekmelding van Tom de Boer vastgelegd');
    const [c] = w.store.cases.listByEmployee(ID.tom);
    expect(c.intake).toMatchObject({ phone: '06 98765432', address: 'Kerkstraat 1, Utrecht', workHandover: 'Klant Bos overnemen, offerte staat klaar' });
    expect(w.dbBytes()).not.toMatch(/hernia/i);
  });

  it('joins a report within 28 days of recovery to the previous case and says so', async () => {
    const anna = await w.chat(ANNA, '2026-04-01');
    expect(await anna.type('ziek Tom', ...sickAnswers())).toContain('eerste ziektedag wo 1 april 2026');
    await anna.type('/date 2026-04-10');
    const recovered = await anna.type('beter Tom', '', '');
    expect(recovered).toContain('Herstel van Tom de Boer vastgelegd per vr 10 april 2026. De zaak is gesloten.');
    expect(recovered).toContain('Wordt Tom de Boer binnen 4 weken weer ziek, dan loopt dezelfde zaak door.');
    await anna.type('/date 2026-05-04');
    const again = await anna.type('ziek Tom', ...sickAnswers({ firstSickDay: '2026-05-01' }));
    expect(again).toContain('Deze melding valt binnen 4 weken na het vorige herstel (vr 10 april 2026), dus hij hoort bij dezelfde zaak.');
    const cases = w.store.cases.listByEmployee(ID.tom);
    expect(cases).toHaveLength(1);
    expect(cases[0].periods).toEqual([{ start: '2026-04-01', end: '2026-04-09' }, { start: '2026-05-01', end: null }]);
    // 9 + 4 sick days: week 2, counted from the first sick day of the case
    expect(await anna.type('status Tom')).toContain('Week 2 van 104 · Eerste ziektedag: wo 1 april 2026');
  });
});
