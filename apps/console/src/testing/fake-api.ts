import type {
  Account,
  ApiToken,
  CommitmentDetail,
  Committee,
  ImportJob,
  ImportResult,
  Indicator,
  Measurement,
  Person,
  ProposalDetail,
  ProposalQueueItem,
} from '@lad/sdk';

// A fake LAD API for the console's screen tests: states the real API cannot be put in on
// demand (a 429 with its wait, a 412 with someone else's version), and a record of every request
// with its headers. Handlers answer by method and path under /v1/.

export interface Seen {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  credentials: RequestCredentials;
  body: unknown;
}

type Handler = (request: Seen) => Response | Promise<Response>;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });

export const problem = (
  status: number,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => json({ type: 'about:blank', title: `HTTP ${status}`, status, ...extra }, status, headers);

/** `fetch` answering from `routes` (`'GET auth/me'` → handler); anything else is a 404 problem. */
export function fakeApi(routes: Record<string, Handler>) {
  const seen: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/v1\//, '');
    const raw = request.method === 'GET' ? '' : await request.text();
    const entry: Seen = {
      method: request.method,
      path,
      search: url.searchParams,
      headers: request.headers,
      credentials: request.credentials,
      body: raw ? JSON.parse(raw) : undefined,
    };
    seen.push(entry);
    const handler =
      routes[`${request.method} ${path}`] ??
      Object.entries(routes).find(([key]) => {
        const [method, pattern] = key.split(' ');
        return method === request.method && new RegExp(`^${pattern}$`).test(path);
      })?.[1];
    return handler ? handler(entry) : problem(404);
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

export const ACCOUNT: Account = {
  id: 'acc-1',
  email: 'marie@example.org',
  name: 'Marie Joseph',
  locale: 'en',
  roles: [
    { role: 'country', scope: 'HT' },
    { role: 'committee', scope: 'labor-mobility' },
  ],
  passkeys: 0,
};

/** A commitment with the given overrides, shaped as `GET /v1/commitments/{id}` answers. */
export function commitmentDetail(overrides: Partial<CommitmentDetail> = {}): CommitmentDetail {
  return {
    id: 'cmt-ht-1',
    externalId: null,
    country: 'HT',
    pillar: 'II',
    actionPackages: [],
    mechanisms: [],
    title: { original: 'fr', text: { fr: 'Visas de travail saisonnier', en: 'Seasonal work visas' } },
    description: null,
    status: 'limited',
    announcedOn: '2022-06-10',
    announcedAt: null,
    startDate: null,
    dueDate: null,
    amountUsd: null,
    sources: [],
    consultation: null,
    indicatorIds: [],
    lastUpdatedOn: '2023-01-15',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    demo: false,
    updates: [],
    indicators: [],
    ...overrides,
  };
}

/** A list page of `GET /v1/commitments`. */
export const page = (
  items: Omit<CommitmentDetail, 'updates' | 'indicators'>[],
  nextCursor: string | null = null,
) => json({ items: items.map(({ ...c }) => c), nextCursor, total: items.length });

/** A quantitative indicator (children, 1,200 → 5,000) with the given overrides, as the API answers it. */
export function indicatorFixture(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'ind-1',
    externalId: null,
    commitmentId: 'cmt-ht-1',
    country: 'HT',
    pillar: 'II',
    kind: 'quantitative',
    name: {
      original: 'en',
      text: {
        en: 'Children enrolled in school',
        fr: 'Enfants inscrits à l’école',
        ht: 'Timoun ki enskri lekòl',
      },
    },
    description: null,
    unit: 'children',
    direction: 'increase',
    baseline: { value: 1200, text: null, date: '2023-01-01' },
    target: { value: 5000, text: null, date: '2027-12-31' },
    sources: [],
    measurements: [],
    progress: null,
    updatedAt: '2024-01-01T00:00:00.000Z',
    demo: false,
    ...overrides,
  };
}

/** A measurement of `ind-1` with the given overrides. */
export function measurementFixture(overrides: Partial<Measurement> = {}): Measurement {
  return {
    id: 'msr-1',
    indicatorId: 'ind-1',
    date: '2025-06-30',
    value: 2340,
    note: null,
    source: { title: 'Ministry of Education, 2025 census', url: 'https://example.org/census-2025' },
    createdAt: '2025-07-01T12:00:00.000Z',
    ...overrides,
  };
}

/** A dry run (or an applied import) with the given overrides, as an import job's `result`. */
export function importResult(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    dryRun: true,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    changes: [],
    ...overrides,
  };
}

/** An import job with the given overrides, shaped as `GET /v1/import/jobs/{id}` answers. */
export function importJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1',
    kind: 'commitments',
    fileName: 'matrix.csv',
    format: 'csv',
    status: 'checking',
    progress: { stage: 'check', processed: 0, total: 0 },
    result: null,
    error: null,
    createdBy: 'Marie Joseph',
    createdAt: '2026-03-05T14:00:00.000Z',
    updatedAt: '2026-03-05T14:00:00.000Z',
    ...overrides,
  };
}

/** A committee (labour mobility) with the given overrides, as `GET /v1/committees` lists it. */
export function committeeFixture(overrides: Partial<Committee> = {}): Committee {
  return {
    id: 'cmte-labor-mobility',
    actionPackageId: 'labor-mobility',
    name: { original: 'en', text: { en: 'Labour Mobility Committee', es: 'Comité “Movilidad laboral”' } },
    coordinator: null,
    csoRepresentative: null,
    countries: ['CA', 'MX'],
    acceptsProposals: true,
    ...overrides,
  };
}

/** A written proposal to the labour-mobility committee, as a line of `GET /v1/proposal-queue`. */
export function proposalQueueItem(overrides: Partial<ProposalQueueItem> = {}): ProposalQueueItem {
  return {
    id: 'pol-1',
    kind: 'policy',
    status: 'received',
    title: 'Ventanilla única con intérpretes',
    locale: 'es',
    target: {
      kind: 'committee',
      id: 'cmte-labor-mobility',
      name: { original: 'en', text: { en: 'Labour Mobility Committee' } },
      committeeId: 'cmte-labor-mobility',
    },
    organization: { name: 'Red Fronteriza', country: 'CL' },
    createdAt: '2026-03-01T10:00:00.000Z',
    answeredAt: null,
    mergedInto: null,
    ...overrides,
  };
}

/** The same proposal in full, as `GET /v1/proposal-queue/{id}` answers it. */
export function proposalDetailFixture(overrides: Partial<ProposalDetail> = {}): ProposalDetail {
  return {
    ...proposalQueueItem(),
    body: 'Proponemos una ventanilla única con intérpretes de kreyòl en las ciudades fronterizas.',
    links: ['https://example.org/propuesta.pdf'],
    receipt: 'LAD-7K3M-Q9P2',
    contact: { name: 'Rosa Díaz', email: 'rosa@example.org' },
    listPublicly: true,
    response: null,
    declineReason: null,
    mergedFrom: [],
    answers: [],
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** A person as `GET /v1/people` lists them, with the given overrides. */
export function personFixture(overrides: Partial<Person> = {}): Person {
  return {
    id: 'acc-2',
    email: 'lucia@crm.example.org',
    name: 'Lucía Gómez',
    locale: 'es',
    roles: [{ role: 'mechanism', scope: 'crm' }],
    status: 'active',
    suspendedAt: null,
    createdAt: '2026-01-10T12:00:00.000Z',
    lastSignInAt: '2026-02-27T09:30:00.000Z',
    passkeys: 1,
    ...overrides,
  };
}

/** An API token as `GET /v1/tokens` lists it (never its secret), with the given overrides. */
export function apiTokenFixture(overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id: 'tok-1',
    label: 'CRM nightly import',
    role: 'mechanism',
    scope: 'crm',
    status: 'active',
    createdAt: '2026-01-05T08:00:00.000Z',
    expiresAt: '2026-04-05T08:00:00.000Z',
    lastUsedAt: '2026-02-28T02:00:00.000Z',
    revokedAt: null,
    ...overrides,
  };
}

/** An outgoing e-mail as `GET /v1/outbox/{id}` answers (the list shows the same without `to`, `text`, `html`). */
export function outboxMessage(
  overrides: Partial<import('@lad/sdk').OutboxMessage> = {},
): import('@lad/sdk').OutboxMessage {
  return {
    id: 'msg_1',
    kind: 'registration.receipt',
    locale: 'ht',
    status: 'pending',
    attempts: 0,
    lastError: null,
    recipient: 'm•••@korefanm.example.org',
    subject: 'Nou resevwa aplikasyon an: Sesyon enfòmasyon',
    createdAt: '2026-11-30T14:05:00Z',
    nextAttemptAt: '2026-11-30T14:05:00Z',
    sentAt: null,
    to: 'mirlande@korefanm.example.org',
    messageId: '<msg_1@lad.example.org>',
    text: 'Bonjou,\n\nNou resevwa aplikasyon Sant Kore Fanm Migran.\n\nNimewo resi: LAD-7K3M-Q9P2\n',
    html: '<p>Bonjou,</p>',
    ...overrides,
  };
}

/** A page of the outbox with `items` (summaries of {@link outboxMessage}s) and counts. */
export function outboxPage(
  items: import('@lad/sdk').OutboxMessage[],
  extra: Partial<import('@lad/sdk').OutboxPage> = {},
): import('@lad/sdk').OutboxPage {
  const counts = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const m of items) counts[m.status]++;
  return {
    items: items.map(({ to: _to, messageId: _id, text: _text, html: _html, ...summary }) => summary),
    nextCursor: null,
    counts,
    ...extra,
  };
}

/**
 * A quarterly information session of the labour-mobility committee, 40 days after `now`, with
 * a registration window (open) and one selection criterion, shaped as `GET /v1/events/{id}` answers.
 */
export function eventFixture(
  overrides: Partial<import('@lad/sdk').Event> = {},
  now = Date.now(),
): import('@lad/sdk').Event {
  const at = (days: number) => new Date(now + days * 86_400_000).toISOString();
  return {
    id: 'evt-1',
    kind: 'information_session',
    title: {
      original: 'en',
      text: { en: 'Quarterly information session', es: 'Sesión informativa trimestral' },
    },
    description: null,
    committeeId: 'cmte-labor-mobility',
    country: null,
    mechanism: null,
    startsAt: '2030-05-12T14:00:00.000Z',
    endsAt: '2030-05-12T16:00:00.000Z',
    timeZone: 'America/Port-au-Prince',
    format: 'online',
    venue: null,
    onlineUrl: 'https://meet.example.org/quarterly',
    languages: ['en', 'es'],
    interpretation: ['ht'],
    topicProposalsCloseAt: null,
    registration: {
      opensAt: at(-5),
      closesAt: at(20),
      capacity: 40,
      waitlist: true,
      role: 'participant',
      retentionDays: 180,
      seatsTaken: 3,
      criteria: [
        {
          id: 'work',
          text: { original: 'en', text: { en: 'Describe your work with migrants.' } },
          answer: 'text',
          required: true,
        },
      ],
      criteriaPublishedAt: at(-10),
      state: 'open',
      selectionReportPublishedAt: null,
      criteriaVersion: 1,
    },
    agenda: null,
    outcome: null,
    status: 'scheduled',
    cancelledAt: null,
    cancellationReason: null,
    agendaPublishedDaysBefore: null,
    sequence: 2,
    createdAt: at(-20),
    updatedAt: at(-1),
    demo: false,
    ...overrides,
  };
}

/** The curators' view of an event's agenda (`GET /v1/events/{id}/agenda`), not published. */
export function agendaDraftFixture(
  overrides: Partial<import('@lad/sdk').AgendaDraft> = {},
): import('@lad/sdk').AgendaDraft {
  return {
    eventId: 'evt-1',
    items: [],
    publishedAt: null,
    updatedAt: '2030-04-01T12:00:00.000Z',
    leadDays: 21,
    dueAt: '2030-04-21T14:00:00.000Z',
    topicProposalsCloseAt: null,
    ...overrides,
  };
}

/** A recorded consent to publish one detail: given by e-mail on 20 Feb 2026 by Marie Joseph, or not given. */
export function consentFixture(
  given: boolean,
  overrides: Partial<import('@lad/sdk').DetailConsent> = {},
): import('@lad/sdk').DetailConsent {
  return given
    ? {
        given,
        on: '2026-02-20',
        how: 'email',
        recordedAt: '2026-02-20T15:00:00.000Z',
        recordedBy: { accountId: 'acc-1', tokenId: null, name: 'Marie Joseph' },
        ...overrides,
      }
    : { given, on: null, how: null, recordedAt: null, recordedBy: null, ...overrides };
}

/**
 * A committee's CSO representative as `GET /v1/committees/{id}/members` lists her: name and email
 * consented, organisation, phone, country and languages not.
 */
export function committeeMemberFixture(
  overrides: Partial<import('@lad/sdk').CommitteeMember> = {},
): import('@lad/sdk').CommitteeMember {
  return {
    id: 'mbr_1',
    role: 'cso_representative',
    name: 'Nadège Pierre',
    organization: 'Rezo Fanm Migran',
    email: 'nadege@example.org',
    phone: '+509 3700 0000',
    country: 'HT',
    languages: ['ht', 'fr'],
    consent: {
      name: consentFixture(true, { how: 'written_form' }),
      organization: consentFixture(false),
      email: consentFixture(true),
      phone: consentFixture(false),
      country: consentFixture(false),
      languages: consentFixture(false),
    },
    updatedAt: '2026-02-20T15:00:00.000Z',
    ...overrides,
  };
}

/** A CSO seat of the secretariat as `GET /v1/secretariat/members` lists it. */
export function secretariatSeatFixture(
  overrides: Partial<import('@lad/sdk').SecretariatSeat> = {},
): import('@lad/sdk').SecretariatSeat {
  const { role: _role, ...member } = committeeMemberFixture({ id: 'mbr_sec_1', name: 'Camila Ríos' });
  return {
    ...member,
    role: { original: 'en', text: { en: 'Civil-society seat', es: 'Puesto de la sociedad civil' } },
    csoSeat: true,
    ...overrides,
  };
}

/** A regional mechanism (the CRM) as `GET /v1/mechanisms` lists it. */
export function mechanismFixture(
  overrides: Partial<import('@lad/sdk').RegionalMechanism> = {},
): import('@lad/sdk').RegionalMechanism {
  return {
    id: 'crm',
    acronym: 'CRM',
    name: {
      original: 'es',
      text: { es: 'Conferencia Regional sobre Migración', en: 'Regional Conference on Migration' },
    },
    members: ['MX', 'GT', 'HN'],
    membersCertainty: 'confirmed',
    associates: [],
    associatesRole: null,
    note: null,
    sources: [],
    ...overrides,
  };
}
