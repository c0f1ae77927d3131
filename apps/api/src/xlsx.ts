import { readSheet } from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { type ParsedCsv, unprotect } from './csv.js';

/** The media type of an Excel workbook (`.xlsx`). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A body that is not a workbook we can read; `message` says why, in the user's terms. */
export class UnreadableWorkbookError extends Error {}

/**
 * How much a workbook may hold once unpacked. Sheets pack about ten to one, so a workbook within
 * the body limit is well inside this; a zip bomb, which packs thousands to one, is refused before
 * it is unpacked.
 */
const MAX_UNPACKED = 256 * 1024 * 1024;

/**
 * The total unpacked size the archive's central directory declares, read without unpacking
 * anything; `null` when it cannot be read (the reader then says the file is no workbook).
 */
function declaredSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, then a comment of up to 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF: the real size is in a ZIP64 field — over 4 GB, far past any matrix.
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/** A number cell as written in the file, told apart from a text cell that looks like one. */
class NumberCell {
  constructor(readonly text: string) {}
}

/** A number as the CSV would hold it: `250000`, `0.1`, never `2.5e+5`. */
function plainNumber(text: string): string {
  if (!/e/i.test(text)) return text;
  const value = Number(text);
  return Number.isFinite(value)
    ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : text;
}

/**
 * A cell as the CSV path sees it: text as written (the `'` that keeps a formula text removed,
 * as from a CSV), dates `YYYY-MM-DD`, numbers plain, `true`/`false`, empty for nothing.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof NumberCell) return plainNumber(value.text);
  return unprotect(String(value));
}

const columnName = (index: number): string =>
  (index >= 26 ? columnName(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

/**
 * The first sheet of an `.xlsx` workbook, read as {@link parseCsv} reads a CSV: the first row
 * names the columns, every other non-empty row is a record of the same strings the CSV would
 * hold. Throws {@link UnreadableWorkbookError} for anything that is not a readable workbook.
 */
export async function parseXlsx(bytes: Uint8Array): Promise<ParsedCsv> {
  const size = declaredSize(bytes);
  if (size !== null && size > MAX_UNPACKED)
    throw new UnreadableWorkbookError(
      `The workbook would unpack to more than ${MAX_UNPACKED / 1024 / 1024} MB; split it, or send it as CSV.`,
    );
  let sheet: unknown[][];
  try {
    // Numbers as written in the file (no rounding through a float), text untrimmed, as in a CSV.
    sheet = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      parseNumber: (text: string) => new NumberCell(text),
      trim: false,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UnreadableWorkbookError(
      code === 'XLS_FILE_NOT_SUPPORTED'
        ? 'This is an Excel 97–2003 (.xls) file: save it as an Excel workbook (.xlsx) or as CSV.'
        : 'The body is not a readable Excel workbook (.xlsx): save the matrix again as an Excel workbook or as CSV.',
    );
  }
  const [head = [], ...body] = sheet;
  // Columns are named as Papa Parse names those of a CSV: trimmed, a repeated name with `_1`, `_2`.
  const seen = new Map<string, number>();
  const names = head.map((cell) => {
    const name = cellText(cell).trim();
    if (!name) return '';
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    return count ? `${name}_${count}` : name;
  });
  const parsed: ParsedCsv = { columns: names.filter(Boolean), rows: [], errors: [] };
  for (const cells of body) {
    const values = cells.map(cellText);
    // Blank rows are skipped, as the CSV path skips blank lines.
    if (values.every((v) => !v.trim())) continue;
    const row: Record<string, string> = {};
    for (const [index, name] of names.entries()) if (name) row[name] = values[index] ?? '';
    parsed.rows.push(row);
    const stray = values.findIndex((v, index) => v.trim() && !names[index]);
    if (stray >= 0)
      parsed.errors.push({
        row: parsed.rows.length,
        message: `Column ${columnName(stray)} holds a value but has no header; it was not read.`,
      });
  }
  return parsed;
}

/** A one-sheet workbook: a bold header row, then `rows` (every cell text). */
export async function toXlsx(
  columns: readonly string[],
  rows: Record<string, unknown>[],
  sheet = 'Matrix',
): Promise<Buffer> {
  const data = [
    columns.map((c) => ({ value: c, fontWeight: 'bold' as const })),
    // Text cells (`@`): a spreadsheet shows `2027-06-30` or `0012` as written, never as a date or a number.
    ...rows.map((row) => columns.map((c) => ({ type: String, value: String(row[c] ?? ''), format: '@' }))),
  ];
  return writeExcelFile(data, {
    sheet,
    stickyRowsCount: 1,
    columns: columns.map((c) => ({ width: /^(title|description|sources)/.test(c) ? 40 : 16 })),
  }).toBuffer();
}
