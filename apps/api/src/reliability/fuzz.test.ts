import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp } from '../http/app.js';
import { createHarness, type Harness } from '../testing/harness.js';

// Bad input never breaks the API: for every public and curation endpoint, generated requests —
// from the SDK's shapes and far beyond them (wrong types, missing and extra fields, huge
// strings, deep nesting, invalid UTF-8, odd Unicode, wrong content types, broken JSON,
// enormous query strings) — get no answer ≥ 500, and every 4xx is problem+json (field paths
// for invalid input). `pnpm test` tries 25 inputs per endpoint; `pnpm test:hard`, 250.

const RUNS = process.env.LAD_HARD === '1' ? 250 : 25;
let h: Harness;
let token = '';
let tried = 0;

beforeAll(async () => {
  h = await createHarness({ rateLimitPerIp: 1_000_000, rateLimitPerEmail: 1_000_000, logLevel: 'silent' });
  token = await h.token('secretariat');
});
afterAll(async () => {
  console.log(`fuzzing: ${tried} requests to ${h.routes.length} endpoints, none answered ≥ 500`);
  await h?.close();
});

const odd = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\u202E\u2066abc',
  '🧕🏾👶🏽',
  '<script>alert(1)</script>',
  "'; drop table commitments; --",
  '%00',
  '../../etc/passwd',
  'x'.repeat(70_000),
  '１２３',
  'NaN',
  '-1',
  '1e309',
);
const text = fc.oneof(fc.string({ maxLength: 50 }), fc.string({ unit: 'grapheme', maxLength: 30 }), odd);
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
/** JSON nested `depth` levels deep, as text (too deep for JSON.stringify's stack). */
const deep = (depth: number) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
const json = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(text, fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(text, scalar)), {
    maxKeys: 8,
  }),
  fc.constantFrom(
    { consent: true },
    { organization: { name: 1 }, representative: [], answers: {}, consent: 'yes' },
    { status: 'declined' },
    { items: [{ title: {} }], publish: 'true' },
  ),
);
/** A path segment; a lone surrogate becomes its invalid UTF-8 percent-encoding. */
const segment = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};
type Body = { raw: string | Uint8Array; type: string };
const body: fc.Arbitrary<Body> = fc.oneof(
  json.map((v) => ({ raw: JSON.stringify(v) ?? 'null', type: 'application/json' })),
  fc.constantFrom<Body>(
    { raw: '{"broken": ', type: 'application/json' },
    { raw: deep(20_000), type: 'application/json' },
    { raw: '', type: 'application/json' },
    { raw: 'name=x&email=y', type: 'application/x-www-form-urlencoded' },
    { raw: '<xml/>', type: 'text/xml' },
    {
      raw: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      type: 'application/json',
    },
    { raw: 'externalId,country\nX,ZZ\n\u0000,\n', type: 'text/csv' },
  ),
);
const query = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'country',
      'pillar',
      'status',
      'q',
      'limit',
      'cursor',
      'from',
      'to',
      'kind',
      'locale',
      'groupBy',
      'x',
    ),
    text,
    { maxKeys: 5 },
  ),
  fc.constant({ q: 'a'.repeat(100_000) }),
);
const param = fc.oneof(
  fc.constantFrom('demo-evt-ministerial-next', 'HT', 'cmte-labor-mobility', 'nope'),
  text,
);

test('every endpoint: generated bad input never gets a 5xx; every 4xx is problem+json', async () => {
  for (const route of h.routes) {
    await fc.assert(
      fc.asyncProperty(param, query, body, fc.boolean(), async (p, q, b, key) => {
        const path = route.path.replace(/\{[^}]+\}/g, () => segment(p || 'x'));
        const search = new URLSearchParams(q as Record<string, string>).toString();
        const headers: Record<string, string> = { 'content-type': b.type };
        if (route.access !== 'public' && route.access !== 'public-write')
          headers.authorization = `Bearer ${token}`;
        if (key) headers['idempotency-key'] = `fuzz-${Math.random().toString(36).slice(2)}`;
        const init: RequestInit = { method: route.method.toUpperCase(), headers };
        if (route.method !== 'get') init.body = b.raw as unknown as BodyInit;
        tried++;
        const response = await h.app.request(`${path}${search ? `?${search}` : ''}`, init);
        const label = `${route.method} ${path} ${search.slice(0, 80)} → ${response.status}`;
        expect(response.status, label).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type'), label).toBe('application/problem+json');
          const raw = await response.text();
          // What the database said never reaches an answer.
          expect(raw, label).not.toMatch(DATABASE_WORDS);
          const problem = JSON.parse(raw) as { status: number; errors?: { path: unknown[] }[] };
          expect(problem.status, label).toBe(response.status);
          for (const e of problem.errors ?? []) expect(Array.isArray(e.path), label).toBe(true);
        } else await response.arrayBuffer();
      }),
      { numRuns: RUNS },
    );
  }
}, 600_000);

const DATABASE_WORDS =
  /SQLITE_|constraint failed|duplicate key|violates|syntax error at|relation "|no such (table|column)/i;

test('a unique clash is a clear 409 on every database, with no database message', async () => {
  const secretariat = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const create = (externalId: string) =>
    h.app.request('/v1/commitments', {
      method: 'POST',
      headers: secretariat,
      body: JSON.stringify({
        externalId,
        country: 'MX',
        pillar: 'II',
        status: 'limited',
        title: { original: 'es', text: { es: externalId } },
      }),
    });
  expect((await create('UNIQ-1')).status).toBe(201);
  const second = (await (await create('UNIQ-2')).json()) as { id: string };
  // Renaming a commitment's external id to one another commitment has (the review's case).
  const clash = await h.app.request(`/v1/commitments/${second.id}`, {
    method: 'PATCH',
    headers: secretariat,
    body: JSON.stringify({ externalId: 'UNIQ-1' }),
  });
  expect(clash.status).toBe(409);
  const text = await clash.text();
  expect(text).not.toMatch(DATABASE_WORDS);
  expect(JSON.parse(text)).toMatchObject({ code: 'conflict', detail: expect.stringContaining('UNIQ-1') });
  // And a clash only the database sees (two writers at once) is a 409 the same way.
  const { app } = createApp(h.deps, (extra) => {
    extra.get('/v1/__unique-clash', async () => {
      const row = { kind: 'probe', id: 'same', hash: 'x', seeded_at: 'now' };
      await h.db.kysely.insertInto('seed_state').values(row).execute();
      await h.db.kysely.insertInto('seed_state').values(row).execute();
      return new Response('unreachable');
    });
  });
  const raced = await app.request('/v1/__unique-clash');
  expect(raced.status).toBe(409);
  expect(await raced.text()).not.toMatch(DATABASE_WORDS);
});

test('a NUL character in an address or a query is a clear 404 / 400 on every database', async () => {
  const write = await h.app.request('/v1/events/%00/registrations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'nul-1' },
    body: '{"consent":true}',
  });
  expect(write.status).toBe(404);
  const read = await h.app.request('/v1/commitments?q=a%00b');
  expect(read.status).toBe(400);
  expect(await read.json()).toMatchObject({ code: 'malformed-request' });
});

test('names of inherited properties are names of nothing: problem types, languages, ids', async () => {
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
    expect((await h.app.request(`/v1/problems/${key}`)).status, key).toBe(404);
    for (const path of [
      `/v1/events.ics?locale=${key}`,
      '/v1/events.ics',
      `/v1/commitments/${key}`,
      `/v1/committees/${key}/proposals`,
    ]) {
      const response = await h.app.request(path, { headers: { 'accept-language': `${key}, ${key};q=0.5` } });
      expect(response.status, `${path} ${key}`).toBeLessThan(500);
    }
  }
  expect((await h.app.request('/v1/problems/event-full')).status).toBe(200);
});

test('scope-crossing valid bodies (generated): a token sets only the scope fields it owns', async () => {
  const country = await h.token('country', 'HT');
  const committee = await h.token('committee', 'labor-mobility');
  const send = async (method: string, path: string, who: string, body: unknown) => {
    tried++;
    const r = await h.app.request(path, {
      method,
      headers: { authorization: `Bearer ${who}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return r.status;
  };
  const title = { original: 'es', text: { es: 'Prueba de alcance' } };
  const event = (scope: Record<string, string>) => ({
    kind: 'national_consultation',
    title,
    startsAt: '2026-06-01T15:00:00Z',
    endsAt: '2026-06-01T17:00:00Z',
    timeZone: 'America/Port-au-Prince',
    format: 'online',
    onlineUrl: 'https://meet.example.org/x',
    languages: ['es'],
    ...scope,
  });
  const made = async (path: string, body: unknown) => {
    const r = await h.app.request(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(r.status).toBe(201);
    return ((await r.json()) as { id: string }).id;
  };
  // A record in each token's scope, made by the secretariat.
  const haitiCommitment = await made('/v1/commitments', {
    country: 'HT',
    pillar: 'II',
    status: 'limited',
    title,
  });
  const laborCommitment = await made('/v1/commitments', {
    country: 'GT',
    pillar: 'II',
    status: 'limited',
    title,
    actionPackages: ['labor-mobility'],
  });
  const haitiEvent = await made('/v1/events', event({ country: 'HT' }));
  const laborEvent = await made('/v1/events', event({ committeeId: 'cmte-labor-mobility' }));

  const countryOf = fc.constantFrom(undefined, 'HT', 'MX', 'GT');
  const committeeOf = fc.constantFrom(undefined, 'cmte-labor-mobility', 'cmte-refugee-resettlement');
  const packagesOf = fc.option(fc.subarray(['labor-mobility', 'refugee-resettlement']), { nil: undefined });
  const scope = fc.record({ country: countryOf, committeeId: committeeOf, actionPackages: packagesOf });
  const defined = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const wrong: string[] = [];
  const check = (what: string, status: number, allowed: boolean) => {
    const ok = allowed ? status >= 200 && status < 300 : status === 403;
    if (!ok) wrong.push(`${what}: ${status}, expected ${allowed ? '2xx' : 403}`);
  };
  const same = (a: string[] | undefined, b: string[]) =>
    a === undefined || (a.length === b.length && a.every((x) => b.includes(x)));
  await fc.assert(
    fc.asyncProperty(scope, async (s) => {
      const { country: c, committeeId: k, actionPackages: p } = s;
      // The rules, as the product states them: a country token gives its own country and nothing
      // else; a committee token its own committee or action package and never a country.
      check(
        `country HT creates a commitment ${JSON.stringify(s)}`,
        await send('POST', '/v1/commitments', country, {
          country: c ?? 'HT',
          pillar: 'I',
          status: 'limited',
          title,
          ...(p ? { actionPackages: p } : {}),
        }),
        (c ?? 'HT') === 'HT' && same(p, []),
      );
      check(
        `country HT changes its commitment ${JSON.stringify(s)}`,
        await send(
          'PATCH',
          `/v1/commitments/${haitiCommitment}`,
          country,
          defined({ country: c, actionPackages: p }),
        ),
        (c ?? 'HT') === 'HT' && same(p, []),
      );
      check(
        `committee changes its commitment ${JSON.stringify(s)}`,
        await send(
          'PATCH',
          `/v1/commitments/${laborCommitment}`,
          committee,
          defined({ country: c, actionPackages: p }),
        ),
        (c ?? 'GT') === 'GT' && same(p, ['labor-mobility']),
      );
      check(
        `country HT creates an event ${JSON.stringify(s)}`,
        await send('POST', '/v1/events', country, event(defined({ country: c, committeeId: k }))),
        c === 'HT' && k === undefined,
      );
      check(
        `country HT changes its event ${JSON.stringify(s)}`,
        await send('PATCH', `/v1/events/${haitiEvent}`, country, defined({ country: c, committeeId: k })),
        (c ?? 'HT') === 'HT' && k === undefined,
      );
      check(
        `committee changes its event ${JSON.stringify(s)}`,
        await send('PATCH', `/v1/events/${laborEvent}`, committee, defined({ country: c, committeeId: k })),
        c === undefined && (k ?? 'cmte-labor-mobility') === 'cmte-labor-mobility',
      );
      check(
        `country HT creates an indicator ${JSON.stringify(s)}`,
        await send('POST', '/v1/indicators', country, {
          kind: 'qualitative',
          name: title,
          ...defined({ country: c ?? 'HT' }),
        }),
        (c ?? 'HT') === 'HT',
      );
    }),
    { numRuns: RUNS * 2 },
  );
  console.log(`scope fuzzing: ${RUNS * 2 * 7} valid writes across scopes, ${wrong.length} wrong`);
  expect(wrong).toEqual([]);
});
