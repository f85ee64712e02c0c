// The medical-text guard's verdict: whether a text looks medical and which categories matched — never the text.

/** Lexicon categories (domain.md §5 "It flags"). */
export const GUARD_CATEGORIES = [
  'illness', 'symptom', 'body-complaint', 'injury', 'treatment', 'medication',
  'care-provider', 'pregnancy', 'mental-health', 'cause',
] as const;
/** A category the guard can report. */
export type GuardCategory = (typeof GUARD_CATEGORIES)[number];

/** Verdict on one text. */
export interface GuardResult {
  medical: boolean;
  categories: GuardCategory[];
}
