/**
 * Haitian Creole (`ht`) calendar words and patterns. No browser or Node ships formatting data
 * for `ht`: `Intl` silently formats in the machine's default language instead, so LAD carries
 * its own. Spelling follows the standard orthography (Akademi Kreyòl Ayisyen).
 */
export const HT_MONTHS = {
  long: [
    'janvye',
    'fevriye',
    'mas',
    'avril',
    'me',
    'jen',
    'jiyè',
    'out',
    'septanm',
    'oktòb',
    'novanm',
    'desanm',
  ],
  short: ['jan', 'fev', 'mas', 'avr', 'me', 'jen', 'jiy', 'out', 'sep', 'okt', 'nov', 'des'],
  narrow: ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'O', 'S', 'O', 'N', 'D'],
} as const;

/** Weekday names, Sunday first (index = `Date#getDay()`). */
export const HT_WEEKDAYS = {
  long: ['dimanch', 'lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi'],
  short: ['dim', 'len', 'mad', 'mèk', 'jed', 'van', 'sam'],
  narrow: ['D', 'L', 'M', 'M', 'J', 'V', 'S'],
} as const;

/** Words for relative days. */
export const HT_RELATIVE_DAYS = {
  '-2': 'avanyè',
  '-1': 'yè',
  '0': 'jodi a',
  '1': 'demen',
  '2': 'apredemen',
  future: (n: string) => `nan ${n} jou`,
  past: (n: string) => `sa gen ${n} jou`,
} as const;

/** Number symbols: decimal comma, narrow no-break space between thousands, as in French. */
export const HT_NUMBER = {
  decimal: ',',
  group: '\u202F',
  percentSpace: '\u202F',
  compactShort: { K: 'k', M: 'M', B: 'Md', T: 'Bn' } as Record<string, string>,
  compactLong: {
    thousand: 'mil',
    million: 'milyon',
    billion: 'milya',
    trillion: 'bilyon',
  } as Record<string, string>,
} as const;

/**
 * Creole names of `Intl`'s time units, for numbers formatted with `style: 'unit'`; other units
 * are shown by their symbol ("km", "km/h").
 */
export const HT_UNITS: Readonly<Record<string, string>> = {
  second: 'segonn',
  minute: 'minit',
  hour: 'èdtan',
  day: 'jou',
  week: 'semèn',
  month: 'mwa',
  year: 'ane',
};

/** Words joining list items: "A, B ak C", "A, B oswa C". */
export const HT_LIST = { conjunction: 'ak', disjunction: 'oswa' } as const;

/** The word between a long date and its time: "5 mas 2026 a 14:30". */
export const HT_AT = 'a';
