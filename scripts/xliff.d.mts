export interface Unit {
  source: string;
  target: string | undefined;
}
/** Every `msg()` id used by the `.ts` files under `src` (a directory URL), tests and generated files aside. */
export function messageIds(src: URL): Set<string>;
/** The units of an XLIFF file: id → English source and target (as written in the file). */
export function readXliff(file: URL): Map<string, Unit>;
/** Text with XML's entities decoded. */
export function xml(s: string): string;
/** The placeholders of a message, by id, sorted. */
export function placeholders(s: string): string[];
/** The words of a message: its text without placeholders, entities decoded. */
export function words(s: string): string;
/** The glossary's two tables: `terms` (concept, en, es, pt, fr, ht) and `avoid` (language, word, why). */
export function readGlossary(file: URL): { terms: string[][]; avoid: string[][] };
/** Whether `text` has a word starting with `form`, case aside. */
export function hasWord(text: string, form: string): boolean;
/** Units of `locale` whose English uses a glossary term and whose translation lacks that language's term. */
export function missingTerms(
  units: Map<string, Unit>,
  ids: Set<string>,
  locale: 'es' | 'pt' | 'fr' | 'ht',
  terms: string[][],
): string[];
/** Units of `locale` whose translation uses a word the glossary rules out for that language. */
export function ruledOutWords(
  units: Map<string, Unit>,
  locale: 'es' | 'pt' | 'fr' | 'ht',
  avoid: string[][],
): string[];
