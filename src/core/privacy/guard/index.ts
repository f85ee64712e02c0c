// The medical-text guard (domain.md §5): does a free text look medical, and which categories matched. Never returns the text.
import type { GuardCategory, GuardResult } from '../guardTypes.js';
import { anyMatch, compileCategory, compileChunks } from './compile.js';
import { ABSENCE_CONTEXT } from './lexicon/absence.js';
import { ALLOW, BUSINESS_COMPOUNDS, BUSINESS_MARKER } from './lexicon/allow.js';
import { BUSINESS_CONTEXT } from './lexicon/business.js';
import { CARE_ADDRESS } from './lexicon/careAddress.js';
import { LEXICONS } from './lexicon/index.js';
import { CLAUSE, markInstitutionNames, normalize } from './normalize.js';

const CATEGORIES = LEXICONS.map(compileCategory);
const ALLOW_RES = compileChunks(ALLOW, 'g', false); // masks replace whole words: no \w* trimming
const COMPOUND_RES = compileChunks(BUSINESS_COMPOUNDS, 'g', false);
const CARE_ADDRESS_RES = compileChunks(CARE_ADDRESS, 'g', false);
const BUSINESS_RES = compileChunks(BUSINESS_CONTEXT);
const ABSENCE_RES = compileChunks(ABSENCE_CONTEXT);
const MASK = ' # ';
const NOT_MEDICAL: GuardResult = Object.freeze({ medical: false, categories: [] }) as GuardResult;

/** Which kind of field a text comes from. */
export interface GuardOptions {
  /**
   * 'address': the intake's address during the absence, which may be a care address (domain.md §5): the name and type
   * of a care institution pass (lexicon/careAddress.ts), everything else is checked as usual. Default 'text'.
   */
  field?: 'text' | 'address';
}

/** The normalized text with allow-listed spans masked, split into clauses (exported for tests and the evaluator). */
export function prepare(text: string, options?: GuardOptions): { normalized: string; masked: string; clauses: string[] } {
  const normalized = normalize(markInstitutionNames(text));
  let masked = normalized;
  for (const re of COMPOUND_RES) masked = masked.replace(re, ` ${BUSINESS_MARKER} `);
  for (const re of ALLOW_RES) masked = masked.replace(re, MASK);
  if (options?.field === 'address') for (const re of CARE_ADDRESS_RES) masked = masked.replace(re, MASK);
  return { normalized, masked, clauses: masked.split(CLAUSE) };
}

/** Checks one free text; `medical` is true when any category matched. */
export function checkText(text: string, options?: GuardOptions): GuardResult {
  if (typeof text !== 'string' || text.trim() === '') return { medical: false, categories: [] };
  const { normalized, masked, clauses } = prepare(text, options);
  const found: GuardCategory[] = [];
  let business: boolean[] | null = null;
  let absence: boolean | null = null;
  for (const c of CATEGORIES) {
    if (c.notWith && c.notWith.test(normalized)) continue;
    if (c.acronyms && c.acronyms.test(text)) {
      found.push(c.category);
      continue;
    }
    if (c.gate && !c.gate.test(masked)) continue;
    if (anyMatch(c.strong, masked)) {
      found.push(c.category);
      continue;
    }
    if (c.weak.length > 0 && anyMatch(c.weak, masked)) {
      business ??= clauses.map((cl) => anyMatch(BUSINESS_RES, cl));
      if (clauses.some((cl, i) => !business![i] && anyMatch(c.weak, cl))) {
        found.push(c.category);
        continue;
      }
    }
    if (c.needsAbsence && c.needsAbsence.test(masked)) {
      if (c.wholeText!.test(masked)) {
        found.push(c.category);
        continue;
      }
      absence ??= anyMatch(ABSENCE_RES, normalized);
      if (absence) found.push(c.category);
    }
  }
  return found.length === 0 ? { ...NOT_MEDICAL, categories: [] } : { medical: true, categories: found };
}
