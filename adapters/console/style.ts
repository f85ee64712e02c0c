// Terminal styling: plain text by default, ANSI colours only on a TTY without NO_COLOR; and the
// escaping that keeps user text from moving the cursor or faking output (control and bidi characters).

/** Text styles the renderer uses; identity functions when colours are off. */
export interface Styler {
  heading(s: string): string;
  dim(s: string): string;
  error(s: string): string;
  key(s: string): string;
}

const identity = (s: string): string => s;
const wrap = (open: number, close: number) => (s: string): string => `\x1b[${open}m${s}\x1b[${close}m`;

/** A styler: ANSI when `color`, else plain. */
export function styler(color: boolean): Styler {
  if (!color) return { heading: identity, dim: identity, error: identity, key: identity };
  return { heading: wrap(1, 22), dim: wrap(2, 22), error: wrap(31, 39), key: wrap(36, 39) };
}

/** Colours only for a terminal, and never when NO_COLOR is set or TERM is dumb. */
export function shouldUseColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  return stream.isTTY === true && !('NO_COLOR' in env) && env.TERM !== 'dumb';
}

// C0 controls except tab and newline, DEL, C1 controls, and bidirectional overrides/isolates.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes characters that could steer the terminal; everything else is shown as typed. */
export function sanitize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}
