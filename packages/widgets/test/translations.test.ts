// The translations, checked as a reviewer would: the XLIFF files in xliff/ are their only
// record (translators edit them in any CAT tool); this check says what is missing or wrong.
// Run it alone with `pnpm --filter @lad/widgets check:translations`.
import { readFileSync } from 'node:fs';
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
  xml,
} from '../../../scripts/xliff.mjs';

const root = new URL('..', import.meta.url);
const LOCALES = ['es', 'pt', 'fr', 'ht'] as const;
type Locale = (typeof LOCALES)[number];

const GLOSSARY = readGlossary(new URL('../../docs/glossary.md', root));

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
      expect(unit, `${locale}: ${id} missing — run pnpm --filter @lad/widgets extract`).toBeDefined();
      expect(unit?.target?.trim(), `${locale}: ${id} untranslated`).toBeTruthy();
      expect(placeholders(unit?.target ?? ''), `${locale}: ${id} placeholders`).toEqual(
        placeholders(unit?.source ?? ''),
      );
    }
  });

  test('written for the language, not copied: only names, codes and shared words stay as in English', () => {
    // "Total", "Sources", "{0} minutes" are French too; more than a handful means copying.
    const same = [...ids].filter((id) => all.get(id)?.target === all.get(id)?.source);
    expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThanOrEqual(5);
  });

  test('example addresses use example.org', () => {
    for (const [id, unit] of all) {
      for (const m of words(unit.target ?? '').matchAll(/@([\w.-]+\.[a-z]+)/g))
        expect(m[1], `${locale}: ${id}`).toBe('example.org');
    }
  });
});

describe('the glossary (docs/glossary.md)', () => {
  const { terms, avoid } = GLOSSARY;

  test('the tables are there', () => {
    expect(terms.length).toBeGreaterThan(15);
    expect(avoid.length).toBeGreaterThan(5);
    for (const row of terms) expect(row, row[0]).toHaveLength(6);
  });

  test.each(LOCALES)('%s: a message that uses a term translates it with the glossary’s term', (locale) => {
    expect(missingTerms(ALL[locale], ids, locale, terms)).toEqual([]);
  });

  test.each(LOCALES)('%s: no word the glossary rules out', (locale) => {
    expect(ruledOutWords(ALL[locale], locale, avoid)).toEqual([]);
  });
});

describe('seeded and reference texts (the API’s seed, the SDK’s reference data, the demo)', () => {
  const repo = new URL('../../', root);
  const file = (path: string) => readFileSync(new URL(path, repo), 'utf8');
  /** The texts of `locale` in a source file: `ht: '…'` entries, or every string of a file of its own. */
  const textsOf = (locale: Locale, source: string, whole: boolean) =>
    whole
      ? [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1] as string)
      : [...source.matchAll(new RegExp(`\\b${locale}: ['\`]((?:[^'\`\\\\]|\\\\.)*)['\`]`, 'g'))].map(
          (m) => m[1] as string,
        );
  const FILES = [
    'apps/api/src/seed/demo.ts',
    'apps/api/src/seed/texts.ts',
    'apps/api/src/seed/reference.ts',
    'packages/sdk/src/reference/action-packages.ts',
    'packages/sdk/src/reference/pillars.ts',
    'packages/sdk/src/reference/mechanisms.ts',
    'apps/demo/src/i18n.ts',
  ];
  const { avoid } = GLOSSARY;

  test.each(LOCALES)('%s: no word the glossary rules out, no real-looking example domain', (locale) => {
    const texts = [
      ...FILES.flatMap((f) => textsOf(locale, file(f), false)),
      ...textsOf(locale, file(`apps/api/src/seed/record/translations/${locale}.ts`), true),
    ];
    expect(texts.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const text of texts) {
      for (const [language, word] of avoid)
        if (language === locale && new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(text))
          wrong.push(`${word}: ${text.slice(0, 80)}`);
      for (const m of text.matchAll(/@([\w.-]+\.[a-z]+)/g)) if (m[1] !== 'example.org') wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});

describe('French typography', () => {
  test('a narrow no-break space before : ; ! ? and never an ordinary space', () => {
    const wrong: string[] = [];
    for (const [id, unit] of ALL.fr) {
      // Placeholders hold code (`a ? b : c`): only the words count.
      for (const part of (unit.target ?? '').split(/<x [^>]*\/>/).map(xml)) {
        for (const m of part.matchAll(/(.)?([:;!?])(?!\/\/)/g)) {
          if (m[1] !== '\u202F')
            wrong.push(`${id}: “${part.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + 2)}”`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
