// Normalizing typed Slack text for the shared grammar.

/**
 * Turns Slack's escaped text into what the user typed, with user mentions as `<@U123>`.
 * `<@U123|anna>` (slash commands with should_escape) and `<@U123>` both become `<@U123>`;
 * channels and links become their label; &amp; &lt; &gt; are decoded everywhere else.
 */
export function normalizeSlackText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/<([^<>]*)>/g)) {
    out += decode(text.slice(last, m.index));
    out += token(m[1]);
    last = m.index! + m[0].length;
  }
  out += decode(text.slice(last));
  return out.trim();
}

/** One `<…>` token. */
function token(inner: string): string {
  const [target, label] = splitOnce(inner, '|');
  if (/^@[UW][A-Z0-9]+$/.test(target)) return `<${target}>`;
  if (target.startsWith('#')) return label ? `#${decode(label)}` : decode(target);
  if (target.startsWith('!')) return label ? decode(label) : '';
  return decode(label ?? target.replace(/^mailto:/, ''));
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
