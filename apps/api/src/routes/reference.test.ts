import type { Country, Pillar } from '@lad/sdk';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bearer, client, createHarness, type Harness } from '../testing/harness.js';

let h: Harness;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  h = await createHarness();
  api = client(h);
});
afterAll(() => h?.close());

/** A fresh API that records every SQL query it runs. */
const createHarnessWithQueries = (seen: string[]) =>
  createHarness({}, { onQuery: (sql: string) => seen.push(sql) });

describe('reference reads', () => {
  test('health names the database and the data revision', async () => {
    const body = await api.json(await api.get('/v1/health'));
    expect(body).toMatchObject({ status: 'ok', database: h.kind === 'sqlite' ? 'sqlite' : 'postgres' });
    expect(body.revision).toMatch(/\w+/);
  });

  test('countries: the 21 known endorsers with dates, and other countries named by mechanisms', async () => {
    const { items } = await api.json<{ items: Country[] }>(await api.get('/v1/countries'));
    const signatories = items.filter((c) => c.signatory);
    expect(signatories).toHaveLength(21);
    expect(signatories.find((c) => c.code === 'HT')).toMatchObject({
      endorsedOn: '2022-06-10',
      name: { text: { ht: 'Ayiti' } },
    });
    const venezuela = items.find((c) => c.code === 'VE');
    expect(venezuela).toMatchObject({ signatory: false, endorsedOn: null });
    // No Creole name exists for it anywhere: it is absent, not invented.
    expect(venezuela?.name.text.ht).toBeUndefined();
  });

  test('pillars include Pillar IV', async () => {
    const { items } = await api.json<{ items: Pillar[] }>(await api.get('/v1/pillars'));
    expect(items.map((p) => p.id)).toEqual(['I', 'II', 'III', 'IV']);
  });

  test('committees publish contact details only with consent', async () => {
    const { items } = await api.json(await api.get('/v1/committees'));
    expect(items).toHaveLength(11);
    const contacts = items.flatMap((c: any) => [c.coordinator, c.csoRepresentative]).filter(Boolean);
    expect(contacts.some((p: any) => p.consentToPublish && p.contact?.email)).toBe(true);
    for (const p of contacts.filter((p: any) => !p.consentToPublish)) expect(p.contact).toBeNull();
  });

  test('action packages, mechanisms, secretariat with CSO seats', async () => {
    expect((await api.json(await api.get('/v1/action-packages'))).items).toHaveLength(11);
    expect((await api.json(await api.get('/v1/mechanisms'))).items.map((m: any) => m.id)).toContain(
      'caricom',
    );
    const { items } = await api.json(await api.get('/v1/secretariat'));
    expect(items.some((m: any) => m.csoSeat)).toBe(true);
  });

  test('translation completeness per language and content type, gaps included', async () => {
    const body = await api.json(await api.get('/v1/translations/completeness'));
    expect(body.locales).toEqual(['es', 'en', 'pt', 'fr', 'ht']);
    // The record: every commitment in five languages, the four translations machine-made.
    const ht = body.counts.find((c: any) => c.locale === 'ht' && c.contentType === 'commitment');
    expect(ht).toMatchObject({ total: 69, human: 0, machine: 69, missing: 0 });
    const en = body.counts.find((c: any) => c.locale === 'en' && c.contentType === 'commitment');
    expect(en).toMatchObject({ total: 69, human: 69, machine: 0, missing: 0 });
    // The demo meetings leave gaps on purpose, so the widgets' fallbacks show.
    expect(body.counts.some((c: any) => c.locale === 'ht' && c.missing > 0)).toBe(true);
  });

  test('problem types are described', async () => {
    const body = await api.json(await api.get('/v1/problems/event-full'));
    expect(body).toEqual({
      type: '/v1/problems/event-full',
      code: 'event-full',
      title: expect.stringContaining('seats'),
    });
    expect((await api.get('/v1/problems/nope')).status).toBe(404);
  });
});

describe('HTTP behaviour', () => {
  test('public reads carry an ETag from the data revision; a matching If-None-Match is a bodyless 304', async () => {
    const first = await api.get('/v1/pillars');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    const second = await api.get('/v1/pillars', { 'if-none-match': etag ?? '' });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    // Any write changes the revision, so the next read is fresh — at once for this instance's
    // writes, within a second for another instance's (simulated here by writing the revision).
    await h.db.kysely.updateTable('meta').set({ value: 'changed' }).where('key', '=', 'revision').execute();
    h.clock.advance(1_001);
    const third = await api.get('/v1/pillars', { 'if-none-match': etag ?? '' });
    expect(third.status).toBe(200);
    expect(third.headers.get('etag')).not.toBe(etag);
  });

  test('a public answer made once is sent again until the data change; no-cache always makes it anew', async () => {
    const seen: string[] = [];
    const cached = createHarnessWithQueries(seen);
    const local = client(await cached);
    const path = '/v1/commitments?country=US&limit=5';
    // Past the moment after the seed's writes during which the revision is always read.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const one = await local.get(path, { 'accept-encoding': 'br' });
    const queries = seen.length;
    const two = await local.get(path, { 'accept-encoding': 'br' });
    expect(two.headers.get('content-encoding')).toBe('br');
    expect(await two.text()).toBe(await one.text());
    // The second answer needed no query at all (the revision was read a moment ago).
    expect(seen.length - queries).toBe(0);
    const forced = await local.get(path, { 'accept-encoding': 'br', 'cache-control': 'no-cache' });
    expect(forced.status).toBe(200);
    expect(seen.length - queries).toBeGreaterThan(2);
    // A write changes the revision: the next answer is made from the new data.
    const h2 = await cached;
    await h2.db.kysely
      .updateTable('commitments')
      .set({ status: 'complete' })
      .where('country', '=', 'US')
      .execute();
    await h2.db.kysely
      .updateTable('meta')
      .set({ value: 'after-write' })
      .where('key', '=', 'revision')
      .execute();
    h2.clock.advance(1_001);
    const three = await local.get(path);
    expect(
      ((await three.json()) as { items: { status: string }[] }).items.every((c) => c.status === 'complete'),
    ).toBe(true);
    expect(two.headers.get('vary')?.match(/Accept-Encoding/gi)).toHaveLength(1);
    await h2.close();
  });

  test('calendar files vary by language: their tag and Vary say so', async () => {
    const ht = await api.get('/v1/events.ics', { 'accept-language': 'ht' });
    const es = await api.get('/v1/events.ics', { 'accept-language': 'es' });
    expect(ht.headers.get('vary')).toMatch(/Accept-Language/);
    expect(ht.headers.get('etag')).not.toBe(es.headers.get('etag'));
    const again = await api.get('/v1/events.ics', {
      'accept-language': 'es',
      'if-none-match': ht.headers.get('etag') ?? '',
    });
    expect(again.status).toBe(200);
  });

  test('unknown paths are problem+json 404s', async () => {
    const response = await api.get('/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 404,
      code: 'not-found',
      type: '/v1/problems/not-found',
    });
  });

  test('reads are open to any origin; security headers are set', async () => {
    const response = await api.get('/v1/pillars', { origin: 'https://ministerio.example.gob' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  test('large answers are compressed with brotli or gzip as accepted', async () => {
    const br = await api.get('/v1/countries', { 'accept-encoding': 'gzip, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    const gz = await api.get('/v1/countries', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
  });

  test('logs name the route pattern, never the URL, query or body', async () => {
    await api.get('/v1/commitments?q=Mirlande%20D%C3%A9sir');
    const text = JSON.stringify(h.logs);
    expect(text).toContain('/v1/commitments');
    expect(text).not.toContain('Mirlande');
  });
});

describe('OpenAPI and reference', () => {
  test('the OpenAPI document is valid OpenAPI 3.1, schemas included', async () => {
    const doc = await api.json(await api.get('/v1/openapi.json'));
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? [], String(JSON.stringify(result.errors)).slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(refs.length).toBeGreaterThan(50);
    for (const name of new Set(refs)) expect(doc.components.schemas[name as string], name).toBeDefined();
    // Bodies show what may be left out: an indicator's baseline needs only what is known.
    const baseline = doc.components.schemas.IndicatorInput.properties.baseline.anyOf[0];
    expect(Object.keys(baseline.properties)).toEqual(['value', 'text', 'date']);
    expect(baseline.required ?? []).toEqual([]);
    expect(doc.components.schemas.RegistrationInput.required).toEqual(
      expect.arrayContaining(['organization', 'representative', 'answers', 'consent']),
    );
  });

  test('every served route is in the OpenAPI 3.1 document, with its errors', async () => {
    const doc = await api.json(await api.get('/v1/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    for (const route of h.routes) {
      const operation = doc.paths[route.path]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      for (const status of route.errors)
        expect(operation.responses[status], `${route.path} ${status}`).toBeDefined();
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Commitment', 'Event', 'RegistrationInput', 'Problem']),
    );
    expect(doc.paths['/v1/events/{id}/registrations'].post.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
      ]),
    );
  });

  test('the API reference is served locally at /docs', async () => {
    const page = await api.get('/docs');
    const html = await page.text();
    expect(html).toContain('/docs/assets/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await api.get('/docs/assets/swagger-ui-bundle.js');
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});

describe('CORS for writes', () => {
  test('writes from origins outside the allow-list get no CORS grant; reads still do', async () => {
    const strict = await createHarness({ corsOrigins: ['https://partner.example.org'] }, { demo: false });
    try {
      const preflight = (origin: string) =>
        strict.app.request('/v1/events/x/registrations', {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,idempotency-key',
          },
        });
      expect(
        (await preflight('https://partner.example.org')).headers.get('access-control-allow-origin'),
      ).toBe('https://partner.example.org');
      expect(
        (await preflight('https://elsewhere.example')).headers.get('access-control-allow-origin'),
      ).toBeNull();
      const read = await strict.app.request('/v1/pillars', {
        headers: { origin: 'https://elsewhere.example' },
      });
      expect(read.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await strict.close();
    }
  });
  test('curation reads (personal data, the audit log) answer other origins with no CORS grant', async () => {
    const strict = await createHarness({ corsOrigins: ['https://console.example.org'] }, { demo: false });
    try {
      for (const path of [
        '/v1/registrations',
        '/v1/registrations.csv',
        '/v1/proposals',
        '/v1/audit',
        '/v1/agenda-topics',
      ]) {
        const elsewhere = await strict.app.request(path, {
          headers: { origin: 'https://elsewhere.example' },
        });
        expect(elsewhere.headers.get('access-control-allow-origin'), path).toBeNull();
        const console_ = await strict.app.request(path, {
          headers: { origin: 'https://console.example.org' },
        });
        expect(console_.headers.get('access-control-allow-origin'), path).toBe('https://console.example.org');
        expect(console_.headers.get('vary') ?? '', path).toMatch(/origin/i);
      }
      // The public routes beside them stay open to every site.
      for (const path of [
        '/v1/events',
        '/v1/events/x.ics',
        '/v1/events/x/selection-report',
        '/v1/commitments',
      ]) {
        const read = await strict.app.request(path, { headers: { origin: 'https://elsewhere.example' } });
        expect(read.headers.get('access-control-allow-origin'), path).toBe('*');
      }
    } finally {
      await strict.close();
    }
  });

  test('a preflight answer varies on the origin, method and headers it was asked about', async () => {
    const response = await h.app.request('/v1/events/x/registrations', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://partner.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(response.status).toBeLessThan(300);
    const vary = (response.headers.get('vary') ?? '').toLowerCase().split(/\s*,\s*/);
    expect(vary).toEqual(
      expect.arrayContaining(['origin', 'access-control-request-method', 'access-control-request-headers']),
    );
  });
});

describe('HSTS', () => {
  test('sent only over HTTPS: never on plain HTTP, and behind a trusted proxy only when it says https', async () => {
    const plain = await h.app.request('http://api.example.org/v1/pillars');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const direct = await h.app.request('https://api.example.org/v1/pillars');
    expect(direct.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    const proxied = await h.app.request('http://api.internal/v1/pillars', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(proxied.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    const proxiedPlain = await h.app.request('http://api.internal/v1/pillars', {
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(proxiedPlain.headers.get('strict-transport-security')).toBeNull();
  });

  test('without a trusted proxy, a client cannot claim HTTPS with a header', async () => {
    const direct = await createHarness({ trustedProxies: 0 }, { demo: false });
    try {
      const response = await direct.app.request('http://api.example.org/v1/pillars', {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await direct.close();
    }
  });
});

describe('translation queue', () => {
  type Task = { id: string; field: string; country: string; need: string; text: string | null };
  const queue = async (token: string, query: string) =>
    (await api.json(await api.get(`/v1/translations/queue?${query}`, bearer(token)))) as {
      items: Task[];
      total: number;
    };

  test('what is missing in a language, then what a machine wrote, in the caller’s scope only', async () => {
    const haiti = await h.token('country', 'HT');
    const secretariat = await h.token('secretariat');
    const before = await queue(haiti, 'locale=ht');
    expect(before.total).toBe(before.items.length);
    expect(before.items.every((t) => t.country === 'HT')).toBe(true);
    const all = await queue(secretariat, 'locale=ht');
    expect(new Set(all.items.map((t) => t.country)).size).toBeGreaterThan(1);
    // Missing texts come first.
    const needs = all.items.map((t) => t.need);
    expect(needs.indexOf('machine') === -1 || needs.lastIndexOf('missing') < needs.indexOf('machine')).toBe(
      true,
    );

    // A commitment of Haiti written in Spanish only: its Creole title is missing, then a machine
    // writes one (still in the queue, to review), then a person saves it (out of the queue).
    const created = await api.json(
      await api.post(
        '/v1/commitments',
        {
          country: 'HT',
          pillar: 'I',
          title: { original: 'es', text: { es: 'Documentos para niñas y niños nacidos en tránsito' } },
          status: 'not_started',
          sources: [{ title: 'Ejemplo', url: 'https://example.org/fuente' }],
        },
        bearer(secretariat),
      ),
    );
    const mine = (q: { items: Task[] }) => q.items.filter((t) => t.id === created.id);
    expect(mine(await queue(haiti, 'locale=ht'))).toEqual([
      expect.objectContaining({ field: 'title', need: 'missing', text: null }),
    ]);
    const machine = {
      original: 'es',
      text: {
        es: 'Documentos para niñas y niños nacidos en tránsito',
        ht: 'Dokiman pou timoun ki fèt an tranzit',
      },
      provenance: { ht: 'machine' },
    };
    await api.patch(`/v1/commitments/${created.id}`, { title: machine }, bearer(haiti));
    expect(mine(await queue(haiti, 'locale=ht'))).toEqual([
      expect.objectContaining({ need: 'machine', text: 'Dokiman pou timoun ki fèt an tranzit' }),
    ]);
    const reviewed = {
      ...machine,
      text: { ...machine.text, ht: 'Dokiman pou timoun ki fèt pandan vwayaj la' },
      provenance: {},
    };
    expect(
      (await api.patch(`/v1/commitments/${created.id}`, { title: reviewed }, bearer(haiti))).status,
    ).toBe(200);
    expect(mine(await queue(haiti, 'locale=ht'))).toEqual([]);
    // Spanish is its original: never in the Spanish queue.
    expect(mine(await queue(secretariat, 'locale=es'))).toEqual([]);
    // Another country's person does not see it.
    expect(mine(await queue(await h.token('country', 'MX'), 'locale=en'))).toEqual([]);
    expect(mine(await queue(secretariat, 'locale=en'))).toHaveLength(1);
  });

  test('a curator’s read: 401 without a token, 400 for a language outside the five', async () => {
    expect((await api.get('/v1/translations/queue?locale=ht')).status).toBe(401);
    const secretariat = await h.token('secretariat');
    expect((await api.get('/v1/translations/queue?locale=de', bearer(secretariat))).status).toBe(400);
  });
});
