// Shape of one lexicon category file (see ../README.md for the pattern syntax).
import type { GuardCategory } from '../../guardTypes.js';

/**
 * One category's patterns. Each pattern is a regular-expression fragment matched against the normalized
 * text and wrapped in word boundaries (\b…\b); `{macro}` expands to an alternation from macros.ts.
 */
export interface CategoryLexicon {
  category: GuardCategory;
  /** Optional cheap pre-check that every pattern of this category needs (speed only; a test checks it holds). */
  gate?: string;
  /** Count wherever they match. */
  strong: readonly string[];
  /** Ambiguous nouns: count unless the same clause reads as business (business.ts). */
  weak?: readonly string[];
  /** Count only when the text mentions the absence (absence.ts) or the phrase is the whole text. */
  needsAbsence?: readonly string[];
}
