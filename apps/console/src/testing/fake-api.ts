import type { Account, CommitmentDetail, ImportJob, ImportResult, Indicator, Measurement } from '@lad/sdk';

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
