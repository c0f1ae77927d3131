import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv, parseCsvInPieces } from '../csv.js';
import { createHarness, type Harness } from '../testing/harness.js';

// A country's tracking matrix can be tens of thousands of rows. While one is imported, the API
// keeps answering everyone else: health checks, public reads, the console's progress view.

let h: Harness;
beforeAll(async () => {
  h = await createHarness({}, { demo: false });
});
afterAll(() => h?.close());

const ROWS = 20_000;
function matrix(rows: number, suffix = ''): string {
  const lines = ['externalId,country,pillar,status,title_en,title_es'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `load-${i},MX,II,limited,Imported commitment ${i}${suffix},Compromiso importado ${i}${suffix}`,
    );
  return lines.join('\n');
}

/**
 * Starts `work`, then asks for `/v1/health` every few milliseconds until it ends; answers how many
 * health checks were answered while it ran and the longest one took.
 */
async function healthDuring(work: () => Response | Promise<Response>) {
  let finished = false;
  let answeredDuring = 0;
  let longest = 0;
  const running = Promise.resolve(work()).then(async (response) => {
    finished = true;
    return response;
  });
  // Give the import a head start so that it is surely under way.
  await new Promise((r) => setTimeout(r, 20));
  const probes: Promise<void>[] = [];
  while (!finished) {
    const started = performance.now();
    probes.push(
      Promise.resolve(h.app.request('/v1/health')).then((r) => {
        expect(r.status).toBe(200);
        longest = Math.max(longest, performance.now() - started);
        if (!finished) answeredDuring++;
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
  }
  const response = await running;
  await Promise.all(probes);
  return { response, answeredDuring, longest };
}

describe('a large import does not block the API', () => {
  test(`${ROWS.toLocaleString('en')} rows: health checks are answered throughout, and every row lands`, async () => {
    const token = await h.token('secretariat');
    const csv = matrix(ROWS);
    const started = performance.now();
    const { response, answeredDuring, longest } = await healthDuring(() =>
      h.app.request('/v1/import/commitments', {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        body: csv,
      }),
    );
    const took = performance.now() - started;
    expect(response.status).toBe(200);
    const result = (await response.json()) as { created: number; errors: unknown[] };
    expect(result.errors).toEqual([]);
    expect(result.created).toBe(ROWS);
    console.info(
      `[${h.kind}] import of ${ROWS} rows took ${Math.round(took)} ms; ${answeredDuring} health checks answered meanwhile, the longest in ${Math.round(longest)} ms`,
    );
    // Blocked, none would be answered before the import ends.
    expect(answeredDuring).toBeGreaterThanOrEqual(5);
    const count = await h.db.kysely
      .selectFrom('commitments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('external_id', 'like', 'load-%')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(ROWS);
  }, 180_000);

  test('the same file revised, with NDJSON progress: checked, then applied, with other requests answered throughout', async () => {
    const token = await h.token('secretariat');
    const { response, answeredDuring } = await healthDuring(() =>
      Promise.resolve(
        h.app.request('/v1/import/commitments', {
          method: 'POST',
          headers: {
            'content-type': 'text/csv',
            accept: 'application/x-ndjson',
            authorization: `Bearer ${token}`,
          },
          body: matrix(ROWS, ' (revised)'),
        }),
      ).then(async (r) => new Response(await r.text(), { status: r.status })),
    );
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; stage?: string; processed?: number; total?: number });
    const checked = lines.filter((l) => l.type === 'progress' && l.stage === 'check');
    const applied = lines.filter((l) => l.type === 'progress' && l.stage === 'apply');
    expect(checked.length).toBeGreaterThan(10);
    expect(checked.at(-1)).toMatchObject({ total: ROWS });
    expect(applied.length).toBeGreaterThan(10);
    expect(applied.at(-1)).toMatchObject({ processed: ROWS, total: ROWS });
    expect(lines.at(-1)).toMatchObject({ type: 'result', updated: ROWS, created: 0 });
    expect(answeredDuring).toBeGreaterThanOrEqual(5);
    const sample = await h.db.kysely
      .selectFrom('commitments')
      .select('data')
      .where('external_id', '=', 'load-19999')
      .executeTakeFirstOrThrow();
    expect(String(sample.data)).toContain('Imported commitment 19999 (revised)');
  }, 180_000);

  test('a batch that fails (a clash with a write made meanwhile) says how much was stored; importing again applies the rest', async () => {
    const token = await h.token('secretariat');
    const rows = 4_000;
    const lines = ['externalId,country,pillar,status,title_en'];
    for (let i = 0; i < rows; i++) lines.push(`clash-${i},MX,III,limited,Batch commitment ${i}`);
    const csv = lines.join('\n');
    const response = await h.app.request('/v1/import/commitments', {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        accept: 'application/x-ndjson',
        authorization: `Bearer ${token}`,
      },
      body: csv,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    let raced = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      // While the first batches are stored, someone creates the file's last row by hand.
      if (!raced && text.includes('"stage":"apply"')) {
        raced = true;
        const created = await h.app.request('/v1/commitments', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            externalId: `clash-${rows - 1}`,
            country: 'MX',
            pillar: 'III',
            status: 'not_started',
            title: { original: 'en', text: { en: 'Entered by hand' } },
          }),
        });
        expect(created.status).toBe(201);
      }
    }
    const last = JSON.parse(text.trim().split('\n').at(-1) as string);
    expect(last).toMatchObject({ type: 'error', problem: 'conflict', status: 409, changed: rows });
    expect(last.applied).toBeGreaterThanOrEqual(200);
    expect(last.applied).toBeLessThan(rows);
    expect(last.detail).toMatch(/importing the same file again applies the rest/);
    expect(JSON.stringify(last)).not.toMatch(/UNIQUE|constraint|duplicate key/i);

    const again = await h.app.request('/v1/import/commitments', {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: csv,
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      errors: [],
      unchanged: last.applied,
      created: rows - last.applied - 1,
      // The row entered by hand meanwhile now matches by externalId and takes the file's values.
      updated: 1,
    });
  }, 120_000);

  test('reading a file piece by piece gives what reading it at once gives, row numbers of errors included', async () => {
    const files: Record<string, string> = {};
    const quoted = ['\uFEFFexternalId, title_en ,description_en'];
    for (let i = 0; i < 6_000; i++)
      quoted.push(`p-${i},"Title, with a comma ${i}","Two\nlines and ""quotes"" ${i}"`);
    // A row with a quote left open near the end, well past the first pieces.
    quoted.splice(5_500, 0, 'p-broken,"never closed,x');
    files['quoted fields over lines, one left open'] = quoted.join('\r\n');
    const semicolons = ['externalId;title_en;description_en'];
    for (let i = 0; i < 9_000; i++) semicolons.push(`s-${i};Título ${i};"Uno; dos\ntres ${i}"`);
    semicolons.splice(3, 0, 's-extra;a;b;c');
    semicolons.splice(8_000, 0, 's-short;a');
    files['semicolons, rows too long and too short'] = semicolons.join('\n');
    const inches = ['externalId,title_en,description_en'];
    for (let i = 0; i < 7_000; i++) inches.push(`i-${i},A 5" screen ${i},"and a quoted\nline break ${i}"`);
    files['a quote inside a bare field, then a quoted one'] = inches.join('\n');
    for (const [name, text] of Object.entries(files)) {
      expect(text.length, name).toBeGreaterThan(5 * 64 * 1024);
      const pieces = await parseCsvInPieces(text);
      const whole = parseCsv(text);
      expect(pieces.columns, name).toEqual(whole.columns);
      expect(pieces.rows, name).toEqual(whole.rows);
      expect(pieces.errors, name).toEqual(whole.errors);
    }
    expect(
      parseCsv(files['quoted fields over lines, one left open'] as string).errors.length,
    ).toBeGreaterThan(0);
    expect(parseCsv(files['semicolons, rows too long and too short'] as string).errors.length).toBe(2);
  });
});
