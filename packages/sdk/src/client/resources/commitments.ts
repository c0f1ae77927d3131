import {
  Commitment,
  CommitmentDetail,
  type CommitmentInput,
  type CommitmentPatch,
  type CommitmentQuery,
  CommitmentUpdate,
  type CommitmentUpdateInput,
} from '../../schemas/commitment.js';
import { ImportResult } from '../../schemas/curation.js';
import { Page } from '../../schemas/page.js';
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

/** Curation: create a commitment (token required). */
export const createCommitment = (t: LadTransport, input: CommitmentInput, opts?: RequestOptions) =>
  t.send(CommitmentDetail, 'post', 'commitments', input, opts);

/** Curation: change a commitment (token required). */
export const updateCommitment = (
  t: LadTransport,
  id: string,
  patch: CommitmentPatch,
  opts?: RequestOptions,
) => t.send(CommitmentDetail, 'patch', `commitments/${enc(id)}`, patch, opts);

/** Curation: add a dated update with evidence to a commitment's timeline. */
export const addCommitmentUpdate = (
  t: LadTransport,
  id: string,
  input: CommitmentUpdateInput,
  opts?: RequestOptions,
) => t.send(CommitmentUpdate, 'post', `commitments/${enc(id)}/updates`, input, opts);

/**
 * Curation: import a country's tracking matrix (CSV). With `dryRun`, nothing is stored and the
 * result lists what would change and every row-level error.
 */
export const importCommitments = (
  t: LadTransport,
  csv: string,
  opts: RequestOptions & { dryRun?: boolean } = {},
) =>
  t.send(ImportResult, 'post', 'import/commitments', csv, {
    ...opts,
    contentType: 'text/csv; charset=utf-8',
    query: { dryRun: opts.dryRun ? 'true' : undefined },
  });

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
    create: (input: CommitmentInput, opts?: RequestOptions) => createCommitment(t, input, opts),
    update: (id: string, patch: CommitmentPatch, opts?: RequestOptions) =>
      updateCommitment(t, id, patch, opts),
    addUpdate: (id: string, input: CommitmentUpdateInput, opts?: RequestOptions) =>
      addCommitmentUpdate(t, id, input, opts),
    importMatrix: (csv: string, opts?: RequestOptions & { dryRun?: boolean }) =>
      importCommitments(t, csv, opts),
    exportUrl: (format?: 'csv' | 'json', query?: Omit<CommitmentQuery, 'cursor' | 'limit'>) =>
      commitmentsExportUrl(t, format, query),
  };
}
