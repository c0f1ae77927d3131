// The console's translations, checked as a reviewer would (the widgets' check,
// packages/widgets/test/translations.test.ts, on apps/console/xliff): every message the code
// uses translated in the four languages with the same placeholders, written for the language,
// with the glossary's terms (docs/glossary.md) and none of its ruled-out words, and French with
// a narrow no-break space before : ; ! ?
import { describe, expect, test } from 'vitest';
import {
  messageIds,
  missingTerms,
  placeholders,
  readGlossary,
  readXliff,
  ruledOutWords,
  type Unit,
  words,
} from '../../../scripts/xliff.mjs';

const root = new URL('..', import.meta.url);
const LOCALES = ['es', 'pt', 'fr', 'ht'] as const;
type Locale = (typeof LOCALES)[number];

/** Message ids the source code uses. */
const ids = messageIds(new URL('src/', root));
const ALL = Object.fromEntries(LOCALES.map((l) => [l, readXliff(new URL(`xliff/${l}.xlf`, root))])) as Record<
  Locale,
  Map<string, Unit>
>;

describe.each(LOCALES)('%s', (locale) => {
  const all = ALL[locale];

  test('every message the code uses is translated, with the same placeholders', () => {
    expect(ids.size).toBeGreaterThan(50);
    for (const id of ids) {
      const unit = all.get(id);
      expect(unit, `${locale}: ${id} missing — run pnpm --filter @lad/console extract`).toBeDefined();
      expect(unit?.target?.trim(), `${locale}: ${id} untranslated`).toBeTruthy();
      expect(placeholders(unit?.target ?? ''), `${locale}: ${id} placeholders`).toEqual(
        placeholders(unit?.source ?? ''),
      );
    }
  });

  test('written for the language, not copied: only names, codes and shared words stay as in English', () => {
    const same = [...ids].filter((id) => all.get(id)?.target === all.get(id)?.source);
    expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThanOrEqual(5);
  });
});

test('French: a narrow no-break space (U+202F) before : ; ! ? and nothing else there', () => {
  const wrong = [...ALL.fr]
    .filter(([id]) => ids.has(id))
    .filter(([, u]) => /(^|[^\u202f])[:;!?]/.test(words(u.target ?? '')))
    .map(([id, u]) => `${id}: ${u.target}`);
  expect(wrong).toEqual([]);
});

test('Creole: what will happen is said with ap (never the bare verb after "pwochen fwa")', () => {
  // "Next time you can…" is the future: "w ap ka…".
  const wrong = [...ALL.ht]
    .filter(([id]) => ids.has(id))
    .filter(([, u]) => /pwochen fwa, (?!w ap|y ap|l ap|n ap)/i.test(words(u.target ?? '')))
    .map(([id]) => id);
  expect(wrong).toEqual([]);
});

describe('the glossary (docs/glossary.md)', () => {
  const { terms, avoid } = readGlossary(new URL('../../docs/glossary.md', root));

  test('the tables are there', () => {
    expect(terms.length).toBeGreaterThan(15);
    expect(avoid.length).toBeGreaterThan(5);
  });

  test.each(LOCALES)('%s: a message that uses a term translates it with the glossary’s term', (locale) => {
    expect(missingTerms(ALL[locale], ids, locale, terms)).toEqual([]);
  });

  test.each(LOCALES)('%s: no word the glossary rules out', (locale) => {
    expect(ruledOutWords(ALL[locale], locale, avoid)).toEqual([]);
  });
});
