import { CORE_LOCALES } from '../constants.js';
import type { CoreLocale, LocalizedText, Provenance } from '../schemas/locale.js';

/**
 * Where each core language falls back when a text or a translation is missing, in order.
 * Haitian Creole readers are served French first (the other official language of Haiti), then
 * English; Portuguese readers get Spanish before English.
 */
export const FALLBACK_CHAINS: Readonly<Record<CoreLocale, readonly CoreLocale[]>> = {
  ht: ['fr', 'en'],
  fr: ['en'],
  pt: ['es', 'en'],
  es: ['en'],
  en: ['es'],
};

/** The language subtag of a BCP 47 tag, lower case: `es-MX` → `es`. */
export function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The languages to try, in order, for a requested locale: itself, its language, then its
 * fallback chain. `localeChain('ht-HT')` → `['ht-HT', 'ht', 'fr', 'en']`.
 */
export function localeChain(locale: string): string[] {
  const tag = canonical(locale) ?? locale;
  const language = languageOf(tag);
  const chain = [tag];
  if (language !== tag) chain.push(language);
  // Own keys only: a tag such as `constructor` is no language (and no inherited property).
  const fallbacks = Object.hasOwn(FALLBACK_CHAINS, language)
    ? FALLBACK_CHAINS[language as CoreLocale]
    : ['en'];
  for (const next of fallbacks) {
    if (!chain.includes(next)) chain.push(next);
  }
  return chain;
}

/**
 * Picks the best available language for what was asked, by BCP 47 lookup (RFC 4647): each
 * requested tag in order, exact match first, then with subtags removed (`es-MX` → `es`), then
 * an available regional variant of the same language (`pt` → `pt-BR`). When nothing matches,
 * the first requested core language's fallback chain is walked ({@link FALLBACK_CHAINS}:
 * `ht → fr → en`), then `fallback`.
 *
 * @param requested a tag or a list such as `navigator.languages`; invalid tags are skipped.
 * @param available the languages you can serve; defaults to the five core locales.
 * @example
 * resolveLocale(['ht-HT', 'fr'])            // 'ht'
 * resolveLocale('ht', ['fr', 'en'])          // 'fr'
 * resolveLocale(navigator.languages)         // e.g. 'es' for es-419
 */
export function resolveLocale(
  requested: string | readonly string[] | null | undefined,
  available: readonly string[] = CORE_LOCALES,
  fallback = 'en',
): string {
  const wanted = (typeof requested === 'string' ? [requested] : (requested ?? []))
    .map(canonical)
    .filter((tag): tag is string => !!tag);
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const tag of wanted) {
    const subtags = tag.toLowerCase().split('-');
    while (subtags.length) {
      const hit = byLower.get(subtags.join('-'));
      if (hit) return hit;
      subtags.pop();
    }
    const language = languageOf(tag);
    const variant = available.find((a) => languageOf(a) === language);
    if (variant) return variant;
  }
  for (const tag of wanted) {
    for (const next of localeChain(tag).slice(1)) {
      const hit = byLower.get(next);
      if (hit) return hit;
    }
  }
  return byLower.get(fallback.toLowerCase()) ?? available[0] ?? fallback;
}

/** What {@link pickText} chose. */
export interface PickedText {
  /** The text to show. */
  text: string;
  /** The language of `text`: put it in the element's `lang` attribute. */
  lang: string;
  /** True when `text` is not in the requested language. */
  isFallback: boolean;
  /** Whether `text` was written or translated by a person, or machine-translated. */
  provenance: Provenance;
}

/**
 * Chooses the text to show from a {@link LocalizedText} for `locale`: the requested language,
 * then its fallback chain, then the original, then any language present.
 *
 * @example
 * pickText({ original: 'fr', text: { fr: 'Bonjour' } }, 'ht')
 * // { text: 'Bonjour', lang: 'fr', isFallback: true, provenance: 'human' }
 */
export function pickText(value: LocalizedText, locale: string): PickedText {
  const chain = localeChain(locale);
  const keys = Object.keys(value.text);
  const byLower = new Map(keys.map((k) => [k.toLowerCase(), k]));
  const candidates = [...chain.map((t) => t.toLowerCase()), value.original.toLowerCase()];
  let lang = candidates.map((c) => byLower.get(c)).find((k) => k !== undefined);
  lang ??= keys.find((k) => languageOf(k) === languageOf(locale)) ?? keys[0] ?? value.original;
  const text = value.text[lang] ?? '';
  const provenance = lang === value.original ? 'human' : (value.provenance?.[lang] ?? 'human');
  return {
    text,
    lang,
    isFallback: languageOf(lang) !== languageOf(locale),
    provenance,
  };
}
