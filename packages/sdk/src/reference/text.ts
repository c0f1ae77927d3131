import type { CoreLocale, LocalizedTitle } from '../schemas/locale.js';

/** Builds reference text in all five languages, `original` being the language of the source. */
export function names(original: CoreLocale, text: Record<CoreLocale, string>): LocalizedTitle {
  return { original, text };
}
