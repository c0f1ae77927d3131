import { ImportJob, ImportJobList, type ImportKind, ImportResult } from '../../schemas/curation.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc } from '../util.js';

/** The media type of an Excel workbook (`.xlsx`). */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A matrix as a request body: CSV text, or an Excel workbook (a `File`, `Blob` or bytes). */
export type Matrix = string | Blob | ArrayBuffer | Uint8Array;

/** The content type a matrix is sent with. */
export const matrixType = (matrix: Matrix) =>
  typeof matrix === 'string'
    ? 'text/csv; charset=utf-8'
    : matrix instanceof Blob && /^text\/(csv|plain)\b/i.test(matrix.type)
      ? matrix.type
      : XLSX_TYPE;

/** Options of an import job. */
export interface StartImportOptions extends RequestOptions {
  /** The file's name, shown with the job and in the timeline note of each status it changes. */
  filename?: string;
}

/**
 * Curation: start an import job on the server — a tracking matrix of commitments, or of
 * indicators and their measurements. The job checks the file first (a dry run); follow it with
 * {@link getImportJob} until `status` is `checked`, review `result`, then {@link applyImportJob}.
 * The job goes on if the page that started it is closed.
 */
export const startImport = (
  t: LadTransport,
  kind: ImportKind,
  matrix: Matrix,
  opts: StartImportOptions = {},
) => {
  const { filename, ...rest } = opts;
  return t.send(ImportJob, 'post', 'import/jobs', matrix, {
    ...rest,
    contentType: matrixType(matrix),
    query: { kind, filename },
  });
};

/** Curation: an import job as it is now (its progress, then its result). */
export const getImportJob = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.get(ImportJob, `import/jobs/${enc(id)}`, undefined, { cache: 'no-store', ...opts });

/** Curation: the newest import jobs you started (a person, or a token), newest first. */
export const listImportJobs = (t: LadTransport, opts?: RequestOptions) =>
  t.get(ImportJobList, 'import/jobs', undefined, { cache: 'no-store', ...opts });

/**
 * Curation: apply a checked import job. The file is checked again against what is stored now,
 * and the rows without errors are applied; follow the job until `status` is `applied`.
 */
export const applyImportJob = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.send(ImportJob, 'post', `import/jobs/${enc(id)}/apply`, undefined, opts);

/** Options of a direct (synchronous) indicators import. */
export interface IndicatorImportOptions extends RequestOptions {
  /** Check only: nothing is stored; the result lists what would change and every row error. */
  dryRun?: boolean;
}

/**
 * Curation: import indicators and their dated measurements in one request — one row per
 * measurement (or per indicator without one), matched by `externalId`, so importing the same
 * file twice changes nothing. For large files, {@link startImport} with `'indicators'`.
 */
export const importIndicators = (t: LadTransport, matrix: Matrix, opts: IndicatorImportOptions = {}) => {
  const { dryRun, ...rest } = opts;
  return t.send(ImportResult, 'post', 'import/indicators', matrix, {
    ...rest,
    contentType: matrixType(matrix),
    query: { dryRun: dryRun ? 'true' : undefined },
  });
};

/** Import jobs: large matrices checked and applied on the server, with progress. */
export function importsClient(t: LadTransport) {
  return {
    start: (kind: ImportKind, matrix: Matrix, opts?: StartImportOptions) =>
      startImport(t, kind, matrix, opts),
    get: (id: string, opts?: RequestOptions) => getImportJob(t, id, opts),
    list: (opts?: RequestOptions) => listImportJobs(t, opts),
    apply: (id: string, opts?: RequestOptions) => applyImportJob(t, id, opts),
    indicators: (matrix: Matrix, opts?: IndicatorImportOptions) => importIndicators(t, matrix, opts),
  };
}
