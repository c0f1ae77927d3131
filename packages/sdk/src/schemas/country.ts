import * as z from 'zod/mini';
import { CalendarDate, checked, Name, rule, Source, Title } from './common.js';
import { LocalizedTitle } from './locale.js';

// ISO 3166-1 alpha-2 officially assigned codes (249), grouped by first letter ("ADEFG…" is AD,
// AE, AF, AG…) in one string, so the browser bundle stays small.
const ISO_3166_1 =
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS YET ZAMW';

/** Every ISO 3166-1 alpha-2 code, upper case, in alphabetical order. */
export const ISO_COUNTRY_CODES: readonly string[] = ISO_3166_1.split(' ').flatMap((group) =>
  [...group.slice(1)].map((second) => `${group[0]}${second}`),
);

const COUNTRY_CODES = new Set(ISO_COUNTRY_CODES);

/** True when `code` is an officially assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

/**
 * An ISO 3166-1 alpha-2 country code in upper case, e.g. `HT` for Haiti. Not a language tag:
 * Haiti is `HT`, Haitian Creole is `ht`.
 */
export const CountryCode = checked(
  z.string(),
  rule(
    'country_code',
    isCountryCode,
    'Use a two-letter ISO 3166-1 country code in capitals, such as HT or MX.',
  ),
);
export type CountryCode = z.output<typeof CountryCode>;

/** A country's special coordinator for the Declaration (R6–R8): a public office, not a private person. */
export const SpecialCoordinator = z.object({
  name: Name,
  title: z.optional(Title),
});
export type SpecialCoordinator = z.output<typeof SpecialCoordinator>;

/**
 * A country and its place in the Declaration. Endorsing countries have `endorsedOn` (the day,
 * when known) or `endorsedBy` (the latest date it is known to have endorsed by).
 */
export const Country = z.object({
  code: CountryCode,
  name: LocalizedTitle,
  /** True for the countries that endorsed the Declaration. */
  signatory: z.boolean(),
  /** The day the country endorsed the Declaration, or `null` when that day is not known. */
  endorsedOn: z.nullable(CalendarDate),
  /** When the exact day is not known: the latest date by which it had endorsed. */
  endorsedBy: z.optional(CalendarDate),
  /** The country's special coordinator, or `null` when none is published. */
  specialCoordinator: z.nullable(SpecialCoordinator),
  sources: z.array(Source),
});
export type Country = z.output<typeof Country>;
