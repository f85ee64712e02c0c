// UiHome → the App Home view for views.publish (at most 100 blocks; the rest is summarised in a note).
import type { types as slack } from '@slack/bolt';
import type { UiHome } from '../../../src/core/ui.js';
import { noteBlock, renderBlocks } from './blocks.js';
import { LIMITS } from './limits.js';

/** Renders the home tab; content beyond 100 blocks is replaced by a "+N" note. */
export function renderHome(home: UiHome): slack.HomeView {
  let blocks = renderBlocks(home.blocks);
  if (blocks.length > LIMITS.viewBlocks) {
    const hidden = blocks.length - (LIMITS.viewBlocks - 1);
    blocks = [...blocks.slice(0, LIMITS.viewBlocks - 1), noteBlock(`… +${hidden}`)];
  }
  return { type: 'home', blocks };
}
