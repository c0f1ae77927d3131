import { CORE_LOCALES, type CommitmentDetail, type ImportResult, type Indicator } from '@lad/sdk';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { parseCsv } from '../csv.js';
import { INDICATOR_MATRIX_COLUMNS } from '../imports/indicators.js';
import { bearer, client, createHarness, type Harness } from '../testing/harness.js';
import { XLSX_TYPE } from '../xlsx.js';

// Indicators and their measurements from a ministry's matrix: what a dry run reports, what
// applying stores, that the same file (or the export) changes nothing the second time, and the
// templates.

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
let guatemala: string;
beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  secretariat = await h.token('secretariat');
  guatemala = await h.token('country', 'GT');
  // Two commitments the indicators track, known by their ministries' ids.
  const commitments = await api.request(
    'POST',
    '/v1/import/commitments',
    [
      'externalId,country,pillar,status,original,title_es',
      'GT-C-1,GT,II,limited,es,Centros de atención a personas retornadas',
      'HN-C-1,HN,I,limited,es,Oficinas de empleo en Tegucigalpa',
    ].join('\n'),
    { 'content-type': 'text/csv', ...bearer(secretariat) },
  );
  expect((await commitments.json()).created).toBe(2);
});
afterAll(() => h?.close());

/** Posts a matrix (CSV text or workbook bytes) with a token; `query` such as `dryRun=true`. */
function importMatrix(
  body: string | Uint8Array<ArrayBuffer>,
  query = '',
  options: { token?: string; type?: string } = {},
) {
  return h.app.request(`/v1/import/indicators${query ? `?${query}` : ''}`, {
    method: 'POST',
    headers: {
      'content-type': options.type ?? 'text/csv; charset=utf-8',
      ...bearer(options.token ?? secretariat),
    },
    body,
  });
}
const result = async (response: Response) => {
  expect(response.status).toBe(200);
  return (await response.json()) as ImportResult;
};
const count = async () =>
  Number(
    (
      await h.db.kysely
        .selectFrom('indicators')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
async function byExternalId(externalId: string): Promise<Indicator> {
  const row = await h.db.kysely
    .selectFrom('indicators')
    .select('id')
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
  return (await (await api.get(`/v1/indicators/${row.id}`)).json()) as Indicator;
}
async function commitment(externalId: string): Promise<CommitmentDetail> {
  const row = await h.db.kysely
    .selectFrom('commitments')
    .select('id')
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
  return (await (await api.get(`/v1/commitments/${row.id}`)).json()) as CommitmentDetail;
}

const HEADER = [
  'externalId',
  'commitment',
  'country',
  'pillar',
  'kind',
  'original',
  'name_es',
  'name_en',
  'unit',
  'direction',
  'baseline',
  'baselineDate',
  'target',
  'targetDate',
  'date',
  'value',
  'assessment',
  'source',
] as const;
type Cells = Partial<Record<(typeof HEADER)[number], string>>;
const SOURCE =
  'Informe trimestral <https://example.org/gt/informe> | Ministerio de Desarrollo | 2025-04 | official';
const people: Cells = {
  commitment: 'GT-C-1',
  country: 'GT',
  pillar: 'II',
  kind: 'quantitative',
  original: 'es',
  name_es: 'Personas retornadas atendidas',
  name_en: 'Returnees served',
  unit: 'people',
  direction: 'increase',
  baseline: '100',
  baselineDate: '2024-01-01',
  target: '500',
  targetDate: '2027-12-31',
};
const protocol: Cells = {
  commitment: 'GT-C-1',
  country: 'GT',
  pillar: 'II',
  kind: 'qualitative',
  original: 'es',
  name_es: 'Protocolo de atención',
  baseline: 'Sin protocolo',
  baselineDate: '2024-01-01',
  target: 'Protocolo aprobado y aplicado',
  targetDate: '2026-12-31',
};
/** The matrix of the first tests, keyed by `prefix` so the CSV and the workbook are different indicators. */
const matrix = (prefix: string): Cells[] => [
  {
    externalId: `${prefix}-1`,
    ...people,
    date: '2025-03-31',
    value: '200',
    assessment: 'Primer trimestre',
    source: SOURCE,
  },
  { externalId: `${prefix}-1`, ...people, date: '2025-06-30', value: '300' },
  { externalId: `${prefix}-1`, ...people, date: '2025-13-45', value: '350' },
  { externalId: `${prefix}-2`, ...protocol, date: '2025-03-31', assessment: 'Borrador en consulta' },
  { externalId: `${prefix}-2`, ...protocol, date: '2025-09-30', assessment: 'Aprobado por el ministerio' },
  {
    externalId: `${prefix}-3`,
    ...people,
    name_es: 'Sin compromiso conocido',
    commitment: 'NO-SUCH',
    date: '2025-03-31',
    value: '5',
  },
  {
    externalId: `${prefix}-4`,
    ...people,
    name_es: 'Línea de base en palabras',
    baseline: 'muchas',
    date: '2025-03-31',
    value: '5',
  },
  { externalId: `${prefix}-5`, ...people, name_es: 'Medición sin valor', date: '2025-03-31', value: '' },
  {
    externalId: `${prefix}-6`,
    ...people,
    commitment: 'HN-C-1',
    country: 'HN',
    pillar: 'I',
    name_es: 'Fuera del país del token',
    date: '2025-03-31',
    value: '7',
  },
];
const csvOf = (rows: Cells[]) =>
  [
    HEADER.join(','),
    ...rows.map((r) => HEADER.map((c) => (/[,"\n]/.test(r[c] ?? '') ? `"${r[c]}"` : (r[c] ?? ''))).join(',')),
  ].join('\n');
/** The same rows as a workbook, with real dates and numbers where the CSV has text. */
async function workbookOf(rows: Cells[]): Promise<Uint8Array<ArrayBuffer>> {
  const data = [
    [...HEADER],
    ...rows.map((r) =>
      HEADER.map((c) => {
        const value = r[c];
        if (!value) return null;
        const date = new Date(`${value}T00:00:00Z`);
        // A date that is none (2025-13-45) stays text, as a person would have typed it.
        if (c.toLowerCase().endsWith('date') && !Number.isNaN(date.getTime()))
          return { value: date, format: 'dd/mm/yyyy' };
        if (/^\d+$/.test(value) && ['baseline', 'target', 'value'].includes(c)) return Number(value);
        return value;
      }),
    ),
  ];
  return new Uint8Array(await writeExcelFile(data).toBuffer());
}
/** The bad rows of {@link matrix}, as a dry run by the Guatemalan coordinator reports them. */
const BAD_ROWS = [
  { row: 3, column: 'date', code: 'invalid_format' },
  { row: 6, column: 'commitment', code: 'unknown_reference' },
  { row: 7, column: 'baseline', code: 'quantitative_without_number' },
  { row: 8, column: 'value', code: 'required' },
  { row: 9, column: 'commitment', code: 'forbidden' },
];

describe('a CSV of quantitative and qualitative indicators', () => {
  test('a dry run lists each bad row with its column and code, and stores nothing', async () => {
    const before = await count();
    const dry = await result(
      await importMatrix(csvOf(matrix('GT-IND')), 'dryRun=true', { token: guatemala }),
    );
    expect(dry).toMatchObject({ dryRun: true, rows: 9, created: 4, updated: 0, unchanged: 0 });
    expect(dry.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual(BAD_ROWS);
    expect(dry.errors.every((e) => e.message.length > 0)).toBe(true);
    expect(dry.changes.map((c) => [c.row, c.externalId, c.action])).toEqual([
      [1, 'GT-IND-1', 'create'],
      [2, 'GT-IND-1', 'create'],
      [4, 'GT-IND-2', 'create'],
      [5, 'GT-IND-2', 'create'],
    ]);
    expect(dry.changes[0]).toMatchObject({
      label: 'Personas retornadas atendidas',
      diff: { kind: { to: 'quantitative' }, value: { to: 200 }, date: { to: '2025-03-31' } },
    });
    expect(await count()).toBe(before);
  });

  test('applying stores the indicators with their measurements and progress, on the indicator and the commitment', async () => {
    const applied = await result(await importMatrix(csvOf(matrix('GT-IND')), '', { token: guatemala }));
    expect(applied).toMatchObject({ dryRun: false, created: 4 });
    expect(applied.errors).toHaveLength(BAD_ROWS.length);

    const served = await byExternalId('GT-IND-1');
    expect(served).toMatchObject({
      externalId: 'GT-IND-1',
      country: 'GT',
      pillar: 'II',
      kind: 'quantitative',
      unit: 'people',
      name: { original: 'es', text: { es: 'Personas retornadas atendidas', en: 'Returnees served' } },
      baseline: { value: 100, text: null, date: '2024-01-01' },
      target: { value: 500, text: null, date: '2027-12-31' },
      progress: 0.5,
    });
    expect(served.measurements.map((m) => [m.date, m.value])).toEqual([
      ['2025-03-31', 200],
      ['2025-06-30', 300],
    ]);
    expect(served.measurements[0]).toMatchObject({
      note: { original: 'es', text: { es: 'Primer trimestre' } },
      source: {
        title: 'Informe trimestral',
        url: 'https://example.org/gt/informe',
        publisher: 'Ministerio de Desarrollo',
        publishedOn: '2025-04',
        kind: 'official',
      },
    });

    const protocol = await byExternalId('GT-IND-2');
    expect(protocol).toMatchObject({
      kind: 'qualitative',
      baseline: { value: null, text: { original: 'es', text: { es: 'Sin protocolo' } } },
      progress: null,
    });
    expect(protocol.measurements.map((m) => m.note?.text.es)).toEqual([
      'Borrador en consulta',
      'Aprobado por el ministerio',
    ]);

    const tracked = await commitment('GT-C-1');
    expect(tracked.indicators.map((i) => i.id).sort()).toEqual([served.id, protocol.id].sort());
    expect(tracked.indicators.find((i) => i.id === served.id)?.progress).toBe(0.5);
    // The rows with errors stored nothing.
    expect(
      await h.db.kysely
        .selectFrom('indicators')
        .select('id')
        .where('external_id', 'like', 'GT-IND-_')
        .execute(),
    ).toHaveLength(2);

    const audit = await h.db.kysely
      .selectFrom('audit')
      .select(['action', 'entity_id'])
      .where('entity_id', 'in', [served.id, protocol.id])
      .execute();
    expect(audit.filter((a) => a.action === 'indicator.import.create')).toHaveLength(2);
    expect(audit.filter((a) => a.action === 'indicator.add_measurement')).toHaveLength(4);
  });

  test('importing the same file again changes nothing; a changed value on a stored date is an update with its diff', async () => {
    const again = await result(await importMatrix(csvOf(matrix('GT-IND')), '', { token: guatemala }));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(again.errors).toHaveLength(BAD_ROWS.length);

    const changed = csvOf([
      {
        externalId: 'GT-IND-1',
        ...people,
        date: '2025-03-31',
        value: '200',
        assessment: 'Primer trimestre',
        source: SOURCE,
      },
      { externalId: 'GT-IND-1', ...people, date: '2025-06-30', value: '350' },
    ]);
    const dry = await result(await importMatrix(changed, 'dryRun=true', { token: guatemala }));
    expect(dry.changes).toEqual([
      {
        row: 1,
        externalId: 'GT-IND-1',
        action: 'unchanged',
        fields: [],
        label: 'Personas retornadas atendidas',
      },
      {
        row: 2,
        externalId: 'GT-IND-1',
        action: 'update',
        fields: ['value'],
        label: 'Personas retornadas atendidas',
        diff: { value: { from: 300, to: 350 } },
      },
    ]);
    expect(await result(await importMatrix(changed, '', { token: guatemala }))).toMatchObject({ updated: 1 });
    const served = await byExternalId('GT-IND-1');
    expect(served.measurements.map((m) => m.value)).toEqual([200, 350]);
    expect(served.progress).toBe(0.625);
    expect(await result(await importMatrix(changed, '', { token: guatemala }))).toMatchObject({
      unchanged: 2,
    });
  });

  test('the rows of one indicator must agree; a file without externalId is refused', async () => {
    const dry = await result(
      await importMatrix(
        csvOf([
          { externalId: 'GT-IND-9', ...people, date: '2025-03-31', value: '1' },
          { externalId: 'GT-IND-9', ...people, unit: 'families', date: '2025-06-30', value: '2' },
        ]),
        'dryRun=true',
      ),
    );
    expect(dry).toMatchObject({ created: 0, changes: [] });
    expect(dry.errors).toEqual([
      expect.objectContaining({ row: 1, column: 'unit', code: 'inconsistent' }),
      expect.objectContaining({ row: 2, column: 'unit', code: 'inconsistent' }),
    ]);
    const missing = await importMatrix('name_es,date,value\nSin clave,2025-01-01,1\n');
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors).toEqual([
      expect.objectContaining({ path: ['columns', 'externalId'], code: 'missing_column' }),
    ]);
  });
});

describe('an indicator created one at a time', () => {
  test('keeps its externalId, which the import then matches; one already taken is a 409', async () => {
    const body = {
      externalId: 'GT-API-1',
      country: 'GT',
      kind: 'quantitative',
      name: { original: 'es', text: { es: 'Creado por la API' } },
    };
    const created = await api.post('/v1/indicators', body, bearer(guatemala));
    expect(created.status).toBe(201);
    expect((await created.json()).externalId).toBe('GT-API-1');
    const dry = await result(
      await importMatrix('externalId,kind,name_es\nGT-API-1,quantitative,Creado por la API\n', 'dryRun=true'),
    );
    expect(dry.changes).toEqual([expect.objectContaining({ action: 'unchanged' })]);
    expect((await api.post('/v1/indicators', body, bearer(guatemala))).status).toBe(409);
  });
});

describe('Excel workbooks', () => {
  test('a dry run reports what the same matrix in CSV does; applying stores it, and again changes nothing', async () => {
    const rows = matrix('XL-IND');
    const fromCsv = await result(await importMatrix(csvOf(rows), 'dryRun=true', { token: guatemala }));
    const workbook = await workbookOf(rows);
    const fromXlsx = await result(
      await importMatrix(workbook, 'dryRun=true', { token: guatemala, type: XLSX_TYPE }),
    );
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual(BAD_ROWS);
    expect(
      await result(await importMatrix(workbook, '', { token: guatemala, type: XLSX_TYPE })),
    ).toMatchObject({
      created: 4,
    });
    const stored = await byExternalId('XL-IND-1');
    expect(stored.measurements.map((m) => [m.date, m.value])).toEqual([
      ['2025-03-31', 200],
      ['2025-06-30', 300],
    ]);
    expect(stored.baseline).toEqual({ value: 100, text: null, date: '2024-01-01' });
    expect(
      await result(await importMatrix(workbook, '', { token: guatemala, type: XLSX_TYPE })),
    ).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 4,
    });
  });
});

describe('the export imports back', () => {
  test('every exported row (demonstration indicators included) is unchanged', async () => {
    const exported = await (await api.get('/v1/export/indicators.csv')).text();
    const { columns, rows } = parseCsv(exported);
    expect(columns).toEqual(expect.arrayContaining([...INDICATOR_MATRIX_COLUMNS, 'indicatorId']));
    const imported = rows.find((r) => r.externalId === 'GT-IND-2' && r.date === '2025-03-31');
    expect(imported).toMatchObject({
      commitment: 'GT-C-1',
      assessment: 'Borrador en consulta',
      baseline: 'Sin protocolo',
    });
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.some((r) => !r.externalId && r.indicatorId?.startsWith('demo-'))).toBe(true);
    const applied = await result(await importMatrix(exported));
    expect(applied.errors).toEqual([]);
    expect(applied).toMatchObject({ rows: rows.length, created: 0, updated: 0, unchanged: rows.length });
  });
});

describe('templates', () => {
  const hints: Record<string, RegExp> = {
    es: /indicador/,
    en: /indicator/,
    pt: /indicador/,
    fr: /indicateur/,
    ht: /endikatè/,
  };

  test('CSV in each language: BOM, the import header, an example row the import refuses', async () => {
    for (const locale of CORE_LOCALES) {
      const response = await api.get(`/v1/import/indicators/template.csv?locale=${locale}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      const { columns, rows } = parseCsv(text);
      expect(columns).toEqual([...INDICATOR_MATRIX_COLUMNS]);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.original).toBe(locale);
      expect(rows[0]?.[`name_${locale}`]).toMatch(hints[locale] as RegExp);
      // The example row is never imported by mistake: its pillar and kind cells list the choices.
      const dry = await result(await importMatrix(text, 'dryRun=true'));
      expect(dry).toMatchObject({ created: 0, updated: 0, changes: [] });
      // Its commitment is the example of the commitments template, which names none stored here.
      expect(dry.errors.map((e) => [e.column, e.code])).toEqual([
        ['commitment', 'unknown_reference'],
        ['pillar', 'invalid_value'],
        ['kind', 'invalid_value'],
      ]);
    }
    expect((await api.get('/v1/import/indicators/template.csv?locale=de')).status).toBe(400);
  });

  test('Excel in each language: one sheet with the same header and example row, refused as it is', async () => {
    for (const locale of CORE_LOCALES) {
      const response = await api.get(`/v1/import/indicators/template.xlsx?locale=${locale}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const sheet = await readSheet(Buffer.from(bytes));
      expect(sheet[0]).toEqual([...INDICATOR_MATRIX_COLUMNS]);
      expect(sheet).toHaveLength(2);
      const row = Object.fromEntries(INDICATOR_MATRIX_COLUMNS.map((c, i) => [c, sheet[1]?.[i]]));
      expect(row).toMatchObject({ original: locale, date: '2025-06-30', value: '2400' });
      expect(String(row.assessment)).not.toBe('');
      const dry = await result(await importMatrix(bytes, 'dryRun=true', { type: XLSX_TYPE }));
      expect(dry).toMatchObject({ created: 0, changes: [] });
      expect(dry.errors.map((e) => e.column)).toEqual(expect.arrayContaining(['pillar', 'kind']));
    }
  });
});
