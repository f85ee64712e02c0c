// The rest of the conversation typed through the console: roles (with a separation refusal), language, help,
// lines that are not understood, and a medical message that leaves no trace.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POLICY_MESSAGES } from '../../src/core/policy/messages.js';
import { ANNA, chatWorld, ID, PIET, type ChatWorld } from './helpers.js';

let w: ChatWorld;
beforeEach(() => { w = chatWorld(); });
afterEach(() => w.cleanup());

const roles = (id: string) => w.store.roles.listForPerson(id).map((a) => a.role);

describe('roles', () => {
  it('refuses casemanager-td for the casemanager and explains why; assigns what is allowed', async () => {
    const piet = await w.chat(PIET);
    const refused = await piet.type('rol toekennen Sanne Visser casemanager-td');
    expect(refused).toBe(`Dat gaat niet: ${POLICY_MESSAGES['refused.casemanager-and-td'].nl}`);
    expect(roles(ID.sanne)).toEqual(['casemanager']);
    expect(await piet.type('rol toekennen Ruud casemanager-td')).toBe('Ruud Mulder is nu casemanager (taakdelegatie).');
    expect(roles(ID.ruud).sort()).toEqual(['bedrijfsarts', 'casemanager-td']);
    expect(await piet.type('rol intrekken Ruud Mulder casemanager-td')).toBe('Ruud Mulder is geen casemanager (taakdelegatie) meer.');
    expect(await piet.type('rol toekennen')).toMatch(/^Zo werkt het: rol toekennen @persoon ROL/);
  });

  it('warns once when a manager becomes casemanager, and refuses role changes by a manager', async () => {
    const piet = await w.chat(PIET);
    const out = await piet.type('rol toekennen Anna casemanager');
    expect(out).toContain('Anna de Vries is nu casemanager.');
    expect(out).toContain(`Let op: ${POLICY_MESSAGES['warn.manager-as-casemanager'].nl}`);
    const anna = await w.chat(ANNA);
    expect(await anna.type('rol toekennen Tom hr')).toMatch(/^Dat gaat niet: /);
    expect(roles(ID.tom)).toEqual([]);
  });
});

describe('language, help and suggestions', () => {
  it('switches to English and stays there', async () => {
    const anna = await w.chat(ANNA);
    expect(await anna.type('taal en')).toBe('From now on I’ll speak English with you.');
    expect(w.store.people.get(ID.anna)!.locale).toBe('en');
    const help = await anna.type('help');
    expect(help).toContain('== Here is what I can do ==');
    expect(await anna.type('status Jan')).toContain('Week 7 of 104 · First day of sickness: Fri 20 March 2026');
    expect(await anna.type('language nl')).toBe('Vanaf nu praat ik Nederlands met je.');
  });

  it('explains what it can do', async () => {
    const anna = await w.chat(ANNA);
    const help = await anna.type('help');
    for (const word of ['ziek —', 'beter —', 'status Jan —', 'taken —', 'checklist Jan —', 'rol toekennen @persoon ROL —', 'taal en —']) expect(help).toContain(word);
    expect(help).toContain('bespreek je met de bedrijfsarts');
  });

  it('offers the two most likely commands as buttons for a line it does not understand, never echoing it', async () => {
    const anna = await w.chat(ANNA);
    const out = await anna.type('vakantie aanvragen');
    expect(out).toContain('Dat begreep ik niet helemaal. Bedoel je een van deze?');
    expect(out).not.toContain('vakantie');
    expect(out).toContain('[1] help  [2] taken');
    // pressing a suggestion runs it
    expect(await anna.type('2')).toContain('== Jouw taken ==');
    const close = await anna.type('ik wil iets weten over de zaak');
    expect([...close.matchAll(/\[\d\]/g)]).toHaveLength(2);
    expect(close).toContain('[2] ziek');
    // typos are tolerated
    expect(await anna.type('stauts Jan')).toContain('== Stand van zaken: Jan Bakker ==');
  });
});

describe('privacy in conversation', () => {
  it('answers a medical message with the privacy line and stores nothing of it', async () => {
    const tom = await w.chat({ role: 'employee', name: 'Tom de Boer' });
    const before = { audit: w.store.audit.list().length, cases: w.store.cases.listByEmployer(w.employerId).length };
    const out = await tom.type('Ik heb sinds gisteren migraine en moet naar de huisarts');
    expect(out).toBe('Fijn dat je het deelt, maar dit is gezondheidsinformatie en die mag ik niet bewaren. Ik heb het niet vastgelegd; de bedrijfsarts is de juiste persoon om dit mee te bespreken.');
    expect(w.store.audit.list().length).toBe(before.audit);
    expect(w.store.cases.listByEmployer(w.employerId).length).toBe(before.cases);
    expect(w.dbBytes()).not.toMatch(/migraine|huisarts/i);
    // positive control: a business line typed the same way does reach the database (as a person's name)
    await w.chat({ role: 'employee', name: 'Zeldzame Naam' });
    expect(w.dbBytes()).toContain('Zeldzame Naam');
  });

  it('drops an open question when a medical line comes in', async () => {
    const anna = await w.chat(ANNA);
    await anna.type('status');
    expect(await anna.type('Jan heeft een hernia')).toContain('gezondheidsinformatie');
    expect(await anna.type('Jan')).toContain('Dat begreep ik niet helemaal');
  });
});
