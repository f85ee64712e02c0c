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
  /**
   * Case-sensitive acronyms that are ordinary words in lowercase (ALS = 'als', ME = 'me'), matched on the original text and
   * only right after one of `after` ("Heeft ALS", "diagnosed with ME"; `after` is matched whatever its case).
   */
  acronyms?: { words: readonly string[]; after: readonly string[] };
  /** The category does not count when the (normalized, unmasked) text also matches one of these. */
  notWith?: readonly string[];
}
