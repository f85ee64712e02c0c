// Readers for the variable parts of a phrasing: a person, a role, a language, a case id.
// Each returns the candidates starting at a token position, with their typo cost and length.
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Role } from '../../src/core/roles.js';
import { fuzzyCost } from './fuzzy.js';
import type { Token } from './normalize.js';
import type { PersonRef } from './types.js';
import { CASE_ID_RE, LOCALE_WORDS, NAME_PARTICLES, NON_NAME_WORDS, ROLE_ALIASES, SELF_WORDS } from './vocabulary.js';

/** A slot reading: what it found, how many tokens it used, and its cost (typos; a tiny bit per name word). */
export interface SlotReading<T> {
  value: T;
  length: number;
  cost: number;
}

/** Longest name, in words ("Fatima El Amrani de Vries"). */
export const MAX_NAME_WORDS = 4;
/** Cost of each name word: below one typo, so literal words are preferred over longer names. */
const NAME_WORD_COST = 0.01;

function isNameWord(t: Token): boolean {
  if (t.mention) return false;
  if (!/\p{L}/u.test(t.raw) || t.raw.slice(1).includes('@')) return false;
  // A particle may open a name ("de Vries"); literal words still win because each name word costs a little.
  if (NON_NAME_WORDS.has(t.norm)) return NAME_PARTICLES.has(t.norm);
  return true;
}

/** Person readings at `at`: a mention, a self word, or a name of 1–4 words (never ending on a particle). */
export function readPerson(tokens: readonly Token[], at: number): Array<SlotReading<PersonRef>> {
  const t = tokens[at];
  if (!t) return [];
  if (t.mention) return [{ value: { kind: 'mention', userId: t.mention }, length: 1, cost: 0 }];
  if (SELF_WORDS.has(t.norm)) return [{ value: { kind: 'self' }, length: 1, cost: 0 }];
  const out: Array<SlotReading<PersonRef>> = [];
  for (let n = 1; n <= MAX_NAME_WORDS && at + n <= tokens.length; n++) {
    const word = tokens[at + n - 1];
    if (!isNameWord(word)) break;
    if (NAME_PARTICLES.has(word.norm)) continue;
    const text = tokens.slice(at, at + n).map((w) => w.raw).join(' ').replace(/^@/, '');
    out.push({ value: { kind: 'name', text }, length: n, cost: n * NAME_WORD_COST });
  }
  return out;
}

const ROLE_WORDS = ROLE_ALIASES.flatMap(({ role, aliases }) => aliases.map((a) => ({ role, words: a.split(' ') })));

/** Role readings at `at`: every alias whose words match the next tokens (typos tolerated). */
export function readRole(tokens: readonly Token[], at: number): Array<SlotReading<Role>> {
  const out: Array<SlotReading<Role>> = [];
  for (const { role, words } of ROLE_WORDS) {
    if (at + words.length > tokens.length) continue;
    let cost = 0;
    for (let i = 0; i < words.length && cost >= 0; i++) {
      const c = tokens[at + i].mention ? null : fuzzyCost(tokens[at + i].norm, words[i]);
      cost = c === null ? -1 : cost + c;
    }
    if (cost >= 0) out.push({ value: role, length: words.length, cost });
  }
  return out;
}

/** Language readings at `at`; codes ("en", "nl") only where `codes` is allowed. */
export function readLocale(tokens: readonly Token[], at: number, codes: boolean): Array<SlotReading<Locale>> {
  const t = tokens[at];
  if (!t || t.mention) return [];
  const out: Array<SlotReading<Locale>> = [];
  for (const w of LOCALE_WORDS) {
    if (w.codeOnly && !codes) continue;
    const c = fuzzyCost(t.norm, w.word);
    if (c !== null) out.push({ value: w.target, length: 1, cost: c });
  }
  return out;
}

/** A case id at `at`, as typed (ids are case-sensitive). */
export function readCaseId(tokens: readonly Token[], at: number): Array<SlotReading<string>> {
  const t = tokens[at];
  return t && !t.mention && CASE_ID_RE.test(t.raw) ? [{ value: t.raw, length: 1, cost: 0 }] : [];
}
