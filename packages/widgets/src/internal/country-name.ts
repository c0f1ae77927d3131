import { countryNameIn } from '@lad/sdk';
import { currentLocale, localeNames } from './locale.js';
import type { Reference } from './reference.js';

/**
 * A country's name in the page's language: from the API's reference data when it has one in
 * this language, else from the SDK (Creole names of the Americas included — never the French
 * names a browser gives for Creole).
 */
export function countryName(code: string, reference?: Reference): string {
  const locale = currentLocale();
  const known = reference?.countries.find((c) => c.code === code);
  if (known && Object.hasOwn(known.name.text, locale) && known.name.text[locale]) {
    return known.name.text[locale] as string;
  }
  return countryNameIn(code, locale, localeNames());
}
