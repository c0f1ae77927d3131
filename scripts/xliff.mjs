// What the widgets' and the console's translation checks share (each package's
// test/translations.test.ts): the message ids a package's code uses, its XLIFF units, and the
// glossary's tables (docs/glossary.md) with the two checks made against them.
import { readdirSync, readFileSync } from 'node:fs';

const read = (url) => readFileSync(url, 'utf8');

/** Every `msg()` id used by the `.ts` files under `src` (a directory URL), tests and generated files aside. */
export function messageIds(src) {
  const ids = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated' && entry.name !== 'testing') walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        for (const m of read(path).matchAll(/\bid: '([\w.]+)'/g)) ids.add(m[1]);
      }
    }
  };
  walk(src);
  return ids;
}

/** The units of an XLIFF file: id → English source and target (as written in the file). */
export function readXliff(file) {
  return new Map(
    [
      ...read(file).matchAll(
        /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>)?/g,
      ),
    ].map((m) => [m[1], { source: m[2], target: m[3] }]),
  );
}

/** Text with XML's entities decoded. */
export const xml = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The placeholders of a message, by id, sorted: `<x id="0" …/>`. */
export const placeholders = (s) => [...s.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[1]).sort();

/** The words of a message: its text without placeholders, entities decoded. */
export const words = (s) => xml(s.replace(/<x [^>]*\/>/g, ' '));

/** The glossary's two tables: `terms` (concept, en, es, pt, fr, ht) and `avoid` (language, word, why). */
export function readGlossary(file) {
  const glossary = read(file);
  const table = (heading) =>
    (glossary.split(/^## /m).find((s) => s.startsWith(heading)) ?? '')
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
      .slice(1)
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
  return { terms: table('Terms'), avoid: table('Words not to use') };
}

const LANGUAGES = ['es', 'pt', 'fr', 'ht'];
/** A cell's forms ("sesión / sesiones"), lower case. */
const forms = (cell) =>
  cell
    .split(' / ')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
/** Whether `text` has a word starting with `form`, case aside. */
export const hasWord = (text, form) =>
  new RegExp(`(^|[^\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(text);

/** Units of `locale` whose English uses a glossary term and whose translation lacks that language's term. */
export function missingTerms(units, ids, locale, terms) {
  const column = 2 + LANGUAGES.indexOf(locale);
  const wrong = [];
  for (const [id, unit] of units) {
    if (!ids.has(id)) continue;
    const source = words(unit.source);
    const target = words(unit.target ?? '');
    for (const row of terms) {
      if (!forms(row[1]).some((f) => hasWord(source, f))) continue;
      const wanted = forms(row[column]);
      if (!wanted.some((f) => hasWord(target, f))) wrong.push(`${id}: “${row[0]}” → ${wanted.join(' / ')}`);
    }
  }
  return wrong;
}

/** Units of `locale` whose translation uses a word the glossary rules out for that language. */
export function ruledOutWords(units, locale, avoid) {
  const wrong = [];
  for (const [language, word] of avoid) {
    if (language !== locale) continue;
    for (const [id, unit] of units)
      if (hasWord(words(unit.target ?? ''), word.toLowerCase())) wrong.push(`${id}: ${word}`);
  }
  return wrong;
}
