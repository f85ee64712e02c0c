// Looking texts up: t() with typed `{param}` interpolation, plural forms, role names and lists.
import type { Role } from '../roles.js';
import { en } from './en.js';
import { DEFAULT_LOCALE, type Locale } from './locale.js';
import { nl, type Catalog, type MessageKey } from './nl.js';

/** The catalogs by language. */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { nl, en };

/** Names of the `{param}` placeholders in a text, as a union of string literals. */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;
/** A parameter value: numbers are written as they are. */
export type ParamValue = string | number;
/** The parameters a key needs (taken from the Dutch text). */
export type MessageParams<K extends MessageKey> = Record<ParamNames<(typeof nl)[K]>, ParamValue>;
/** The rest arguments of t(): none for a text without placeholders, else its parameters. */
export type ParamArgs<K extends MessageKey> = [ParamNames<(typeof nl)[K]>] extends [never] ? [] : [params: MessageParams<K>];

/** Placeholder names in any text (used by tests and by plural()). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(text: string, params: Readonly<Record<string, ParamValue>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The text for `key` in `locale` (Dutch when the locale is unknown), with its parameters filled in. */
export function t<K extends MessageKey>(locale: Locale, key: K, ...args: ParamArgs<K>): string {
  const catalog = CATALOGS[locale] ?? CATALOGS[DEFAULT_LOCALE];
  return interpolate(catalog[key], (args[0] ?? {}) as Record<string, ParamValue>);
}

/** A t() bound to one language, for code that writes many texts for the same user. */
export type Translator = <K extends MessageKey>(key: K, ...args: ParamArgs<K>) => string;

/** Binds t() to `locale`. */
export function translator(locale: Locale): Translator {
  return (key, ...args) => t(locale, key, ...args);
}

/** Keys that have `_one` and `_other` forms, named without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
}[MessageKey];

/** The singular or plural text for `count` (Dutch and English: one for exactly 1); `{count}` is filled in. */
export function plural(locale: Locale, key: PluralKey, count: number, params: Readonly<Record<string, ParamValue>> = {}): string {
  const full = `${key}_${count === 1 ? 'one' : 'other'}` as MessageKey;
  const catalog = CATALOGS[locale] ?? CATALOGS[DEFAULT_LOCALE];
  return interpolate(catalog[full], { ...params, count });
}

/** A role's name in the user's language. */
export function roleName(locale: Locale, role: Role): string {
  return t(locale, `role.${role}`);
}

/** Joins items the natural way: "a", "a en b", "a, b en c". */
export function joinList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(locale, 'common.and')} ${items[items.length - 1]}`;
}

/** Whether a string is a message key (for data that names keys, e.g. stored reminder kinds). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, key);
}
