// The few texts the Teams adapter says itself (everything else comes from the flows).
import type { Locale, Localized } from '../../src/core/i18n/locale.js';
import { message, type UiMessage } from '../../src/core/ui.js';

const WELCOME: Localized = {
  nl: "Hallo! Ik help met ziekmeldingen en de stappen van de Wet verbetering poortwachter. Typ 'ziek' om iemand ziek te melden, of 'help' voor alles wat ik kan.",
  en: "Hi! I help with sick reports and the steps of the Dutch Gatekeeper Act. Type 'sick' to report someone sick, or 'help' for everything I can do.",
};

const TROUBLE: Localized = {
  nl: 'Er ging iets mis aan mijn kant. Probeer het over een minuut opnieuw.',
  en: 'Something went wrong on my side. Please try again in a minute.',
};

/** Greeting after install when the bot has no home content to show. */
export function welcomeMessage(locale: Locale): UiMessage {
  return message(WELCOME[locale]);
}

/** Shown when handling an event failed (the log has the error code, never the user's text). */
export function troubleMessage(locale: Locale): UiMessage {
  return message(TROUBLE[locale]);
}
