import * as v from 'valibot';
import { CalendarDate, Name, rule, Source, Title } from './common.js';
import { LocalizedTitle } from './locale.js';

// ISO 3166-1 alpha-2 officially assigned codes (249), two letters each, in one string so the
// browser bundle stays small.
const ISO_3166_1 =
  'ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW';

/** Every ISO 3166-1 alpha-2 code, upper case. */
export const ISO_COUNTRY_CODES: readonly string[] = ISO_3166_1.match(/../g) ?? [];

/** True when `code` is an officially assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  for (let i = 0; i < ISO_3166_1.length; i += 2) {
    if (ISO_3166_1.startsWith(code, i)) return true;
  }
  return false;
}

/**
 * An ISO 3166-1 alpha-2 country code in upper case, e.g. `HT` for Haiti. Not a language tag:
 * Haiti is `HT`, Haitian Creole is `ht`.
 */
export const CountryCode = v.pipe(
  v.string(),
  rule(
    'country_code',
    isCountryCode,
    'Use a two-letter ISO 3166-1 country code in capitals, such as HT or MX.',
  ),
);
export type CountryCode = v.InferOutput<typeof CountryCode>;

/** A country's special coordinator for the Declaration (R6–R8): a public office, not a private person. */
export const SpecialCoordinator = v.object({
  name: Name,
  title: v.optional(Title),
});
export type SpecialCoordinator = v.InferOutput<typeof SpecialCoordinator>;

/**
 * A country and its place in the Declaration. Endorsing countries have `endorsedOn` (the day,
 * when known) or `endorsedBy` (the latest date it is known to have endorsed by).
 */
export const Country = v.object({
  code: CountryCode,
  name: LocalizedTitle,
  /** True for the countries that endorsed the Declaration. */
  signatory: v.boolean(),
  /** The day the country endorsed the Declaration, or `null` when that day is not known. */
  endorsedOn: v.nullable(CalendarDate),
  /** When the exact day is not known: the latest date by which it had endorsed. */
  endorsedBy: v.optional(CalendarDate),
  /** The country's special coordinator, or `null` when none is published. */
  specialCoordinator: v.nullable(SpecialCoordinator),
  sources: v.array(Source),
});
export type Country = v.InferOutput<typeof Country>;
