// Text normalization for the medical-text guard: one canonical, lowercase, diacritic-free form per text.
import { VERB_FORMS } from './lexicon/verbForms.js';

/** Marks a clause boundary in normalized text (sentence punctuation and commas). */
export const CLAUSE = '|';

/** Marker inserted before the institution word of a capitalized name ("Ziekenhuis De Linde"); the lexicon treats it as business context. */
export const INSTITUTION_MARKER = 'instellingsnaam';

const INSTITUTION_WORDS = 'Ziekenhuis|Hospital|Kliniek|Clinic|Zorggroep|Revalidatiecentrum|Huisartsenpraktijk|Huisartsenpost|Apotheek|Pharmacy|GGZ|GGD|Medisch Centrum|Medical Centre|Medical Center|UMC|Praktijk';
// Capitalized words that start a sentence or a phrase rather than name an institution.
const NOT_A_NAME = new Set(['In', 'Naar', 'Het', 'De', 'Een', 'Uit', 'Ligt', 'Lag', 'Is', 'Bij', 'Op', 'Van', 'Met', 'To', 'The', 'A', 'At', 'From', 'Into', 'Via', 'Door', 'Terug', 'Thuis', 'Opgenomen', 'Admitted', 'Rushed', 'Taken', 'Back', 'Home', 'Local', 'My', 'His', 'Her']);
const NAME_BEFORE = new RegExp(`((?:[A-Z][\\p{Ll}'’.][\\p{L}'’.]*[\\s-]+){1,3})(${INSTITUTION_WORDS})\\b`, 'gu');
const INSTITUTION_ANYWHERE = new RegExp(`(?:${INSTITUTION_WORDS})`); // cheap pre-check: most texts name no institution
const NAME_AFTER = new RegExp(`\\b(${INSTITUTION_WORDS})([\\s-]+(?:[A-Z][\\p{L}'’.-]*|[0-9]+))`, 'gu');

/** Puts INSTITUTION_MARKER before the institution word of a capitalized name ("Ziekenhuis De Linde", "St. Mary's Hospital"); works on original case. */
export function markInstitutionNames(text: string): string {
  if (!/[A-Z]/.test(text) || !INSTITUTION_ANYWHERE.test(text)) return text;
  const marked = text.replace(NAME_BEFORE, (all: string, name: string, word: string) => {
    const words = name.trim().split(/[\s-]+/).filter((w) => !NOT_A_NAME.has(w.replace(/[.'’]/g, '')));
    return words.length === 0 ? all : `${name} ${INSTITUTION_MARKER} ${word}`;
  });
  return marked.replace(NAME_AFTER, (all: string, word: string, rest: string) =>
    NOT_A_NAME.has(rest.trim().replace(/[.'’-]/g, '')) ? all : ` ${INSTITUTION_MARKER} ${word}${rest}`);
}

const COMBINING = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /['’`´‘]/g;
const IN_WORD_HYPHEN = /(?<=[a-z0-9])[-‐‑](?=[a-z0-9])/g;
const CLAUSE_PUNCT = /[.;!?\n\r…]+|,/g;
const OTHER = /[^a-z0-9| ]+/g;
const SPACES = / {2,}/g;
const VERB_RE = new RegExp(`(?<= )(?:${Object.keys(VERB_FORMS).join('|')})(?= )`, 'g');

/**
 * Canonical form: lowercase, no diacritics (ë→e), apostrophes dropped (z'n→zn), hyphens inside words joined
 * (burn-out→burnout, re-integratie→reintegratie), '&'→' en ', sentence punctuation and commas → ' | ',
 * any other punctuation → space, single spaces, one leading and trailing space; first/second-person verb forms are
 * rewritten to the third person (lexicon/verbForms.ts: heb→heeft, ben→is, ive→i have).
 */
export function normalize(text: string): string {
  const s = (ASCII.test(text) ? text : text.normalize('NFKD').replace(COMBINING, ''))
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(IN_WORD_HYPHEN, '')
    .replace(/&/g, ' en ')
    .replace(CLAUSE_PUNCT, ` ${CLAUSE} `)
    .replace(OTHER, ' ')
    .replace(SPACES, ' ')
    .trim();
  return ` ${s} `.replace(VERB_RE, (w) => VERB_FORMS[w]);
}
