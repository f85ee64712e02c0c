// The sick-report flow as the Slack and Teams adapters drive it: the form has exactly the intake fields, a
// submission with problems comes back as the same form with errors and the kept answers, a success confirms.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIntake, sickReportForm } from '../../flows/sickReportForm.js';
import { INTAKE_FIELDS } from '../../src/core/privacy/intake.js';
import { buttonsOf, flowWorld, formOf, intakeValues, SLACK, textOf, type FlowWorld } from './helpers.js';

let w: FlowWorld;
beforeEach(() => { w = flowWorld(); });
afterEach(() => w.cleanup());

describe('the sick-report form', () => {
  it('has exactly the intake fields, in order, with their types, options and today as first sick day', () => {
    const form = sickReportForm('nl', '2026-05-04');
    expect(form.formId).toBe('sick-report');
    expect(form.fields.map((f) => f.id)).toEqual(INTAKE_FIELDS.map((f) => f.id));
    expect(form.fields.find((f) => f.id === 'workHandover')).toMatchObject({ type: 'multiline', maxLength: 1000 });
    expect(form.fields.find((f) => f.id === 'firstSickDay')).toMatchObject({ type: 'date', initial: '2026-05-04', required: true });
    expect(form.fields.find((f) => f.id === 'safetyNet')!.options!.map((o) => o.value)).toEqual(['yes', 'no', 'undisclosed']);
    expect(form.fields.find((f) => f.id === 'employee')!.options).toEqual([{ value: 'self', label: 'ik zelf' }]);
    expect(sickReportForm('en', '2026-05-04').fields[0].label).toBe('Employee');
  });

  it('checks each field: errors beside fields, refused free text dropped, the rest kept', () => {
    const r = checkIntake(intakeValues({
      firstSickDay: '2026-05-09', phone: 'bel me maar', workHandover: 'Na mijn knieoperatie de offertes', expectedDuration: 'forever', safetyNet: '',
      address: 'Dorpsstraat 4', extra: 'x',
    }), '2026-05-04', 'nl');
    expect(r.errors).toEqual({
      firstSickDay: 'De eerste ziektedag kan niet in de toekomst liggen.',
      phone: 'Dit lijkt geen telefoonnummer. Gebruik alleen cijfers, spaties en eventueel een +.',
      workHandover: 'Hier mag geen gezondheidsinformatie in. Beschrijf alleen werk en afspraken.',
      expectedDuration: 'Kies een van de opties.',
      safetyNet: 'Dit veld is verplicht.',
    });
    expect(r.kept).not.toHaveProperty('workHandover');
    expect(r.kept).toMatchObject({ address: 'Dorpsstraat 4', workAccident: 'no' });
    expect(r.values).not.toHaveProperty('extra');
    expect(checkIntake(intakeValues(), '2026-05-04', 'nl').errors).toEqual({});
  });
});

describe('opening and submitting through the bot', () => {
  it('opens the form with the named person pre-filled, and with "self" for an employee', async () => {
    const form = formOf(await w.send(SLACK.anna, { kind: 'text', text: 'ziek Tom' }));
    // Slack's people picker is given the Slack user id (elsewhere the person id)
    expect(form.fields[0]).toMatchObject({ initial: SLACK.tom, options: [{ value: 'self', label: 'ik zelf' }, { value: SLACK.tom, label: 'Tom de Boer' }] });
    expect(formOf(await w.send(SLACK.tom, { kind: 'text', text: 'ziek' })).fields[0].initial).toBe('self');
    expect(formOf(await w.send(SLACK.anna, { kind: 'text', text: 'ziek' })).fields[0].initial).toBeUndefined();
  });

  it('returns the same form with errors and the kept answers when something is wrong', async () => {
    const replies = await w.send(SLACK.anna, {
      kind: 'form-submit', formId: 'sick-report',
      values: intakeValues({ employee: SLACK.tom, phone: '06 11112222', workHandover: 'Zij is zwanger, dus overdragen' }),
    });
    const form = formOf(replies);
    expect(form.formId).toBe('sick-report');
    expect(form.errors).toEqual({ workHandover: 'Hier mag geen gezondheidsinformatie in. Beschrijf alleen werk en afspraken.' });
    const initial = Object.fromEntries(form.fields.map((f) => [f.id, f.initial]));
    expect(initial).toMatchObject({ employee: SLACK.tom, phone: '06 11112222', expectedDuration: 'weeks', workHandover: undefined });
    expect(JSON.stringify(replies)).not.toMatch(/zwanger/);
    expect(w.store.cases.listByEmployee('demo-tom')).toEqual([]);
  });

  it('reports a Slack user the bot has not met, found through the directory', async () => {
    w.directory.set('U0NEW', { name: 'Noor Smit', email: 'noor@demo.example' });
    const replies = await w.send(SLACK.anna, { kind: 'form-submit', formId: 'sick-report', values: intakeValues({ employee: 'U0NEW' }) });
    expect(textOf(replies)).toContain('Ziekmelding van Noor Smit vastgelegd, eerste ziektedag ma 4 mei 2026.');
    expect(buttonsOf(replies)).toEqual([expect.objectContaining({ actionId: 'case-show' })]);
    const noor = w.store.people.findByIdentity({ platform: 'slack', tenantId: 'T0DEMO', userId: 'U0NEW' })!;
    expect(noor).toMatchObject({ name: 'Noor Smit', employerId: 'console:demo' });
    expect(w.store.cases.listByEmployee(noor.id)).toHaveLength(1);
  });

  it('offers candidates for an ambiguous name and never repeats a name it cannot find', async () => {
    w.store.people.upsert({ id: 'demo-tom2', employerId: 'console:demo', name: 'Tom Hendriks', email: null, locale: null, managerPersonId: null, employmentEnd: null, identities: [] });
    const form = formOf(await w.send(SLACK.anna, { kind: 'form-submit', formId: 'sick-report', values: intakeValues({ employee: 'Tom' }) }));
    expect(form.errors!.employee).toBe('Meerdere mensen passen hierbij: Tom de Boer en Tom Hendriks. Kies er een of typ de volledige naam.');
    expect(form.fields[0].options!.map((o) => o.value)).toEqual(['self', 'demo-tom', 'demo-tom2']);
    const missing = formOf(await w.send(SLACK.anna, { kind: 'form-submit', formId: 'sick-report', values: intakeValues({ employee: 'Xander Onbekend' }) }));
    expect(JSON.stringify(missing)).not.toContain('Xander');
  });

  it('puts a use-case refusal on its field (already sick) and answers a role refusal in a message', async () => {
    const form = formOf(await w.send(SLACK.anna, { kind: 'form-submit', formId: 'sick-report', values: intakeValues({ employee: 'demo-jan' }) }));
    expect(form.errors).toEqual({ firstSickDay: expect.stringMatching(/al ziek gemeld/) });
    const refused = await w.send(SLACK.ruud, { kind: 'form-submit', formId: 'sick-report', values: intakeValues({ employee: 'demo-tom' }) });
    expect(refused[0].kind).toBe('message');
    expect(textOf(refused)).toMatch(/In jouw rol meld je niemand ziek/);
  });

  it('tells a colleague who is only a reporter that the manager takes over, without a case button', async () => {
    w.store.people.upsert({ id: 'demo-tom', employerId: 'console:demo', name: 'Tom de Boer', email: 'tom@demo.example', locale: null, managerPersonId: 'demo-anna', employmentEnd: null, identities: [] });
    const replies = await w.send(SLACK.jan, { kind: 'form-submit', formId: 'sick-report', values: intakeValues({ employee: 'demo-tom', workAccident: 'yes', trafficAccidentThirdParty: 'yes' }) });
    const text = textOf(replies);
    expect(text).toContain('Dank je. De leidinggevende van Tom de Boer neemt het vanaf hier over.');
    expect(text).toContain('Nederlandse Arbeidsinspectie');
    expect(text).toContain('regres');
    expect(buttonsOf(replies)).toEqual([]);
  });
});
