// Turns the lexicon data (regex fragments with {macros}) into regexes, once, at module load.
import type { GuardCategory } from '../guardTypes.js';
import { MACROS } from './lexicon/macros.js';
import type { CategoryLexicon } from './lexicon/types.js';

/** A category's patterns, compiled. */
export interface CompiledCategory {
  category: GuardCategory;
  /** Cheap pre-check: when it does not match, no pattern of the category can. */
  gate: RegExp | null;
  strong: RegExp[];
  weak: RegExp[];
  needsAbsence: RegExp | null;
  /** needsAbsence anchored to the whole text (a bare reason like "Vanwege de reorganisatie"). */
  wholeText: RegExp | null;
  /** Case-sensitive acronyms, tested on the original text. */
  acronyms: RegExp | null;
  /** When this matches the normalized text the category does not count. */
  notWith: RegExp | null;
}

const MACRO_REF = /\{(\w+)\}/g;
const LITERAL_WORD = /^[a-z0-9 ]+$/;

/** Expands 'knies?' into 'knie' and 'knies'; returns null when an alternative is more than a literal. */
function literals(alternatives: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const a of alternatives) {
    if (LITERAL_WORD.test(a)) out.push(a);
    else if (a.endsWith('?') && LITERAL_WORD.test(a.slice(0, -2)) && LITERAL_WORD.test(a.slice(-2, -1))) out.push(a.slice(0, -2), a.slice(0, -1));
    else return null;
  }
  return out;
}

/**
 * A literal word list as a character trie ((?:a(?:rm|rmen)…) → (?:a(?:rm(?:en)?)…)), so the regex engine dispatches on
 * one character instead of trying every word in turn. Longest words win, as in a sorted alternation.
 */
export function trieRegex(words: readonly string[]): string {
  const build = (list: string[]): string => {
    const ends = list.includes('');
    const groups = new Map<string, string[]>();
    for (const w of list) if (w !== '') groups.set(w[0], [...(groups.get(w[0]) ?? []), w.slice(1)]);
    const branches = [...groups.entries()].map(([ch, rest]) => escape(ch) + build(rest));
    if (branches.length === 0) return '';
    const alt = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!ends) return alt;
    return branches.length === 1 && branches[0].length === 1 ? `${alt}?` : `(?:${alt})?`;
  };
  return `(?:${build([...new Set(words)])})`;
}

const escape = (ch: string): string => (ch === ' ' ? ' ' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const macroCache = new Map<string, string>();

/** Expands {macro} references; throws on an unknown macro so a typo in the data fails loudly at startup and in tests. */
export function expandMacros(fragment: string): string {
  return fragment.replace(MACRO_REF, (_all, name: string) => {
    const cached = macroCache.get(name);
    if (cached) return cached;
    const alternatives = MACROS[name];
    if (!alternatives) throw new Error(`guard lexicon: unknown macro {${name}}`);
    const words = literals(alternatives);
    const sorted = [...alternatives].sort((a, b) => b.length - a.length);
    const expanded = words ? trieRegex(words) : `(?:${sorted.join('|')})`;
    macroCache.set(name, expanded);
    return expanded;
  });
}

/** A fragment split into its leading assertion ('\\b', '\\B' or none) and the rest. */
interface Bounded {
  start: '' | ' ' | '\\b' | '\\B';
  rest: string;
}

/**
 * Wraps one fragment in word boundaries. For an existence test (not for a replacement, hence `optimize`) `\\b\\w*X` is the same as `X` and `\\b\\w+X` the same as
 * `\\BX` (X starting with a letter), so a leading/trailing `\\w*` or `\\w+` is turned into that cheaper form.
 */
function split(fragment: string, optimize = true): Bounded {
  let f = expandMacros(fragment);
  let start: Bounded['start'] = '\\b';
  let end = '\\b';
  if (!optimize) return { start: ' ', rest: `(?:${f})${end}` }; // the mask's ' # ' puts the consumed space back
  if (f.startsWith('\\w*') && /^[a-z(]/.test(f.slice(3))) { f = f.slice(3); start = ''; }
  else if (f.startsWith('\\w+') && /^[a-z]/.test(f.slice(3))) { f = f.slice(3); start = '\\B'; }
  if (f.endsWith('\\w*') && !f.endsWith('\\\\w*')) { f = f.slice(0, -3); end = ''; }
  // Normalized text puts exactly one space before every word (normalize.ts), so a word start is a space: the engine can
  // skip to spaces instead of testing \b at every character (about twice as fast).
  if (start === '\\b') start = ' ';
  return { start, rest: `(?:${f})${end}` };
}

/** One fragment as a standalone regex source. */
export function bounded(fragment: string): string {
  const b = split(fragment);
  return b.start + b.rest;
}

/** One alternation of word-bounded fragments, or null for an empty list. */
export function compileAlternation(fragments: readonly string[] | undefined, flags = ''): RegExp | null {
  if (!fragments || fragments.length === 0) return null;
  return new RegExp(fragments.map(bounded).join('|'), flags);
}

/**
 * Regex source size per chunk. V8 scans a medium-sized alternation much faster than one huge one (it can still skip
 * start positions), and much faster than hundreds of tiny ones (call overhead): ~2,000 characters measured best.
 */
const CHUNK_SOURCE = 2000;

/**
 * Word-bounded fragments as a few medium-sized alternations (empty for an empty list). Fragments are grouped by their
 * leading assertion so each chunk reads ` (?:a|b|…)` (a word start is a space in normalized text): the engine skips to the
 * next space and rejects a mid-word position once, not once per fragment.
 */
export function compileChunks(fragments: readonly string[] | undefined, flags = '', optimize = true): RegExp[] {
  const chunks: RegExp[] = [];
  const groups = new Map<Bounded['start'], string[]>();
  for (const b of (fragments ?? []).map((f) => split(f, optimize))) groups.set(b.start, [...(groups.get(b.start) ?? []), b.rest]);
  for (const [start, rests] of groups) {
    let current: string[] = [];
    let size = 0;
    const flush = (): void => {
      if (current.length > 0) chunks.push(new RegExp(`${start}(?:${current.join('|')})`, flags));
      current = [];
      size = 0;
    };
    for (const r of rests) {
      if (size + r.length > CHUNK_SOURCE) flush();
      current.push(r);
      size += r.length + 1;
    }
    flush();
  }
  return chunks;
}

/** True when any of the regexes matches. */
export function anyMatch(regexes: readonly RegExp[], text: string): boolean {
  for (const re of regexes) if (re.test(text)) return true;
  return false;
}

/** Acronyms, case-sensitive, right after one of the context words (those in any case: [hH][eE]…). */
export function compileAcronyms(words: readonly string[], after: readonly string[]): RegExp {
  const anyCase = (w: string): string => w.replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`);
  return new RegExp(`(?<=(?:^|[^\\p{L}])(?:${after.map(anyCase).join('|')}) +)(?:${words.join('|')})(?![\\p{L}\\d])`, 'u');
}

/** Compiles one category. */
export function compileCategory(lexicon: CategoryLexicon): CompiledCategory {
  const needs = compileAlternation(lexicon.needsAbsence);
  return {
    category: lexicon.category,
    gate: lexicon.gate ? new RegExp(bounded(lexicon.gate)) : null,
    strong: compileChunks(lexicon.strong),
    weak: compileChunks(lexicon.weak),
    needsAbsence: needs,
    wholeText: needs ? new RegExp(`^\\s*(?:${needs.source})\\s*\\|?\\s*$`) : null,
    acronyms: lexicon.acronyms ? compileAcronyms(lexicon.acronyms.words, lexicon.acronyms.after) : null,
    notWith: compileAlternation(lexicon.notWith),
  };
}
