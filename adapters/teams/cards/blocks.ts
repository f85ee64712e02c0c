// UiBlock[] → Adaptive Card body elements: TextBlocks (wrapped, escaped), FactSets, ActionSets.
import type { UiBlock } from '../../../src/core/ui.js';
import { submitButton } from './buttons.js';
import { plainText } from './text.js';
import type { CardElement } from './types.js';

function textBlock(text: string, extra: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: plainText(text), wrap: true, ...extra };
}

/** Adaptive Cards hosts show at most 5 actions per set by default; longer rows are split. */
export const MAX_ACTIONS_PER_SET = 5;

function elements(block: Exclude<UiBlock, { type: 'divider' }>): CardElement[] {
  if (block.type !== 'buttons') {
    const el = element(block);
    return el ? [el] : [];
  }
  const sets: CardElement[] = [];
  for (let i = 0; i < block.buttons.length; i += MAX_ACTIONS_PER_SET) {
    sets.push({ type: 'ActionSet', actions: block.buttons.slice(i, i + MAX_ACTIONS_PER_SET).map(submitButton) });
  }
  return sets;
}

function element(block: Exclude<UiBlock, { type: 'divider' | 'buttons' }>): CardElement | undefined {
  switch (block.type) {
    case 'heading':
      return textBlock(block.text, { style: 'heading', size: 'medium', weight: 'bolder' });
    case 'text':
      return textBlock(block.text);
    case 'context':
      return textBlock(block.text, { isSubtle: true, size: 'small' });
    case 'fields':
      if (block.items.length === 0) return undefined;
      return {
        type: 'FactSet',
        facts: block.items.map((item) => ({ title: plainText(item.label), value: plainText(item.value) })),
      };
  }
}

/** Renders blocks in order; a divider becomes a separator line above the next element. */
export function renderBlocks(blocks: UiBlock[]): CardElement[] {
  const out: CardElement[] = [];
  let separate = false;
  for (const block of blocks) {
    if (block.type === 'divider') {
      separate = out.length > 0;
      continue;
    }
    const els = elements(block);
    if (els.length === 0) continue;
    if (separate) {
      els[0]!.separator = true;
      els[0]!.spacing = 'medium';
    }
    separate = false;
    out.push(...els);
  }
  return out;
}

/** A plain escaped TextBlock (for titles and fallbacks outside UiBlocks). */
export function renderText(text: string, extra: Record<string, unknown> = {}): CardElement {
  return textBlock(text, extra);
}
