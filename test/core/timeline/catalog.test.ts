import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/core/roles.js';
import { STEP_CATALOG, type TimingRule } from '../../../src/core/timeline/catalog.js';
import { STEP_IDS, type StepId } from '../../../src/core/timeline/stepIds.js';

const PRACTICE: StepId[] = [
  'financiele-voorlichting', 'izp-fml', 'arbeidsdeskundig-onderzoek', 'pre-wia-scan-1', 'pre-wia-scan-2',
  'actueel-oordeel-bedrijfsarts', 'eindevaluatie', 'wia-ontvangstbevestiging', 'wia-uitnodiging',
  'ingebrekestelling-uwv', 'voorlichting-na-104-weken', 'wia-beschikking',
];

function referencedSteps(rule: TimingRule): StepId[] {
  switch (rule.kind) {
    case 'fromStep': return [rule.step];
    case 'fromEinde': return ['einde-wachttijd'];
    case 'fromRecorded': return [rule.step, ...referencedSteps(rule.fallback)];
    case 'recurring': return referencedSteps(rule.anchor);
    default: return [];
  }
}

describe('STEP_CATALOG', () => {
  it('has exactly one entry per step id, keyed by its own id', () => {
    expect(Object.keys(STEP_CATALOG).sort()).toEqual([...STEP_IDS].sort());
    for (const id of STEP_IDS) expect(STEP_CATALOG[id].id).toBe(id);
  });
  it('has bilingual, one-line titles, bases and consequences', () => {
    for (const id of STEP_IDS) {
      const d = STEP_CATALOG[id];
      for (const text of [d.title, d.basis, d.consequence]) {
        expect(text.nl.trim().length, id).toBeGreaterThan(3);
        expect(text.en.trim().length, id).toBeGreaterThan(3);
        expect(text.nl + text.en, id).not.toMatch(/\n/);
      }
    }
  });
  it('names only known roles, and nobody for the two milestones', () => {
    for (const id of STEP_IDS) {
      const d = STEP_CATALOG[id];
      for (const r of d.responsible) expect(ROLES, id).toContain(r);
      expect(d.responsible.length === 0, id).toBe(d.milestone);
    }
    expect(STEP_CATALOG['einde-wachttijd'].milestone && STEP_CATALOG['einde-loondoorbetaling'].milestone).toBe(true);
  });
  it('marks exactly the practice prompts as practice', () => {
    expect(STEP_IDS.filter((id) => STEP_CATALOG[id].practice).sort()).toEqual([...PRACTICE].sort());
  });
  it('carries the conditions of §3', () => {
    expect(STEP_CATALOG['melding-verzekeraar'].condition.kind).toBe('insured');
    expect(STEP_CATALOG['vangnet-melding-uwv'].condition.kind).toBe('safetyNet');
    expect(STEP_CATALOG['vervroegde-iva'].condition.kind).toBe('bedrijfsartsJudgement');
    expect(STEP_CATALOG['wia-beschikking'].timing.kind).toBe('noDate');
    expect(STEP_CATALOG['vangnet-melding-uwv'].title.nl).toMatch(/dag 4.*6 weken/);
  });
  it('has acyclic timing rules that only reference known steps', () => {
    const visiting = new Set<StepId>();
    const done = new Set<StepId>();
    const visit = (id: StepId) => {
      if (done.has(id)) return;
      expect(visiting.has(id), `cycle through ${id}`).toBe(false);
      visiting.add(id);
      for (const ref of referencedSteps(STEP_CATALOG[id].timing)) {
        expect(STEP_IDS).toContain(ref);
        visit(ref);
      }
      visiting.delete(id);
      done.add(id);
    };
    STEP_IDS.forEach(visit);
  });
});
