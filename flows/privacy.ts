// Privacy in conversation (domain.md §5): anything typed outside a form that the guard calls medical gets one
// kind line — with the hint that the bedrijfsarts is the person to tell — and leaves no trace: it is not
// parsed further, not stored, not logged, not echoed, and no conversation state survives it.
import type { Locale } from '../src/core/i18n/locale.js';
import { t } from '../src/core/i18n/translate.js';
import { checkText } from '../src/core/privacy/guard/index.js';
import type { FlowResult } from './context.js';
import { textMessage } from './messages.js';

/** True when a typed line looks medical (the guard's verdict; the text itself goes nowhere). */
export function looksMedical(text: string): boolean {
  return checkText(text).medical;
}

/** The one privacy line; clears any open question so nothing of the conversation lingers. */
export function privacyRefusal(locale: Locale): FlowResult {
  return { replies: [textMessage(t(locale, 'refusal.medical'))], state: null };
}
