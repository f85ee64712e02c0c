// Name folding for search: case- and accent-insensitive ("Fatima El Amrani" matches "el amrani", "Zoë" matches "zoe").

/** Lower case, accents stripped, whitespace collapsed. */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How well `name` matches `query` (both unfolded): 0 exact, 1 prefix of the whole name, 2 prefix of a later
 * word (after a space, hyphen or apostrophe), undefined for no match.
 */
export function nameMatchRank(name: string, query: string): number | undefined {
  const q = foldName(query);
  if (!q) return undefined;
  const n = foldName(name);
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  for (let i = 0; i < n.length; i++) {
    if ((n[i] === ' ' || n[i] === '-' || n[i] === "'") && n.startsWith(q, i + 1)) return 2;
  }
  return undefined;
}
