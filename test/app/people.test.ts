import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { casesVisibleTo, findPeople } from '../../src/app/people.js';
import { reportSickness } from '../../src/app/sickness.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
beforeEach(() => {
  w = world();
  w.store.people.upsert({ id: 'p-jan2', employerId: 'acme', name: 'Jan de Wit', email: null, locale: null, managerPersonId: P.piet, employmentEnd: null, identities: [{ platform: 'slack', tenantId: 'T1', userId: 'U0JAN2' }] });
  w.store.people.upsert({ id: 'p-jan3', employerId: 'globex', name: 'Jan Jansen', email: null, locale: null, managerPersonId: null, employmentEnd: null, identities: [] });
});
afterEach(() => w.cleanup());
const ctx = () => w.at('2026-03-02');
const names = (m: Array<{ name: string }>) => m.map((x) => x.name).sort();

describe('findPeople', () => {
  it('returns every match at the own employer: ambiguity is a list, never a guess', () => {
    expect(names(findPeople(ctx(), w.actor(P.fatima), 'jan'))).toEqual(['Jan Bakker', 'Jan de Wit', 'Piet Jansen']);
    expect(names(findPeople(ctx(), w.actor(P.fatima), 'Jan Bakker'))).toEqual(['Jan Bakker']);
    expect(findPeople(ctx(), w.actor(P.fatima), 'Nobody')).toEqual([]);
    expect(findPeople(ctx(), w.actor(P.kees), 'Jan').map((x) => x.name)).toEqual(['Jan Jansen']);
  });

  it('resolves mentions, e-mail addresses and ids', () => {
    expect(findPeople(ctx(), w.actor(P.fatima), '<@U0JAN2>')).toEqual([{ personId: 'p-jan2', name: 'Jan de Wit' }]);
    expect(findPeople(ctx(), w.actor(P.fatima), 'anna@example.nl')).toEqual([{ personId: P.anna, name: 'Anna de Vries' }]);
    expect(findPeople(ctx(), w.actor(P.kees), P.anna)).toEqual([]);
  });

  it("for status, keeps only people with a case the asker may read", () => {
    reportSickness(ctx(), w.actor(P.piet), intake('p-jan2', '2026-03-02') as unknown as IntakeInput);
    reportSickness(ctx(), w.actor(P.ellen), intake(P.jan, '2026-03-02') as unknown as IntakeInput);
    expect(names(findPeople(ctx(), w.actor(P.piet), 'jan', 'status'))).toEqual(['Jan de Wit']);
    expect(names(findPeople(ctx(), w.actor(P.fatima), 'jan', 'status'))).toEqual(['Jan Bakker', 'Jan de Wit']);
    expect(findPeople(ctx(), w.actor(P.sanne), 'jan', 'status')).toEqual([]);
  });
});

describe('casesVisibleTo', () => {
  it('lists the cases whose process the asker may read, audited', () => {
    const a = reportSickness(ctx(), w.actor(P.piet), intake(P.anna, '2026-03-02') as unknown as IntakeInput).case.id;
    const j = reportSickness(ctx(), w.actor(P.ellen), intake(P.jan, '2026-03-01') as unknown as IntakeInput).case.id;
    expect(casesVisibleTo(ctx(), w.actor(P.piet)).map((c) => c.caseId)).toEqual([a]);
    expect(casesVisibleTo(ctx(), w.actor(P.fatima)).map((c) => c.caseId)).toEqual([a, j]);
    expect(casesVisibleTo(ctx(), w.actor(P.anna))).toEqual([expect.objectContaining({ caseId: a, employeeName: 'Anna de Vries', weekOfIllness: 1 })]);
    expect(casesVisibleTo(ctx(), w.actor(P.kees))).toEqual([]);
    expect(w.store.audit.list({ actorPersonId: P.fatima }).filter((e) => e.action === 'case.read.process')).toHaveLength(2);
  });
});
