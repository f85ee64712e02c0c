import { describe, expect, it } from 'vitest';
import { INSTITUTION_MARKER, markInstitutionNames, normalize } from '../../../../src/core/privacy/guard/normalize.js';
import { checkText } from '../../../../src/core/privacy/guard/index.js';

describe('guard normalization', () => {
  it('lowercases, strips diacritics and apostrophes, collapses spacing', () => {
    expect(normalize('  Reïntegratie   na  RÖNTGEN  ')).toBe(' reintegratie na rontgen ');
    expect(normalize("Z'n knie, d’r rug")).toBe(' zn knie | dr rug ');
  });
  it('joins hyphenated words and turns sentence punctuation into clause marks', () => {
    expect(normalize('Burn-out; re-integratie! RSI-klachten?')).toBe(' burnout | reintegratie | rsiklachten | ');
    expect(normalize('knie- en rugklachten (links)')).toBe(' knie en rugklachten links ');
    expect(normalize('Zorg & ICT')).toBe(' zorg en ict ');
  });
  it('rewrites first- and second-person verb forms to the third person, never nouns', () => {
    expect(normalize('Ik heb een hernia en ben moe')).toBe(' ik heeft een hernia en is moe ');
    expect(normalize("I've got shingles")).toBe(' i have got shingles ');
    expect(normalize('Knie uit de kom, in de loop van de week')).toBe(' knie uit de kom | in de loop van de week ');
    expect(normalize('hebben, hebt')).toBe(' hebben | heeft ');
  });
  it('marks capitalized institution names but not a preposition before the word', () => {
    expect(markInstitutionNames('Project Ziekenhuis De Linde')).toContain(`${INSTITUTION_MARKER} Ziekenhuis De Linde`);
    expect(markInstitutionNames("Call with St. Mary's Hospital")).toContain(`${INSTITUTION_MARKER} Hospital`);
    expect(markInstitutionNames('Ligt in het ziekenhuis')).not.toContain(INSTITUTION_MARKER);
    expect(markInstitutionNames('Naar Ziekenhuis gebracht')).not.toContain(INSTITUTION_MARKER);
  });
  it('gives the same verdict whatever the case, diacritics, punctuation or spacing', () => {
    const variants = ['Heeft een hernia', 'HEEFT EEN HERNIA!!!', 'heeft   een  hernïa...', 'Heeft een hernia 🙁'];
    for (const v of variants) expect(checkText(v)).toEqual({ medical: true, categories: ['illness'] });
    for (const v of ['Burn-out', 'burnout', 'BURN OUT']) expect(checkText(v).categories).toContain('mental-health');
  });
  it('treats empty and whitespace-only text as not medical', () => {
    for (const v of ['', '   ', '\n\t', '...']) expect(checkText(v)).toEqual({ medical: false, categories: [] });
  });
});
