import { csvCell, csvCellText } from '@lad/sdk';
import Papa from 'papaparse';

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

/** Parses CSV with a header row (BOM tolerated). */
export function parseCsv(text: string): {
  columns: string[];
  rows: Record<string, string>[];
  errors: { row: number; message: string }[];
} {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  return {
    columns: result.meta.fields ?? [],
    rows: result.data.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unprotect(String(v ?? ''))])),
    ),
    errors: result.errors.map((e) => ({ row: (e.row ?? 0) + 1, message: e.message })),
  };
}
