import {
  type AcceptProposalInput,
  type AnswerProposalInput,
  type DeclineProposalInput,
  type MergeProposalInput,
  ProposalDetail,
  ProposalQueue,
  type ProposalQueueItem,
  type ProposalQueueQuery,
  PublicProposalAnswers,
} from '../../schemas/proposal-admin.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc, pages } from '../util.js';

/**
 * Curation: one page of the proposals in the scope of the token or role — agenda topics and
 * written proposals, oldest first — narrowed by kind, committee, event, status or words of the
 * title, with how many are in each status.
 *
 * @example
 * const queue = await listProposalQueue(t, { kind: 'policy', committee: 'cmte-labor-mobility', status: 'received' });
 */
export const listProposalQueue = (t: LadTransport, query: ProposalQueueQuery = {}, opts?: RequestOptions) =>
  t.get(ProposalQueue, 'proposal-queue', { ...query }, opts);

/** Curation: every proposal of a queue, page after page. */
export const iterateProposalQueue = (
  t: LadTransport,
  query: Omit<ProposalQueueQuery, 'cursor'> = {},
  opts: RequestOptions = {},
): AsyncGenerator<ProposalQueueItem, void, undefined> =>
  pages((cursor) => listProposalQueue(t, { ...query, cursor }, opts), opts.signal);

/** Curation: one proposal with its sender, links, merges and every version of its answer. */
export const getProposalDetail = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.get(ProposalDetail, `proposal-queue/${enc(id)}`, undefined, opts);

/** Curation: accepts a proposal (with an optional public answer); the sender is told by email. */
export const acceptProposal = (
  t: LadTransport,
  id: string,
  input: AcceptProposalInput,
  opts?: RequestOptions,
) => t.send(ProposalDetail, 'post', `proposal-queue/${enc(id)}/accept`, input, opts);

/** Curation: merges a proposal into another of the same kind; both senders are told by email. */
export const mergeProposal = (
  t: LadTransport,
  id: string,
  input: MergeProposalInput,
  opts?: RequestOptions,
) => t.send(ProposalDetail, 'post', `proposal-queue/${enc(id)}/merge`, input, opts);

/** Curation: declines a proposal with a reason and a public answer; the sender is told by email. */
export const declineProposal = (
  t: LadTransport,
  id: string,
  input: DeclineProposalInput,
  opts?: RequestOptions,
) => t.send(ProposalDetail, 'post', `proposal-queue/${enc(id)}/decline`, input, opts);

/**
 * Curation: writes the public answer the widgets show. A new answer is a new version: the
 * earlier ones stay, with the time each was given.
 */
export const answerProposal = (
  t: LadTransport,
  id: string,
  input: AnswerProposalInput,
  opts?: RequestOptions,
) => t.send(ProposalDetail, 'post', `proposal-queue/${enc(id)}/answer`, input, opts);

/** Every version of a proposal's public answer, oldest first, each with the time it was given. */
export const listProposalAnswers = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.get(PublicProposalAnswers, `proposal-answers/${enc(id)}`, undefined, opts);

/** The committees' work on proposals (R5): queues, decisions and public answers. */
export function proposalsAdminClient(t: LadTransport) {
  return {
    /** Curation: one page of a queue, with counts per status. */
    queue: (query?: ProposalQueueQuery, opts?: RequestOptions) => listProposalQueue(t, query, opts),
    /** Curation: every proposal of a queue, page after page. */
    iterateQueue: (query?: Omit<ProposalQueueQuery, 'cursor'>, opts?: RequestOptions) =>
      iterateProposalQueue(t, query, opts),
    /** Curation: one proposal with its answers. */
    get: (id: string, opts?: RequestOptions) => getProposalDetail(t, id, opts),
    accept: (id: string, input: AcceptProposalInput = {}, opts?: RequestOptions) =>
      acceptProposal(t, id, input, opts),
    merge: (id: string, input: MergeProposalInput, opts?: RequestOptions) =>
      mergeProposal(t, id, input, opts),
    decline: (id: string, input: DeclineProposalInput, opts?: RequestOptions) =>
      declineProposal(t, id, input, opts),
    answer: (id: string, input: AnswerProposalInput, opts?: RequestOptions) =>
      answerProposal(t, id, input, opts),
    /** Public: every version of the answer, oldest first. */
    answers: (id: string, opts?: RequestOptions) => listProposalAnswers(t, id, opts),
  };
}
