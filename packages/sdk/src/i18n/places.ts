import type { CoreLocale } from '../schemas/locale.js';
import { LOCALE_NAMES, type LocaleNames } from './locale-names.js';
import { languageOf } from './locales.js';
import { countryNameIn, zoneCityIn } from './lookup.js';
import { languageNameIn } from './names.js';
import { formatQuantityIn, unitNameIn } from './quantity.js';

// The names functions with their data: what an app calls. (A bundle that wants the data only
// for some readers calls the `…In` functions of lookup.ts with data it loads itself.)

/**
 * The names `locale` needs beyond `Intl` ({@link LOCALE_NAMES}), or `undefined` for a language
 * outside the five.
 */
export function localeNames(locale: string): LocaleNames | undefined {
  const language = languageOf(locale);
  return Object.hasOwn(LOCALE_NAMES, language) ? LOCALE_NAMES[language as CoreLocale] : undefined;
}

/**
 * A country's name in `locale`: `countryName('DO', 'ht')` → `'Repiblik Dominikèn'`,
 * `countryName('DO', 'es')` → `'República Dominicana'`. Creole names cover the Americas
 * ({@link HT_COUNTRY_NAMES}); for a country outside them a Creole reader gets its English name,
 * never the French one a browser would give. An unknown code comes back as it is.
 */
export function countryName(code: string, locale: string): string {
  return countryNameIn(code, locale, localeNames(locale));
}

/**
 * The city of an IANA time zone, for people, in `locale`: `zoneCity('America/Port-au-Prince',
 * 'ht')` → `'Pòtoprens'`, `'fr'` → `'Port-au-Prince'`; other zones as the zone names them,
 * with spaces (`America/Buenos_Aires` → `'Buenos Aires'`).
 */
export function zoneCity(zone: string, locale: string): string {
  return zoneCityIn(zone, localeNames(locale));
}
/**
 * The name of `language` in `displayLocale`: `languageName('fr', 'ht')` → `'franse'`.
 * Covers the five core languages in each other; other languages come from `Intl.DisplayNames`,
 * except for Creole readers: {@link HT_LANGUAGE_NAMES}, else the language's name for itself
 * (never the French name `Intl` would give).
 */
export function languageName(language: string, displayLocale: string): string {
  return languageNameIn(language, displayLocale, localeNames(displayLocale));
}
/**
 * The name of indicator unit `unit` for `count` in `locale`: `unitName('children', 1, 'es')` →
 * `'niño o niña'`, `unitName('children', 12000, 'ht')` → `'timoun'`. A unit outside
 * {@link INDICATOR_UNITS} comes back as written.
 */
export function unitName(unit: string, count: number, locale: string): string {
  return unitNameIn(unit, count, locale, localeNames(locale));
}

/**
 * A number with its indicator unit, in `locale`: `formatQuantity(12000, 'children', 'ht')` →
 * `'12 000 timoun'`, `formatQuantity(1, 'days', 'fr')` → `'1 jour'`. A three-letter currency
 * code is shown as a currency, `%` as a percentage, anything else after the number as written.
 */
export function formatQuantity(value: number, unit: string | null | undefined, locale: string): string {
  return formatQuantityIn(value, unit, locale, localeNames(locale));
}
