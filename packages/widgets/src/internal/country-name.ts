import { intlLocale, pickText } from '@lad/sdk';
import { currentLocale } from './locale.js';
import type { Reference } from './reference.js';

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in the page's language: from the API's reference data (Creole included),
 * else from the browser (for Creole, French: browsers have no Creole names).
 */
export function countryName(code: string, reference?: Reference): string {
  const known = reference?.countries.find((c) => c.code === code);
  const locale = currentLocale();
  if (known?.name.text[locale]) return known.name.text[locale] as string;
  const tag = intlLocale(locale === 'ht' ? 'fr' : locale);
  let names = regionNames.get(tag);
  if (!names) {
    names = new Intl.DisplayNames([tag], { type: 'region' });
    regionNames.set(tag, names);
  }
  if (known) return pickText(known.name, locale).text;
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // not a region code the browser knows
  }
}
