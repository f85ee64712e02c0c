// The router: language choice, first contact through the directory, conversation state with expiry, name
// resolution with choices, the home surface, and failures that become a kind apology.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot } from '../../flows/router.js';
import { STATE_TTL_MS } from '../../flows/state.js';
import type { Store } from '../../src/ports/store.js';
import { buttonsOf, DAY, flowWorld, SLACK, TEAM, textOf, type FlowWorld } from './helpers.js';

let w: FlowWorld;
beforeEach(() => { w = flowWorld(); });
afterEach(() => w.cleanup());

describe('language', () => {
  it('takes the stored choice, else the platform locale, else the employer language, else Dutch', async () => {
    const en = flowWorld({ locale: 'en' });
    try {
      expect(textOf(await en.send(SLACK.tom, { kind: 'text', text: 'help' }))).toContain('Here is what I can do');
      en.store.people.setLocale('demo-tom', 'nl');
      expect(textOf(await en.send(SLACK.tom, { kind: 'text', text: 'help' }))).toContain('Dit kan ik voor je doen');
    } finally { en.cleanup(); }
    w.store.employers.updateSettings('console:demo', { language: 'en' });
    expect(textOf(await w.send(SLACK.tom, { kind: 'text', text: 'help' }))).toContain('Here is what I can do');
    w.store.employers.updateSettings('console:demo', { language: 'nl' });
    expect(textOf(await w.send(SLACK.tom, { kind: 'text', text: 'help' }))).toContain('Dit kan ik voor je doen');
  });

  it('offers both languages for a bare "taal" and explains Slack’s /verzuim prefix in help', async () => {
    const r = await w.send(SLACK.tom, { kind: 'text', text: 'taal' });
    expect(buttonsOf(r).map((b) => b.value)).toEqual(['taal nl', 'language en']);
    expect(textOf(await w.send(SLACK.tom, { kind: 'text', text: 'help' }))).toContain('/verzuim status Jan');
  });
});

describe('first contact', () => {
  it('creates the person from the directory profile (name, locale)', async () => {
    w.directory.set('U0NEWBIE', { name: 'Lotte Dekker', locale: 'en' });
    expect(textOf(await w.send('U0NEWBIE', { kind: 'text', text: 'help' }))).toContain('Here is what I can do');
    expect(w.store.people.findByIdentity({ platform: 'slack', tenantId: TEAM, userId: 'U0NEWBIE' })).toMatchObject({ name: 'Lotte Dekker', locale: 'en' });
  });
});

describe('conversation state', () => {
  it('takes a name typed after "status" within 30 minutes, and not after', async () => {
    const asked = await w.send(SLACK.anna, { kind: 'text', text: 'checklist' });
    expect(textOf(asked)).toContain('Van wie wil je de checklist zien?');
    expect(buttonsOf(asked).map((b) => [b.label, b.value])).toEqual([
      ['Jan Bakker', 'checklist <@demo-jan>'], ['Fatima El Amrani', 'checklist <@demo-fatima>'],
    ]);
    expect(textOf(await w.send(SLACK.anna, { kind: 'text', text: 'Jan' }))).toContain('Checklist re-integratiedossier: Jan Bakker');
    await w.send(SLACK.anna, { kind: 'text', text: 'status' });
    const key = { platform: 'slack' as const, tenantId: TEAM, conversationId: `D${SLACK.anna}`, userId: SLACK.anna };
    const later = new Date(Date.parse('2026-05-04T07:00:00Z') + STATE_TTL_MS + 60_000);
    expect(w.store.conversations.get(key, later)).toBeUndefined();
    const bot = createBot({ store: w.store });
    const r = await bot.handle({ kind: 'text', text: 'Jan', eventId: 'x', from: { platform: 'slack', tenantId: TEAM, userId: SLACK.anna }, conversationId: `D${SLACK.anna}` }, later);
    expect(textOf(r)).toContain('Dat begreep ik niet helemaal');
  });
});

describe('names', () => {
  it('offers a choice for an ambiguous name; the choice button runs the command for that person', async () => {
    w.store.people.upsert({ id: 'demo-jan2', employerId: 'console:demo', name: 'Jan de Wit', email: null, locale: null, managerPersonId: 'demo-anna', employmentEnd: null, identities: [] });
    w.store.cases.create({ ...w.store.cases.listByEmployee('demo-jan')[0], id: 'c-jan2', employeeId: 'demo-jan2' });
    const r = await w.send(SLACK.anna, { kind: 'text', text: 'status Jan' });
    expect(textOf(r)).toBe('Welke Jan bedoel je?');
    const pick = buttonsOf(r).find((b) => b.label === 'Jan de Wit')!;
    expect(pick).toMatchObject({ actionId: 'run-command', value: 'status <@demo-jan2>' });
    expect(textOf(await w.send(SLACK.anna, { kind: 'action', actionId: pick.actionId, value: pick.value }))).toContain('Stand van zaken: Jan de Wit');
  });

  it('resolves a Slack mention and refuses people of another employer', async () => {
    expect(textOf(await w.send(SLACK.anna, { kind: 'text', text: `status <@${SLACK.fatima}>` }))).toContain('Fatima El Amrani');
    w.store.employers.ensure('other');
    w.store.people.upsert({ id: 'x-1', employerId: 'other', name: 'Jan Buiten', email: null, locale: null, managerPersonId: null, employmentEnd: null, identities: [] });
    expect(textOf(await w.send(SLACK.piet, { kind: 'text', text: 'status <@x-1>' }))).toBe('Ik kan niemand met die naam vinden die jij mag zien.');
  });
});

describe('home and failures', () => {
  it('shows my tasks and the cases I may see, each with a show button', async () => {
    const [home] = await w.send(SLACK.anna, { kind: 'home-opened' });
    expect(home.kind).toBe('home');
    const text = textOf([home]);
    expect(text).toContain('Jouw taken');
    expect(text).toContain('Jan Bakker, week 7');
    expect(text).toContain('Fatima El Amrani, week 41');
    const show = buttonsOf([home]).filter((b) => b.actionId === 'case-show' && !b.value.includes(':'));
    expect(show).toHaveLength(2);
    expect(textOf(await w.send(SLACK.anna, { kind: 'action', actionId: 'case-show', value: show[0].value }))).toContain('Stand van zaken');
  });

  it('answers an unexpected failure with the generic apology', async () => {
    const broken = new Proxy(w.store, {
      get(t, p) {
        if (p === 'cases') throw new Error('disk on fire');
        const v = Reflect.get(t, p);
        return typeof v === 'function' ? v.bind(t) : v;
      },
    }) as Store;
    const bot = createBot({ store: broken });
    const r = await bot.handle({ kind: 'text', text: 'taken', eventId: 'y', from: { platform: 'slack', tenantId: TEAM, userId: SLACK.anna }, conversationId: 'D1' }, new Date(`${DAY}T07:00:00Z`));
    expect(textOf(r)).toBe('Er ging aan mijn kant iets mis. Probeer het straks nog eens.');
  });
});
