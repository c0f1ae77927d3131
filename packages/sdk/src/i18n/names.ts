import { CORE_LOCALES } from '../constants.js';
import type { CoreLocale } from '../schemas/locale.js';
import { intlLocale } from './format.js';
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
 * The name of `language` in `displayLocale`: `languageName('fr', 'ht')` → `'franse'`.
 * Covers the five core languages in each other; other languages come from `Intl.DisplayNames`
 * (Creole readers get French names there, as `Intl` has no Creole).
 */
export function languageName(language: string, displayLocale: string): string {
  const display = languageOf(displayLocale);
  const lang = languageOf(language);
  if (
    (CORE_LOCALES as readonly string[]).includes(display) &&
    lang in LANGUAGE_NAMES.en &&
    lang === language.toLowerCase()
  ) {
    return LANGUAGE_NAMES[display as CoreLocale][lang as CoreLocale];
  }
  try {
    const names = new Intl.DisplayNames([intlLocale(display === 'ht' ? 'fr' : displayLocale)], {
      type: 'language',
    });
    return names.of(language) ?? language;
  } catch {
    return language;
  }
}
