import { AuditEntry, Health } from '../../schemas/curation.js';
import { Page } from '../../schemas/page.js';
import {
  TranslationCompleteness,
  TranslationQueue,
  type TranslationQueueQuery,
} from '../../schemas/translation.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { type Cursor, pages } from '../util.js';

/**
 * Curation: the texts to translate or review in one language (commitments' titles and
 * descriptions in the token's or person's scope), missing ones first.
 */
export const listTranslationQueue = (t: LadTransport, query: TranslationQueueQuery, opts?: RequestOptions) =>
  t.get(TranslationQueue, 'translations/queue', { ...query }, opts);

/** Health, translation completeness and the audit log. */
export function metaClient(t: LadTransport) {
  const listAudit = (query: Cursor = {}, opts?: RequestOptions) =>
    t.get(Page(AuditEntry), 'audit', { ...query }, opts);
  return {
    /** `GET /v1/health`: status, version, database kind and data revision. */
    health: (opts?: RequestOptions) => t.get(Health, 'health', undefined, opts),
    translations: {
      /** How much content exists in each language, human or machine-translated (R11). */
      completeness: (opts?: RequestOptions) =>
        t.get(TranslationCompleteness, 'translations/completeness', undefined, opts),
      /** Curation: what to translate or review in one language, in scope, missing first. */
      queue: (query: TranslationQueueQuery, opts?: RequestOptions) => listTranslationQueue(t, query, opts),
    },
    audit: {
      /** Curation (secretariat): every curation change, newest first. */
      list: listAudit,
      /** Curation (secretariat): every curation change, newest first, page after page. */
      iterate: (query: Omit<Cursor, 'cursor'> = {}, opts: RequestOptions = {}) =>
        pages((cursor) => listAudit({ ...query, cursor }, opts), opts.signal),
    },
  };
}
