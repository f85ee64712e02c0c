// Plain text for Adaptive Card TextBlocks and facts: both render a Markdown subset, so every
// character that could start markup is escaped; user input can never become a link or list.

// Emphasis, code, strike-through and link brackets; parentheses alone cannot form a link.
const INLINE = /[\\*_`[\]~]/g;

/** Escapes one line of plain text for an Adaptive Card TextBlock / Fact (Markdown-safe). */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE, (c) => `\\${c}`)
        // Block constructs only count at the start of a line: headings, quotes, lists.
        .replace(/^(\s*)([#>+-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}
