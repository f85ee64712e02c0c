// mrkdwn escaping: every text a flow hands us is plain, so &, < and > are always encoded.
// With all three encoded, Slack cannot see `<!channel>`, `<@U…>` or `<http://…|label>` as markup.

/** Escapes a plain text for a Slack mrkdwn field (Slack's three control characters). */
export function escapeMrkdwn(text: string): string {
  return wellFormed(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Replaces lone UTF-16 surrogates (from a text cut elsewhere) by U+FFFD, keeping the length. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Length of `text` once escaped, without building the string. */
export function escapedLength(text: string): number {
  let n = text.length;
  for (const ch of text) {
    if (ch === '&') n += 4;
    else if (ch === '<' || ch === '>') n += 3;
  }
  return n;
}
