import { intlLocale } from './format.js';
import type { LocaleNames } from './locale-names.js';
import { languageOf } from './locales.js';

// Names and counted nouns, with the names a language needs beyond `Intl` passed in: these carry
// no data, so a bundle can load the data ({@link LOCALE_NAMES}) only for the readers who need
// it. `countryName`, `zoneCity`, `languageName`, `unitName` and `formatQuantity` pass it for you.

/**
 * The countries and territories of the Americas, by ISO 3166-1 code: the 35 independent states,
 * then the inhabited territories. The list participation forms offer.
 */
export const AMERICAS_COUNTRY_CODES: readonly string[] =
  // The 35 independent states, then the inhabited territories.
  'AGARBSBBBZBOBRCACLCOCRCUDMDOECSVGDGTGYHTHNJMMXNIPAPYPEKNLCVCSRTTUSUYVEAIAWBMBQVGKYCWFKGFGLGPMQMSPRBLMFPMSXTCVI'.match(
    /../g,
  ) ?? [];

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * {@link countryName} with the names passed in (`localeNames(locale)`, or what a bundle loaded
 * for this language): without them a Creole reader gets English names, never French ones.
 */
export function countryNameIn(code: string, locale: string, names: LocaleNames | undefined): string {
  const creole = languageOf(locale) === 'ht';
  const own = names?.countries;
  if (own && Object.hasOwn(own, code)) return own[code] as string;
  const tag = intlLocale(creole ? 'en' : locale);
  let display = regionNames.get(tag);
  if (!display) {
    display = new Intl.DisplayNames([tag], { type: 'region' });
    regionNames.set(tag, display);
  }
  try {
    return display.of(code) ?? code;
  } catch {
    return code; // not a region code at all
  }
}

/** {@link zoneCity} with the names passed in (`localeNames(locale)` or a bundle's own copy). */
export function zoneCityIn(zone: string, names: LocaleNames | undefined): string {
  const city = zone.split('/').pop() ?? zone;
  const own = names?.cities;
  if (own && Object.hasOwn(own, city)) return own[city] as string;
  return city.replace(/_/g, ' ');
}

/**
 * `'one'` or `'other'`: which form of a counted noun `count` takes in `locale` ("1 day",
 * "2 days"). From `Intl.PluralRules`, with the categories a language has beyond these two
 * (`many`, for a million in Spanish) read as `other`. Creole nouns do not change with the
 * number ("1 jou", "2 jou"): always `'other'`.
 */
export function pluralCategory(count: number, locale: string): 'one' | 'other' {
  if (languageOf(locale) === 'ht') return 'other';
  // intlLocale: a tag the runtime has no rules for counts in English, not in the machine's language.
  const tag = intlLocale(locale);
  let rules = pluralRules.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    pluralRules.set(tag, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** One `Intl.PluralRules` per language: widgets ask for every count they show. */
const pluralRules = new Map<string, Intl.PluralRules>();
