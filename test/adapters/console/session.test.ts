// The console adapter itself: identities (/as), time (/date), forms field by field (Enter, numbers, /cancel),
// button numbers, the line runner for piped input, and the demo database it opens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoStore } from '../../../adapters/console/demo.js';
import { parseIdentity } from '../../../adapters/console/identity.js';
import { runConsole } from '../../../adapters/console/run.js';
import { createConsoleSession } from '../../../adapters/console/session.js';
import { runEmbeddedChat } from '../../../adapters/console/embedded.js';
import type { Bot } from '../../../flows/bot.js';
import type { InboundEvent } from '../../../flows/events.js';
import { createBot } from '../../../flows/router.js';
import type { Reply } from '../../../src/core/ui.js';
import { DEMO_EMPLOYER_ID } from '../../../src/demo/seed.js';
import type { Store } from '../../../src/ports/store.js';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verzuimbot-console-'));
  store = openDemoStore(join(dir, 'demo.db'), '2026-05-04').store;
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A bot that records what it is sent and answers with `answer`. */
function recordingBot(answer: (e: InboundEvent) => Reply[]): Bot & { events: InboundEvent[]; at: Date[] } {
  const events: InboundEvent[] = [];
  const at: Date[] = [];
  return { events, at, handle: async (e, now) => { events.push(e); at.push(now); return answer(e); } };
}

describe('identities and time', () => {
  it('reads ROLE:NAME', () => {
    expect(parseIdentity('hr:Piet Jansen')).toEqual({ role: 'hr', name: 'Piet Jansen' });
    expect(parseIdentity(' casemanager-td : Ruud ')).toEqual({ role: 'casemanager-td', name: 'Ruud' });
    expect(parseIdentity('boss:Anna')).toBeUndefined();
    expect(parseIdentity('Anna')).toBeUndefined();
  });

  it('switches person with /as (creating a missing person with the role) and moves time with /date', async () => {
    const bot = recordingBot(() => [{ kind: 'message', summary: 'ok', blocks: [] }]);
    const s = createConsoleSession({ store, bot, as: { role: 'manager', name: 'Anna' }, date: '2026-05-04', employerId: DEMO_EMPLOYER_ID });
    expect(await s.start()).toMatch(/^Je praat met verzuimbot als Anna de Vries \(leidinggevende\)\. Het is ma 4 mei 2026\./);
    expect(s.person().id).toBe('demo-anna');
    expect((await s.input('/as hr:Piet')).text).toBe('Je bent nu Piet Jansen (HR).');
    const created = await s.input('/as casemanager:Eva Nieuw');
    expect(created.text).toBe('Je bent nu Eva Nieuw (casemanager).');
    const eva = store.people.searchByName(DEMO_EMPLOYER_ID, 'Eva Nieuw')[0];
    expect(store.roles.listForPerson(eva.id).map((a) => a.role)).toEqual(['casemanager']);
    expect(store.people.findByIdentity({ platform: 'console', tenantId: 'demo', userId: 'Eva Nieuw' })?.id).toBe(eva.id);
    // the separation rules hold here too
    expect((await s.input('/as casemanager-td:Eva Nieuw')).text).toContain('Die rol kan deze persoon niet krijgen: Iemand kan bij één werkgever niet zowel');
    expect((await s.input('/as nobody')).text).toBe('Zo wissel je van persoon: /as ROL:NAAM, bijvoorbeeld /as hr:Piet');
    expect((await s.input('/date 2026-06-01')).text).toBe('Het is nu ma 1 juni 2026.');
    await s.input('hallo');
    expect(bot.events.at(-1)).toMatchObject({ kind: 'text', text: 'hallo', from: { platform: 'console', tenantId: 'demo', userId: 'Eva Nieuw' } });
    expect(bot.at.at(-1)!.toISOString()).toBe('2026-06-01T07:00:00.000Z');
    expect((await s.input('/date morgen')).text).toBe('Zo verzet je de tijd: /date JJJJ-MM-DD');
    expect((await s.input('/wat')).text).toBe('Die opdracht ken ik niet. Gebruik /as, /date, /cancel of /quit.');
    expect(await s.input('/quit')).toEqual({ text: 'Tot ziens!', quit: true });
  });
});

describe('forms and buttons', () => {
  const form: Reply = {
    kind: 'form', formId: 'step-deviate', title: 'Afwijken', submitLabel: 'Opslaan', context: 'c1:probleemanalyse',
    fields: [
      { id: 'reason', type: 'multiline', label: 'Reden', required: true },
      { id: 'kind', type: 'choice', label: 'Soort', required: true, options: [{ value: 'a', label: 'Eerste' }, { value: 'b', label: 'Tweede' }] },
      { id: 'newDate', type: 'date', label: 'Nieuwe datum', required: true, initial: '2026-05-20' },
    ],
  };

  it('asks field by field: errors ask again, numbers pick options, Enter takes the default; then submits', async () => {
    const bot = recordingBot((e) => (e.kind === 'text' ? [form] : [{ kind: 'message', summary: 'Opgeslagen', blocks: [] }]));
    const s = createConsoleSession({ store, bot, as: { role: 'manager', name: 'Anna' }, date: '2026-05-04', employerId: DEMO_EMPLOYER_ID });
    await s.start();
    const opened = (await s.input('afwijken')).text;
    expect(opened).toContain('== Afwijken ==');
    expect(opened).toContain('Reden (verplicht)');
    expect(s.prompt()).toBe('? ');
    expect((await s.input('')).text).toContain('! Dit veld is verplicht.');
    expect((await s.input('Planning')).text).toContain('1) a = Eerste');
    expect((await s.input('7')).text).toContain('! Kies een van de opties.');
    expect((await s.input('2')).text).toContain('Nieuwe datum (verplicht) [standaard: 2026-05-20]');
    expect((await s.input('')).text).toBe('Opgeslagen');
    expect(bot.events.at(-1)).toMatchObject({ kind: 'form-submit', formId: 'step-deviate', context: 'c1:probleemanalyse', values: { reason: 'Planning', kind: 'b', newDate: '2026-05-20' } });
    expect(s.prompt()).toBe('> ');
  });

  it('stops a form with /cancel without sending it', async () => {
    const bot = recordingBot(() => [form]);
    const s = createConsoleSession({ store, bot, as: { role: 'manager', name: 'Anna' }, date: '2026-05-04', employerId: DEMO_EMPLOYER_ID });
    await s.start();
    await s.input('afwijken');
    expect((await s.input('/cancel')).text).toBe('Gestopt. Er is niets opgeslagen.');
    expect(bot.events).toHaveLength(1);
  });

  it('turns a number into the button pressed, and says when there is no such button', async () => {
    const bot = recordingBot(() => [{ kind: 'message', summary: 'x', blocks: [{ type: 'buttons', buttons: [{ actionId: 'run-command', label: 'help', value: 'help' }] }] }]);
    const s = createConsoleSession({ store, bot, as: { role: 'manager', name: 'Anna' }, date: '2026-05-04', employerId: DEMO_EMPLOYER_ID });
    await s.start();
    expect((await s.input('hoi')).text).toContain('[1] help');
    expect((await s.input('3')).text).toBe('Er is geen knop met nummer 3.');
    await s.input('1');
    expect(bot.events.at(-1)).toMatchObject({ kind: 'action', actionId: 'run-command', value: 'help' });
  });
});

describe('running on streams', () => {
  it('answers piped lines in order and stops at /quit or the end of input', async () => {
    const s = createConsoleSession({ store, bot: createBot({ store }), as: { role: 'hr', name: 'Piet' }, date: '2026-05-04', employerId: DEMO_EMPLOYER_ID });
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => { text += String(d); });
    input.end('taken\nstatus Jan\n/quit\nhelp\n');
    await runConsole(s, { input, output });
    const taken = text.indexOf('== Jouw taken ==');
    expect(taken).toBeGreaterThan(0);
    expect(text.indexOf('== Stand van zaken: Jan Bakker ==')).toBeGreaterThan(taken);
    expect(text).toContain('Tot ziens!');
    expect(text).not.toContain('Dit kan ik voor je doen');
  });

  it('opens the embedded demo chat as the demo manager on its own database', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => { text += String(d); });
    input.end('status Jan\n');
    await runEmbeddedChat({ input, output }, {}, join(dir, 'embedded', 'demo.db'));
    expect(text).toMatch(/^Je praat met verzuimbot als Anna de Vries \(leidinggevende\)/);
    expect(text).toContain('Week 7 van 104');
  });
});
