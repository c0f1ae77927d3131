import { describe, expect, test } from 'vitest';
import {
  AMERICAS_COUNTRY_CODES,
  calendarDaysBetween,
  colon,
  countryName,
  formatDate,
  formatDateRange,
  formatList,
  formatNumber,
  formatPartialDate,
  formatQuantity,
  formatRelativeDays,
  getZonedParts,
  HT_COUNTRY_NAMES,
  languageName,
  monthNames,
  pluralCategory,
  punctuation,
  unitName,
  weekdayNames,
  withColon,
  zoneCity,
} from '../src/index.js';

// This file runs once per LANG × TZ pair (see vitest.config.ts). Every expectation below must
// hold in all of them: Creole output never depends on the machine.
const { LANG = '', TZ = '' } = process.env;
const UTC_INSTANT = new Date('2026-03-05T02:30:00Z'); // 4 March 21:30 in Port-au-Prince

describe(`environment ${LANG} ${TZ}`, () => {
  test('the process really runs with this LANG and TZ (so the suite cannot silently run in one place)', () => {
    const resolved = new Intl.DateTimeFormat().resolvedOptions();
    expect(resolved.locale).toBe(LANG.split('.')[0]?.replace('_', '-'));
    expect(resolved.timeZone).toBe(TZ);
    // And Intl itself falls back to the machine's language for `ht` — the reason the SDK exists.
    expect(new Intl.DateTimeFormat('ht').resolvedOptions().locale).not.toBe('ht');
  });
});

describe('Haitian Creole dates', () => {
  test('the documented example: a calendar day in long style', () => {
    expect(formatDate('2026-03-05', 'ht', { dateStyle: 'long' })).toBe('5 mas 2026');
    expect(formatDate(new Date('2026-03-05'), 'ht', { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      '5 mas 2026',
    );
  });

  test('every date style', () => {
    expect(formatDate('2026-03-05', 'ht', { dateStyle: 'full' })).toBe('jedi 5 mas 2026');
    expect(formatDate('2026-03-05', 'ht', { dateStyle: 'medium' })).toBe('5 mas 2026');
    expect(formatDate('2026-07-14', 'ht', { dateStyle: 'medium' })).toBe('14 jiy 2026');
    expect(formatDate('2026-03-05', 'ht', { dateStyle: 'short' })).toBe('05/03/2026');
    expect(formatDate('2026-03-05', 'ht')).toBe('05/03/2026');
  });

  test('all twelve months and seven weekdays', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatDate(`2026-${String(i + 1).padStart(2, '0')}-01`, 'ht', { month: 'long' }),
    );
    expect(months).toEqual([
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
    ]);
    const weekdays = Array.from({ length: 7 }, (_, i) =>
      formatDate(`2026-03-0${i + 1}`, 'ht', { weekday: 'long' }),
    );
    // 1 March 2026 is a Sunday.
    expect(weekdays).toEqual(['dimanch', 'lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi']);
    expect(monthNames('ht', 'short')).toEqual([
      'jan',
      'fev',
      'mas',
      'avr',
      'me',
      'jen',
      'jiy',
      'out',
      'sep',
      'okt',
      'nov',
      'des',
    ]);
    expect(weekdayNames('ht', 'short')).toEqual(['dim', 'len', 'mad', 'mèk', 'jed', 'van', 'sam']);
  });

  test('component options: calendar header, weekday and day, numeric', () => {
    expect(formatDate('2026-12-01', 'ht', { month: 'long', year: 'numeric' })).toBe('desanm 2026');
    expect(formatDate('2026-03-05', 'ht', { weekday: 'short', day: 'numeric', month: 'short' })).toBe(
      'jed 5 mas',
    );
    expect(formatDate('2026-03-05', 'ht', { day: '2-digit', month: '2-digit', year: '2-digit' })).toBe(
      '05/03/26',
    );
  });

  test('instants with an explicit time zone read the same everywhere, 24-hour clock', () => {
    const opts = { dateStyle: 'long', timeStyle: 'short' } as const;
    expect(formatDate(UTC_INSTANT, 'ht', { ...opts, timeZone: 'UTC' })).toBe('5 mas 2026 a 02:30');
    expect(formatDate(UTC_INSTANT, 'ht', { ...opts, timeZone: 'America/Port-au-Prince' })).toBe(
      '4 mas 2026 a 21:30',
    );
    expect(
      formatDate(UTC_INSTANT, 'ht', { hour: 'numeric', minute: '2-digit', timeZone: 'America/Mexico_City' }),
    ).toBe('20:30');
    expect(formatDate(UTC_INSTANT, 'ht', { timeStyle: 'long', timeZone: 'America/Port-au-Prince' })).toBe(
      '21:30:00 UTC\u22125',
    );
  });

  test('an instant without a time zone is shown in the machine zone, like Intl', () => {
    const expected = TZ === 'UTC' ? '5 mas 2026' : '4 mas 2026';
    expect(formatDate(UTC_INSTANT, 'ht', { dateStyle: 'long' })).toBe(expected);
    expect(getZonedParts(UTC_INSTANT).day).toBe(TZ === 'UTC' ? 5 : 4);
  });

  test('ranges', () => {
    expect(formatDateRange('2026-03-05', '2026-03-07', 'ht', { dateStyle: 'long' })).toBe('5–7 mas 2026');
    expect(formatDateRange('2026-02-27', '2026-03-02', 'ht', { dateStyle: 'long' })).toBe(
      '27 fevriye – 2 mas 2026',
    );
    expect(formatDateRange('2026-12-30', '2027-01-02', 'ht', { dateStyle: 'long' })).toBe(
      '30 desanm 2026 – 2 janvye 2027',
    );
    const start = new Date('2026-03-05T14:00:00Z');
    const end = new Date('2026-03-05T16:30:00Z');
    expect(
      formatDateRange(start, end, 'ht', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'America/Port-au-Prince',
      }),
    ).toBe('5 mas 2026 a 09:00–11:30');
  });

  test('dates known only to the month or the year (a source’s publication date)', () => {
    expect(formatPartialDate('2024-05', 'ht')).toBe('me 2024');
    expect(formatPartialDate('2022-10', 'ht')).toBe('oktòb 2022');
    expect(formatPartialDate('2024-05-07', 'ht')).toBe('7 me 2024');
    expect(formatPartialDate('2024', 'ht')).toBe('2024');
    expect(formatPartialDate('2024-05', 'es')).toBe('mayo de 2024');
    expect(formatPartialDate('2024-05', 'fr')).toBe('mai 2024');
    expect(formatPartialDate('2024-05', 'en')).toBe('May 2024');
  });

  test('relative days and days between', () => {
    expect(formatRelativeDays(0, 'ht')).toBe('jodi a');
    expect(formatRelativeDays(1, 'ht')).toBe('demen');
    expect(formatRelativeDays(-1, 'ht')).toBe('yè');
    expect(formatRelativeDays(14, 'ht')).toBe('nan 14 jou');
    expect(formatRelativeDays(-1200, 'ht')).toBe('sa gen 1\u202F200 jou');
    expect(
      calendarDaysBetween('2026-02-19T23:00:00-05:00', '2026-03-05T01:00:00-05:00', 'America/Port-au-Prince'),
    ).toBe(14);
  });
});

describe('Haitian Creole numbers and lists', () => {
  test('decimal comma, narrow no-break space between thousands', () => {
    expect(formatNumber(1234567.891, 'ht')).toBe('1\u202F234\u202F567,891');
    expect(formatNumber(-0.5, 'ht')).toBe('-0,5');
    expect(formatNumber(0.42, 'ht', { style: 'percent' })).toBe('42\u202F%');
    expect(formatNumber(1500, 'ht', { style: 'currency', currency: 'USD' })).toBe('1\u202F500,00\u00A0USD');
    expect(formatNumber(12_300, 'ht', { notation: 'compact' })).toBe('12\u00A0k');
  });

  test('lists and language names', () => {
    expect(formatList(['Ayiti', 'Meksik', 'Chili'], 'ht')).toBe('Ayiti, Meksik ak Chili');
    expect(formatList(['panyòl', 'franse'], 'ht', { type: 'disjunction' })).toBe('panyòl oswa franse');
    expect(languageName('fr', 'ht')).toBe('franse');
    expect(languageName('ht', 'es')).toBe('criollo haitiano');
  });
});

describe('Creole names that Intl would give in French', () => {
  test('every country of the Americas has a Creole name, and none of them is the French one', () => {
    const french = new Intl.DisplayNames(['fr'], { type: 'region' });
    for (const code of AMERICAS_COUNTRY_CODES) {
      expect(HT_COUNTRY_NAMES[code], code).toBeTruthy();
      expect(countryName(code, 'ht'), code).toBe(HT_COUNTRY_NAMES[code]);
    }
    const sameAsFrench = AMERICAS_COUNTRY_CODES.filter((c) => countryName(c, 'ht') === french.of(c));
    // Only names written alike in both (Bahamas, Chili, Panama) may match.
    expect(sameAsFrench.sort()).toEqual(['BS', 'CL', 'PA']);
    expect(countryName('HT', 'ht')).toBe('Ayiti');
    expect(countryName('DO', 'ht')).toBe('Repiblik Dominikèn');
    expect(countryName('GY', 'ht')).toBe('Giyana');
    expect(countryName('DO', 'es')).toBe('República Dominicana');
    expect(countryName('HT', 'fr')).toBe('Haïti');
    // Outside the Americas a Creole reader gets the English name, not the French one.
    expect(countryName('DE', 'ht')).toBe('Germany');
    expect(countryName('ZZZ', 'ht')).toBe('ZZZ');
    expect(countryName('constructor', 'ht')).toBe('constructor');
  });

  test('languages beyond the five: ours, else the language’s own name', () => {
    expect(languageName('qu', 'ht')).toBe('kechwa');
    expect(languageName('ase', 'ht')).toBe('lang siy ameriken');
    expect(languageName('de', 'ht')).toBe('alman');
    expect(languageName('pl', 'ht')).toBe('polski');
    expect(languageName('pl', 'fr')).toBe('polonais');
    expect(languageName('constructor', 'ht')).toBe('constructor');
    expect(languageName('constructor', 'en')).toBe('constructor');
  });

  test('time-zone cities', () => {
    expect(zoneCity('America/Port-au-Prince', 'ht')).toBe('Pòtoprens');
    expect(zoneCity('America/Port-au-Prince', 'es')).toBe('Puerto Príncipe');
    expect(zoneCity('America/Port-au-Prince', 'en')).toBe('Port-au-Prince');
    expect(zoneCity('America/New_York', 'ht')).toBe('Nouyòk');
    expect(zoneCity('America/Buenos_Aires', 'ht')).toBe('Buenos Aires');
    expect(zoneCity('UTC', 'fr')).toBe('UTC');
  });

  test('units: Creole words for Intl’s units, symbols for the rest', () => {
    expect(formatNumber(3, 'ht', { style: 'unit', unit: 'day', unitDisplay: 'long' })).toBe('3\u00A0jou');
    expect(formatNumber(3, 'ht', { style: 'unit', unit: 'minute', unitDisplay: 'short' })).toBe(
      '3\u00A0minit',
    );
    expect(formatNumber(90, 'ht', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' })).toBe(
      '90\u00A0km/h',
    );
    expect(formatNumber(3, 'fr', { style: 'unit', unit: 'day', unitDisplay: 'long' })).toBe('3\u00A0jours');
  });
});

describe('plurals and indicator units', () => {
  test('one and other, Creole always one form', () => {
    expect(pluralCategory(1, 'es')).toBe('one');
    expect(pluralCategory(2, 'es')).toBe('other');
    expect(pluralCategory(0, 'fr')).toBe('one');
    expect(pluralCategory(0, 'en')).toBe('other');
    expect(pluralCategory(1_000_000, 'es')).toBe('other');
    expect(pluralCategory(1, 'ht')).toBe('other');
  });

  test('indicator units in the reader’s language, with the right form', () => {
    expect(formatQuantity(12000, 'children', 'ht')).toBe('12\u202F000\u00A0timoun');
    expect(formatQuantity(12000, 'children', 'en')).toBe('12,000\u00A0children');
    expect(formatQuantity(1, 'days', 'fr')).toBe('1\u00A0jour');
    expect(formatQuantity(1, 'people', 'es')).toBe('1\u00A0persona');
    expect(formatQuantity(2, 'permits', 'pt')).toBe('2\u00A0autorizações');
    expect(formatQuantity(5, 'km of road', 'es')).toBe('5\u00A0km of road');
    expect(formatQuantity(1500, 'USD', 'ht')).toBe('1\u202F500,00\u00A0USD');
    expect(formatQuantity(40, '%', 'ht')).toBe('40\u202F%');
    expect(formatQuantity(40, null, 'en')).toBe('40');
    expect(unitName('constructor', 2, 'en')).toBe('constructor');
  });

  test('French puts a narrow no-break space before a colon', () => {
    expect(withColon('Pays', 'fr')).toBe('Pays\u202F:');
    expect(withColon('Pays', 'fr-CA')).toBe('Pays\u202F:');
    expect(withColon('Country', 'en')).toBe('Country:');
    expect(colon('ht')).toBe(':');
    expect(punctuation(';', 'fr')).toBe('\u202F;');
    expect(punctuation('?', 'es')).toBe('?');
  });
});

describe('the other four languages never follow the machine either', () => {
  test.each([
    ['es', '5 de marzo de 2026', '1,234.5'],
    ['pt', '5 de março de 2026', '1.234,5'],
    ['fr', '5 mars 2026', '1\u202F234,5'],
    ['en', 'March 5, 2026', '1,234.5'],
  ])('%s', (locale, date, number) => {
    expect(formatDate('2026-03-05', locale, { dateStyle: 'long' })).toBe(date);
    expect(formatNumber(1234.5, locale)).toBe(number);
  });

  test('relative days and month names come from Intl for them', () => {
    expect(formatRelativeDays(1, 'es')).toBe('mañana');
    expect(formatRelativeDays(-3, 'fr')).toBe('il y a 3 jours');
    expect(monthNames('pt')[2]).toBe('março');
    expect(weekdayNames('en', 'short')[0]).toBe('Sun');
  });

  test('an unknown language formats in English, not in the machine language', () => {
    expect(formatDate('2026-03-05', 'xx', { dateStyle: 'long' })).toBe('March 5, 2026');
  });
});
