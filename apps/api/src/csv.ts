import { csvCell, csvCellText } from '@lad/sdk';
import Papa from 'papaparse';
import { nextTurn } from './store/util.js';

const BOM = '\uFEFF';

// Spreadsheets run cells that start with = + - @ (and a few others) as formulas; every text
// cell of every export goes through `csvCell`, which keeps them text (OWASP "CSV injection").
// Imports remove the protection again.
const protect = csvCell;
export const unprotect = csvCellText;

/** CSV for spreadsheet users: UTF-8 with a byte-order mark, CRLF rows, a header row. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const data = rows.map((row) => columns.map((c) => protect(row[c] ?? '')));
  return BOM + Papa.unparse({ fields: columns, data }, { newline: '\r\n' });
}

/** What {@link parseCsv} finds in a file. */
export interface ParsedCsv {
  columns: string[];
  rows: Record<string, string>[];
  errors: { row: number; message: string }[];
}

const unprotectRow = (row: Record<string, string>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unprotect(String(v ?? ''))]));

/** Parses CSV with a header row (BOM tolerated). */
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  return {
    columns: result.meta.fields ?? [],
    rows: result.data.map(unprotectRow),
    errors: result.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message })),
  };
}

const PIECE = 64 * 1024;

/**
 * Where the record that holds `target` ends (just after its line break), reading from `from`,
 * which starts a record. Quotes count as CSV reads them: only at the start of a field, with `""`
 * inside a quoted field for a quote; a line break inside quotes does not end a record.
 */
function recordEnd(text: string, from: number, target: number, delimiter: string): number {
  const comma = delimiter.charCodeAt(0);
  let quoted = false;
  let fieldStart = true;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else quoted = false;
      }
    } else if (c === 34 && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === 10) {
      if (i >= target) return i + 1;
      fieldStart = true;
    } else fieldStart = c === comma || c === 13;
  }
  return text.length;
}

/**
 * {@link parseCsv} for large files: the same result, read about 64 KB of whole records at a time
 * with a turn of the event loop between pieces, so that other requests are answered while a 20 MB
 * matrix is read.
 */
export async function parseCsvInPieces(text: string): Promise<ParsedCsv> {
  const body = text.replace(/^\uFEFF/, '');
  const options = {
    header: true,
    skipEmptyLines: 'greedy' as const,
    transformHeader: (h: string) => h.trim(),
  };
  // The first piece settles the delimiter (a comma, or the semicolon some spreadsheets write).
  let end = recordEnd(body, 0, PIECE, ',');
  const first = Papa.parse<Record<string, string>>(body.slice(0, end), options);
  const delimiter = first.meta.delimiter || ',';
  if (delimiter !== ',') end = recordEnd(body, 0, PIECE, delimiter);
  const header = body.slice(0, recordEnd(body, 0, 0, delimiter));
  const parsed: ParsedCsv = { columns: [], rows: [], errors: [] };
  let start = 0;
  while (start < body.length) {
    // Every piece after the first is read with the header line in front, as the whole file would be.
    const piece = start === 0 ? body.slice(0, end) : header + body.slice(start, end);
    const result = Papa.parse<Record<string, string>>(piece, { ...options, delimiter });
    if (start === 0) parsed.columns = result.meta.fields ?? [];
    const offset = parsed.rows.length;
    for (const e of result.errors) parsed.errors.push({ row: offset + (e.row ?? 0) + 1, message: e.message });
    for (const row of result.data) parsed.rows.push(unprotectRow(row));
    start = end;
    end = recordEnd(body, start, start + PIECE, delimiter);
    await nextTurn();
  }
  return parsed;
}
