import type { CoreLocale } from '../schemas/locale.js';
import { intlLocale } from './format.js';
import type { LocaleNames } from './locale-names.js';
import { languageOf } from './locales.js';

/** Each core language's name for itself, as shown in a language menu. */
export const LANGUAGE_ENDONYMS: Readonly<Record<CoreLocale, string>> = {
  es: 'Español',
  en: 'English',
  pt: 'Português',
  fr: 'Français',
  ht: 'Kreyòl ayisyen',
};

/**
 * {@link languageName} with the names passed in (`localeNames(displayLocale)` or a bundle's own
 * copy): the four languages `Intl` knows name languages through it (with a fixed tag, never the
 * machine's language); Creole names come from the names passed in, and without them a Creole
 * reader gets each language in its own name.
 */
export function languageNameIn(
  language: string,
  displayLocale: string,
  names: LocaleNames | undefined,
): string {
  const display = languageOf(displayLocale);
  const key = language.toLowerCase();
  const own = names?.languages;
  if (own && Object.hasOwn(own, key)) return own[key] as string;
  try {
    const named = new Intl.DisplayNames([intlLocale(display === 'ht' ? language : displayLocale)], {
      type: 'language',
    });
    return named.of(language) ?? language;
  } catch {
    return language;
  }
}
