import { formatNumber } from './format.js';
import type { LocaleNames } from './locale-names.js';
import { pluralCategory } from './lookup.js';

// Indicator units, with their names passed in (see lookup.ts): a module of its own, so a bundle
// that shows no quantities carries none of it.

/**
 * Units an indicator can count in, each named in the five languages ({@link LOCALE_NAMES}). An
 * indicator whose `unit` is one of these is shown in the reader's language ("12 000 timoun");
 * any other unit is shown as written.
 */
export const INDICATOR_UNITS = [
  'people',
  'children',
  'households',
  'permits',
  'visas',
  'applications',
  'workers',
  'refugees',
  'days',
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** {@link unitName} with the names passed in (`localeNames(locale)` or a bundle's own copy). */
export function unitNameIn(
  unit: string,
  count: number,
  locale: string,
  names: LocaleNames | undefined,
): string {
  const forms = names && Object.hasOwn(names.units, unit) ? names.units[unit] : undefined;
  if (!forms) return unit;
  return pluralCategory(count, locale) === 'one' ? forms[0] : forms[1];
}

/** {@link formatQuantity} with the names passed in (`localeNames(locale)` or a bundle's own copy). */
export function formatQuantityIn(
  value: number,
  unit: string | null | undefined,
  locale: string,
  names: LocaleNames | undefined,
): string {
  if (!unit) return formatNumber(value, locale);
  if (/^[A-Z]{3}$/.test(unit)) {
    return formatNumber(value, locale, { style: 'currency', currency: unit, maximumFractionDigits: 2 });
  }
  if (unit === '%') return formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
  return `${formatNumber(value, locale)}\u00A0${unitNameIn(unit, value, locale, names)}`;
}
