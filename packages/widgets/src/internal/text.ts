import {
  type DateInput,
  formatDate,
  formatNumber,
  formatPartialDate,
  type LocalizedText,
  languageNameIn,
  pickText,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { currentLocale, localeNames } from './locale.js';

/** A date in the page's language (Creole from the SDK's own data). */
export const date = (value: DateInput, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
  formatDate(value, currentLocale(), options);

/** A date known to the day, month or year (`2024-05-07`, `2024-05`, `2024`) in the page's language. */
export const partialDate = (value: string) => formatPartialDate(value, currentLocale());

/** A number in the page's language. */
export const number = (value: number, options?: Intl.NumberFormatOptions) =>
  formatNumber(value, currentLocale(), options);

/** The sentence saying a text is shown in another language. */
export function fallbackNote(shownIn: string): string {
  const locale = currentLocale();
  const shown = languageNameIn(shownIn, locale, localeNames());
  const wanted = languageNameIn(locale, locale, localeNames());
  return msg(str`Shown in ${shown} — not yet available in ${wanted}`, {
    id: 'text.fallback',
    desc: 'Under a text that is not translated into the reader’s language. First: the language shown; second: the reader’s language.',
  });
}

/**
 * Content in the page's language, in a span marked with its real `lang`. When it had to fall
 * back, a note says so (`full`) or a short language tag does (`compact`, for list rows); machine
 * translations are labelled.
 */
export function localized(
  value: LocalizedText | null | undefined,
  options: { compact?: boolean } = {},
): TemplateResult | typeof nothing {
  if (!value) return nothing;
  const picked = pickText(value, currentLocale());
  const note = picked.isFallback
    ? options.compact
      ? html`<span class="lang-tag" part="fallback-note" title=${fallbackNote(picked.lang)}
          ><span class="visually-hidden">${fallbackNote(picked.lang)}</span
          ><span aria-hidden="true">${picked.lang.toUpperCase()}</span></span
        >`
      : html`<span class="fallback-note" part="fallback-note">${fallbackNote(picked.lang)}</span>`
    : nothing;
  const machine =
    picked.provenance === 'machine'
      ? html`<span class="machine-note" part="machine-note"
          >${msg('Machine translation', { id: 'text.machine', desc: 'Label on a text translated by software, not a person' })}</span
        >`
      : nothing;
  return html`<span lang=${picked.lang} dir="auto">${picked.text}</span>${note}${machine}`;
}

/** Only `http:` and `https:` links from data are followed; anything else is not a link. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
