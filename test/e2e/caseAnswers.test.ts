// Answers about cases typed through the console: status (dates compared with the engine's), checklist, tasks,
// and a reminder's button pressed by its number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/core/format/dates.js';
import { stepButtons } from '../../src/core/format/buttons.js';
import { message } from '../../src/core/ui.js';
import { toTimelineCase } from '../../src/app/index.js';
import { computeTimeline } from '../../src/core/timeline/engine.js';
import { STEP_CATALOG } from '../../src/core/timeline/catalog.js';
import type { StoredCase } from '../../src/ports/records.js';
import { ANNA, chatWorld, DAY, ID, PIET, type ChatWorld } from './helpers.js';

let w: ChatWorld;
beforeEach(() => { w = chatWorld(); });
afterEach(() => w.cleanup());

const caseOf = (employeeId: string): StoredCase => w.store.cases.listByEmployee(employeeId)[0];
const engine = (employeeId: string, asOf: string) => {
  const c = caseOf(employeeId);
  return computeTimeline(toTimelineCase(c, w.store.employers.get(c.employerId)), asOf);
};

describe('status', () => {
  it('gives the week of illness and the next steps with the engine’s dates, responsible, basis and cost', async () => {
    const piet = await w.chat(PIET);
    const out = await piet.type('welke stap is aan de beurt voor Fatima');
    expect(out).toContain('== Stand van zaken: Fatima El Amrani ==');
    expect(out).toContain('Week 41 van 104');
    expect(out).not.toContain('== Te laat ==');
    const t = engine(ID.fatima, DAY);
    const next = t.steps.filter((s) => ['open', 'due-soon', 'deviated'].includes(s.status)).sort((a, b) => a.due.localeCompare(b.due)).slice(0, 3);
    expect(next[0].id).toBe('melding-42e-week');
    let at = 0;
    for (const s of next) {
      const line = `${STEP_CATALOG[s.id].title.nl} — uiterlijk ${formatDate(s.due, 'nl')}`;
      const i = out.indexOf(line);
      expect(i, line).toBeGreaterThan(at);
      at = i;
    }
    expect(out).toContain('Grondslag: Ziektewet art. 38');
    expect(out).toContain('Als het mist: UWV-boete tot € 455');
    expect(out).toMatch(/Wie: leidinggevende, HR en casemanager/);
  });

  it('puts overdue steps first, each with the engine’s date', async () => {
    const anna = await w.chat(ANNA, '2026-05-20');
    const out = await anna.type('status Jan');
    const t = engine(ID.jan, '2026-05-20');
    const overdue = t.steps.filter((s) => s.status === 'overdue');
    expect(overdue.map((s) => s.id)).toEqual(['casemanager-aanwijzen', 'plan-van-aanpak', 'financiele-voorlichting']);
    const late = out.indexOf('== Te laat ==');
    const next = out.indexOf('== Volgende stappen ==');
    expect(late).toBeGreaterThan(0);
    expect(next).toBeGreaterThan(late);
    for (const s of overdue) {
      const i = out.indexOf(`${STEP_CATALOG[s.id].title.nl}`);
      expect(i).toBeGreaterThan(late);
      expect(i).toBeLessThan(next);
    }
    expect(out).toContain(`uiterlijk ${formatDate(overdue[0].due, 'nl')} (9 dagen te laat)`);
    expect(out).toContain('Week 9 van 104');
  });

  it('offers a choice of the visible cases without a name, and takes the next line as the name', async () => {
    const anna = await w.chat(ANNA);
    const out = await anna.type('status');
    expect(out).toContain('Van wie wil je de stand van zaken zien?');
    expect(out).toMatch(/\[\d\] Jan Bakker/);
    expect(await anna.type('Fatima')).toContain('== Stand van zaken: Fatima El Amrani ==');
    const again = await anna.type('status');
    const n = /\[(\d)\] Jan Bakker/.exec(again)![1];
    expect(await anna.type(n)).toContain('== Stand van zaken: Jan Bakker ==');
  });

  it('never shows a case to someone who may not see it, and does not repeat the name typed', async () => {
    const tom = await w.chat({ role: 'employee', name: 'Tom de Boer' });
    const out = await tom.type('status Fatima');
    expect(out).toBe('Ik kan niemand met die naam vinden die jij mag zien.');
    expect(await tom.type('status Zorro')).not.toContain('Zorro');
  });
});

describe('checklist and tasks', () => {
  it('lists every step of the re-integration file with its date and state', async () => {
    const anna = await w.chat(ANNA);
    const out = await anna.type('checklist Jan');
    expect(out).toContain('== Checklist re-integratiedossier: Jan Bakker ==');
    const t = engine(ID.jan, DAY);
    for (const s of t.steps) expect(out, s.id).toContain(STEP_CATALOG[s.id].title.nl);
    expect(out).toContain(STEP_CATALOG['wia-beschikking'].title.nl);
    expect(out).toMatch(/Probleemanalyse door de bedrijfsarts:\s+Gedaan op ma 27 april 2026/);
    expect(out).toMatch(/Financiële voorlichting aan de werknemer \(week 8\) \(goede praktijk\):\s+uiterlijk do 14 mei 2026/);
    expect(out).toContain('4 van 28 stappen afgerond.');
  });

  it('lists my tasks soonest first with step buttons that work by number', async () => {
    const anna = await w.chat(ANNA);
    const out = await anna.type('wat moet ik doen');
    expect(out).toContain('== Jouw taken ==');
    const first = out.indexOf('Casemanager aanwijzen voor Jan Bakker — uiterlijk ma 11 mei 2026');
    const later = out.indexOf('42e-weekmelding bij UWV voor Fatima El Amrani');
    expect(first).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(first);
    const done = await anna.type('1');
    expect(done).toBe('Casemanager aanwijzen staat op klaar, gedaan op ma 4 mei 2026.');
    expect(caseOf(ID.jan).records.at(-1)).toMatchObject({ stepId: 'casemanager-aanwijzen', kind: 'done', date: DAY, recordedBy: ID.anna });
    expect(await anna.type('taken')).not.toContain('Casemanager aanwijzen voor Jan Bakker');
  });
});

describe('a reminder in the console', () => {
  it('shows a due reminder with its buttons; pressing the number completes the step', async () => {
    const c = caseOf(ID.jan);
    w.store.outbox.enqueue({
      idempotencyKey: `reminder:${c.id}:plan-van-aanpak:before-7:${DAY}`, kind: 'reminder', personId: ID.anna,
      target: { platform: 'console', tenantId: 'demo', userId: 'Anna de Vries' },
      message: message('Binnenkort: Plan van aanpak voor Jan Bakker', { type: 'text', text: 'Binnenkort: Plan van aanpak voor Jan Bakker, uiterlijk ma 11 mei 2026 (over 7 dagen).' }, { type: 'buttons', buttons: stepButtons(c.id, 'plan-van-aanpak', 'nl') }),
      notBefore: new Date('2026-05-04T06:00:00Z').toISOString(), createdAt: new Date('2026-05-04T06:00:00Z').toISOString(),
    });
    const anna = await w.chat(ANNA);
    expect(anna.greeting).toContain('Nieuwe berichten voor jou:');
    expect(anna.greeting).toContain('[1] Klaar  [2] Niet van toepassing  [3] Afwijken met reden  [4] Bekijk zaak');
    expect(await anna.type('1')).toBe('Plan van aanpak staat op klaar, gedaan op ma 4 mei 2026.');
    expect(caseOf(ID.jan).records.at(-1)).toMatchObject({ stepId: 'plan-van-aanpak', kind: 'done', date: DAY });
    expect(w.store.outbox.list({ state: 'sent' })).toHaveLength(1);
    // shown once only
    const later = await w.chat(ANNA);
    expect(later.greeting).not.toContain('Nieuwe berichten');
  });

  it('deviates with a reason and a later date, refusing a medical reason beside the field', async () => {
    const anna = await w.chat(ANNA);
    const opened = await anna.type('afwijken plan-van-aanpak Jan');
    expect(opened).toContain('== Afwijken: Plan van aanpak ==');
    const refused = await anna.type('Jan ligt in het ziekenhuis na een operatie', '2026-05-25');
    expect(refused).toContain('Later dan de huidige datum (ma 11 mei 2026).');
    expect(refused).toContain('! Hier mag geen gezondheidsinformatie in.');
    expect(refused).not.toMatch(/operatie/);
    const ok = await anna.type('Bedrijfsarts kan pas later; afspraak staat'); // the date was kept: only the reason is asked again
    expect(ok).toBe('Plan van aanpak is verplaatst naar ma 25 mei 2026. De reden is bewaard voor het dossier.');
    expect(caseOf(ID.jan).records.at(-1)).toMatchObject({ stepId: 'plan-van-aanpak', kind: 'deviated', newDate: '2026-05-25' });
    expect(w.dbBytes()).not.toMatch(/operatie/);
  });
});
