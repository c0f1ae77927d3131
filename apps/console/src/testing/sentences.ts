import type { CoreLocale } from '@lad/sdk';

// The console's own sentences, from the translators' files (English: their source text), for
// tests that run a flow in each of the five languages and find buttons, headings and notices by
// what a person reads in that language.

const XLIFF = import.meta.glob<string>('../../xliff/*.xlf', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = new Map<string, Document>();

/** The five languages of the console, English first. */
export const LOCALES: readonly CoreLocale[] = ['en', 'es', 'pt', 'fr', 'ht'];

/**
 * The sentence `id` as the console says it in `locale` (its xliff target; English: its source),
 * whitespace collapsed, with its placeholders (`${…}` in the source, in the order they are
 * numbered) replaced by `values`; a placeholder with no value fails the test.
 */
export function sentence(locale: CoreLocale, id: string, ...values: (string | number)[]): string {
  const name = locale === 'en' ? 'es' : locale;
  let doc = files.get(name);
  if (!doc) {
    const raw = XLIFF[`../../xliff/${name}.xlf`];
    if (!raw) throw new Error(`no xliff/${name}.xlf`);
    doc = new DOMParser().parseFromString(raw, 'application/xml');
    files.set(name, doc);
  }
  const unit = doc.querySelector(`trans-unit[id="${CSS.escape(id)}"]`);
  const node = unit?.querySelector(locale === 'en' ? 'source' : 'target');
  if (!node) throw new Error(`xliff/${name}.xlf has no ${locale === 'en' ? 'source' : 'target'} for ${id}`);
  let words = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) words += child.textContent ?? '';
    else if ((child as Element).localName === 'x') {
      const index = Number((child as Element).getAttribute('id'));
      if (!(index in values)) throw new Error(`${id} has a placeholder ${index}: pass its value`);
      words += String(values[index]);
    }
  }
  return words.replace(/\s+/g, ' ').trim();
}

/** A regular expression matching `words` exactly (for button labels), or as a prefix. */
export function exactly(words: string, prefix = false): RegExp {
  return new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${prefix ? '' : '$'}`);
}
