import { describe, expect, it } from 'vitest';
import { editDistance, fuzzyCost, similarity, typoBudget } from '../../../flows/grammar/fuzzy.js';

describe('editDistance (Damerau–Levenshtein, optimal string alignment)', () => {
  it.each([
    ['ziek', 'ziek', 0], ['ziek', 'zeik', 1], ['ziek', 'zik', 1], ['ziek', 'zieke', 1], ['ziek', 'ziel', 1],
    ['status', 'stauts', 1], ['status', 'statsu', 1], ['kitten', 'sitting', 3], ['', 'abc', 3], ['ca', 'abc', 3],
    ['ziekmelding', 'ziekmledign', 2], ['beurt', 'buert', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops early above the maximum', () => {
    expect(editDistance('ziekmelding', 'herstelmelding', 1)).toBe(2);
  });
});

describe('typo budget', () => {
  it('is 0 below 4 letters, 1 for 4–6, 2 for 7 and more', () => {
    expect([3, 4, 6, 7, 12].map(typoBudget)).toEqual([0, 1, 1, 2, 2]);
  });
  it('uses the shorter word', () => {
    expect(fuzzyCost('rol', 'role')).toBeNull();
    expect(fuzzyCost('zeik', 'ziek')).toBe(1);
    expect(fuzzyCost('zeikk', 'ziek')).toBeNull();
    expect(fuzzyCost('ziekmledign', 'ziekmelding')).toBe(2);
    expect(fuzzyCost('zikemledin', 'ziekmelding')).toBeNull();
  });
  it('ranks exact above prefix above near miss, and unrelated at 0', () => {
    expect(similarity('ziek', 'ziek')).toBe(1);
    expect(similarity('ziekm', 'ziekmelding')).toBe(0.6);
    expect(similarity('herstelmeldng', 'herstelmelding')).toBeGreaterThan(0.7);
    expect(similarity('griep', 'grant')).toBe(0);
  });
});
