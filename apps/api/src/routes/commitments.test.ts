import type { Commitment, CommitmentDetail, CommitmentInput, ImportResult, Page } from '@lad/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../csv.js';
import { bearer, client, createHarness, type Harness } from '../testing/harness.js';

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  secretariat = await h.token('secretariat');
  // The public record ties no commitment to an action package or a mechanism; a curator's do.
  for (const extra of [
    { actionPackages: ['labor-mobility'], mechanisms: ['caricom', 'crm'], pillar: 'I' },
    { actionPackages: ['labor-mobility'], mechanisms: ['crm'] },
    { actionPackages: ['refugee-resettlement'], mechanisms: ['mirps'], country: 'CR' },
  ] as Partial<CommitmentInput>[]) {
    const created = await api.post('/v1/commitments', input(extra), bearer(secretariat));
    expect(created.status).toBe(201);
  }
});
afterAll(() => h?.close());

const list = async (query: string) => api.json<Page<Commitment>>(await api.get(`/v1/commitments${query}`));
/** Every commitment matching a query, page after page. */
async function all(query: string): Promise<Commitment[]> {
  const out: Commitment[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Commitment> = await list(`?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const input = (extra: Partial<CommitmentInput> = {}): CommitmentInput => ({
  country: 'HT',
  pillar: 'II',
  status: 'not_started',
  actionPackages: ['labor-mobility'],
  title: {
    original: 'ht',
    text: { ht: 'Pwogram travay sezonye pou jèn yo', fr: 'Programme de travail saisonnier pour les jeunes' },
  },
  sources: [{ title: 'Nòt pou laprès', url: 'https://example.org/note' }],
  ...extra,
});

describe('public list', () => {
  test('every filter narrows the list to matching commitments', async () => {
    const us = await list('?country=US&limit=100');
    expect(us.items.length).toBe(24);
    expect(us.items.every((c) => c.country === 'US')).toBe(true);
    const pillar = await list('?pillar=III&limit=100');
    expect(pillar.items.length).toBe(13);
    expect(pillar.items.every((c) => c.pillar === 'III')).toBe(true);
    // The record holds no Pillar IV commitment: the filter shows that gap.
    expect((await list('?pillar=IV&limit=100')).items).toEqual([]);
    const status = await list('?status=complete&limit=100');
    expect(status.items.length).toBeGreaterThan(0);
    expect(status.items.every((c) => c.status === 'complete')).toBe(true);
    const pkg = await list('?actionPackage=labor-mobility&limit=100');
    expect(pkg.items.length).toBeGreaterThan(0);
    expect(pkg.items.every((c) => c.actionPackages.includes('labor-mobility'))).toBe(true);
    const mech = await list('?mechanism=caricom&limit=100');
    expect(mech.items.length).toBeGreaterThan(0);
    expect(mech.items.every((c) => c.mechanisms.includes('caricom'))).toBe(true);
    const both = await list('?mechanism=caricom&pillar=I&limit=100');
    expect(both.items.every((c) => c.pillar === 'I' && c.mechanisms.includes('caricom'))).toBe(true);
  });

  test('full-text search in any language, accents and case ignored', async () => {
    const creole = await list('?q=LEKOL%20piblik&limit=100');
    expect(creole.items.length).toBeGreaterThan(0);
    expect(
      creole.items.every(
        (c) =>
          Object.values(c.title.text).join(' ').toLowerCase().includes('lekòl') ||
          Object.values(c.title.text).join(' ').includes('school'),
      ),
    ).toBe(true);
    const spanish = await list('?q=REGULARIZACION&limit=100');
    expect(spanish.items.length).toBeGreaterThan(3);
    expect(spanish.items.every((c) => /regulariza/i.test(JSON.stringify([c.title, c.description])))).toBe(
      true,
    );
    // `%` is a character to find, not a wildcard: only texts with a literal % match.
    const percent = await list('?q=%25&limit=100');
    expect(percent.items.length).toBeGreaterThan(0);
    expect(percent.items.every((c) => JSON.stringify([c.title, c.description]).includes('%'))).toBe(true);
  });

  test('locale keeps commitments whose title exists in that language', async () => {
    const everything = await all('');
    // The curators' commitments above are in Creole and French only.
    const es = await all('&locale=es');
    expect(es.every((c) => c.title.text.es)).toBe(true);
    expect(es.length).toBe(everything.filter((c) => c.title.text.es).length);
    expect(es.length).toBe(everything.length - 3);
  });

  test('cursor pagination visits every commitment once, most recently updated first', async () => {
    const seen: Commitment[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<Commitment> = await list(`?limit=17${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(17);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const total = (
      await h.db.kysely
        .selectFrom('commitments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    expect(seen).toHaveLength(Number(total));
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    const keys = seen.map((c) => `${c.updatedAt}|${c.id}`);
    expect([...keys].sort().reverse()).toEqual(keys);
  });

  test('the first page says how many match in all; later pages do not count again', async () => {
    const first = await list('?country=US&limit=2');
    const everything = await all('&country=US');
    expect(first.total).toBe(everything.length);
    const second = await list(`?country=US&limit=2&cursor=${first.nextCursor}`);
    expect(second.total).toBeUndefined();
  });

  test('mechanism and action-package filters take ids in any case (CRM, MIRPS)', async () => {
    const upper = await all('&mechanism=CRM');
    expect(upper.length).toBe(2);
    expect(upper.map((c) => c.id)).toEqual((await all('&mechanism=crm')).map((c) => c.id));
    const summary = await api.json(await api.get('/v1/progress?groupBy=pillar&mechanism=CRM'));
    expect(summary.total).toBe(upper.length);
  });

  test('bad queries are 400 problems with the parameter path', async () => {
    for (const [query, path] of [
      ['?limit=101', 'limit'],
      ['?limit=abc', 'limit'],
      ['?pillar=V', 'pillar'],
      ['?country=Haiti', 'country'],
      ['?cursor=not-a-cursor', 'cursor'],
    ]) {
      const response = await api.get(`/v1/commitments${query}`);
      expect(response.status, query).toBe(400);
      const problem = await response.json();
      expect(problem.errors[0].path).toEqual([path]);
    }
  });

  test('a commitment in detail: timeline, indicators with measurements and progress', async () => {
    const withIndicator = (await list('?limit=100')).items.find(
      (c) => c.indicatorIds.length && c.lastUpdatedOn,
    );
    expect(withIndicator).toBeDefined();
    const detail = await api.json<CommitmentDetail>(await api.get(`/v1/commitments/${withIndicator?.id}`));
    expect(detail.updates.length).toBeGreaterThan(0);
    expect(detail.updates.at(-1)?.status).toBe(detail.status);
    expect(detail.indicators[0]?.measurements.length).toBeGreaterThan(2);
    expect(detail.sources.length).toBeGreaterThan(0);
    expect((await api.get('/v1/commitments/nope')).status).toBe(404);
    expect((await api.get('/v1/commitments/..%2F..')).status).toBe(404);
  });
});

describe('curation', () => {
  test('create, change and add an update: each audited, each visible publicly', async () => {
    h.clock.advance(60_000);
    const created = await api.post('/v1/commitments', input(), bearer(secretariat));
    expect(created.status).toBe(201);
    const body = await api.json<CommitmentDetail>(created);
    expect(body).toMatchObject({ country: 'HT', status: 'not_started', demo: false });

    const patched = await api.patch(`/v1/commitments/${body.id}`, { amountUsd: 250000 }, bearer(secretariat));
    expect(await api.json(patched)).toMatchObject({ amountUsd: 250000, title: body.title });

    const update = await api.post(
      `/v1/commitments/${body.id}/updates`,
      {
        date: '2026-02-20',
        status: 'limited',
        summary: { original: 'ht', text: { ht: 'Premye gwoup jèn yo pati.' } },
      },
      bearer(secretariat),
    );
    expect(update.status).toBe(201);
    const detail = await api.json<CommitmentDetail>(await api.get(`/v1/commitments/${body.id}`));
    expect(detail).toMatchObject({ status: 'limited', lastUpdatedOn: '2026-02-20' });
    expect((await list('?limit=1')).items[0]?.id).toBe(body.id);

    const audit = await api.json(await api.get('/v1/audit?limit=3', bearer(secretariat)));
    expect(audit.items.map((e: any) => e.action)).toEqual([
      'commitment.add_update',
      'commitment.update',
      'commitment.create',
    ]);
    expect(audit.items[1].changes).toEqual({ amountUsd: { from: null, to: 250000 } });
    expect(audit.items[0].actor).toMatchObject({ role: 'secretariat' });
  });

  test('invalid curation input is a 422 with every field path', async () => {
    const response = await api.post(
      '/v1/commitments',
      {
        ...input(),
        startDate: '2027-01-01',
        dueDate: '2026-01-01',
        actionPackages: ['invented-package'],
        admin: true,
      },
      bearer(secretariat),
    );
    expect(response.status).toBe(422);
    const paths = (await response.json()).errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['admin', 'dueDate']));
    const unknown = await api.post(
      '/v1/commitments',
      input({ actionPackages: ['invented-package'] }),
      bearer(secretariat),
    );
    expect((await unknown.json()).errors).toEqual([
      expect.objectContaining({ path: ['actionPackages', 0], code: 'unknown_reference' }),
    ]);
  });

  test('roles and scopes: 401 without a token, 403 outside scope', async () => {
    const haiti = await h.token('country', 'HT');
    const mexico = await h.token('country', 'MX');
    const labor = await h.token('committee', 'labor-mobility');
    const asylum = await h.token('committee', 'investing-in-asylum');

    expect((await api.post('/v1/commitments', input())).status).toBe(401);
    expect((await api.post('/v1/commitments', input(), bearer('lad_wrong'))).status).toBe(401);
    const own = input({ actionPackages: [] });
    expect((await api.post('/v1/commitments', own, bearer(haiti))).status).toBe(201);
    expect((await api.post('/v1/commitments', own, bearer(mexico))).status).toBe(403);
    // A token sets only the scope fields it owns: a country token gives no action package, a
    // committee token no country (a new commitment needs one: the secretariat's).
    expect((await api.post('/v1/commitments', input(), bearer(haiti))).status).toBe(403);
    expect((await api.post('/v1/commitments', input(), bearer(labor))).status).toBe(403);
    expect((await api.post('/v1/commitments', input(), bearer(asylum))).status).toBe(403);

    const mexican = (await list('?country=MX&limit=1')).items[0]!;
    expect(
      (await api.patch(`/v1/commitments/${mexican.id}`, { status: 'complete' }, bearer(haiti))).status,
    ).toBe(403);
    expect(
      (await api.patch(`/v1/commitments/${mexican.id}`, { status: 'complete' }, bearer(mexico))).status,
    ).toBe(200);
    // Moving a commitment out of one's own scope is refused too.
    expect((await api.patch(`/v1/commitments/${mexican.id}`, { country: 'HT' }, bearer(mexico))).status).toBe(
      403,
    );
    // The audit log is the secretariat's.
    expect((await api.get('/v1/audit', bearer(haiti))).status).toBe(403);
  });

  test('every curation route refuses a missing token', async () => {
    for (const route of h.routes.filter((r) => Array.isArray(r.access))) {
      const path = route.path.replace(/\{\w+\}/g, 'x');
      const response = await api.request(route.method.toUpperCase(), path, route.body ? {} : undefined);
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
    }
  });
});

describe('status changes and versions', () => {
  const today = () => h.clock.now.toISOString().slice(0, 10);
  async function fresh(): Promise<CommitmentDetail> {
    const created = await api.post('/v1/commitments', input(), bearer(secretariat));
    expect(created.status).toBe(201);
    return api.json<CommitmentDetail>(created);
  }

  test('a PATCH that changes the status adds a dated update with its evidence; one that does not, none', async () => {
    const commitment = await fresh();
    const evidence = [
      { title: 'Rapò ministè a', url: 'https://example.org/rapo', publishedOn: '2026-02-27' },
    ];
    const patched = await api.patch(
      `/v1/commitments/${commitment.id}`,
      {
        status: 'limited',
        statusChange: { evidence, summary: { original: 'ht', text: { ht: 'Premye klinik la louvri.' } } },
      },
      bearer(secretariat),
    );
    expect(patched.status).toBe(200);
    const detail = await api.json<CommitmentDetail>(patched);
    expect(detail).toMatchObject({ status: 'limited', lastUpdatedOn: today() });
    expect(detail.updates).toEqual([
      expect.objectContaining({
        date: today(),
        status: 'limited',
        evidence,
        summary: { original: 'ht', text: { ht: 'Premye klinik la louvri.' } },
      }),
    ]);
    // Automation that sends only a status still leaves a timeline entry, noted as a curator's.
    h.clock.advance(86_400_000);
    const plain = await api.json<CommitmentDetail>(
      await api.patch(`/v1/commitments/${commitment.id}`, { status: 'substantial' }, bearer(secretariat)),
    );
    expect(plain.updates.at(-1)).toMatchObject({
      date: today(),
      status: 'substantial',
      evidence: [],
      summary: { original: 'en', text: { en: 'Status changed by a curator.' } },
    });
    const other = await api.json<CommitmentDetail>(
      await api.patch(`/v1/commitments/${commitment.id}`, { amountUsd: 10 }, bearer(secretariat)),
    );
    expect(other.updates).toHaveLength(2);
  });

  test('statusChange needs a status change, and cannot be dated before the latest update', async () => {
    const commitment = await fresh();
    const same = await api.patch(
      `/v1/commitments/${commitment.id}`,
      { status: 'not_started', statusChange: { evidence: [] } },
      bearer(secretariat),
    );
    expect(same.status).toBe(422);
    expect((await same.json()).errors).toEqual([expect.objectContaining({ path: ['statusChange'] })]);
    await api.patch(`/v1/commitments/${commitment.id}`, { status: 'limited' }, bearer(secretariat));
    const early = await api.patch(
      `/v1/commitments/${commitment.id}`,
      { status: 'complete', statusChange: { date: '2020-01-01' } },
      bearer(secretariat),
    );
    expect(early.status).toBe(422);
    expect((await early.json()).errors).toEqual([
      expect.objectContaining({ path: ['statusChange', 'date'], code: 'date_out_of_range' }),
    ]);
    const ahead = await api.patch(
      `/v1/commitments/${commitment.id}`,
      { status: 'complete', statusChange: { date: '2099-01-01' } },
      bearer(secretariat),
    );
    expect(ahead.status).toBe(422);
  });

  test("GET answers the commitment's own ETag; a matching If-None-Match is a 304", async () => {
    const commitment = await fresh();
    const first = await api.get(`/v1/commitments/${commitment.id}`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    // Another commitment's change moves the data revision, not this commitment's version.
    await api.patch(`/v1/commitments/${(await fresh()).id}`, { amountUsd: 5 }, bearer(secretariat));
    const again = await api.get(`/v1/commitments/${commitment.id}`);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await api.get(`/v1/commitments/${commitment.id}`, { 'if-none-match': etag })).status).toBe(304);
    await api.patch(`/v1/commitments/${commitment.id}`, { amountUsd: 7 }, bearer(secretariat));
    const changed = await api.get(`/v1/commitments/${commitment.id}`, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  test('PATCH with If-Match: the current version is changed; a stale one is a 412 with the current commitment', async () => {
    const commitment = await fresh();
    const etag = (await api.get(`/v1/commitments/${commitment.id}`)).headers.get('etag') ?? '';
    const mine = await api.patch(
      `/v1/commitments/${commitment.id}`,
      { amountUsd: 100 },
      { ...bearer(secretariat), 'if-match': etag },
    );
    expect(mine.status).toBe(200);
    const next = mine.headers.get('etag');
    expect(next).not.toBe(etag);
    expect((await api.get(`/v1/commitments/${commitment.id}`)).headers.get('etag')).toBe(next);

    // A second curator still holds the first version.
    const theirs = await api.patch(
      `/v1/commitments/${commitment.id}`,
      { amountUsd: 200 },
      { ...bearer(secretariat), 'if-match': etag },
    );
    expect(theirs.status).toBe(412);
    expect(theirs.headers.get('etag')).toBe(next);
    const problem = await theirs.json();
    expect(problem).toMatchObject({ code: 'precondition-failed', status: 412 });
    expect(problem.current).toMatchObject({ id: commitment.id, amountUsd: 100 });
    const stored = await api.json<CommitmentDetail>(await api.get(`/v1/commitments/${commitment.id}`));
    expect(stored.amountUsd).toBe(100);
    // A weak tag never matches (strong comparison); `*` matches any version; no If-Match, as before.
    const weak = { ...bearer(secretariat), 'if-match': `W/${next}` };
    expect((await api.patch(`/v1/commitments/${commitment.id}`, { amountUsd: 300 }, weak)).status).toBe(412);
    const any = { ...bearer(secretariat), 'if-match': '*' };
    expect((await api.patch(`/v1/commitments/${commitment.id}`, { amountUsd: 300 }, any)).status).toBe(200);
    expect(
      (await api.patch(`/v1/commitments/${commitment.id}`, { amountUsd: 400 }, bearer(secretariat))).status,
    ).toBe(200);
    expect((await api.get('/v1/problems/precondition-failed')).status).toBe(200);
  });

  test('two curators who loaded the same version: exactly one change is stored', async () => {
    const commitment = await fresh();
    const etag = (await api.get(`/v1/commitments/${commitment.id}`)).headers.get('etag') ?? '';
    const answers = await Promise.all(
      [1, 2, 3].map((n) =>
        api.patch(
          `/v1/commitments/${commitment.id}`,
          { amountUsd: n },
          { ...bearer(secretariat), 'if-match': etag },
        ),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412, 412]);
  });
});

describe('open data and the tracking matrix', () => {
  test('CSV export: UTF-8 with BOM, one column per language, formulas neutralised', async () => {
    await api.post(
      '/v1/commitments',
      input({ externalId: 'HT-FORMULA', title: { original: 'fr', text: { fr: '=HYPERLINK("x")' } } }),
      bearer(secretariat),
    );
    const response = await api.get('/v1/export/commitments.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const { columns, rows } = parseCsv(text);
    expect(columns).toEqual(
      expect.arrayContaining(['title_es', 'title_en', 'title_pt', 'title_fr', 'title_ht']),
    );
    expect(text).toContain("'=HYPERLINK");
    expect(rows.find((r) => r.externalId === 'HT-FORMULA')?.title_fr).toBe('=HYPERLINK("x")');
    const haiti = rows.find((r) => r.country === 'HT' && r.title_ht);
    expect(haiti?.title_ht).toMatch(/[òè]/);
  });

  test('round trip: the exported file imports back with nothing to change', async () => {
    const csv = await (await api.get('/v1/export/commitments.csv')).text();
    const response = await api.request('POST', '/v1/import/commitments?dryRun=true', csv, {
      'content-type': 'text/csv',
      ...bearer(secretariat),
    });
    const result = await api.json<ImportResult>(response);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ dryRun: true, created: 0, updated: 0 });
    expect(result.unchanged).toBe(result.rows);
  });

  test('import: dry run shows the diff and row errors; applying twice changes nothing the second time', async () => {
    const csv = [
      'externalId,country,pillar,status,original,title_es,title_ht,titleMachineTranslated,actionPackages,dueDate,sources',
      'MX-NEW-1,MX,I,limited,es,Clínicas móviles en la frontera sur,Klinik mobil sou fwontyè sid la,ht,integration-host-communities,2027-06-30,Informe <https://example.org/informe>',
      'MX-NEW-2,MX,V,limited,es,Pilar equivocado,,,,,',
      'MX-NEW-3,MX,II,done,es,Estado inventado,,,,,',
      ',MX,I,limited,es,Sin id,,,,,',
    ].join('\n');
    const post = (dryRun: boolean) =>
      api.request('POST', `/v1/import/commitments?dryRun=${dryRun}`, csv, {
        'content-type': 'text/csv; charset=utf-8',
        ...bearer(secretariat),
      });
    const dry = await api.json<ImportResult>(await post(true));
    expect(dry).toMatchObject({ dryRun: true, rows: 4, created: 1, updated: 0 });
    expect(dry.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'pillar' }),
      expect.objectContaining({ row: 3, column: 'status' }),
      expect.objectContaining({ row: 4, column: 'externalId', code: 'required' }),
    ]);
    expect((await list('?q=clinicas%20moviles')).items).toEqual([]);

    const applied = await api.json<ImportResult>(await post(false));
    expect(applied).toMatchObject({ dryRun: false, created: 1 });
    const created = (await list('?q=clinicas%20moviles')).items[0];
    expect(created?.title).toEqual({
      original: 'es',
      text: { es: 'Clínicas móviles en la frontera sur', ht: 'Klinik mobil sou fwontyè sid la' },
      provenance: { ht: 'machine' },
    });
    expect(await api.json<ImportResult>(await post(false))).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
    });

    const changed = csv.replace('2027-06-30', '2027-12-31');
    const update = await api.json<ImportResult>(
      await api.request('POST', '/v1/import/commitments', changed, {
        'content-type': 'text/csv',
        ...bearer(secretariat),
      }),
    );
    expect(update.changes[0]).toMatchObject({
      externalId: 'MX-NEW-1',
      action: 'update',
      fields: ['dueDate'],
    });
  });

  test('import: a country token may only import its own rows; progress is streamed for large files', async () => {
    const haiti = await h.token('country', 'HT');
    const rows = ['externalId,country,pillar,title_ht'];
    for (let i = 0; i < 600; i++) rows.push(`HT-BULK-${i},${i === 5 ? 'MX' : 'HT'},I,Angajman ${i}`);
    const response = await api.request('POST', '/v1/import/commitments?dryRun=true', rows.join('\n'), {
      'content-type': 'text/csv',
      accept: 'application/x-ndjson',
      ...bearer(haiti),
    });
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'progress').map((l) => l.processed)).toEqual([250, 500]);
    const result = lines.at(-1);
    expect(result).toMatchObject({ type: 'result', rows: 600, created: 599 });
    expect(result.errors).toEqual([expect.objectContaining({ row: 6, code: 'forbidden' })]);
  });

  test('exports follow the list filters', async () => {
    const everything = await api.json<Commitment[]>(await api.get('/v1/export/commitments.json'));
    expect(everything.length).toBeGreaterThan(69);
    const mexico = await api.json<Commitment[]>(
      await api.get('/v1/export/commitments.json?country=MX&pillar=II'),
    );
    expect(mexico.length).toBe(4);
    expect(mexico.every((c) => c.country === 'MX' && c.pillar === 'II')).toBe(true);
    const csv = parseCsv(await (await api.get('/v1/export/commitments.csv?mechanism=caricom')).text());
    expect(csv.rows.length).toBe((await all('&mechanism=caricom')).length);
  });
});
