import { AuditEntry, Health } from '../../schemas/curation.js';
import { Page } from '../../schemas/page.js';
import { TranslationCompleteness } from '../../schemas/translation.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { type Cursor, pages } from '../util.js';

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
