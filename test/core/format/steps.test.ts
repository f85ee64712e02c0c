import { describe, expect, it } from 'vitest';
import { parseStepValue, stepButtons, stepValue, STEP_ACTIONS } from '../../../src/core/format/buttons.js';
import { formatStepLine, responsibleNames, stepState, stepSummary, stepWhen, type StepTexts } from '../../../src/core/format/steps.js';
import type { TimelineStep } from '../../../src/core/timeline/types.js';

const today = '2026-05-04';
const texts: StepTexts = {
  title: { nl: 'Probleemanalyse', en: 'Problem analysis' },
  basis: { nl: 'Regeling procesgang art. 2 lid 2–3', en: 'Process regulation art. 2(2–3)' },
  consequence: { nl: 'risico op loonsanctie', en: 'risk of a wage sanction' },
};

function step(over: Partial<TimelineStep>): TimelineStep {
  return {
    id: 'probleemanalyse', due: '2026-05-01', legalDue: '2026-05-01', windowStart: null, status: 'overdue',
    responsible: ['bedrijfsarts', 'manager'], basis: 'Regeling procesgang art. 2 lid 2–3', ...over,
  };
}

describe('step lines', () => {
  it('shows an overdue step with its date, delay, people, basis and consequence', () => {
    const line = formatStepLine(step({}), texts, today, 'nl');
    expect(line).toEqual({
      title: 'Probleemanalyse',
      when: 'uiterlijk vr 1 mei 2026 (3 dagen te laat)',
      state: 'Te laat',
      responsible: 'Wie: bedrijfsarts en leidinggevende',
      basis: 'Grondslag: Regeling procesgang art. 2 lid 2–3',
      consequence: 'Als het mist: risico op loonsanctie',
    });
    expect(formatStepLine(step({}), texts, today, 'en').when).toBe('due Fri 1 May 2026 (3 days overdue)');
    expect(formatStepLine(step({}), texts, today, 'en').basis).toBe('Legal basis: Process regulation art. 2(2–3)');
  });

  it('falls back to the timeline basis and marks practice prompts', () => {
    const line = formatStepLine(step({ status: 'open', due: '2026-05-14' }), { title: texts.title, practice: true }, today, 'nl');
    expect(line.title).toBe('Probleemanalyse (goede praktijk)');
    expect(line.basis).toBe('Grondslag: Regeling procesgang art. 2 lid 2–3');
    expect(line.when).toBe('uiterlijk do 14 mei 2026 (over 10 dagen)');
    expect(line.consequence).toBeUndefined();
  });

  it('describes windows, done, deviated, not applicable and lapsed steps', () => {
    const window = step({ status: 'due-soon', windowStart: '2026-04-20', due: '2026-05-10' });
    expect(stepWhen(window, today, 'nl')).toBe('tussen ma 20 april 2026 en zo 10 mei 2026 (over 6 dagen)');
    const done = step({ status: 'done', doneOn: '2026-04-28' });
    expect(stepWhen(done, today, 'nl')).toBe('Gedaan op di 28 april 2026');
    expect(stepState(done, 'en')).toBe('Done on Tue 28 April 2026');
    const moved = step({ status: 'deviated', due: '2026-05-15', reason: 'wacht op rapport van de arbodienst' });
    expect(stepWhen(moved, today, 'nl')).toBe('uiterlijk vr 15 mei 2026 (over 11 dagen, was vr 1 mei 2026)');
    expect(stepState(moved, 'nl')).toBe('Verplaatst naar vr 15 mei 2026');
    expect(formatStepLine(moved, texts, today, 'nl').reason).toBe('Reden: wacht op rapport van de arbodienst');
    const na = step({ status: 'not-applicable', reason: 'pensioen binnen een jaar' });
    expect(stepWhen(na, today, 'en')).toBe('Not applicable');
    expect(stepState(step({ status: 'not-due' }), 'nl')).toBe('Vervallen: zaak gesloten');
    expect(formatStepLine(step({ responsible: [] }), texts, today, 'nl').responsible).toBe('');
  });

  it('has a one-line summary and role lists', () => {
    expect(stepSummary(step({}), texts, today, 'nl')).toBe('Probleemanalyse — uiterlijk vr 1 mei 2026 (3 dagen te laat)');
    expect(responsibleNames(['manager', 'employee', 'casemanager'], 'en')).toBe('manager, employee and case manager');
  });
});

describe('step buttons', () => {
  it('carry the interaction ids and CASEID:STEPID', () => {
    const buttons = stepButtons('case-7', 'plan-van-aanpak', 'nl');
    expect(buttons.map((b) => [b.actionId, b.label, b.value])).toEqual([
      ['step-done', 'Klaar', 'case-7:plan-van-aanpak'],
      ['step-not-applicable', 'Niet van toepassing', 'case-7:plan-van-aanpak'],
      ['step-deviate', 'Afwijken met reden', 'case-7:plan-van-aanpak'],
      ['case-show', 'Bekijk zaak', 'case-7:plan-van-aanpak'],
    ]);
    expect(stepButtons('c', 'spoor-2', 'en').map((b) => b.label)).toEqual(['Done', 'Not applicable', 'Deviate with reason', 'Show case']);
    expect(STEP_ACTIONS.show).toBe('case-show');
  });
  it('parse their value back, refusing unknown steps', () => {
    expect(parseStepValue(stepValue('a:b', 'spoor-2'))).toEqual({ caseId: 'a:b', stepId: 'spoor-2' });
    expect(parseStepValue('case-1:no-such-step')).toBeNull();
    expect(parseStepValue(':spoor-2')).toBeNull();
    expect(parseStepValue('nothing')).toBeNull();
  });
});

describe('with the real step catalog', () => {
  it('formats every catalog step in both languages without leftover placeholders', async () => {
    const { STEP_CATALOG } = await import('../../../src/core/timeline/catalog.js');
    for (const def of Object.values(STEP_CATALOG)) {
      for (const locale of ['nl', 'en'] as const) {
        const line = formatStepLine(step({ id: def.id, responsible: def.responsible, basis: def.basis.nl }), def, today, locale);
        const all = Object.values(line).join(' ');
        expect(all, `${def.id} ${locale}`).not.toMatch(/[{}]|undefined/);
        expect(line.basis).toContain(def.basis[locale]);
      }
    }
  });
});
