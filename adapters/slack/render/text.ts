// Cutting texts to Block Kit limits: whole words where possible, never in the middle of an escape.
import { escapeMrkdwn, escapedLength } from './escape.js';

const ELLIPSIS = '…';

/** Shortens a plain text to at most `max` UTF-16 units (with an ellipsis when cut), never splitting a character. */
export function truncatePlain(text: string, max: number): string {
  if (text.length <= max) return text;
  return cutUtf16(text, max - ELLIPSIS.length).trimEnd() + ELLIPSIS;
}

/** The longest prefix of `text` of at most `max` UTF-16 units that does not split a surrogate pair. */
export function cutUtf16(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Escapes a text for mrkdwn and shortens it so the escaped result fits in `max` characters. */
export function mrkdwnTruncated(text: string, max: number): string {
  if (escapedLength(text) <= max) return escapeMrkdwn(text);
  let out = '';
  for (const ch of Array.from(text)) {
    const next = out + escapeMrkdwn(ch);
    if (next.length > max - 1) break;
    out = next;
  }
  return out + ELLIPSIS;
}

/**
 * Splits a plain text into escaped mrkdwn chunks of at most `max` characters each,
 * preferring line breaks, then spaces, so a long text becomes several blocks instead of being cut.
 */
export function mrkdwnChunks(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (escapedLength(rest) > max) {
    const cut = cutPoint(rest, max);
    chunks.push(escapeMrkdwn(rest.slice(0, cut).trimEnd()));
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(escapeMrkdwn(rest));
  return chunks.filter((c, i) => c.length > 0 || i === 0);
}

/** Largest index such that rest.slice(0, index) escapes to ≤ max, moved back to a line break or space. */
function cutPoint(rest: string, max: number): number {
  let used = 0;
  let i = 0;
  while (i < rest.length) {
    const code = rest.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    const cost = escapedLength(ch);
    if (used + cost > max) break;
    used += cost;
    i += ch.length;
  }
  const window = rest.slice(0, i);
  const nl = window.lastIndexOf('\n');
  if (nl > i / 2) return nl + 1;
  const sp = window.lastIndexOf(' ');
  if (sp > i / 2) return sp + 1;
  return Math.max(i, 1);
}
