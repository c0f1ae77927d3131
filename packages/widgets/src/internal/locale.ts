import { CORE_LOCALES, type CoreLocale, type LocaleNames, resolveLocale } from '@lad/sdk';
import { configureLocalization } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { LadLocaleChangeEvent } from './events.js';

// Each language other than English is its own module, loaded only when chosen.
const loaders = {
  es: () => import('../generated/locales/es.js'),
  pt: () => import('../generated/locales/pt.js'),
  fr: () => import('../generated/locales/fr.js'),
  ht: () => import('../generated/locales/ht.js'),
};

// The words of the participation widgets — every form's, the registration form's (with the
// selection report's), the proposal form's, the meetings' (calendar, directory) — each a module
// per language loaded only once such a widget is on the page (see `needMessages`).
const chunkLoaders = {
  form: {
    es: () => import('../generated/locales/es-form.js'),
    pt: () => import('../generated/locales/pt-form.js'),
    fr: () => import('../generated/locales/fr-form.js'),
    ht: () => import('../generated/locales/ht-form.js'),
  },
  registration: {
    es: () => import('../generated/locales/es-registration.js'),
    pt: () => import('../generated/locales/pt-registration.js'),
    fr: () => import('../generated/locales/fr-registration.js'),
    ht: () => import('../generated/locales/ht-registration.js'),
  },
  proposals: {
    es: () => import('../generated/locales/es-proposals.js'),
    pt: () => import('../generated/locales/pt-proposals.js'),
    fr: () => import('../generated/locales/fr-proposals.js'),
    ht: () => import('../generated/locales/ht-proposals.js'),
  },
  meetings: {
    es: () => import('../generated/locales/es-meetings.js'),
    pt: () => import('../generated/locales/pt-meetings.js'),
    fr: () => import('../generated/locales/fr-meetings.js'),
    ht: () => import('../generated/locales/ht-meetings.js'),
  },
};
type Lang = keyof typeof loaders;
type Chunk = keyof typeof chunkLoaders;
type Templates = Record<string, unknown>;

/** Each language's names beyond the browser's, loaded with its messages (see `localeNames`). */
const names = new Map<Lang, LocaleNames>();

/** Each language's messages as loaded so far; lit-localize reads this same object. */
const loaded = new Map<Lang, Templates>();
const added = new Set<string>();
const wantedChunks = new Set<Chunk>();

async function addChunk(locale: Lang, chunk: Chunk, templates: Templates): Promise<void> {
  const key = `${locale}:${chunk}`;
  if (added.has(key)) return;
  added.add(key);
  try {
    Object.assign(templates, (await chunkLoaders[chunk][locale]()).templates);
  } catch (error) {
    added.delete(key);
    throw error;
  }
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    const lang = locale as Lang;
    let templates = loaded.get(lang);
    if (!templates) {
      const [messages, data] = await Promise.all([loaders[lang](), import('./locale-data.js')]);
      names.set(lang, data.LOCALE_NAMES[lang]);
      templates = { ...messages.templates };
      loaded.set(lang, templates);
    }
    await Promise.all([...wantedChunks].map((chunk) => addChunk(lang, chunk, templates as Templates)));
    return { templates } as never;
  },
});

const STORAGE_KEY = 'lad-locale';
/** Every connected LAD widget, so one language reaches them all. */
const widgets = new Set<HTMLElement>();
let switching: Promise<void> = Promise.resolve();

/**
 * Called by the modules of the participation widgets: from now on each language brings the
 * `chunk`'s words too, and the language already shown gets them now (its widgets update when
 * they arrive).
 */
export function needMessages(chunk: Chunk): void {
  if (wantedChunks.has(chunk)) return;
  wantedChunks.add(chunk);
  const locale = getLocale() as Lang;
  const templates = loaded.get(locale);
  if (templates)
    void addChunk(locale, chunk, templates).then(() => {
      for (const widget of widgets) (widget as HTMLElement & { requestUpdate(): void }).requestUpdate();
    });
}

/** The language LAD widgets on this page show. */
export function currentLocale(): CoreLocale {
  return getLocale() as CoreLocale;
}

/**
 * The names the page's language needs beyond the browser's (Creole countries, cities of time
 * zones…), loaded with its messages; `undefined` in English, which needs none.
 */
export function localeNames(): LocaleNames | undefined {
  return names.get(currentLocale() as Lang);
}

/**
 * The language LAD widgets on this page show or are switching to (its strings may still be
 * loading). Decisions use it, so a widget arriving meanwhile joins the switch instead of
 * starting one back.
 */
let target: CoreLocale | undefined;
const wanted = (): CoreLocale => target ?? currentLocale();

function storedChoice(): CoreLocale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value && (CORE_LOCALES as readonly string[]).includes(value) ? (value as CoreLocale) : null;
  } catch {
    return null;
  }
}

/** Whether a language was set on purpose (a reader's choice, a widget's `lang`) on this page. */
let settled = false;

/**
 * The language a widget starts in: the reader's own choice from a language menu (kept for
 * their next visit), else the widget's `lang`, else the language already shown by the other
 * LAD widgets on the page, else the page's `<html lang>`, else the browser's languages.
 */
export function preferredLocale(host: HTMLElement): CoreLocale {
  const stored = storedChoice();
  if (stored) return stored;
  const own = host.getAttribute('lang');
  if (own) return resolveLocale(own) as CoreLocale;
  if (settled || widgets.size > 1) return wanted();
  const requested = [document.documentElement.lang, ...(navigator.languages ?? [navigator.language])];
  return resolveLocale(requested.filter((tag): tag is string => !!tag)) as CoreLocale;
}

/**
 * Shows every LAD widget on the page in `locale`; fires `lad-locale-change` from `source`.
 * With `remember`, the choice is kept (a reader picking their language in a menu).
 */
export function switchLocale(
  locale: CoreLocale,
  options: { source?: HTMLElement; remember?: boolean } = {},
): Promise<void> {
  if (options.remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }
  target = locale;
  for (const widget of widgets)
    if (widget.getAttribute('lang') !== locale) widget.setAttribute('lang', locale);
  switching = switching.then(async () => {
    const previous = currentLocale();
    // A later request replaced this one, or nothing changes.
    if (target !== locale || previous === locale) return;
    await setLocale(locale);
    (options.source ?? window).dispatchEvent(new LadLocaleChangeEvent({ locale, previous }));
  });
  return switching;
}

// Another copy of @lad/widgets on the page (say, a CDN file and an npm build) switched:
// follow it, so the page keeps one language.
window.addEventListener(LadLocaleChangeEvent.type, (event) => {
  const locale = (event as LadLocaleChangeEvent).detail?.locale;
  if (locale && locale !== wanted()) void switchLocale(locale);
});

/**
 * Keeps a widget in the page's language: on connect it asks for its preferred language, and a
 * change of its `lang` attribute switches every widget.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Whether the host had its `lang` attribute when it joined the page. */
  private connectedWithLang = false;

  hostConnected(): void {
    this.connectedWithLang = this.host.hasAttribute('lang');
    widgets.add(this.host);
    const explicit = !!storedChoice() || this.host.hasAttribute('lang');
    const locale = preferredLocale(this.host);
    if (explicit) settled = true;
    void switchLocale(locale);
  }

  hostDisconnected(): void {
    widgets.delete(this.host);
  }

  /**
   * Called when `lang` was set as a property after the host joined the page but before its
   * first render (as React and other frameworks do): the same as an attribute there from the
   * start — it wins over the page's language, not over a reader's own choice.
   */
  initialLang(value: string): void {
    if (this.connectedWithLang || storedChoice()) return;
    settled = true;
    this.langChanged(value);
  }

  /** Called when the host's `lang` attribute changes. */
  langChanged(value: string | null): void {
    if (!value) return;
    const locale = resolveLocale(value) as CoreLocale;
    if (locale !== wanted()) void switchLocale(locale);
  }
}

/**
 * Forgets the page's language choice and shows English again, as on a fresh page. For tests,
 * which load many pages' worth of widgets into one document.
 */
export async function resetLocale(): Promise<void> {
  await switching;
  settled = false;
  target = undefined;
  await setLocale(sourceLocale);
}
