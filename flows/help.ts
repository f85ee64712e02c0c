// "help": what the bot can do, in the user's language; and the answer to a line it did not understand —
// the two most likely commands as buttons (never the typed text: it may be anything).
import { CATALOGS, t } from '../src/core/i18n/translate.js';
import type { MessageKey } from '../src/core/i18n/nl.js';
import type { FlowContext, FlowResult } from './context.js';
import { commandButton } from '../src/core/format/buttons.js';
import type { Suggestion } from './grammar/types.js';
import { message, type UiBlock } from '../src/core/ui.js';

/** The help lines, in order (texts without parameters). */
const HELP_LINES: readonly MessageKey[] = [
  'help.sick', 'help.recovery', 'help.status', 'help.tasks', 'help.checklist', 'flow.help.step', 'help.role', 'help.digest', 'help.language', 'help.help',
];

/** The help overview; Slack users also hear about the /verzuim prefix. */
export function helpFlow(fc: FlowContext): FlowResult {
  const { locale } = fc;
  const title = t(locale, 'help.title');
  const blocks: UiBlock[] = [
    { type: 'heading', text: title },
    { type: 'text', text: HELP_LINES.map((k) => `• ${CATALOGS[locale][k]}`).join('\n') },
  ];
  if (fc.from.platform === 'slack') blocks.push({ type: 'context', text: t(locale, 'help.slack') });
  blocks.push({ type: 'context', text: t(locale, 'help.privacy') });
  return { replies: [message(title, ...blocks)], state: null };
}

/** "Did you mean one of these?" with the suggested commands as run-command buttons. */
export function unknownFlow(fc: FlowContext, suggestions: Suggestion[]): FlowResult {
  const { locale } = fc;
  const text = t(locale, 'unknown.text');
  return {
    replies: [message(
      text,
      { type: 'text', text },
      { type: 'buttons', buttons: suggestions.slice(0, 2).map((s) => commandButton(s.command, s.command)) },
      { type: 'context', text: t(locale, 'unknown.helpHint') },
    )],
    state: null,
  };
}
