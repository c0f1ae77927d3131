import { describe, expect, test } from 'vitest';
import {
  type Commitment,
  createLadClient,
  createLadTransport,
  currentCommitmentOf,
  isLadApiError,
  isLadNetworkError,
  isLadValidationError,
  iterateAgendaTopics,
  iterateEvents,
  iteratePolicyProposals,
  LadApiError,
  LadNetworkError,
  LadValidationError,
} from '../src/index.js';
import * as samples from './samples.js';

type Handler = (request: Request, attempt: number) => Response | Promise<Response>;

/** A `fetch` that answers from `handler` and records every request it got. */
function fakeFetch(handler: Handler) {
  const requests: Request[] = [];
  const times: number[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    times.push(performance.now());
    return handler(request, requests.length);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests, times };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number, code: string, extra: object = {}, headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({ type: `https://lad.example/problems/${code}`, title: code, status, code, ...extra }),
    {
      status,
      headers: { 'content-type': 'application/problem+json', ...headers },
    },
  );

const commitment = (id: string): Commitment => ({
  id,
  externalId: null,
  country: 'HT',
  pillar: 'II',
  actionPackages: [],
  mechanisms: ['caricom'],
  title: { original: 'ht', text: { ht: `Angajman ${id}` } },
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
  lastUpdatedOn: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  demo: true,
});
const receipt = {
  id: 'reg_1',
  receipt: 'LAD-7K3M-Q9P2',
  eventId: 'evt-1',
  status: 'submitted',
  createdAt: '2026-02-01T12:00:00Z',
};

const fast = { retry: { delay: () => 5 } };
const client = (f: ReturnType<typeof fakeFetch>, extra: object = {}) =>
  createLadClient({ baseUrl: 'https://api.lad.example/', fetch: f.fetch, ...fast, ...extra });

describe('requests', () => {
  test('every commitment filter reaches the query string; empty ones are left out', async () => {
    const f = fakeFetch(() => json({ items: [], nextCursor: null }));
    await client(f).commitments.list({
      country: 'HT',
      pillar: 'IV',
      actionPackage: 'labor-mobility',
      mechanism: 'caricom',
      status: 'substantial',
      q: 'timoun fwontyè',
      locale: 'ht',
      cursor: 'abc',
      limit: 50,
    });
    const url = new URL(f.requests[0]?.url ?? '');
    expect(url.origin + url.pathname).toBe('https://api.lad.example/v1/commitments');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      country: 'HT',
      pillar: 'IV',
      actionPackage: 'labor-mobility',
      mechanism: 'caricom',
      status: 'substantial',
      q: 'timoun fwontyè',
      locale: 'ht',
      cursor: 'abc',
      limit: '50',
    });
    await client(f).commitments.list({ country: undefined, q: '' });
    expect(f.requests[1]?.url).toBe('https://api.lad.example/v1/commitments');
  });

  test('event, progress and other resource paths', async () => {
    const f = fakeFetch((req) => {
      const path = new URL(req.url).pathname;
      if (path.endsWith('/progress')) {
        const counts = { no_evidence: 0, not_started: 0, limited: 0, substantial: 0, complete: 0 };
        return json({
          groupBy: 'pillar',
          total: 0,
          byStatus: counts,
          groups: [],
          generatedAt: '2026-01-01T00:00:00Z',
        });
      }
      return json({ items: [], nextCursor: null });
    });
    const lad = client(f);
    await lad.events.list({
      from: '2026-01-01',
      to: '2026-12-31',
      kind: 'coordinators_meeting',
      country: 'MX',
      committee: 'c1',
    });
    await lad.progress.summary({ groupBy: 'mechanism' });
    await lad.countries.list();
    await lad.committees.list();
    const urls = f.requests.map((r) => r.url);
    expect(urls).toEqual([
      'https://api.lad.example/v1/events?from=2026-01-01&to=2026-12-31&kind=coordinators_meeting&country=MX&committee=c1',
      'https://api.lad.example/v1/progress?groupBy=mechanism',
      'https://api.lad.example/v1/countries',
      'https://api.lad.example/v1/committees',
    ]);
  });

  test('calendar links need no request', () => {
    const lad = createLadClient({ baseUrl: 'https://api.lad.example/lad' });
    expect(lad.events.icsUrl({ country: 'HT' })).toBe('https://api.lad.example/lad/v1/events.ics?country=HT');
    expect(lad.events.icsUrl({ kind: 'information_session' }, { webcal: true })).toBe(
      'webcal://api.lad.example/lad/v1/events.ics?kind=information_session',
    );
    expect(lad.events.eventIcsUrl('evt 1')).toBe('https://api.lad.example/lad/v1/events/evt%201.ics');
  });

  test('language, token and content type headers', async () => {
    const f = fakeFetch(() =>
      json({ dryRun: true, rows: 0, created: 0, updated: 0, unchanged: 0, errors: [], changes: [] }),
    );
    let calls = 0;
    const lad = client(f, { locale: 'ht', token: async () => `tok-${++calls}` });
    await lad.commitments.importMatrix('externalId,country\nX1,HT\n', { dryRun: true });
    const req = f.requests[0];
    expect(req?.headers.get('accept-language')).toBe('ht');
    expect(req?.headers.get('authorization')).toBe('Bearer tok-1');
    expect(req?.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(new URL(req?.url ?? '').searchParams.get('dryRun')).toBe('true');
    expect(await req?.text()).toBe('externalId,country\nX1,HT\n');
  });

  test('a read can ask past the browser cache, to show what was just sent', async () => {
    const f = fakeFetch(() => json({ items: [], nextCursor: null }));
    const lad = client(f);
    await lad.proposals.listAgendaTopics('evt-1', {}, { cache: 'no-cache' });
    await lad.proposals.listAgendaTopics('evt-1');
    expect(f.requests.map((r) => r.cache)).toEqual(['no-cache', 'default']);
  });
});

describe('responses are checked', () => {
  test('a response that does not match its schema is a LadValidationError with the path', async () => {
    const f = fakeFetch(() => json({ items: [{ ...commitment('c1'), status: 'done' }], nextCursor: null }));
    const error = await client(f)
      .commitments.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(LadValidationError);
    expect(isLadValidationError(error)).toBe(true);
    expect(error.issues[0].path).toEqual(['items', 0, 'status']);
  });
});

describe('errors', () => {
  test('a problem+json answer becomes a LadApiError with its field errors, not retried', async () => {
    const errors = [{ path: ['representative', 'email'], code: 'invalid_format', message: 'Invalid email' }];
    const f = fakeFetch(() => problem(422, 'validation-failed', { errors }));
    const error = await client(f)
      .registrations.submit('evt-1', samples.registration())
      .catch((e) => e);
    expect(error).toBeInstanceOf(LadApiError);
    expect(error).toMatchObject({ name: 'LadApiError', status: 422, code: 'validation-failed' });
    expect(error.fieldErrors).toEqual(errors);
    expect(f.requests).toHaveLength(1);
  });

  test('event-full and registration-closed keep their codes', async () => {
    for (const code of ['event-full', 'registration-closed']) {
      const f = fakeFetch(() => problem(409, code));
      const error = await client(f, { retry: 0 })
        .registrations.submit('evt-1', samples.registration())
        .catch((e) => e);
      expect(isLadApiError(error) && error.code).toBe(code);
    }
  });

  test('a non-JSON error page still gives a LadApiError with the status', async () => {
    const f = fakeFetch(
      () => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await client(f, { retry: 0 })
      .health()
      .catch((e) => e);
    expect(error).toMatchObject({ name: 'LadApiError', status: 502, message: 'Bad Gateway' });
  });

  test('a failed connection is a LadNetworkError after the retries', async () => {
    const f = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    const error = await client(f)
      .countries.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(LadNetworkError);
    expect(isLadNetworkError(error) && error.reason).toBe('network');
    expect(f.requests).toHaveLength(3);
  });

  test('an answer cut halfway is a LadNetworkError (resend it with its key), not a malformed answer', async () => {
    const f = fakeFetch(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"id":"reg-1","rece'));
              controller.error(new TypeError('terminated'));
            },
          }),
          { status: 201, headers: { 'content-type': 'application/json' } },
        ),
    );
    const error = await client(f)
      .registrations.submit('evt-1', samples.registration(), { idempotencyKey: 'k-cut' })
      .catch((e: unknown) => e);
    expect(isLadNetworkError(error)).toBe(true);
    expect((error as LadNetworkError).reason).toBe('network');
  });

  test('a server that never answers is a timeout, retried, then a LadNetworkError', async () => {
    const f = fakeFetch(
      (req) =>
        new Promise((_, reject) => {
          req.signal.addEventListener('abort', () => reject(req.signal.reason));
        }),
    );
    const error = await client(f, { timeout: 50, retry: { limit: 1, delay: () => 1 } })
      .pillars.list()
      .catch((e) => e);
    expect(isLadNetworkError(error) && error.reason).toBe('timeout');
    expect(f.requests).toHaveLength(2);
  });

  test('guards recognise errors from another copy of the SDK by name', () => {
    const foreign = Object.assign(new Error('x'), { name: 'LadApiError', status: 500 });
    expect(isLadApiError(foreign)).toBe(true);
    expect(isLadApiError(new Error('x'))).toBe(false);
    expect(isLadNetworkError({ name: 'LadNetworkError' })).toBe(true);
    expect(isLadApiError(null)).toBe(false);
  });
});

describe('retries', () => {
  test('reads retry on 5xx and succeed', async () => {
    const f = fakeFetch((_, n) => (n < 3 ? problem(503, 'internal') : json({ items: [], nextCursor: null })));
    await expect(client(f).commitments.list()).resolves.toEqual({ items: [], nextCursor: null });
    expect(f.requests).toHaveLength(3);
  });

  test('a public write retries with the same idempotency key until it lands', async () => {
    const f = fakeFetch((_, n) => {
      if (n === 1) return problem(503, 'internal');
      if (n === 2) throw new TypeError('network connection lost');
      if (n === 3) return problem(409, 'idempotency-in-progress');
      return json(receipt, 201);
    });
    await expect(
      client(f, { retry: { limit: 3, delay: () => 5 } }).registrations.submit(
        'evt-1',
        samples.registration(),
      ),
    ).resolves.toEqual(receipt);
    const keys = f.requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await f.requests[3]?.json()).toEqual(samples.registration());
  });

  test('a key kept with a draft is sent as given; separate submissions get separate keys', async () => {
    const f = fakeFetch(() =>
      json(
        { id: 'p1', receipt: 'LAD-AAAA-BBBB', status: 'received', createdAt: '2026-02-01T00:00:00Z' },
        201,
      ),
    );
    const lad = client(f);
    await lad.proposals.submitPolicy('committee-1', samples.policyProposal(), {
      idempotencyKey: 'draft-key-1',
    });
    await lad.proposals.submitAgendaTopic('evt-1', samples.agendaTopic());
    await lad.proposals.submitAgendaTopic('evt-1', samples.agendaTopic());
    const keys = f.requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toBe('draft-key-1');
    expect(keys[1]).not.toBe(keys[2]);
    expect(f.requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/v1/committees/committee-1/proposals',
      '/v1/events/evt-1/agenda-topics',
      '/v1/events/evt-1/agenda-topics',
    ]);
  });

  test('curation writes without a key are not repeated on failure (no double records)', async () => {
    const f = fakeFetch(() => problem(503, 'internal'));
    await expect(client(f).commitments.create(samples.commitment())).rejects.toMatchObject({ status: 503 });
    expect(f.requests).toHaveLength(1);
  });

  test('Retry-After is honoured', async () => {
    const f = fakeFetch((_, n) =>
      n === 1 ? problem(429, 'rate-limited', {}, { 'retry-after': '1' }) : json(receipt, 201),
    );
    await client(f).registrations.submit('evt-1', samples.registration());
    const waited = (f.times[1] ?? 0) - (f.times[0] ?? 0);
    expect(waited).toBeGreaterThanOrEqual(950);
  });

  test('a long Retry-After is handed to the caller instead of waited out', async () => {
    const f = fakeFetch(() => problem(429, 'rate-limited', {}, { 'retry-after': '120' }));
    const error = await client(f)
      .registrations.submit('evt-1', samples.registration())
      .catch((e) => e);
    expect(error).toMatchObject({ name: 'LadApiError', status: 429, retryAfter: 120 });
    expect(f.requests).toHaveLength(1);
  });
});

describe('versions and imports', () => {
  const detail = (id: string, amountUsd: number | null = null) => ({
    ...commitment(id),
    amountUsd,
    updates: [],
    indicators: [],
  });

  test('a commitment read with its version; a change sent with If-Match answers the new version', async () => {
    const f = fakeFetch((request) =>
      request.method === 'GET'
        ? json(detail('c-1'), 200, { etag: '"v1"' })
        : json(detail('c-1', 100), 200, { etag: '"v2"' }),
    );
    const lad = client(f);
    const { commitment: read, etag } = await lad.commitments.getWithVersion('c-1');
    expect(read.id).toBe('c-1');
    expect(etag).toBe('"v1"');
    // An editor asks past the browser cache for the version stored now.
    expect(f.requests[0]?.cache).toBe('no-cache');
    const changed = await lad.commitments.updateWithVersion(
      'c-1',
      { amountUsd: 100 },
      { ifMatch: etag ?? '' },
    );
    expect(changed).toMatchObject({ commitment: { amountUsd: 100 }, etag: '"v2"' });
    await lad.commitments.update('c-1', { amountUsd: 100 });
    expect(f.requests.map((r) => r.headers.get('if-match'))).toEqual([null, '"v1"', null]);
  });

  test('a change on an old version is a precondition-failed LadApiError that carries the current commitment', async () => {
    const f = fakeFetch(() =>
      problem(412, 'precondition-failed', { current: detail('c-1', 200) }, { etag: '"v3"' }),
    );
    const error = await client(f)
      .commitments.update('c-1', { amountUsd: 100 }, { ifMatch: '"v1"' })
      .catch((e) => e);
    expect(error).toMatchObject({ name: 'LadApiError', status: 412, code: 'precondition-failed' });
    expect(f.requests).toHaveLength(1);
    expect(currentCommitmentOf(error)).toMatchObject({ id: 'c-1', amountUsd: 200 });
    expect(currentCommitmentOf(new Error('other'))).toBeNull();
  });

  test('a matrix is sent as CSV text or as a workbook, with its file name; templates are links', async () => {
    const f = fakeFetch(() =>
      json({ dryRun: true, rows: 0, created: 0, updated: 0, unchanged: 0, errors: [], changes: [] }),
    );
    const lad = client(f);
    await lad.commitments.importMatrix('externalId,country\n', { dryRun: true });
    await lad.commitments.importMatrix(new Uint8Array([0x50, 0x4b, 3, 4]), { filename: 'matriz.xlsx' });
    const [csv, xlsx] = f.requests;
    expect(csv?.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(new URL(csv?.url ?? '').search).toBe('?dryRun=true');
    expect(xlsx?.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(new URL(xlsx?.url ?? '').search).toBe('?filename=matriz.xlsx');
    expect(lad.commitments.templateUrl('xlsx', 'ht')).toBe(
      'https://api.lad.example/v1/import/commitments/template.xlsx?locale=ht',
    );
  });
});

describe('pagination and cancellation', () => {
  test('iterate walks every page by cursor', async () => {
    const pages: Record<string, { items: Commitment[]; nextCursor: string | null }> = {
      '': { items: [commitment('a'), commitment('b')], nextCursor: 'p2' },
      p2: { items: [commitment('c')], nextCursor: 'p3' },
      p3: { items: [commitment('d')], nextCursor: null },
    };
    const f = fakeFetch((req) => json(pages[new URL(req.url).searchParams.get('cursor') ?? '']));
    const ids: string[] = [];
    for await (const c of client(f).commitments.iterate({ country: 'HT', limit: 2 })) ids.push(c.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(f.requests.map((r) => new URL(r.url).search)).toEqual([
      '?country=HT&limit=2',
      '?country=HT&limit=2&cursor=p2',
      '?country=HT&limit=2&cursor=p3',
    ]);
  });

  test('every other cursor-paged list iterates the same way, standalone or on the client', async () => {
    // Two pages each: the first asked without a cursor, the second with the first's nextCursor.
    const f = fakeFetch((req) =>
      json({ items: [], nextCursor: new URL(req.url).searchParams.has('cursor') ? null : 'p2' }),
    );
    const t = createLadTransport({ baseUrl: 'https://api.lad.example/', fetch: f.fetch, ...fast });
    const lad = client(f, { token: 'tok' });
    const walk = async (items: AsyncIterable<unknown>) => {
      for await (const _ of items);
    };
    await walk(iterateEvents(t, { kind: 'information_session', country: 'HT', limit: 100 }));
    await walk(iterateAgendaTopics(t, 'evt 1', { limit: 100 }, { cache: 'no-cache' }));
    await walk(iteratePolicyProposals(t, 'cmte-1'));
    await walk(lad.events.iterate());
    await walk(lad.proposals.iterateAgendaTopics('evt-1', { limit: 5 }));
    await walk(lad.proposals.iteratePolicy('cmte-1'));
    await walk(lad.registrations.iterate({ event: 'evt-1', status: 'selected' }));
    await walk(lad.proposals.iterateAgendaTopicRecords({ event: 'evt-1' }));
    await walk(lad.proposals.iteratePolicyRecords({ committee: 'cmte-1', limit: 10 }));
    await walk(lad.audit.iterate({ limit: 50 }));
    const asked = f.requests.map((r) => `${new URL(r.url).pathname.slice(4)}${new URL(r.url).search}`);
    expect(asked).toEqual(
      [
        'events?kind=information_session&country=HT&limit=100',
        'events/evt%201/agenda-topics?limit=100',
        'committees/cmte-1/proposals',
        'events',
        'events/evt-1/agenda-topics?limit=5',
        'committees/cmte-1/proposals',
        'registrations?event=evt-1&status=selected',
        'agenda-topics?event=evt-1',
        'proposals?committee=cmte-1&limit=10',
        'audit?limit=50',
      ].flatMap((first) => [first, `${first}${first.includes('?') ? '&' : '?'}cursor=p2`]),
    );
    // Options reach every page.
    expect(f.requests.slice(2, 4).map((r) => r.cache)).toEqual(['no-cache', 'no-cache']);
  });

  test('breaking out of an iteration asks for no further page', async () => {
    const f = fakeFetch(() => json({ items: [commitment('a'), commitment('b')], nextCursor: 'p2' }));
    for await (const _ of client(f).commitments.iterate({ limit: 2 })) break;
    expect(f.requests).toHaveLength(1);
  });

  test('an aborted call rejects with the abort reason and is not retried', async () => {
    const f = fakeFetch(
      (req) =>
        new Promise((_, reject) => {
          req.signal.addEventListener('abort', () => reject(req.signal.reason));
        }),
    );
    const controller = new AbortController();
    const pending = client(f).events.get('evt-1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((e) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(f.requests).toHaveLength(1);
  });

  test('an already-aborted iteration stops before asking', async () => {
    const f = fakeFetch(() => json({ items: [], nextCursor: null }));
    const controller = new AbortController();
    controller.abort();
    const iterator = client(f).events.iterate({}, { signal: controller.signal });
    await expect(iterator.next()).rejects.toMatchObject({ name: 'AbortError' });
    expect(f.requests).toHaveLength(0);
  });
});
