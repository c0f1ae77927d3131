import * as z from 'zod/mini';
import { ActionPackage } from '../schemas/action-package.js';
import { Agenda, type AgendaInput } from '../schemas/agenda.js';
import {
  Commitment,
  CommitmentDetail,
  type CommitmentInput,
  type CommitmentPatch,
  type CommitmentQuery,
  CommitmentUpdate,
  type CommitmentUpdateInput,
} from '../schemas/commitment.js';
import { Committee, SecretariatMember } from '../schemas/committee.js';
import { Country } from '../schemas/country.js';
import { AuditEntry, Health, ImportResult } from '../schemas/curation.js';
import { Event, type EventInput, type EventPatch, type EventQuery } from '../schemas/event.js';
import { Indicator, type IndicatorInput, Measurement, type MeasurementInput } from '../schemas/indicator.js';
import { RegionalMechanism } from '../schemas/mechanism.js';
import { Page } from '../schemas/page.js';
import { Pillar } from '../schemas/pillar.js';
import { type ProgressQuery, ProgressSummary } from '../schemas/progress.js';
import {
  AgendaTopicProposal,
  type AgendaTopicProposalInput,
  AgendaTopicProposalRecord,
  PolicyProposal,
  type PolicyProposalInput,
  PolicyProposalRecord,
  type ProposalDecision,
  ProposalReceipt,
} from '../schemas/proposal.js';
import {
  Registration,
  type RegistrationInput,
  RegistrationReceipt,
  type RegistrationReview,
  type RegistrationStatus,
  SelectionReport,
} from '../schemas/registration.js';
import { TranslationCompleteness } from '../schemas/translation.js';
import { createIdempotencyKey } from './idempotency.js';
import {
  createTransport,
  type LadClientOptions,
  type RequestOptions,
  type WriteOptions,
} from './transport.js';

const CommitmentPage = Page(Commitment);
const EventPage = Page(Event);
const RegistrationPage = Page(Registration);
const AuditPage = Page(AuditEntry);
const AgendaTopicPage = Page(AgendaTopicProposal);
const PolicyPage = Page(PolicyProposal);
const AgendaTopicRecordPage = Page(AgendaTopicProposalRecord);
const PolicyRecordPage = Page(PolicyProposalRecord);
const items = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item) });

type Cursor = { cursor?: string | undefined; limit?: number | undefined };

/** Filters of the curators' registration list. */
export interface RegistrationQuery extends Cursor {
  event?: string;
  status?: RegistrationStatus;
}

const enc = encodeURIComponent;

async function* pages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  signal: AbortSignal | undefined,
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    signal?.throwIfAborted();
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * Creates a typed client for the LAD API. Every response is checked against its schema; errors
 * are {@link LadApiError}, {@link LadValidationError} or {@link LadNetworkError}. Reads and
 * public writes retry on network errors, timeouts, 5xx and 429 (honouring `Retry-After`);
 * public writes send one `Idempotency-Key` for all their attempts. No Node-only API is used:
 * it runs in browsers, Node 20 and edge runtimes.
 *
 * @example
 * import { createLadClient } from '@lad/sdk';
 *
 * const lad = createLadClient({ baseUrl: 'https://api.example.org', locale: 'ht' });
 * const { items } = await lad.commitments.list({ country: 'HT', pillar: 'II' });
 * for await (const c of lad.commitments.iterate({ status: 'complete' })) console.log(c.title);
 */
export function createLadClient(options: LadClientOptions) {
  const t = createTransport(options);
  const list = async <T extends z.ZodMiniType>(schema: T, path: string, opts?: RequestOptions) =>
    (await t.get(items(schema), path, undefined, opts)).items as z.infer<T>[];
  const keyed = (opts: WriteOptions = {}) => ({
    ...opts,
    idempotencyKey: opts.idempotencyKey ?? createIdempotencyKey(),
  });

  return {
    /** The `/v1/` URL every path is resolved against. */
    root: t.root,

    /** `GET /v1/health`: status, version, database kind and data revision. */
    health: (opts?: RequestOptions) => t.get(Health, 'health', undefined, opts),

    commitments: {
      /** One page of commitments matching the filters. */
      list: (query: CommitmentQuery = {}, opts?: RequestOptions) =>
        t.get(CommitmentPage, 'commitments', query, opts),
      /** Every commitment matching the filters, fetching page after page as you iterate. */
      iterate: (query: Omit<CommitmentQuery, 'cursor'> = {}, opts: RequestOptions = {}) =>
        pages((cursor) => t.get(CommitmentPage, 'commitments', { ...query, cursor }, opts), opts.signal),
      /** One commitment with its timeline, indicators and measurements. */
      get: (id: string, opts?: RequestOptions) =>
        t.get(CommitmentDetail, `commitments/${enc(id)}`, undefined, opts),
      /** Curation: create a commitment (token required). */
      create: (input: CommitmentInput, opts?: RequestOptions) =>
        t.send(CommitmentDetail, 'post', 'commitments', input, opts),
      /** Curation: change a commitment (token required). */
      update: (id: string, patch: CommitmentPatch, opts?: RequestOptions) =>
        t.send(CommitmentDetail, 'patch', `commitments/${enc(id)}`, patch, opts),
      /** Curation: add a dated update with evidence to a commitment's timeline. */
      addUpdate: (id: string, input: CommitmentUpdateInput, opts?: RequestOptions) =>
        t.send(CommitmentUpdate, 'post', `commitments/${enc(id)}/updates`, input, opts),
      /**
       * Curation: import a country's tracking matrix (CSV). With `dryRun`, nothing is stored and
       * the result lists what would change and every row-level error.
       */
      importMatrix: (csv: string, opts: RequestOptions & { dryRun?: boolean } = {}) =>
        t.send(ImportResult, 'post', 'import/commitments', csv, {
          ...opts,
          contentType: 'text/csv; charset=utf-8',
          query: { dryRun: opts.dryRun ? 'true' : undefined },
        }),
      /** Link to the open-data export of all commitments. */
      exportUrl: (format: 'csv' | 'json' = 'csv') => t.url(`export/commitments.${format}`),
    },

    progress: {
      /** Commitments by status and indicator progress, grouped (empty groups included). */
      summary: (query: ProgressQuery = {}, opts?: RequestOptions) =>
        t.get(ProgressSummary, 'progress', query, opts),
    },

    indicators: {
      /** One indicator with its measurements. */
      get: (id: string, opts?: RequestOptions) => t.get(Indicator, `indicators/${enc(id)}`, undefined, opts),
      /** Curation: create an indicator. */
      create: (input: IndicatorInput, opts?: RequestOptions) =>
        t.send(Indicator, 'post', 'indicators', input, opts),
      /** Curation: add a dated measurement. */
      addMeasurement: (id: string, input: MeasurementInput, opts?: RequestOptions) =>
        t.send(Measurement, 'post', `indicators/${enc(id)}/measurements`, input, opts),
      /** Link to the open-data export of all indicators and measurements (CSV). */
      exportUrl: () => t.url('export/indicators.csv'),
    },

    countries: { list: (opts?: RequestOptions) => list(Country, 'countries', opts) },
    pillars: { list: (opts?: RequestOptions) => list(Pillar, 'pillars', opts) },
    actionPackages: { list: (opts?: RequestOptions) => list(ActionPackage, 'action-packages', opts) },
    committees: {
      /** Committees with coordinators and CSO representatives (contacts only with consent). */
      list: (opts?: RequestOptions) => list(Committee, 'committees', opts),
    },
    mechanisms: { list: (opts?: RequestOptions) => list(RegionalMechanism, 'mechanisms', opts) },
    secretariat: { list: (opts?: RequestOptions) => list(SecretariatMember, 'secretariat', opts) },

    events: {
      /** One page of events matching the filters. */
      list: (query: EventQuery = {}, opts?: RequestOptions) => t.get(EventPage, 'events', query, opts),
      /** Every event matching the filters, page after page. */
      iterate: (query: Omit<EventQuery, 'cursor'> = {}, opts: RequestOptions = {}) =>
        pages((cursor) => t.get(EventPage, 'events', { ...query, cursor }, opts), opts.signal),
      /** One event with its agenda, seats and registration window. */
      get: (id: string, opts?: RequestOptions) => t.get(Event, `events/${enc(id)}`, undefined, opts),
      /**
       * The iCalendar feed for these filters. With `webcal: true`, a `webcal:` link that calendar
       * apps open as a subscription.
       */
      icsUrl: (query: Omit<EventQuery, 'cursor' | 'limit'> = {}, { webcal = false } = {}) => {
        const url = t.url('events.ics', query);
        return webcal ? url.replace(/^https?:/, 'webcal:') : url;
      },
      /** The iCalendar file of one event ("Add to calendar"). */
      eventIcsUrl: (id: string) => t.url(`events/${enc(id)}.ics`),
      /** Curation: create an event. */
      create: (input: EventInput, opts?: RequestOptions) => t.send(Event, 'post', 'events', input, opts),
      /** Curation: change an event (its iCalendar `SEQUENCE` goes up). */
      update: (id: string, patch: EventPatch, opts?: RequestOptions) =>
        t.send(Event, 'patch', `events/${enc(id)}`, patch, opts),
      /** Curation: replace the agenda; `publish: true` makes it public and stamps `publishedAt`. */
      putAgenda: (id: string, input: AgendaInput, opts?: RequestOptions) =>
        t.send(Agenda, 'put', `events/${enc(id)}/agenda`, input, opts),
    },

    registrations: {
      /**
       * Sends a CSO's application to take part in an event. Returns a receipt; personal data
       * is never sent back. Retried safely with one idempotency key.
       */
      submit: (eventId: string, input: RegistrationInput, opts?: WriteOptions) =>
        t.send(RegistrationReceipt, 'post', `events/${enc(eventId)}/registrations`, input, keyed(opts)),
      /** The event's anonymous selection report, once published. */
      selectionReport: (eventId: string, opts?: RequestOptions) =>
        t.get(SelectionReport, `events/${enc(eventId)}/selection-report`, undefined, opts),
      /** Curation: applications in the token's scope. */
      list: (query: RegistrationQuery = {}, opts?: RequestOptions) =>
        t.get(RegistrationPage, 'registrations', { ...query }, opts),
      /** Curation: select, wait-list or decline (with a reason) an application. */
      review: (id: string, review: RegistrationReview, opts?: RequestOptions) =>
        t.send(Registration, 'patch', `registrations/${enc(id)}`, review, opts),
      /** Curation (secretariat): applications as CSV. */
      exportCsv: (query: Omit<RegistrationQuery, 'cursor' | 'limit'> = {}, opts?: RequestOptions) =>
        t.text('registrations.csv', { ...query }, opts),
    },

    proposals: {
      /** Proposes a topic for an event's agenda (R5). Retried safely with one idempotency key. */
      submitAgendaTopic: (eventId: string, input: AgendaTopicProposalInput, opts?: WriteOptions) =>
        t.send(ProposalReceipt, 'post', `events/${enc(eventId)}/agenda-topics`, input, keyed(opts)),
      /** Sends a written proposal to a committee (R5). Retried safely with one idempotency key. */
      submitPolicy: (committeeId: string, input: PolicyProposalInput, opts?: WriteOptions) =>
        t.send(ProposalReceipt, 'post', `committees/${enc(committeeId)}/proposals`, input, keyed(opts)),
      /** Public agenda-topic proposals of an event, with responses. */
      listAgendaTopics: (eventId: string, query: Cursor = {}, opts?: RequestOptions) =>
        t.get(AgendaTopicPage, `events/${enc(eventId)}/agenda-topics`, { ...query }, opts),
      /** Public policy proposals to a committee, with responses. */
      listPolicy: (committeeId: string, query: Cursor = {}, opts?: RequestOptions) =>
        t.get(PolicyPage, `committees/${enc(committeeId)}/proposals`, { ...query }, opts),
      /** Curation: agenda-topic proposals in scope, with senders. */
      listAgendaTopicRecords: (query: Cursor & { event?: string } = {}, opts?: RequestOptions) =>
        t.get(AgendaTopicRecordPage, 'agenda-topics', { ...query }, opts),
      /** Curation: policy proposals in scope, with senders. */
      listPolicyRecords: (query: Cursor & { committee?: string } = {}, opts?: RequestOptions) =>
        t.get(PolicyRecordPage, 'proposals', { ...query }, opts),
      /** Curation: accept, decline or answer an agenda topic; the response is published. */
      decideAgendaTopic: (id: string, decision: ProposalDecision, opts?: RequestOptions) =>
        t.send(AgendaTopicProposalRecord, 'patch', `agenda-topics/${enc(id)}`, decision, opts),
      /** Curation: answer a policy proposal; the response is published. */
      decidePolicy: (id: string, decision: ProposalDecision, opts?: RequestOptions) =>
        t.send(PolicyProposalRecord, 'patch', `proposals/${enc(id)}`, decision, opts),
    },

    translations: {
      /** How much content exists in each language, human or machine-translated (R11). */
      completeness: (opts?: RequestOptions) =>
        t.get(TranslationCompleteness, 'translations/completeness', undefined, opts),
    },

    audit: {
      /** Curation (secretariat): every curation change, newest first. */
      list: (query: Cursor = {}, opts?: RequestOptions) => t.get(AuditPage, 'audit', { ...query }, opts),
    },
  };
}

/** The client {@link createLadClient} returns. */
export type LadClient = ReturnType<typeof createLadClient>;
