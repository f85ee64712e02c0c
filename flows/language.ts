// "taal en" / "language nl": the person's own choice of language, kept with them; a bare "taal" offers both.
import type { Locale } from '../src/core/i18n/locale.js';
import { t } from '../src/core/i18n/translate.js';
import type { FlowContext, FlowResult } from './context.js';
import { commandButton } from '../src/core/format/buttons.js';
import { textMessage, withButtons } from './messages.js';

/** Switches the sender's language (the answer is already in the new one), or offers the choice. */
export function languageFlow(fc: FlowContext, target: Locale | undefined): FlowResult {
  if (!target) {
    const buttons = [commandButton('Nederlands', 'taal nl'), commandButton('English', 'language en')];
    return { replies: [withButtons([t(fc.locale, 'language.choose')], buttons)], state: null };
  }
  fc.store.people.setLocale(fc.actor.personId, target);
  return { replies: [textMessage(t(target, 'language.switched'))], state: null };
}
