import { plainText } from '@lad/sdk';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { type ParsedCsv, parseCsvInPieces } from '../csv.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { readQuery, readText } from '../http/validate.js';
import { parseXlsx, UnreadableWorkbookError, XLSX_TYPE } from '../xlsx.js';

/** A matrix as read from a request: its format, header columns, rows and unreadable lines. */
export type ParsedMatrix = ParsedCsv & { format: 'csv' | 'xlsx' };

/** Import bodies: the matrix as CSV (or plain text), or as an Excel workbook. */
export const MATRIX_TYPES =
  /^(text\/(csv|plain)|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet)\s*(;|$)/i;

export const ImportQuery = z.object({
  dryRun: z.optional(z.enum(['true', 'false'])),
  /** The file's name, for the timeline note of each status the import changes. */
  filename: z.optional(plainText(200)),
});

/** The matrix of an import request, CSV or workbook, read as rows of strings. */
export async function readMatrix(c: Context<AppEnv>): Promise<ParsedCsv & { format: 'csv' | 'xlsx' }> {
  const type = c.req.header('content-type') ?? '';
  if (!MATRIX_TYPES.test(type))
    throw new ProblemError(415, 'unsupported-media-type', {
      detail: `Send the matrix as text/csv, or as an Excel workbook (${XLSX_TYPE}).`,
    });
  if (!type.toLowerCase().startsWith(XLSX_TYPE))
    return { ...(await parseCsvInPieces(await readText(c, MATRIX_TYPES))), format: 'csv' };
  try {
    return { ...(await parseXlsx(new Uint8Array(await c.req.arrayBuffer()))), format: 'xlsx' };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError)
      throw new ProblemError(400, 'malformed-request', { detail: error.message });
    throw error;
  }
}

/** The file name a timeline note gives, without any folder; `null` when the request names none. */
export function importFileName(c: Context<AppEnv>): string | null {
  const name = readQuery(c, ImportQuery).filename?.split(/[\\/]/).pop()?.trim();
  return name || null;
}
