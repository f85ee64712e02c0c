// The grammar's entry point: a typed line (Dutch or English) in, a command out. No language model:
// a table of phrasings (patterns.ts) matched with typo tolerance; unknown lines get two suggestions.
import type { Locale } from '../../src/core/i18n/locale.js';
import { bestMatch, type MatchResult } from './match.js';
import { MAX_LINE_LENGTH, MAX_TOKENS, stripNoise, tokenize } from './normalize.js';
import { detectLocale, suggest } from './suggest.js';
import type { ParsedCommand, PersonRef } from './types.js';

/** Options for parsing: the user's current language picks the language of suggestions. */
export interface ParseOptions {
  locale?: Locale;
}

function subjectOf(m: MatchResult): PersonRef | undefined {
  if (m.person) return m.person;
  return m.spec.sets?.subject === 'self' ? { kind: 'self' } : undefined;
}

function build(m: MatchResult): ParsedCommand {
  const locale = m.spec.lang === 'any' ? detectLocale(m.words) : m.spec.lang;
  const base = locale ? { locale } : {};
  const subject = subjectOf(m);
  const withSubject = subject ? { subject } : {};
  switch (m.spec.intent) {
    case 'sick-report': return { ...base, intent: 'sick-report', ...withSubject };
    case 'recovery': return { ...base, intent: 'recovery', ...withSubject, ...(m.spec.sets?.extent ? { extent: m.spec.sets.extent } : {}) };
    case 'status': return { ...base, intent: 'status', ...withSubject };
    case 'checklist': return { ...base, intent: 'checklist', ...withSubject };
    case 'tasks': return { ...base, intent: 'tasks' };
    case 'help': return { ...base, intent: 'help' };
    case 'language': return { ...base, intent: 'language', ...(m.target ? { target: m.target } : {}) };
    case 'digest': return { ...base, intent: 'digest', ...(m.spec.sets?.turn ? { turn: m.spec.sets.turn } : {}) };
    case 'role':
      return {
        ...base,
        intent: 'role',
        ...(m.spec.sets?.action ? { action: m.spec.sets.action } : {}),
        ...withSubject,
        ...(m.role ? { role: m.role } : {}),
        ...(m.caseId ? { caseId: m.caseId } : {}),
      };
  }
}

/** Parses one typed line. An empty line (or a bare "/verzuim", "?" or greeting) asks for help. */
export function parseCommand(text: string, opts: ParseOptions = {}): ParsedCommand {
  const all = stripNoise(tokenize(text));
  if (all.length === 0) return { intent: 'help' };
  const tooLong = text.trim().length > MAX_LINE_LENGTH || all.length > MAX_TOKENS;
  const tokens = all.slice(0, MAX_TOKENS);
  const m = tooLong ? null : bestMatch(tokens);
  if (m) return build(m);
  const locale = detectLocale(tokens.map((t) => t.norm));
  return {
    ...(locale ? { locale } : {}),
    intent: 'unknown',
    suggestions: suggest(tokens, locale ?? opts.locale ?? 'nl'),
  };
}
