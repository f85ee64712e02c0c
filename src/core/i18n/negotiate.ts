// Choosing the user's language: their own choice first, then the platform's locale tag
// (Slack `locale` "nl-NL", Teams `locale` "en-US"), then the employer's setting, then Dutch.
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale.js';

/** The supported language of a BCP 47 tag ("nl-NL", "en_GB", "NL"), or undefined for others ("de-DE"). */
export function localeFromTag(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

/** The first usable language among the candidates, most specific first; Dutch when none is usable. */
export function pickLocale(...candidates: Array<string | null | undefined>): Locale {
  for (const c of candidates) {
    const l = localeFromTag(c);
    if (l) return l;
  }
  return DEFAULT_LOCALE;
}
