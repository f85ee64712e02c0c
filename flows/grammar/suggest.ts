// When a line is not understood: rank the intents by how much the typed words resemble their
// vocabulary, and offer the two most likely as commands. Also detects the line's language.
import type { Locale } from '../../src/core/i18n/locale.js';
import { similarity } from './fuzzy.js';
import type { Token } from './normalize.js';
import { PATTERNS } from './patterns.js';
import { INTENTS, type KnownIntent, type PersonRef, type Suggestion } from './types.js';
import { FUNCTION_WORDS, LOCALE_WORDS, SELF_WORDS } from './vocabulary.js';

/** The command offered for each intent, per language; each parses back to its intent. */
export const SUGGESTED_COMMANDS: Readonly<Record<KnownIntent, Record<Locale, string>>> = {
  'sick-report': { nl: 'ziek', en: 'sick' },
  recovery: { nl: 'beter', en: 'recovered' },
  status: { nl: 'status', en: 'status' },
  tasks: { nl: 'taken', en: 'tasks' },
  checklist: { nl: 'checklist', en: 'checklist' },
  role: { nl: 'rol toekennen', en: 'role assign' },
  language: { nl: 'taal en', en: 'language nl' },
  digest: { nl: 'overzicht', en: 'digest' },
  help: { nl: 'help', en: 'help' },
};

/** Intents offered when nothing resembles anything, in order. */
const FALLBACK: readonly KnownIntent[] = ['help', 'tasks'];
/** Intents whose suggested command may carry the mentioned person. */
const TAKES_PERSON: ReadonlySet<KnownIntent> = new Set(['status', 'checklist', 'sick-report', 'recovery']);

function literalWords(filter: (lang: Locale | 'any') => boolean): Set<string> {
  const words = new Set<string>();
  for (const p of PATTERNS) {
    if (!filter(p.lang)) continue;
    for (const w of p.pattern.replace(/[[\]?]/g, ' ').split(/\s+/)) {
      if (w && !w.startsWith('{')) for (const alt of w.split('|')) words.add(alt);
    }
  }
  return words;
}

const ANY_WORDS = literalWords((l) => l === 'any');
const NL_WORDS = literalWords((l) => l === 'nl');
const EN_WORDS = literalWords((l) => l === 'en');
/** Words that only one language uses, for detection. */
const ONLY: Record<Locale, Set<string>> = {
  nl: new Set([...NL_WORDS].filter((w) => !EN_WORDS.has(w) && !ANY_WORDS.has(w))),
  en: new Set([...EN_WORDS].filter((w) => !NL_WORDS.has(w) && !ANY_WORDS.has(w))),
};
for (const w of LOCALE_WORDS) if (w.lang) ONLY[w.lang].add(w.word);

/** The language of a line when its words point one way only; undefined when unclear. */
export function detectLocale(words: readonly string[]): Locale | undefined {
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (ONLY.nl.has(w)) nl++;
    if (ONLY.en.has(w)) en++;
  }
  if (nl > en) return 'nl';
  if (en > nl) return 'en';
  return undefined;
}

/** Meaningful words per intent (no function words), for ranking. */
const VOCABULARY: Record<KnownIntent, string[]> = Object.fromEntries(
  INTENTS.map((intent) => {
    const words = new Set<string>();
    for (const p of PATTERNS.filter((x) => x.intent === intent)) {
      for (const w of p.pattern.replace(/[[\]?]/g, ' ').split(/\s+/)) {
        if (!w || w.startsWith('{')) continue;
        for (const alt of w.split('|')) if (alt.length >= 3 && !FUNCTION_WORDS.has(alt) && !SELF_WORDS.has(alt)) words.add(alt);
      }
    }
    return [intent, [...words]];
  }),
) as Record<KnownIntent, string[]>;
VOCABULARY.language.push(...LOCALE_WORDS.filter((w) => !w.codeOnly).map((w) => w.word));

/** Score per intent: the best resemblance of each typed word to that intent's words, summed. */
export function rankIntents(tokens: readonly Token[]): Array<{ intent: KnownIntent; score: number }> {
  const scores = INTENTS.map((intent) => {
    let score = 0;
    for (const t of tokens) {
      if (t.mention) continue;
      let bestSim = 0;
      for (const w of VOCABULARY[intent]) bestSim = Math.max(bestSim, similarity(t.norm, w));
      score += bestSim;
    }
    return { intent, score };
  });
  return scores.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
}

function personSuffix(subject: PersonRef | undefined): string {
  return subject?.kind === 'mention' ? ` <@${subject.userId}>` : '';
}

/** The two most likely commands for a line that was not understood, in `locale`. */
export function suggest(tokens: readonly Token[], locale: Locale): Suggestion[] {
  const picked: KnownIntent[] = [];
  for (const { intent } of rankIntents(tokens)) if (picked.length < 2) picked.push(intent);
  for (const intent of FALLBACK) if (picked.length < 2 && !picked.includes(intent)) picked.push(intent);
  const mention = tokens.find((t) => t.mention);
  const subject: PersonRef | undefined = mention?.mention ? { kind: 'mention', userId: mention.mention } : undefined;
  return picked.map((intent) => ({
    intent,
    command: SUGGESTED_COMMANDS[intent][locale] + (TAKES_PERSON.has(intent) ? personSuffix(subject) : ''),
  }));
}
