import { isLadApiError } from '../../errors/index.js';
import {
  Commitment,
  CommitmentDetail,
  type CommitmentInput,
  type CommitmentPatch,
  type CommitmentQuery,
  CommitmentUpdate,
  type CommitmentUpdateInput,
} from '../../schemas/commitment.js';
import { type ImportKind, ImportResult } from '../../schemas/curation.js';
import type { CoreLocale } from '../../schemas/locale.js';
import { Page } from '../../schemas/page.js';
import { validate } from '../../validate.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc, pages } from '../util.js';

// Each call is its own function, so a bundle keeps only the calls (and schemas) it uses;
// `commitmentsClient` groups them for `createLadClient`.

const CommitmentPage = Page(Commitment);

/** One page of commitments matching the filters (the first page also gives `total`). */
export const listCommitments = (t: LadTransport, query: CommitmentQuery = {}, opts?: RequestOptions) =>
  t.get(CommitmentPage, 'commitments', query, opts);

/** Every commitment matching the filters, fetching page after page as you iterate. */
export const iterateCommitments = (
  t: LadTransport,
  query: Omit<CommitmentQuery, 'cursor'> = {},
  opts: RequestOptions = {},
) => pages((cursor) => listCommitments(t, { ...query, cursor }, opts), opts.signal);

/** One commitment with its timeline, indicators and measurements. */
export const getCommitment = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.get(CommitmentDetail, `commitments/${enc(id)}`, undefined, opts);

/** A commitment and its version: the `ETag` to send back as `ifMatch` when changing it. */
export interface VersionedCommitment {
  commitment: CommitmentDetail;
  /** `null` only from an API too old to version commitments. */
  etag: string | null;
}

/**
 * One commitment with its version, for an editor: pass `etag` as `ifMatch` to
 * {@link updateCommitment} so that a change someone made meanwhile is never overwritten.
 */
export async function getCommitmentWithVersion(
  t: LadTransport,
  id: string,
  opts: RequestOptions = {},
): Promise<VersionedCommitment> {
  let etag: string | null = null;
  const commitment = await t.get(CommitmentDetail, `commitments/${enc(id)}`, undefined, {
    // An editor needs the version stored now, not one the browser cached.
    cache: 'no-cache',
    ...opts,
    onEtag: (value) => {
      etag = value;
    },
  });
  return { commitment, etag };
}

/** Options of a change to a commitment. */
export interface CommitmentChangeOptions extends RequestOptions {
  /**
   * The version the change was made on (`etag` of {@link getCommitmentWithVersion}): when the
   * commitment changed since, the change is refused with a `LadApiError` of code
   * `precondition-failed` — {@link currentCommitmentOf} gives the version stored now. Without
   * it, the change is made on whatever is stored.
   */
  ifMatch?: string;
}

/**
 * The commitment as stored now, from the error of a change refused because it was made on an
 * older version (`precondition-failed`); `null` for any other error.
 */
export function currentCommitmentOf(error: unknown): CommitmentDetail | null {
  if (!isLadApiError(error) || error.code !== 'precondition-failed') return null;
  const result = validate(CommitmentDetail, (error.problem as { current?: unknown }).current);
  return result.success ? result.data : null;
}

/** Curation: create a commitment (token required). */
export const createCommitment = (t: LadTransport, input: CommitmentInput, opts?: RequestOptions) =>
  t.send(CommitmentDetail, 'post', 'commitments', input, opts);

/**
 * Curation: change a commitment (token required). A change of `status` adds a dated update to
 * its timeline (`statusChange` says when, why and on what evidence). With `ifMatch`, only if the
 * commitment is still at that version.
 */
export const updateCommitment = (
  t: LadTransport,
  id: string,
  patch: CommitmentPatch,
  opts?: CommitmentChangeOptions,
) => t.send(CommitmentDetail, 'patch', `commitments/${enc(id)}`, patch, opts);

/** {@link updateCommitment}, answering the changed commitment with its new version. */
export async function updateCommitmentWithVersion(
  t: LadTransport,
  id: string,
  patch: CommitmentPatch,
  opts: CommitmentChangeOptions = {},
): Promise<VersionedCommitment> {
  let etag: string | null = null;
  const commitment = await t.send(CommitmentDetail, 'patch', `commitments/${enc(id)}`, patch, {
    ...opts,
    onEtag: (value) => {
      etag = value;
    },
  });
  return { commitment, etag };
}

/** Curation: add a dated update with evidence to a commitment's timeline. */
export const addCommitmentUpdate = (
  t: LadTransport,
  id: string,
  input: CommitmentUpdateInput,
  opts?: RequestOptions,
) => t.send(CommitmentUpdate, 'post', `commitments/${enc(id)}/updates`, input, opts);

/** The media type of an Excel workbook (`.xlsx`). */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Options of a tracking-matrix import. */
export interface ImportOptions extends RequestOptions {
  /** Check only: nothing is stored; the result lists what would change and every row error. */
  dryRun?: boolean;
  /** The file's name, for the timeline note of each status the import changes. */
  filename?: string;
}

/**
 * Curation: import a country's tracking matrix — CSV text, or an Excel workbook (a `File`,
 * `Blob` or bytes of an `.xlsx`). With `dryRun`, nothing is stored and the result lists what
 * would change and every row-level error.
 */
export const importCommitments = (
  t: LadTransport,
  matrix: string | Blob | ArrayBuffer | Uint8Array,
  opts: ImportOptions = {},
) => {
  const { dryRun, filename, ...rest } = opts;
  const type =
    typeof matrix === 'string'
      ? 'text/csv; charset=utf-8'
      : matrix instanceof Blob && /^text\/(csv|plain)\b/i.test(matrix.type)
        ? matrix.type
        : XLSX_TYPE;
  return t.send(ImportResult, 'post', 'import/commitments', matrix, {
    ...rest,
    contentType: type,
    query: { dryRun: dryRun ? 'true' : undefined, filename },
  });
};

/**
 * Link to an empty matrix to fill in, with an example row in `locale` (default `en`): of
 * commitments (the tracking matrix), or of indicators and their measurements.
 */
export const importTemplateUrl = (
  t: LadTransport,
  format: 'csv' | 'xlsx' = 'csv',
  locale?: CoreLocale,
  kind: ImportKind = 'commitments',
) => t.url(`import/${kind}/template.${format}`, { locale });

/** Link to the open-data export of the commitments matching the filters. */
export const commitmentsExportUrl = (
  t: LadTransport,
  format: 'csv' | 'json' = 'csv',
  query: Omit<CommitmentQuery, 'cursor' | 'limit'> = {},
) => t.url(`export/commitments.${format}`, query);

/** Commitments: read, search, export; curate with a token. */
export function commitmentsClient(t: LadTransport) {
  return {
    list: (query?: CommitmentQuery, opts?: RequestOptions) => listCommitments(t, query, opts),
    iterate: (query?: Omit<CommitmentQuery, 'cursor'>, opts?: RequestOptions) =>
      iterateCommitments(t, query, opts),
    get: (id: string, opts?: RequestOptions) => getCommitment(t, id, opts),
    getWithVersion: (id: string, opts?: RequestOptions) => getCommitmentWithVersion(t, id, opts),
    create: (input: CommitmentInput, opts?: RequestOptions) => createCommitment(t, input, opts),
    update: (id: string, patch: CommitmentPatch, opts?: CommitmentChangeOptions) =>
      updateCommitment(t, id, patch, opts),
    updateWithVersion: (id: string, patch: CommitmentPatch, opts?: CommitmentChangeOptions) =>
      updateCommitmentWithVersion(t, id, patch, opts),
    addUpdate: (id: string, input: CommitmentUpdateInput, opts?: RequestOptions) =>
      addCommitmentUpdate(t, id, input, opts),
    importMatrix: (matrix: string | Blob | ArrayBuffer | Uint8Array, opts?: ImportOptions) =>
      importCommitments(t, matrix, opts),
    templateUrl: (format?: 'csv' | 'xlsx', locale?: CoreLocale, kind?: ImportKind) =>
      importTemplateUrl(t, format, locale, kind),
    exportUrl: (format?: 'csv' | 'json', query?: Omit<CommitmentQuery, 'cursor' | 'limit'>) =>
      commitmentsExportUrl(t, format, query),
  };
}
