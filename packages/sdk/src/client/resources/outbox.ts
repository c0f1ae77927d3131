import { OutboxMessage, OutboxPage, type OutboxQuery } from '../../schemas/outbox.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc } from '../util.js';

/**
 * Curation (secretariat): the outgoing e-mail — receipts, selection decisions, answers to
 * proposals, cancellations — failed messages first, with the count of each status. Addresses
 * are masked.
 *
 * @example
 * const { items, counts } = await listOutbox(transport, { status: 'failed' });
 */
export const listOutbox = (t: LadTransport, query: OutboxQuery = {}, opts?: RequestOptions) =>
  t.get(OutboxPage, 'outbox', { ...query }, { cache: 'no-store', ...opts });

/**
 * Curation (secretariat): one outgoing e-mail as it is sent — the address, subject, plain text
 * and HTML — to read it when no SMTP server is configured. Every read is in the audit log.
 */
export const getOutboxMessage = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.get(OutboxMessage, `outbox/${enc(id)}`, undefined, { cache: 'no-store', ...opts });

/**
 * Curation (secretariat): send a `failed` message again (its attempts start over). Answers
 * 409 `not-failed` for a message in any other status.
 */
export const retryOutboxMessage = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.send(OutboxMessage, 'post', `outbox/${enc(id)}/retry`, undefined, opts);

/** The outbox of outgoing e-mail (secretariat). */
export function outboxClient(t: LadTransport) {
  return {
    list: (query?: OutboxQuery, opts?: RequestOptions) => listOutbox(t, query, opts),
    get: (id: string, opts?: RequestOptions) => getOutboxMessage(t, id, opts),
    retry: (id: string, opts?: RequestOptions) => retryOutboxMessage(t, id, opts),
  };
}
