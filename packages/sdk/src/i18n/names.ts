import { CORE_LOCALES } from '../constants.js';
import type { CoreLocale } from '../schemas/locale.js';
import { intlLocale } from './format.js';
import type { LocaleNames } from './locale-names.js';
import { languageOf } from './locales.js';

/** Names of the five core languages in each of them; `[display][language]`. */
const LANGUAGE_NAMES: Record<CoreLocale, Record<CoreLocale, string>> = {
  en: { es: 'Spanish', en: 'English', pt: 'Portuguese', fr: 'French', ht: 'Haitian Creole' },
  es: { es: 'español', en: 'inglés', pt: 'portugués', fr: 'francés', ht: 'criollo haitiano' },
  pt: { es: 'espanhol', en: 'inglês', pt: 'português', fr: 'francês', ht: 'crioulo haitiano' },
  fr: { es: 'espagnol', en: 'anglais', pt: 'portugais', fr: 'français', ht: 'créole haïtien' },
  ht: { es: 'panyòl', en: 'angle', pt: 'pòtigè', fr: 'franse', ht: 'kreyòl ayisyen' },
};

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
 * copy): without them a Creole reader gets a language outside the five in its own name.
 */
export function languageNameIn(
  language: string,
  displayLocale: string,
  names: LocaleNames | undefined,
): string {
  const display = languageOf(displayLocale);
  const lang = languageOf(language);
  if (
    (CORE_LOCALES as readonly string[]).includes(display) &&
    Object.hasOwn(LANGUAGE_NAMES.en, lang) &&
    lang === language.toLowerCase()
  ) {
    return LANGUAGE_NAMES[display as CoreLocale][lang as CoreLocale];
  }
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
