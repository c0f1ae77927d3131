// The translations, checked as a reviewer would: the XLIFF files in xliff/ are their only
// record (translators edit them in any CAT tool); this check says what is missing or wrong.
// Run it alone with `pnpm --filter @lad/widgets check:translations`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const root = new URL('..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const LOCALES = ['es', 'pt', 'fr', 'ht'] as const;
type Locale = (typeof LOCALES)[number];

/** Message ids the source code uses. */
const ids = new Set<string>();
const walk = (dir: string) => {
  for (const entry of readdirSync(new URL(dir, root), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory() && entry.name !== 'generated' && entry.name !== 'testing') walk(path);
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      for (const m of read(path).matchAll(/\bid: '([\w.]+)'/g)) ids.add(m[1] as string);
  }
};
walk('src');

type Unit = { source: string; target: string | undefined };
const xml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
function units(locale: Locale): Map<string, Unit> {
  const xliff = read(`xliff/${locale}.xlf`);
  return new Map(
    [
      ...xliff.matchAll(
        /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>)?/g,
      ),
    ].map((m) => [m[1] as string, { source: m[2] as string, target: m[3] }]),
  );
}
const ALL = Object.fromEntries(LOCALES.map((l) => [l, units(l)])) as Record<Locale, Map<string, Unit>>;

/** The placeholders of a message, by id: `<x id="0" …/>`. */
const placeholders = (s: string) => [...s.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[1]).sort();
/** The words of a message: its text without placeholders, entities decoded. */
const words = (s: string) => xml(s.replace(/<x [^>]*\/>/g, ' '));

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
  const glossary = readFileSync(new URL('../../docs/glossary.md', root), 'utf8');
  const table = (heading: string) => {
    const section = glossary.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
    return section
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
      .slice(1)
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
  };
  const forms = (cell: string) =>
    cell
      .split(' / ')
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean);
  const has = (text: string, form: string) =>
    new RegExp(`(^|[^\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(text);
  const terms = table('Terms');
  const avoid = table('Words not to use');

  test('the tables are there', () => {
    expect(terms.length).toBeGreaterThan(15);
    expect(avoid.length).toBeGreaterThan(5);
    for (const row of terms) expect(row, row[0]).toHaveLength(6);
  });

  test.each(LOCALES)('%s: a message that uses a term translates it with the glossary’s term', (locale) => {
    const column = 2 + LOCALES.indexOf(locale);
    const wrong: string[] = [];
    for (const [id, unit] of ALL[locale]) {
      if (!ids.has(id)) continue;
      const source = words(unit.source);
      const target = words(unit.target ?? '');
      for (const row of terms) {
        if (!forms(row[1] as string).some((f) => has(source, f))) continue;
        const wanted = forms(row[column] as string);
        if (!wanted.some((f) => has(target, f))) wrong.push(`${id}: “${row[0]}” → ${wanted.join(' / ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test.each(LOCALES)('%s: no word the glossary rules out', (locale) => {
    const wrong: string[] = [];
    for (const [language, word] of avoid) {
      if (language !== locale) continue;
      for (const [id, unit] of ALL[locale])
        if (has(words(unit.target ?? ''), (word as string).toLowerCase())) wrong.push(`${id}: ${word}`);
    }
    expect(wrong).toEqual([]);
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
  const glossary = readFileSync(new URL('../../docs/glossary.md', root), 'utf8');
  const avoid = glossary
    .split(/^## /m)
    .find((s) => s.startsWith('Words not to use'))
    ?.split('\n')
    .filter((l) => /^\| (es|pt|fr|ht) \|/.test(l))
    .map((l) => l.split('|').map((c) => c.trim())) as string[][];

  test.each(LOCALES)('%s: no word the glossary rules out, no real-looking example domain', (locale) => {
    const texts = [
      ...FILES.flatMap((f) => textsOf(locale, file(f), false)),
      ...textsOf(locale, file(`apps/api/src/seed/record/translations/${locale}.ts`), true),
    ];
    expect(texts.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const text of texts) {
      for (const [, language, word] of avoid)
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
