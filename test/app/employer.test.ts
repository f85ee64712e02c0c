import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setEmployer } from '../../src/app/employer.js';
import { reportSickness } from '../../src/app/sickness.js';
import { completeStep } from '../../src/app/steps.js';
import { ValidationError } from '../../src/app/errors.js';
import type { IntakeInput } from '../../src/core/privacy/intake.js';
import { intake, P, world, type World } from './helpers.js';

let w: World;
beforeEach(() => { w = world(); });
afterEach(() => w.cleanup());

describe('setEmployer', () => {
  it('changes settings, audits as operator and recomputes next-due dates of open cases', () => {
    const id = reportSickness(w.at('2026-03-02'), w.actor(P.piet), intake(P.anna, '2026-03-02') as unknown as IntakeInput).case.id;
    completeStep(w.at('2026-03-12'), w.actor(P.piet), id, 'ziekmelding-werkgever', { date: '2026-03-02' });
    completeStep(w.at('2026-03-12'), w.actor(P.piet), id, 'ziekmelding-arbodienst', { date: '2026-03-05' });
    // next: probleemanalyse 2026-04-12 − 7 = Easter Sunday 04-05; Good Friday is a holiday → Thursday 04-02
    expect(w.store.cases.get(id)!.nextDue).toBe('2026-04-02');
    const r = setEmployer(w.at('2026-03-12'), 'acme', { insured: true, officeHours: { start: '09:00', end: '17:30' } });
    expect(r.employer.settings).toMatchObject({ insured: true, ownRiskZiektewet: false, officeHours: { start: '09:00', end: '17:30' }, language: 'nl' });
    expect(r.casesRecomputed).toBe(1);
    // melding-verzekeraar (day 2 = 2026-03-03) now applies and is overdue
    expect(w.store.cases.get(id)!.nextDue).toBe('2026-03-03');
    expect(w.store.audit.list().at(-1)).toMatchObject({ action: 'employer.configure', actorPersonId: null, reason: 'cli.operator' });
  });

  it('creates an unknown employer and rejects bad settings', () => {
    expect(setEmployer(w.at('2026-03-02'), 'teams:tenant-9', { language: 'en' })).toMatchObject({ created: true, employer: { id: 'teams:tenant-9', settings: { language: 'en' } } });
    expect(() => setEmployer(w.at('2026-03-02'), 'acme', { officeHours: { start: '18:00', end: '08:00' } })).toThrow(ValidationError);
    expect(() => setEmployer(w.at('2026-03-02'), 'acme', { language: 'de' as 'nl' })).toThrow(ValidationError);
  });
});
