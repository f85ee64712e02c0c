// Turns a typed line into comparable tokens: lower case, no accents, no punctuation, contractions
// expanded, the "/verzuim" prefix and greetings/politeness dropped. Each token keeps its raw form for names.
import { CONTRACTIONS, LEADING_FILLERS, TRAILING_FILLERS } from './vocabulary.js';

/** One word of the line: `norm` for matching, `raw` as typed (names), `mention` for `<@USERID>`. */
export interface Token {
  norm: string;
  raw: string;
  mention?: string;
}

/** Lines longer than this are not commands (only their start is looked at, for suggestions). */
export const MAX_LINE_LENGTH = 300;
/** Lines with more words than this are not commands either. */
export const MAX_TOKENS = 24;

const MENTION_RE = /^<@([A-Za-z0-9._:-]+)(?:\|[^>]*)?>$/;
const CHUNK_RE = /<@[^>\s]+>|[^\s]+/g;

/** Lower case without diacritics ("Één" → "een"), apostrophes unified. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
}

/** Strips punctuation around a chunk, keeping letters, digits and the inner - & ' @ _ of names and ids. */
function clean(raw: string): string {
  return raw
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/^[^\p{L}\p{N}@]+/u, '')
    .replace(/[^\p{L}\p{N}]+$/u, '')
    .replace(/[^\p{L}\p{N}\-&'@_]/gu, ''); // '_' stays: case ids are c_<uuid>
}

/** Splits (the first MAX_LINE_LENGTH characters of) a line into tokens; [] for an empty line. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const chunk of text.trim().slice(0, MAX_LINE_LENGTH).match(CHUNK_RE) ?? []) {
    const mention = MENTION_RE.exec(chunk);
    if (mention) {
      out.push({ norm: '<mention>', raw: chunk, mention: mention[1] });
      continue;
    }
    const raw = clean(chunk);
    if (!raw) continue;
    const norm = fold(raw);
    const expanded = CONTRACTIONS[norm];
    if (expanded) {
      for (const w of expanded.split(' ')) out.push({ norm: w, raw });
      continue;
    }
    const plain = norm.replace(/'s$/, '').replace(/'/g, '');
    if (plain) out.push({ norm: plain, raw: raw.replace(/'s$/, '') });
  }
  return out;
}

/** Drops the "verzuim" prefix (its slash is already gone), greetings in front and politeness at the end. */
export function stripNoise(tokens: Token[]): Token[] {
  let t = tokens;
  while (t.length > 0 && (LEADING_FILLERS.has(t[0].norm) || t[0].norm === 'verzuim' || t[0].norm === 'verzuimbot')) t = t.slice(1);
  while (t.length > 0 && TRAILING_FILLERS.has(t[t.length - 1].norm)) t = t.slice(0, -1);
  return t;
}
