// The console's translations, checked as a reviewer would (the widgets' check,
// packages/widgets/test/translations.test.ts, on apps/console/xliff): every message the code
// uses translated in the four languages with the same placeholders, written for the language,
// with the glossary's terms (docs/glossary.md) and none of its ruled-out words, and French with
// a narrow no-break space before : ; ! ?
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
const placeholders = (s: string) => [...s.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[1]).sort();
const words = (s: string) => xml(s.replace(/<x [^>]*\/>/g, ' '));

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
