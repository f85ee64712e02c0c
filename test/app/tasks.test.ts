import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSickness } from '../../src/app/sickness.js';
import { myTasks } from '../../src/app/tasks.js';
import { completeStep } from '../../src/app/steps.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
let annaCase: string;
let janCase: string;
beforeEach(() => {
  w = world();
  annaCase = reportSickness(w.at('2025-01-06'), w.actor(P.piet), intake(P.anna, '2025-01-06') as unknown as IntakeInput).case.id;
  janCase = reportSickness(w.at('2025-02-10'), w.actor(P.ellen), intake(P.jan, '2025-02-10') as unknown as IntakeInput).case.id;
});
afterEach(() => w.cleanup());

const day = '2025-02-12';
const ids = (t: ReturnType<typeof myTasks>) => t.map((x) => `${x.caseId === annaCase ? 'anna' : 'jan'}:${x.step.id}`);

describe('myTasks', () => {
  it("gives a manager the steps they are responsible for on their cases, soonest first", () => {
    const t = myTasks(w.at(day), w.actor(P.piet));
    expect(ids(t)).toEqual([
      'anna:ziekmelding-arbodienst', 'anna:probleemanalyse',
      'anna:casemanager-aanwijzen', 'anna:plan-van-aanpak',
    ]);
    expect(t[0]).toMatchObject({ employeeName: 'Anna de Vries', due: '2025-01-12', step: { status: 'overdue' } });
    const dues = t.map((x) => x.due!);
    expect(dues).toEqual([...dues].sort());
    expect(w.store.audit.list({ actorPersonId: P.piet }).filter((e) => e.action === 'case.read.process'))
      .toEqual([expect.objectContaining({ caseId: annaCase, allowed: true })]);
  });

  it('gives a colleague who became manager of record the steps of that case only', () => {
    expect(ids(myTasks(w.at(day), w.actor(P.ellen)))).toEqual(['jan:ziekmelding-arbodienst']);
  });

  it('gives HR every open step within the horizon across all cases, and drops done ones', () => {
    completeStep(w.at(day), w.actor(P.piet), annaCase, 'ziekmelding-arbodienst', { date: '2025-01-08' });
    const t = myTasks(w.at(day), w.actor(P.fatima));
    expect(new Set(t.map((x) => x.caseId))).toEqual(new Set([annaCase, janCase]));
    expect(ids(t)).not.toContain('anna:ziekmelding-arbodienst');
    expect(ids(t)).not.toContain('anna:ziekmelding-werkgever'); // done by the sick report itself
    expect(t.every((x) => x.due! <= '2025-03-12' || x.step.status === 'overdue')).toBe(true);
  });

  it("gives a case's casemanager every open step of that case", () => {
    w.store.roles.add({ personId: P.jan, employerId: 'acme', role: 'casemanager', caseId: annaCase });
    const t = ids(myTasks(w.at(day), w.actor(P.jan)));
    expect(t).toContain('anna:financiele-voorlichting');
    expect(t).toContain('anna:probleemanalyse');
    // on his own sick case Jan is only the employee
    expect(t.filter((x) => x.startsWith('jan:'))).toEqual([]);
  });

  it('gives the employee their own steps, the bedrijfsarts theirs, and an outsider nothing', () => {
    expect(ids(myTasks(w.at(day), w.actor(P.anna)))).toEqual(['anna:casemanager-aanwijzen', 'anna:plan-van-aanpak']);
    expect(ids(myTasks(w.at(day), w.actor(P.bert)))).toEqual(['anna:probleemanalyse']);
    expect(myTasks(w.at(day), w.actor(P.sanne))).toEqual([]);
    expect(myTasks(w.at(day), w.actor(P.kees))).toEqual([]);
  });
});
