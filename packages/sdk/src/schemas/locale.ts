import * as z from 'zod/mini';
import { LIMITS, plainText } from './common.js';

/** The five languages every LAD text and widget ships in (R11). */
export const CORE_LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;

/** One of the five required languages: Spanish, English, Portuguese, French, Haitian Creole. */
export const CoreLocale = z.enum(CORE_LOCALES);
export type CoreLocale = z.infer<typeof CoreLocale>;

function isLanguageTag(tag: string): boolean {
  // A language tag starts with a language subtag; `Intl.getCanonicalLocales` checks the rest
  // of BCP 47 and throws a RangeError on anything malformed.
  if (!/^[a-zA-Z]{2,3}(-|$)/.test(tag) || tag.length > 35) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * A BCP 47 language tag: one of the five core locales or any other well-formed tag
 * (`es-MX`, `pt-BR`, `gcr`), so more languages can be added without a schema change.
 *
 * Language tags and country codes are different things: keep them in separate fields.
 * (`Intl.getCanonicalLocales(['HT'])` turns the country Haiti into the language `ht`.)
 */
export const Locale = z.string().check(
  z.refine(isLanguageTag, {
    error: 'Not a valid BCP 47 language tag.',
    params: { reason: 'language_tag' },
  }),
);
export type Locale = z.infer<typeof Locale>;

/** Whether a translation was written by a person or produced by machine translation. */
export const Provenance = z.enum(['human', 'machine']);
export type Provenance = z.infer<typeof Provenance>;

function localizedText(max: number) {
  return z
    .object({
      /** The language the text was first written in. */
      original: Locale,
      /** The text in each available language, keyed by language tag. */
      text: z.record(Locale, plainText(max)),
      /** Per-language provenance; languages not listed are `human`. */
      provenance: z.optional(z.record(Locale, Provenance)),
    })
    .check(
      z.refine((v) => typeof v.text[v.original] === 'string', {
        error: 'The original language must have a text.',
        path: ['text'],
        params: { reason: 'missing_original' },
      }),
      z.refine((v) => v.provenance?.[v.original] !== 'machine', {
        error: 'The original text cannot be a machine translation.',
        path: ['provenance'],
        params: { reason: 'machine_original' },
      }),
    );
}

/**
 * Text in several languages, with the language it was written in and, per language, whether a
 * person or a machine translated it. Bodies up to 20,000 characters.
 *
 * @example
 * const text: LocalizedText = {
 *   original: 'ht',
 *   text: { ht: 'Pwoteksyon tanporè', es: 'Protección temporal', en: 'Temporary protection' },
 *   provenance: { en: 'machine' },
 * };
 */
export const LocalizedText = localizedText(LIMITS.body);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A {@link LocalizedText} whose texts are titles (up to 300 characters). */
export const LocalizedTitle = localizedText(LIMITS.title);
export type LocalizedTitle = z.infer<typeof LocalizedTitle>;
