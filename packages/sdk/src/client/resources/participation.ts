import { Page } from '../../schemas/page.js';
import {
  AgendaTopicProposal,
  type AgendaTopicProposalInput,
  AgendaTopicProposalRecord,
  PolicyProposal,
  type PolicyProposalInput,
  PolicyProposalRecord,
  type ProposalDecision,
  ProposalReceipt,
} from '../../schemas/proposal.js';
import {
  Registration,
  type RegistrationInput,
  RegistrationReceipt,
  type RegistrationReview,
  type RegistrationStatus,
  SelectionReport,
} from '../../schemas/registration.js';
import { createIdempotencyKey } from '../idempotency.js';
import type { LadTransport, RequestOptions, WriteOptions } from '../transport.js';
import { type Cursor, enc, pages } from '../util.js';

/** Filters of the curators' registration list. */
export interface RegistrationQuery extends Cursor {
  event?: string;
  status?: RegistrationStatus;
}

/**
 * Sends a CSO's application to take part in an event (R2). Returns a receipt, never the
 * personal data sent. Pass the `idempotencyKey` you keep with the form's draft: a resend after
 * a lost answer or a reload is then recognised and recorded once.
 */
export const submitRegistration = (
  t: LadTransport,
  eventId: string,
  input: RegistrationInput,
  opts?: WriteOptions,
) => t.send(RegistrationReceipt, 'post', `events/${enc(eventId)}/registrations`, input, keyed(opts));

/** The event's anonymous selection report, once published (a 404 `LadApiError` before). */
export const getSelectionReport = (t: LadTransport, eventId: string, opts?: RequestOptions) =>
  t.get(SelectionReport, `events/${enc(eventId)}/selection-report`, undefined, opts);

/** Proposes a topic for an event's agenda before it freezes (R5). Same key rules as above. */
export const submitAgendaTopic = (
  t: LadTransport,
  eventId: string,
  input: AgendaTopicProposalInput,
  opts?: WriteOptions,
) => t.send(ProposalReceipt, 'post', `events/${enc(eventId)}/agenda-topics`, input, keyed(opts));

/** Sends a written proposal to an action-package committee (R5). Same key rules as above. */
export const submitPolicyProposal = (
  t: LadTransport,
  committeeId: string,
  input: PolicyProposalInput,
  opts?: WriteOptions,
) => t.send(ProposalReceipt, 'post', `committees/${enc(committeeId)}/proposals`, input, keyed(opts));

/** One page of the topics proposed for an event, with their status and public response. */
export const listAgendaTopics = (
  t: LadTransport,
  eventId: string,
  query: Cursor = {},
  opts?: RequestOptions,
) => t.get(Page(AgendaTopicProposal), `events/${enc(eventId)}/agenda-topics`, { ...query }, opts);

/** One page of the written proposals to a committee, with their status and public response. */
export const listPolicyProposals = (
  t: LadTransport,
  committeeId: string,
  query: Cursor = {},
  opts?: RequestOptions,
) => t.get(Page(PolicyProposal), `committees/${enc(committeeId)}/proposals`, { ...query }, opts);

/** Every topic proposed for an event, fetching page after page as you iterate. */
export const iterateAgendaTopics = (
  t: LadTransport,
  eventId: string,
  query: Omit<Cursor, 'cursor'> = {},
  opts: RequestOptions = {},
) => pages((cursor) => listAgendaTopics(t, eventId, { ...query, cursor }, opts), opts.signal);

/** Every written proposal to a committee, fetching page after page as you iterate. */
export const iteratePolicyProposals = (
  t: LadTransport,
  committeeId: string,
  query: Omit<Cursor, 'cursor'> = {},
  opts: RequestOptions = {},
) => pages((cursor) => listPolicyProposals(t, committeeId, { ...query, cursor }, opts), opts.signal);

function keyed(opts: WriteOptions = {}) {
  return { ...opts, idempotencyKey: opts.idempotencyKey ?? createIdempotencyKey() };
}

/** Applications to take part in events (R2); review them with a token. */
export function registrationsClient(t: LadTransport) {
  const list = (query: RegistrationQuery = {}, opts?: RequestOptions) =>
    t.get(Page(Registration), 'registrations', { ...query }, opts);
  return {
    /**
     * Sends a CSO's application to take part in an event. Returns a receipt; personal data
     * is never sent back. Retried safely with one idempotency key.
     */
    submit: (eventId: string, input: RegistrationInput, opts?: WriteOptions) =>
      submitRegistration(t, eventId, input, opts),
    /** The event's anonymous selection report, once published. */
    selectionReport: (eventId: string, opts?: RequestOptions) => getSelectionReport(t, eventId, opts),
    /** Curation: applications in the token's scope. */
    list,
    /** Curation: every application in the token's scope, page after page. */
    iterate: (query: Omit<RegistrationQuery, 'cursor'> = {}, opts: RequestOptions = {}) =>
      pages((cursor) => list({ ...query, cursor }, opts), opts.signal),
    /** Curation: select, wait-list or decline (with a reason) an application. */
    review: (id: string, review: RegistrationReview, opts?: RequestOptions) =>
      t.send(Registration, 'patch', `registrations/${enc(id)}`, review, opts),
    /** Curation (secretariat): applications as CSV. */
    exportCsv: (query: Omit<RegistrationQuery, 'cursor' | 'limit'> = {}, opts?: RequestOptions) =>
      t.text('registrations.csv', { ...query }, opts),
  };
}

/** Agenda topics and written proposals to committees (R5); answer them with a token. */
export function proposalsClient(t: LadTransport) {
  const listAgendaTopicRecords = (query: Cursor & { event?: string } = {}, opts?: RequestOptions) =>
    t.get(Page(AgendaTopicProposalRecord), 'agenda-topics', { ...query }, opts);
  const listPolicyRecords = (query: Cursor & { committee?: string } = {}, opts?: RequestOptions) =>
    t.get(Page(PolicyProposalRecord), 'proposals', { ...query }, opts);
  return {
    /** Proposes a topic for an event's agenda. Retried safely with one idempotency key. */
    submitAgendaTopic: (eventId: string, input: AgendaTopicProposalInput, opts?: WriteOptions) =>
      submitAgendaTopic(t, eventId, input, opts),
    /** Sends a written proposal to a committee. Retried safely with one idempotency key. */
    submitPolicy: (committeeId: string, input: PolicyProposalInput, opts?: WriteOptions) =>
      submitPolicyProposal(t, committeeId, input, opts),
    /** Public agenda-topic proposals of an event, with responses. */
    listAgendaTopics: (eventId: string, query: Cursor = {}, opts?: RequestOptions) =>
      listAgendaTopics(t, eventId, query, opts),
    /** Public policy proposals to a committee, with responses. */
    listPolicy: (committeeId: string, query: Cursor = {}, opts?: RequestOptions) =>
      listPolicyProposals(t, committeeId, query, opts),
    /** Every public agenda-topic proposal of an event, page after page. */
    iterateAgendaTopics: (eventId: string, query?: Omit<Cursor, 'cursor'>, opts?: RequestOptions) =>
      iterateAgendaTopics(t, eventId, query, opts),
    /** Every public policy proposal to a committee, page after page. */
    iteratePolicy: (committeeId: string, query?: Omit<Cursor, 'cursor'>, opts?: RequestOptions) =>
      iteratePolicyProposals(t, committeeId, query, opts),
    /** Curation: agenda-topic proposals in scope, with senders. */
    listAgendaTopicRecords,
    /** Curation: every agenda-topic proposal in scope, with senders, page after page. */
    iterateAgendaTopicRecords: (
      query: Omit<Cursor, 'cursor'> & { event?: string } = {},
      opts: RequestOptions = {},
    ) => pages((cursor) => listAgendaTopicRecords({ ...query, cursor }, opts), opts.signal),
    /** Curation: policy proposals in scope, with senders. */
    listPolicyRecords,
    /** Curation: every policy proposal in scope, with senders, page after page. */
    iteratePolicyRecords: (
      query: Omit<Cursor, 'cursor'> & { committee?: string } = {},
      opts: RequestOptions = {},
    ) => pages((cursor) => listPolicyRecords({ ...query, cursor }, opts), opts.signal),
    /** Curation: accept, decline or answer an agenda topic; the response is published. */
    decideAgendaTopic: (id: string, decision: ProposalDecision, opts?: RequestOptions) =>
      t.send(AgendaTopicProposalRecord, 'patch', `agenda-topics/${enc(id)}`, decision, opts),
    /** Curation: answer a policy proposal; the response is published. */
    decidePolicy: (id: string, decision: ProposalDecision, opts?: RequestOptions) =>
      t.send(PolicyProposalRecord, 'patch', `proposals/${enc(id)}`, decision, opts),
  };
}
