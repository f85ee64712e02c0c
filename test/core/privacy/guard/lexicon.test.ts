import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyMatch, bounded, compileCategory, compileChunks, expandMacros, trieRegex } from '../../../../src/core/privacy/guard/compile.js';
import { checkText, prepare } from '../../../../src/core/privacy/guard/index.js';
import { LEXICONS } from '../../../../src/core/privacy/guard/lexicon/index.js';
import { MACROS } from '../../../../src/core/privacy/guard/lexicon/macros.js';
import { loadLabelled } from '../../../../src/core/privacy/guard/labelled.js';
import { GUARD_CATEGORIES } from '../../../../src/core/privacy/guardTypes.js';

describe('guard lexicon compilation', () => {
  it('has exactly one lexicon per category and every pattern compiles', () => {
    expect(LEXICONS.map((l) => l.category).sort()).toEqual([...GUARD_CATEGORIES].sort());
    for (const l of LEXICONS) {
      for (const f of [...l.strong, ...(l.weak ?? []), ...(l.needsAbsence ?? [])]) expect(() => new RegExp(bounded(f)), f).not.toThrow();
    }
  });
  it('fails loudly on an unknown macro', () => {
    expect(() => expandMacros('{nosuchmacro}')).toThrow(/unknown macro/);
  });
  it('builds a trie that matches exactly the listed words', () => {
    const word = fc.stringMatching(/^[a-c]{1,4}$/);
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(word, { maxLength: 20 }), (words, probes) => {
      const re = new RegExp(`^${trieRegex(words)}$`);
      for (const p of [...words, ...probes]) if (re.test(p) !== words.includes(p)) return false;
      return true;
    }));
  });
  it('macro tries match the same words as a plain alternation', () => {
    for (const name of ['body', 'bodyEn', 'poss']) {
      const plain = new RegExp(`^(?:${MACROS[name].join('|')})$`);
      const trie = new RegExp(`^${expandMacros(`{${name}}`)}$`);
      for (const w of [...MACROS[name].map((a) => a.replace(/\?$/, '').replace(/(.)\?$/, '$1')), 'knietje', 'rugzak', 'armoede', 'hands']) {
        expect(trie.test(w), `${name}: ${w}`).toBe(plain.test(w));
      }
    }
  });
  it('optimized \\w* / \\w+ fragments behave like the plain word-bounded pattern', () => {
    const fragments = ['\\w*griep\\w*', '\\w*pijn(en|tje)?', '\\w+virus', 'koorts\\w*', '\\w{3,}klacht(en)?'];
    const token = fc.constantFrom('griep', 'buik', 'pijn', 'en', 'virus', 'noro', 'koorts', 'klacht', 'rug', 'punt', 'x', ' ');
    fc.assert(fc.property(fc.array(token, { maxLength: 8 }), (tokens) => {
      const text = ` ${tokens.join('')} `;
      return fragments.every((f) => new RegExp(`\\b(?:${f})\\b`).test(text) === anyMatch(compileChunks([f]), text));
    }));
  });
  it('masks whole words, never leaving letters behind', () => {
    const masked = (t: string): string => prepare(t).masked.replace(/\s+/g, ' ');
    expect(masked('Bedrijfsartsen zijn druk')).toBe(' # zijn druk ');
    expect(masked('Bedrijfsarts noemt geen diagnose')).toBe(' # noemt # ');
    expect(prepare('Werknemer heeft geen klachten meer').masked).toContain('klachten');
  });
  it('the body-complaint gate never hides a match (checked on every labelled sentence)', () => {
    const rows = ['dev', 'heldout', 'public-sample', 'blind2', 'blind3', 'blind4', 'blind5'].flatMap((n) => loadLabelled(`test/fixtures/guard/${n}.tsv`));
    for (const lexicon of LEXICONS.filter((l) => l.gate)) {
      const c = compileCategory(lexicon);
      let hits = 0;
      for (const r of rows) {
        const { masked } = prepare(r.text);
        if (anyMatch(c.strong, masked)) {
          hits++;
          expect(c.gate!.test(masked), r.text).toBe(true);
        }
      }
      expect(hits).toBeGreaterThan(50);
    }
  });
});

describe('guard verdicts never carry the text', () => {
  it('returns only a boolean and known categories, consistent with each other', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const r = checkText(text);
      expect(Object.keys(r).sort()).toEqual(['categories', 'medical']);
      expect(r.medical).toBe(r.categories.length > 0);
      expect(new Set(r.categories).size).toBe(r.categories.length);
      for (const c of r.categories) expect(GUARD_CATEGORIES).toContain(c);
    }));
  });
  it('does not echo medical text back', () => {
    const text = 'Anna de Vries heeft een longontsteking en ligt in het ziekenhuis';
    const json = JSON.stringify(checkText(text));
    for (const word of ['Anna', 'longontsteking', 'ziekenhuis']) expect(json).not.toContain(word);
  });
});
