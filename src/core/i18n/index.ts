// The i18n module's public face: catalogs, t(), plural forms and helpers.
/** Languages and the Localized pair. */
export { DEFAULT_LOCALE, LOCALES, type Locale, type Localized } from './locale.js';
/** The Dutch catalog (default) and the key types. */
export { nl, type Catalog, type MessageKey } from './nl.js';
/** The English catalog. */
export { en } from './en.js';
/** Looking texts up. */
export {
  CATALOGS, interpolate, isMessageKey, joinList, placeholders, plural, roleName, t, translator,
  type MessageParams, type ParamArgs, type ParamNames, type ParamValue, type PluralKey, type Translator,
} from './translate.js';
/** Choosing a user's language. */
export { localeFromTag, pickLocale } from './negotiate.js';
