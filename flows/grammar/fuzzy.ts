// Typo tolerance: restricted Damerau–Levenshtein (optimal string alignment) with a length-based budget.

/** Edits (insert, delete, substitute, swap of neighbours) between two words; stops early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = new Array<number>(n + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** Edits tolerated for a word of this length: none below 4 letters, 1 for 4–6, 2 for longer. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length <= 6 ? 1 : 2;
}

/** Edits between a typed word and a known word, or null when beyond the budget of the shorter one. */
export function fuzzyCost(typed: string, known: string): number | null {
  if (typed === known) return 0;
  const budget = typoBudget(Math.min(typed.length, known.length));
  if (budget === 0) return null;
  const d = editDistance(typed, known, budget);
  return d <= budget ? d : null;
}

/** Loose similarity in [0, 1] for ranking suggestions: 1 exact, below 0.8 for prefixes and near misses. */
export function similarity(typed: string, known: string): number {
  if (typed === known) return 1;
  const shorter = Math.min(typed.length, known.length);
  if (shorter < 3) return 0;
  if (known.startsWith(typed) || (shorter >= 4 && typed.startsWith(known))) return 0.6;
  const budget = typoBudget(shorter) + (shorter >= 5 ? 1 : 0);
  if (budget === 0) return 0;
  const d = editDistance(typed, known, budget);
  return d <= budget ? 0.8 * (1 - d / Math.max(typed.length, known.length)) : 0;
}
