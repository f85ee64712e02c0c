// Languages the bot speaks: Dutch by default, English on request.

/** Supported user languages. */
export const LOCALES = ['nl', 'en'] as const;
/** A user language. */
export type Locale = (typeof LOCALES)[number];
/** A text in both languages (catalog data, refusal explanations, step titles). */
export interface Localized {
  nl: string;
  en: string;
}
/** Default language when nothing is known about the user. */
export const DEFAULT_LOCALE: Locale = 'nl';
