import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../src/core/privacy/guard/index.js';
import { loadLabelled, parseLabelled, score } from '../../../../src/core/privacy/guard/labelled.js';

// The bar of domain.md §5: on held-out sentences at least 95 % of medical texts refused, at most 5 % of business texts refused.
const BAR = { recall: 0.95, falseRefusal: 0.05 };

describe('guard on labelled sets', () => {
  it('gets every sentence of the public sample right', () => {
    const s = score(loadLabelled('test/fixtures/guard/public-sample.tsv'));
    expect(s.medical + s.ok).toBe(26);
    expect(s.missed.map((r) => r.text)).toEqual([]);
    expect(s.refused.map((r) => r.text)).toEqual([]);
  });
  it('meets the bar on the held-out set (written before tuning, never tuned on)', () => {
    const s = score(loadLabelled('test/fixtures/guard/heldout.tsv'));
    expect(s.medical).toBeGreaterThanOrEqual(250);
    expect(s.ok).toBeGreaterThanOrEqual(250);
    expect(s.recall).toBeGreaterThanOrEqual(BAR.recall);
    expect(s.falseRefusal).toBeLessThanOrEqual(BAR.falseRefusal);
  });
  // Blind sets: invented sentences, each written before the guard change it measures and measured once before any tuning
  // on it (figures in the guard README). They were tuned on afterwards, so here they guard against regressions.
  for (const [name, min] of [['blind2', 300], ['blind3', 150], ['blind4', 150], ['blind5', 150]] as const) {
    it(`meets the bar on ${name}.tsv`, () => {
      const s = score(loadLabelled(`test/fixtures/guard/${name}.tsv`));
      expect(s.medical).toBeGreaterThanOrEqual(min);
      expect(s.ok).toBeGreaterThanOrEqual(min);
      expect(s.recall).toBeGreaterThanOrEqual(BAR.recall);
      expect(s.falseRefusal).toBeLessThanOrEqual(BAR.falseRefusal);
    });
  }
  it('stays near-perfect on the dev set it was tuned on (catches regressions)', () => {
    const s = score(loadLabelled('test/fixtures/guard/dev.tsv'));
    expect(s.medical).toBeGreaterThanOrEqual(400);
    expect(s.recall).toBeGreaterThanOrEqual(0.99);
    expect(s.falseRefusal).toBeLessThanOrEqual(0.01);
  });
  it('scores a set as the evaluator reports it', () => {
    const s = score(parseLabelled('# c\nmedical\tHeeft griep\nmedical\tKlant bellen\nok\tOfferte sturen\nok\tZwanger\n'));
    expect(s).toMatchObject({ medical: 2, ok: 2, recall: 0.5, falseRefusal: 0.5 });
    expect(() => parseLabelled('sick\tHeeft griep')).toThrow(/line 1/);
  });
  it('checks at least 20,000 sentences per second', () => {
    const texts = ['dev', 'heldout', 'blind2'].flatMap((n) => loadLabelled(`test/fixtures/guard/${n}.tsv`)).map((r) => r.text);
    for (const t of texts) checkText(t); // warm up the regex JIT
    let best = 0;
    for (let round = 0; round < 3 && best < 20_000; round++) {
      const start = performance.now();
      let n = 0;
      while (performance.now() - start < 300) for (const t of texts) { checkText(t); n++; }
      best = Math.max(best, n / ((performance.now() - start) / 1000));
    }
    expect(best).toBeGreaterThanOrEqual(20_000);
  });
});
