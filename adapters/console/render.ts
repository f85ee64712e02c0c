// Renders the abstract UI (src/core/ui.ts) as terminal text. Buttons are numbered "[1] Klaar  [2] …"
// across all replies of one turn, and a typed number maps back to its button (actionId, value).
import { DEFAULT_LOCALE, type Locale } from '../../src/core/i18n/locale.js';
import { t } from '../../src/core/i18n/translate.js';
import type { Reply, UiBlock, UiButton, UiForm } from '../../src/core/ui.js';
import { renderForm } from './form.js';
import { sanitize, styler, type Styler } from './style.js';

/** Rendering choices: language of the renderer's own words, colours, first button number. */
export interface RenderOptions {
  locale?: Locale;
  /** ANSI colours (see shouldUseColor); off by default. */
  color?: boolean;
  /** Number of the first button (continues numbering across replies); 1 by default. */
  firstButton?: number;
  /** Width of dividers. */
  width?: number;
}

/** A button as shown, with its number. */
export interface NumberedButton extends UiButton {
  n: number;
}

/** Terminal text for one or more replies, the buttons it shows, and the form to fill in (if any). */
export interface Rendered {
  text: string;
  buttons: NumberedButton[];
  /** The last form among the replies: the console adapter asks its fields one by one. */
  form?: UiForm;
}

function renderButtons(buttons: readonly UiButton[], first: number, s: Styler): { line: string; numbered: NumberedButton[] } {
  const numbered = buttons.map((b, i) => ({ ...b, n: first + i }));
  return { line: numbered.map((b) => `${s.key(`[${b.n}]`)} ${sanitize(b.label)}`).join('  '), numbered };
}

function renderFields(items: ReadonlyArray<{ label: string; value: string }>): string {
  const width = Math.max(...items.map((i) => sanitize(i.label).length));
  return items.map((i) => `  ${(sanitize(i.label) + ':').padEnd(width + 1)} ${sanitize(i.value).replace(/\n/g, `\n${' '.repeat(width + 4)}`)}`).join('\n');
}

function renderBlock(block: UiBlock, next: number, s: Styler, width: number): { text: string; buttons: NumberedButton[] } {
  switch (block.type) {
    case 'heading': return { text: s.heading(`== ${sanitize(block.text)} ==`), buttons: [] };
    case 'text': return { text: sanitize(block.text), buttons: [] };
    case 'context': return { text: s.dim(sanitize(block.text).replace(/^/gm, '  ')), buttons: [] };
    case 'fields': return { text: block.items.length ? renderFields(block.items) : '', buttons: [] };
    case 'divider': return { text: '-'.repeat(width), buttons: [] };
    case 'buttons': {
      const { line, numbered } = renderButtons(block.buttons, next, s);
      return { text: line, buttons: numbered };
    }
  }
}

/** Renders one reply; buttons are numbered from `opts.firstButton` (default 1). */
export function renderReply(reply: Reply, opts: RenderOptions = {}): Rendered {
  const s = styler(opts.color ?? false);
  const locale = opts.locale ?? DEFAULT_LOCALE;
  if (reply.kind === 'form') return { text: renderForm(reply, locale, s), buttons: [], form: reply };
  const blocks: UiBlock[] = reply.blocks.length ? reply.blocks : reply.kind === 'message' ? [{ type: 'text', text: reply.summary }] : [];
  let next = opts.firstButton ?? 1;
  const lines: string[] = [];
  const buttons: NumberedButton[] = [];
  for (const block of blocks) {
    const out = renderBlock(block, next, s, opts.width ?? 40);
    if (out.text) lines.push(out.text);
    buttons.push(...out.buttons);
    next += out.buttons.length;
  }
  return { text: lines.join('\n'), buttons };
}

/** Renders the replies of one turn, separated by blank lines, numbering buttons across all of them. */
export function renderReplies(replies: readonly Reply[], opts: RenderOptions = {}): Rendered {
  const texts: string[] = [];
  const buttons: NumberedButton[] = [];
  let form: UiForm | undefined;
  for (const reply of replies) {
    const out = renderReply(reply, { ...opts, firstButton: (opts.firstButton ?? 1) + buttons.length });
    if (out.text) texts.push(out.text);
    buttons.push(...out.buttons);
    if (out.form) form = out.form;
  }
  if (buttons.length) texts.push(styler(opts.color ?? false).dim(t(opts.locale ?? DEFAULT_LOCALE, 'console.buttonsHint')));
  return { text: texts.join('\n\n'), buttons, ...(form ? { form } : {}) };
}

/** The button a typed line picks ("2", "[2]", "#2"); null when the line is not a button number. */
export function buttonForInput(buttons: readonly NumberedButton[], line: string): NumberedButton | null {
  const m = /^\s*(?:\[\s*(\d+)\s*\]|#?(\d+))\s*$/.exec(line);
  if (!m) return null;
  const n = Number(m[1] ?? m[2]);
  return buttons.find((b) => b.n === n) ?? null;
}

/** Whether a typed line is meant as a button number (so a wrong number gets "no such button", not a parse). */
export function looksLikeButtonNumber(line: string): boolean {
  return /^\s*(?:\[\s*\d+\s*\]|#?\d+)\s*$/.test(line);
}
