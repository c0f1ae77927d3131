import { CORE_LOCALES, type CoreLocale, type LocaleNames, resolveLocale } from '@lad/sdk';
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

// The console shows one language at a time (@lit/localize, runtime mode). Each language other
// than English is a module of its own, loaded when chosen, with the names it needs beyond the
// browser's (Creole country names…) — the widgets' pattern (packages/widgets/src/internal/locale.ts)
// without their page-sharing: the console is the whole page.

const loaders = {
  es: () => import('../generated/locales/es.js'),
  pt: () => import('../generated/locales/pt.js'),
  fr: () => import('../generated/locales/fr.js'),
  ht: () => import('../generated/locales/ht.js'),
};
type Lang = keyof typeof loaders;

const names = new Map<string, LocaleNames>();

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    const lang = locale as Lang;
    const [messages, data] = await Promise.all([loaders[lang](), import('./locale-data.js')]);
    names.set(lang, data.LOCALE_NAMES[lang]);
    return messages as never;
  },
});

const STORAGE_KEY = 'lad-console-locale';

/** The language the console shows. */
export const currentLocale = (): CoreLocale => getLocale() as CoreLocale;

/** The names the console's language needs beyond the browser's; `undefined` in English. */
export const localeNames = (): LocaleNames | undefined => names.get(currentLocale());

/** The language a person chose in the menu on this browser, if any. */
export function storedLocale(): CoreLocale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value && (CORE_LOCALES as readonly string[]).includes(value) ? (value as CoreLocale) : null;
  } catch {
    return null;
  }
}

/**
 * The language to show: the one chosen in the menu on this browser, else the person's own
 * (their account's), else the browser's languages.
 */
export function preferredLocale(accountLocale?: string | null): CoreLocale {
  return (
    storedLocale() ??
    (accountLocale ? (resolveLocale(accountLocale) as CoreLocale) : null) ??
    (resolveLocale([...(navigator.languages ?? [navigator.language])]) as CoreLocale)
  );
}

/**
 * Shows the console in `locale` (its words load first) and sets `<html lang>`. With
 * `remember`, the choice is kept on this browser (a person choosing in the menu).
 */
export async function switchLocale(locale: CoreLocale, options: { remember?: boolean } = {}): Promise<void> {
  if (options.remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage disabled: the choice lasts until the page is closed.
    }
  }
  if (locale !== currentLocale()) await setLocale(locale);
  document.documentElement.lang = locale;
}

/** Forgets the choice and shows English again, as on a fresh page (for tests). */
export async function resetLocale(): Promise<void> {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
  await switchLocale(sourceLocale as CoreLocale);
}
