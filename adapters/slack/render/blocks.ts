// Abstract UI blocks → Block Kit blocks, shared by messages, the App Home and modals.
import type { types as slack } from '@slack/bolt';
import type { UiBlock, UiButton } from '../../../src/core/ui.js';
import { LIMITS } from './limits.js';
import { mrkdwnChunks, mrkdwnTruncated, truncatePlain } from './text.js';
import { wellFormed } from './escape.js';

/** A Block Kit block as the renderers produce it. */
export type SlackBlock = slack.KnownBlock;

/** Renders one abstract block to one or more Block Kit blocks, each within Slack's limits. */
export function renderBlock(block: UiBlock): SlackBlock[] {
  switch (block.type) {
    case 'heading':
      return block.text.trim() ? [{ type: 'header', text: plain(truncatePlain(block.text, LIMITS.headerText)) }] : [];
    case 'text':
      return block.text.trim()
        ? mrkdwnChunks(block.text, LIMITS.sectionText).map((t) => ({ type: 'section', text: mrkdwn(t) }))
        : [];
    case 'context':
      return block.text.trim() ? contextBlocks(block.text) : [];
    case 'fields':
      return fieldSections(block.items);
    case 'buttons':
      return actionsBlocks(block.buttons);
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** Renders a list of abstract blocks (no overall block limit applied). */
export function renderBlocks(blocks: UiBlock[]): SlackBlock[] {
  return blocks.flatMap(renderBlock);
}

/** A plain_text object (never parsed for mentions or links, so no escaping is needed). */
export function plain(text: string): slack.PlainTextElement {
  return { type: 'plain_text', text: text.trim().length > 0 ? wellFormed(text) : '…', emoji: true };
}

/** A mrkdwn object from an already escaped text. */
function mrkdwn(escaped: string): slack.MrkdwnElement {
  return { type: 'mrkdwn', text: escaped, verbatim: true };
}

/** Context text: chunks of at most 2000 characters, at most 10 elements per context block. */
function contextBlocks(text: string): SlackBlock[] {
  const elements = mrkdwnChunks(text, LIMITS.contextText).map(mrkdwn);
  const out: SlackBlock[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.contextElements) {
    out.push({ type: 'context', elements: elements.slice(i, i + LIMITS.contextElements) });
  }
  return out;
}

/** Labelled values as section fields: label in bold, both escaped; 10 fields per section. */
function fieldSections(items: Array<{ label: string; value: string }>): SlackBlock[] {
  const fields = items
    .filter((item) => item.label.trim() || item.value.trim())
    .map((item) => {
      const label = item.label.trim() ? `*${mrkdwnTruncated(item.label.trim(), 200)}*` : '';
      const value = item.value.trim() ? mrkdwnTruncated(item.value, LIMITS.fieldText - label.length - 1) : '';
      return mrkdwn([label, value].filter(Boolean).join('\n'));
    });
  const out: SlackBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.sectionFields) {
    out.push({ type: 'section', fields: fields.slice(i, i + LIMITS.sectionFields) });
  }
  return out;
}

/**
 * Buttons in actions blocks: at most 25 per block, and a new block whenever an action_id repeats
 * (Slack refuses duplicate action_ids inside one block, and step buttons share theirs by contract).
 */
function actionsBlocks(buttons: UiButton[]): SlackBlock[] {
  const out: slack.ActionsBlock[] = [];
  let current: slack.Button[] = [];
  let seen = new Set<string>();
  const flush = () => {
    if (current.length) out.push({ type: 'actions', elements: current });
    current = [];
    seen = new Set();
  };
  for (const b of buttons) {
    if (current.length >= LIMITS.actionsElements || seen.has(b.actionId)) flush();
    current.push(button(b));
    seen.add(b.actionId);
  }
  flush();
  return out;
}

/** One button; the value is a contract (CASEID:STEPID or a command) and must not be cut. */
function button(b: UiButton): slack.Button {
  if (b.value.length > LIMITS.buttonValue) throw new RangeError(`button value for ${b.actionId} exceeds ${LIMITS.buttonValue} characters`);
  const el: slack.Button = {
    type: 'button',
    action_id: b.actionId,
    text: plain(truncatePlain(b.label, LIMITS.buttonText)),
    value: b.value,
  };
  if (b.style) el.style = b.style;
  return el;
}

/** Escaped fallback text for notifications (chat.postMessage `text`). */
export function fallbackText(summary: string): string {
  return mrkdwnTruncated(summary.trim() || '…', LIMITS.fallbackText);
}

/** A one-line context block, escaped and cut to fit (used for truncation notes and errors). */
export function noteBlock(text: string): SlackBlock {
  return { type: 'context', elements: [mrkdwn(mrkdwnTruncated(text.trim() || '…', LIMITS.contextText))] };
}
