// Recovery (full / partial, date default today, a choice when several cases), roles (usage, refusal, revoke
// of a role not held), privacy in a DM, and the catalogs behind every text the flows use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../src/core/i18n/en.js';
import { nl } from '../../src/core/i18n/nl.js';
import { buttonsOf, flowWorld, formOf, SLACK, textOf, type FlowWorld } from './helpers.js';

let w: FlowWorld;
beforeEach(() => { w = flowWorld(); });
afterEach(() => w.cleanup());

describe('recovery', () => {
  it('asks which case when several may be recovered, then opens the form with today and "full" preset', async () => {
    const r = await w.send(SLACK.anna, { kind: 'text', text: 'beter' });
    expect(textOf(r)).toBe('Wie is er hersteld?');
    expect(buttonsOf(r).map((b) => b.value)).toEqual(['beter <@demo-jan>', 'beter <@demo-fatima>']);
    const form = formOf(await w.send(SLACK.anna, { kind: 'text', text: 'Fatima' }));
    expect(form).toMatchObject({ formId: 'recovery', context: 'demo-fatima', title: 'Herstelmelding: Fatima El Amrani' });
    expect(form.fields.map((f) => [f.id, f.initial])).toEqual([['extent', 'full'], ['date', '2026-05-04']]);
  });

  it('records a partial recovery (the case stays open) and refuses a date before the first sick day', async () => {
    const form = formOf(await w.send(SLACK.anna, { kind: 'text', text: 'Jan is gedeeltelijk hersteld' }));
    expect(form.fields[0].initial).toBe('partial');
    const bad = formOf(await w.send(SLACK.anna, { kind: 'form-submit', formId: 'recovery', values: { extent: 'partial', date: '2026-03-01' }, context: form.context }));
    expect(bad.errors!.date).toMatch(/na de eerste ziektedag/);
    const ok = await w.send(SLACK.anna, { kind: 'form-submit', formId: 'recovery', values: { extent: 'partial', date: '2026-05-04' }, context: form.context });
    expect(textOf(ok)).toBe('Gedeeltelijk herstel van Jan Bakker vastgelegd per ma 4 mei 2026. De wachttijd loopt door.');
    const c = w.store.cases.listByEmployee('demo-jan')[0];
    expect(c.partialRecoverySince).toBe('2026-05-04');
    expect(c.periods.at(-1)!.end).toBeNull();
  });

  it('welcomes an employee back and says when someone is not sick', async () => {
    const form = formOf(await w.send(SLACK.jan, { kind: 'text', text: 'ik ben weer beter' }));
    expect(textOf(await w.send(SLACK.jan, { kind: 'form-submit', formId: 'recovery', values: { extent: 'full', date: '2026-05-04' }, context: form.context })))
      .toBe('Fijn dat je er weer bent! Je herstel is vastgelegd per ma 4 mei 2026.');
    expect(textOf(await w.send(SLACK.anna, { kind: 'form-submit', formId: 'recovery', values: { extent: 'full', date: '2026-05-04' }, context: 'demo-tom' })))
      .toBe('Tom de Boer heeft geen lopende ziekmelding.');
  });
});

describe('roles', () => {
  it('explains the usage with every role, and says when a revoked role was not held', async () => {
    const usage = textOf(await w.send(SLACK.piet, { kind: 'text', text: 'rol toekennen Tom' }));
    expect(usage).toMatch(/^Zo werkt het/);
    expect(usage).toContain('casemanager-td (casemanager (taakdelegatie))');
    expect(textOf(await w.send(SLACK.piet, { kind: 'text', text: 'rol intrekken Tom hr' }))).toBe('Tom de Boer is geen HR.');
    expect(textOf(await w.send(SLACK.piet, { kind: 'text', text: 'role assign Tom as hr' }))).toBe('Tom de Boer is nu HR.');
  });

  it('assigns a case role on one case and names the employee', async () => {
    const caseId = w.store.cases.listByEmployee('demo-jan')[0].id;
    expect(textOf(await w.send(SLACK.piet, { kind: 'text', text: `rol toekennen Tom arbeidsdeskundige voor zaak ${caseId}` })))
      .toBe('Tom de Boer is nu arbeidsdeskundige voor de zaak van Jan Bakker.');
    expect(w.store.roles.listForCase(caseId)).toEqual([expect.objectContaining({ personId: 'demo-tom', role: 'arbeidsdeskundige' })]);
  });
});

describe('privacy in a DM', () => {
  it('refuses a medical line before anything else, even one that names a command', async () => {
    const r = await w.send(SLACK.tom, { kind: 'text', text: 'ziek, ik heb griep' });
    expect(textOf(r)).toMatch(/^Fijn dat je het deelt, maar dit is gezondheidsinformatie/);
    expect(textOf(r)).toContain('bedrijfsarts');
    expect(JSON.stringify(r)).not.toContain('griep');
    expect(textOf(await w.send(SLACK.anna, { kind: 'text', text: 'status rugpijn' }))).toMatch(/gezondheidsinformatie/);
  });
});

describe('catalog keys used by the flows and the console', () => {
  it('exist in both languages', () => {
    const dirs = ['flows', 'adapters/console'];
    const used = new Set<string>();
    for (const d of dirs) {
      for (const f of readdirSync(join(import.meta.dirname, '..', '..', d))) {
        if (!f.endsWith('.ts')) continue;
        const src = readFileSync(join(import.meta.dirname, '..', '..', d, f), 'utf8');
        for (const m of src.matchAll(/\bt\((?:\w+|\w+\(\)|fc\.locale|l|target|locale)\s*,\s*'([a-z][\w.-]+)'/g)) used.add(m[1]);
        for (const m of src.matchAll(/plural\(\w+,\s*'([a-z][\w.-]+)'/g)) { used.add(`${m[1]}_one`); used.add(`${m[1]}_other`); }
      }
    }
    expect(used.size).toBeGreaterThan(60);
    const missing = [...used].filter((k) => !(k in nl) || !(k in en));
    expect(missing).toEqual([]);
  });
});
