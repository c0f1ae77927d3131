import {
  ACTION_PACKAGES,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentStatus,
  MECHANISMS,
  PILLAR_IDS,
  PILLARS,
  type ProgressSummary,
  SIGNATORIES,
} from '@lad/sdk';

// Data for widget tests that need states the API cannot be put in (errors, offline, ten
// thousand commitments). Shapes are the SDK's, and every response still goes through the SDK's
// schemas in the widget.

const COUNTRIES = SIGNATORIES.map((c) => c.code);

/** A commitment; `i` varies country, pillar, status and dates. */
export function commitment(i: number, overrides: Partial<Commitment> = {}): Commitment {
  const country = COUNTRIES[i % COUNTRIES.length] as string;
  return {
    id: `c-${String(i).padStart(5, '0')}`,
    externalId: `${country}-${i}`,
    country,
    pillar: PILLAR_IDS[i % 3] as Commitment['pillar'],
    status: COMMITMENT_STATUSES[i % 5] as CommitmentStatus,
    actionPackages: [ACTION_PACKAGES[i % ACTION_PACKAGES.length]?.id as string],
    mechanisms: i % 4 === 0 ? ['crm', 'mirps'] : ['caricom'],
    title: {
      original: 'es',
      text: {
        es: `Compromiso número ${i}`,
        en: `Commitment number ${i}`,
        pt: `Compromisso número ${i}`,
        fr: `Engagement numéro ${i}`,
        ht: `Angajman nimewo ${i}`,
      },
    },
    description: null,
    announcedOn: '2022-06-10',
    announcedAt: null,
    startDate: null,
    dueDate: null,
    amountUsd: null,
    sources: [],
    consultation: null,
    indicatorIds: [],
    lastUpdatedOn: '2026-01-15',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString(),
    demo: true,
    ...overrides,
  };
}

export const commitments = (n: number) => Array.from({ length: n }, (_, i) => commitment(i));

const zero = () => ({ no_evidence: 0, not_started: 0, limited: 0, substantial: 0, complete: 0 });

/** A progress summary by pillar with the given totals (Pillar IV empty unless given). */
/**
 * A summary by pillar as the API gives it: the four pillars, then the row of commitments no
 * source files under a pillar (`none`).
 */
export function pillarSummary(totals: number[] = [12, 7, 3, 0, 0]): ProgressSummary {
  const rows = [
    ...PILLARS.map((p) => ({ key: p.id as string, label: p.shortName })),
    {
      key: 'none',
      label: {
        original: 'en',
        text: { en: 'No pillar given by the sources', ht: 'Sous yo pa bay okenn pilye' },
      },
    },
  ];
  const groups = rows.map(({ key, label }, i) => {
    const total = totals[i] ?? 0;
    const byStatus = zero();
    byStatus.limited = Math.ceil(total / 2);
    byStatus.complete = total - byStatus.limited;
    return {
      key,
      label,
      total,
      byStatus,
      indicators: { total: total ? 2 : 0, measured: total ? 1 : 0, averageProgress: total ? 0.4 : null },
    };
  });
  const total = groups.reduce((n, g) => n + g.total, 0);
  const byStatus = zero();
  for (const g of groups) for (const s of COMMITMENT_STATUSES) byStatus[s] += g.byStatus[s];
  return { groupBy: 'pillar', total, byStatus, groups, generatedAt: '2026-03-02T15:00:00.000Z' };
}

/** The reference lists, as the API sends them. */
export const reference = {
  countries: SIGNATORIES,
  pillars: PILLARS,
  'action-packages': ACTION_PACKAGES,
  mechanisms: MECHANISMS,
};

type Handler = (url: URL, request: Request) => unknown | Response | Promise<unknown | Response>;

/**
 * A fake `fetch` answering API paths from handlers (`/v1/commitments` → handler), with the
 * reference lists built in. Records the URLs asked for.
 */
export function fakeApi(handlers: Record<string, Handler> = {}) {
  const calls: URL[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    calls.push(url);
    const path = url.pathname.replace(/^\/v1\//, '');
    const handler =
      handlers[path] ??
      (path in reference ? () => ({ items: reference[path as keyof typeof reference] }) : undefined);
    if (!handler)
      return new Response(JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404 }), {
        status: 404,
      });
    const result = await handler(url, request);
    if (result instanceof Response) return result;
    return new Response(JSON.stringify(result), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** A fetch that never answers until aborted (the loading state). */
export const pendingFetch = ((_: RequestInfo | URL, init?: RequestInit) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal ?? (_ instanceof Request ? _.signal : undefined);
    signal?.addEventListener('abort', () => reject(signal.reason));
  })) as typeof globalThis.fetch;
