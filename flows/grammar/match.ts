// Compiles the phrasing table and matches tokens against it: the whole line must be used, typos
// cost their edits, and the cheapest phrasing wins (the earlier one on a tie).
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Role } from '../../src/core/roles.js';
import { fuzzyCost } from './fuzzy.js';
import type { Token } from './normalize.js';
import { PATTERNS, type PatternSpec } from './patterns.js';
import { readCaseId, readLocale, readPerson, readRole, type SlotReading } from './slots.js';
import type { PersonRef } from './types.js';

/** One element of a compiled phrasing. */
export type Element =
  | { kind: 'word'; alts: string[]; optional: boolean }
  | { kind: 'person' | 'role' | 'case'; optional: boolean }
  | { kind: 'lang'; codes: boolean; optional: boolean };

/** A phrasing expanded (optional groups resolved) into a flat element list. */
export interface CompiledPattern {
  spec: PatternSpec;
  elements: Element[];
}

/** What a successful match found. */
export interface MatchResult {
  spec: PatternSpec;
  cost: number;
  person?: PersonRef;
  role?: Role;
  target?: Locale;
  caseId?: string;
  /** Words of the line that belong to the phrasing itself (not to names): for language detection. */
  words: string[];
}

type Found = Omit<MatchResult, 'spec'>;

function parseElement(word: string): Element {
  const optional = word.endsWith('?') || word.endsWith('?}');
  const w = word.replace(/\?(\}?)$/, '$1');
  const slot = /^\{(p|role|lang|langcode|case)\}$/.exec(w);
  if (!slot) return { kind: 'word', alts: w.split('|'), optional };
  if (slot[1] === 'p') return { kind: 'person', optional };
  if (slot[1] === 'lang' || slot[1] === 'langcode') return { kind: 'lang', codes: slot[1] === 'langcode', optional };
  return { kind: slot[1] as 'role' | 'case', optional };
}

/** Expands `[ … ]` groups into every with/without combination and parses the elements. */
export function compilePattern(spec: PatternSpec): CompiledPattern[] {
  const parts = spec.pattern.match(/\[[^\]]*\]|\S+/g) ?? [];
  let variants: string[][] = [[]];
  for (const part of parts) {
    if (part.startsWith('[')) {
      const inner = part.slice(1, -1).trim().split(/\s+/);
      variants = variants.flatMap((v) => [[...v, ...inner], v]);
    } else {
      variants = variants.map((v) => [...v, part]);
    }
  }
  return variants.map((words) => ({ spec, elements: words.map(parseElement) }));
}

/** All phrasings, compiled once. */
export const COMPILED: readonly CompiledPattern[] = PATTERNS.flatMap(compilePattern);

function better(a: Found | null, b: Found | null): Found | null {
  if (!a) return b;
  if (!b) return a;
  return b.cost < a.cost ? b : a;
}

function readSlot(el: Element, tokens: readonly Token[], at: number): Array<SlotReading<unknown> & { key: keyof Found }> {
  switch (el.kind) {
    case 'person': return readPerson(tokens, at).map((r) => ({ ...r, key: 'person' as const }));
    case 'role': return readRole(tokens, at).map((r) => ({ ...r, key: 'role' as const }));
    case 'case': return readCaseId(tokens, at).map((r) => ({ ...r, key: 'caseId' as const }));
    case 'lang': return readLocale(tokens, at, el.codes).map((r) => ({ ...r, key: 'target' as const }));
    default: return [];
  }
}

function matchFrom(els: readonly Element[], ei: number, tokens: readonly Token[], ti: number): Found | null {
  if (ei === els.length) return ti === tokens.length ? { cost: 0, words: [] } : null;
  const el = els[ei];
  let best: Found | null = el.optional ? matchFrom(els, ei + 1, tokens, ti) : null;
  if (ti >= tokens.length) return best;
  if (el.kind === 'word') {
    const t = tokens[ti];
    if (t.mention) return best;
    let cost: number | null = null;
    for (const alt of el.alts) {
      const c = fuzzyCost(t.norm, alt);
      if (c !== null && (cost === null || c < cost)) cost = c;
    }
    if (cost === null) return best;
    const rest = matchFrom(els, ei + 1, tokens, ti + 1);
    return better(best, rest && { ...rest, cost: rest.cost + cost, words: [t.norm, ...rest.words] });
  }
  for (const reading of readSlot(el, tokens, ti)) {
    const rest = matchFrom(els, ei + 1, tokens, ti + reading.length);
    if (!rest) continue;
    const words = el.kind === 'lang' ? [tokens[ti].norm, ...rest.words] : rest.words;
    best = better(best, { ...rest, [reading.key]: reading.value, cost: rest.cost + reading.cost, words });
  }
  return best;
}

/** Matches one compiled phrasing against the whole token list. */
export function matchPattern(p: CompiledPattern, tokens: readonly Token[]): MatchResult | null {
  const found = matchFrom(p.elements, 0, tokens, 0);
  return found ? { ...found, spec: p.spec } : null;
}

/** The cheapest phrasing that uses the whole line, or null. */
export function bestMatch(tokens: readonly Token[]): MatchResult | null {
  let best: MatchResult | null = null;
  for (const p of COMPILED) {
    const m = matchPattern(p, tokens);
    if (m && (!best || m.cost < best.cost)) best = m;
  }
  return best;
}
