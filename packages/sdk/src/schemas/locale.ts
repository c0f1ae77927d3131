import * as z from 'zod/mini';
import { CORE_LOCALES } from '../constants.js';
import { checked, LIMITS, objectRule, plainText, rule, withRules } from './common.js';

/** One of the five required languages: Spanish, English, Portuguese, French, Haitian Creole. */
export const CoreLocale = z.enum(CORE_LOCALES);
export type CoreLocale = z.output<typeof CoreLocale>;

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
export const Locale = checked(
  z.string(),
  rule('language_tag', isLanguageTag, 'Not a valid BCP 47 language tag.'),
);
export type Locale = z.output<typeof Locale>;

/** Whether a translation was written by a person or produced by machine translation. */
export const Provenance = z.enum(['human', 'machine']);
export type Provenance = z.output<typeof Provenance>;

type Shape = {
  original: string;
  text: Record<string, string>;
  provenance?: Record<string, string> | undefined;
};

/* @__NO_SIDE_EFFECTS__ */
function localizedText(max: number) {
  return withRules(
    z.object({
      /** The language the text was first written in. */
      original: Locale,
      /** The text in each available language, keyed by language tag. */
      text: z.record(Locale, plainText(max)),
      /** Per-language provenance; languages not listed are `human`. */
      provenance: z.optional(z.record(Locale, Provenance)),
    }),
    objectRule<Shape>(
      'missing_original',
      ['original', 'text'],
      'text',
      (t) => typeof t.text[t.original] === 'string',
      'The original language must have a text.',
    ),
    objectRule<Shape>(
      'machine_original',
      ['original'],
      'provenance',
      (t) => t.provenance?.[t.original] !== 'machine',
      'The original text cannot be a machine translation.',
    ),
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
export type LocalizedText = z.output<typeof LocalizedText>;

/** A {@link LocalizedText} whose texts are titles (up to 300 characters). */
export const LocalizedTitle = localizedText(LIMITS.title);
export type LocalizedTitle = z.output<typeof LocalizedTitle>;
