// UiMessage → one or more Slack messages (at most 50 blocks each: a long digest is split, not cut).
import type { UiMessage } from '../../../src/core/ui.js';
import { fallbackText, renderBlocks, type SlackBlock } from './blocks.js';
import { LIMITS } from './limits.js';

/** A message ready for chat.postMessage or a response_url. */
export interface SlackMessage {
  /** Escaped notification text. */
  text: string;
  blocks: SlackBlock[];
}

/** Renders a message; more than 50 blocks become several messages in order. */
export function renderMessage(message: UiMessage): SlackMessage[] {
  const text = fallbackText(message.summary);
  const blocks = renderBlocks(message.blocks);
  if (blocks.length === 0) return [{ text, blocks: renderBlocks([{ type: 'text', text: message.summary || '…' }]) }];
  const out: SlackMessage[] = [];
  for (let i = 0; i < blocks.length; i += LIMITS.messageBlocks) {
    out.push({ text, blocks: blocks.slice(i, i + LIMITS.messageBlocks) });
  }
  return out;
}
