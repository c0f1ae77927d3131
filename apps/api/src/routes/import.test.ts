import type { CommitmentDetail, ImportResult } from '@lad/sdk';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { parseCsv } from '../csv.js';
import { MATRIX_COLUMNS } from '../store/import.js';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';
import { XLSX_TYPE } from '../xlsx.js';

// The tracking-matrix import beyond the basics of commitments.test.ts: what a partial file
// leaves alone, the timeline entry of a status it changes, Excel workbooks, and the templates.

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
beforeAll(async () => {
  h = await createHarness({}, { demo: false });
  api = client(h);
  secretariat = await h.token('secretariat');
});
afterAll(() => h?.close());

const TODAY = T0.toISOString().slice(0, 10);

/** Posts a matrix (CSV text or workbook bytes); `query` such as `dryRun=true&filename=x.csv`. */
function importMatrix(body: string | Uint8Array<ArrayBuffer>, query = '', type = 'text/csv; charset=utf-8') {
  return h.app.request(`/v1/import/commitments${query ? `?${query}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': type, ...bearer(secretariat) },
    body,
  });
}
const result = async (response: Response) => {
  expect(response.status).toBe(200);
  return (await response.json()) as ImportResult;
};
async function byExternalId(externalId: string): Promise<CommitmentDetail> {
  const row = await h.db.kysely
    .selectFrom('commitments')
    .select('id')
    .where('external_id', '=', externalId)
    .executeTakeFirstOrThrow();
  return (await (await api.get(`/v1/commitments/${row.id}`)).json()) as CommitmentDetail;
}

describe('columns and languages the file does not have keep their stored values', () => {
  test('a file with only externalId and title_es adds the Spanish title and keeps the English one', async () => {
    await result(
      await importMatrix(
        [
          'externalId,country,pillar,status,original,title_en,description_en,dueDate',
          'PARTIAL-1,GT,II,limited,en,Mobile clinics on the southern border,Twelve clinics by 2027,2027-06-30',
        ].join('\n'),
      ),
    );
    const before = await byExternalId('PARTIAL-1');
    const partial = await result(
      await importMatrix(['externalId,title_es', 'PARTIAL-1,Clínicas móviles en la frontera sur'].join('\n')),
    );
    expect(partial.errors).toEqual([]);
    expect(partial.changes).toEqual([
      { row: 1, externalId: 'PARTIAL-1', action: 'update', fields: ['title'] },
    ]);
    const after = await byExternalId('PARTIAL-1');
    expect(after.title).toEqual({
      original: 'en',
      text: { en: 'Mobile clinics on the southern border', es: 'Clínicas móviles en la frontera sur' },
    });
    expect(after.description).toEqual(before.description);
    expect(after).toMatchObject({ country: 'GT', pillar: 'II', status: 'limited', dueDate: '2027-06-30' });
  });

  test('a file keyed by the exported id works the same; an empty cell of a column it has removes that language', async () => {
    const { id } = await byExternalId('PARTIAL-1');
    await result(
      await importMatrix(['id,title_fr', `${id},Cliniques mobiles à la frontière sud`].join('\n')),
    );
    expect(Object.keys((await byExternalId('PARTIAL-1')).title.text).sort()).toEqual(['en', 'es', 'fr']);
    await result(await importMatrix(['externalId,title_es', 'PARTIAL-1,'].join('\n')));
    expect(Object.keys((await byExternalId('PARTIAL-1')).title.text).sort()).toEqual(['en', 'fr']);
  });

  test('machine-translation marks stay unless the file has their column', async () => {
    await result(
      await importMatrix(
        ['externalId,title_pt,titleMachineTranslated', 'PARTIAL-1,Clínicas móveis na fronteira sul,pt'].join(
          '\n',
        ),
      ),
    );
    await result(
      await importMatrix(['externalId,title_ht', 'PARTIAL-1,Klinik mobil sou fwontyè sid la'].join('\n')),
    );
    expect((await byExternalId('PARTIAL-1')).title.provenance).toEqual({ pt: 'machine' });
  });

  test('a row for a new commitment still needs its country: reported on the row, not as a missing column', async () => {
    const dry = await result(
      await importMatrix(['externalId,title_es', 'NEW-NO-COUNTRY,Nuevo'].join('\n'), 'dryRun=true'),
    );
    expect(dry.errors).toEqual([expect.objectContaining({ row: 1, column: 'country' })]);
    // A key no database can hold is refused on its row (found by the fuzz suite on PostgreSQL).
    const nul = await result(await importMatrix('externalId,country\n\u0000,HN\n', 'dryRun=true'));
    expect(nul).toMatchObject({ created: 0, updated: 0 });
    expect(nul.errors).toContainEqual(
      expect.objectContaining({ row: 1, column: 'externalId', code: 'plain_text' }),
    );
    const missing = await importMatrix(['title_es', 'Nuevo'].join('\n'));
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors).toEqual([
      expect.objectContaining({ path: ['columns', 'externalId'], code: 'missing_column' }),
    ]);
  });
});

describe('a status changed by an import is a dated update in the timeline', () => {
  test('the note names the file; importing the same file again adds nothing', async () => {
    const csv = ['externalId,status', 'PARTIAL-1,substantial'].join('\n');
    const before = await byExternalId('PARTIAL-1');
    await result(await importMatrix(csv, 'filename=C%3A%5Cministerio%5Cmatriz-2026.csv'));
    const after = await byExternalId('PARTIAL-1');
    expect(after.updates).toHaveLength(before.updates.length + 1);
    expect(after.updates.at(-1)).toMatchObject({
      date: TODAY,
      status: 'substantial',
      evidence: [],
      summary: { original: 'en', text: { en: 'Changed by import of matriz-2026.csv.' } },
    });
    expect(after.updates.at(-1)?.summary.text.es).toBe('Cambiado por la importación de matriz-2026.csv.');
    expect(after).toMatchObject({ status: 'substantial', lastUpdatedOn: TODAY });

    expect(await result(await importMatrix(csv, 'filename=matriz-2026.csv'))).toMatchObject({ unchanged: 1 });
    expect((await byExternalId('PARTIAL-1')).updates).toHaveLength(after.updates.length);
  });

  test('without a file name the note says "a tracking matrix"; a dry run adds nothing', async () => {
    const csv = ['externalId,status', 'PARTIAL-1,complete'].join('\n');
    const before = await byExternalId('PARTIAL-1');
    await result(await importMatrix(csv, 'dryRun=true'));
    expect((await byExternalId('PARTIAL-1')).updates).toHaveLength(before.updates.length);
    await result(await importMatrix(csv));
    const after = await byExternalId('PARTIAL-1');
    expect(after.updates.at(-1)).toMatchObject({
      status: 'complete',
      summary: { text: { en: 'Changed by import of a tracking matrix.' } },
    });
    // The rows whose status did not change get no entry, however many the batch holds.
    expect(after.updates).toHaveLength(before.updates.length + 1);
  });
});

describe('Excel workbooks', () => {
  const header = [
    'externalId',
    'country',
    'pillar',
    'status',
    'original',
    'title_es',
    'dueDate',
    'amountUsd',
  ];
  /** The rows of both files: the workbook holds a real date and a real number where the CSV has text. */
  const rows: [string, string, string, string, string, string, string, string][] = [
    ['XL-1', 'HN', 'I', 'limited', 'es', 'Centros de atención en Tegucigalpa', '2027-06-30', '250000'],
    ['XL-2', 'HN', 'V', 'limited', 'es', 'Pilar equivocado', '', ''],
    ['XL-3', 'HN', 'II', 'done', 'es', 'Estado inventado', '', ''],
    ['', 'HN', 'I', 'limited', 'es', 'Sin id', '', ''],
    ['XL-5', 'HN', 'III', 'not_started', 'es', '=Fórmula escrita como texto', '2028-01-15', '1e+6'],
  ];
  const csv = [
    header.join(','),
    ...rows.map((r) => r.map((v) => (v.includes(',') ? `"${v}"` : v)).join(',')),
  ].join('\n');
  async function workbook(): Promise<Uint8Array<ArrayBuffer>> {
    const data = [
      header,
      ...rows.map((r) =>
        r.map((value, i) => {
          if (!value) return null;
          if (header[i] === 'dueDate') return { value: new Date(`${value}T00:00:00Z`), format: 'dd/mm/yyyy' };
          if (header[i] === 'amountUsd') return Number(value);
          return value;
        }),
      ),
    ];
    return new Uint8Array(await writeExcelFile(data).toBuffer());
  }

  test('a dry run lists the same errors, per row and cell, as the same matrix in CSV', async () => {
    const fromCsv = await result(await importMatrix(csv, 'dryRun=true'));
    const fromXlsx = await result(await importMatrix(await workbook(), 'dryRun=true', XLSX_TYPE));
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx).toMatchObject({ rows: 5, created: 2 });
    expect(fromXlsx.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'pillar' }),
      expect.objectContaining({ row: 3, column: 'status' }),
      expect.objectContaining({ row: 4, column: 'externalId', code: 'required' }),
    ]);
  });

  test('applying stores the rows with dates and numbers as the CSV would; the same file again changes nothing', async () => {
    const applied = await result(await importMatrix(await workbook(), 'filename=honduras.xlsx', XLSX_TYPE));
    expect(applied).toMatchObject({ dryRun: false, created: 2, updated: 0 });
    expect(await byExternalId('XL-1')).toMatchObject({
      dueDate: '2027-06-30',
      amountUsd: 250000,
      pillar: 'I',
    });
    expect(await byExternalId('XL-5')).toMatchObject({
      dueDate: '2028-01-15',
      amountUsd: 1_000_000,
      title: { text: { es: '=Fórmula escrita como texto' } },
    });
    expect(await result(await importMatrix(await workbook(), '', XLSX_TYPE))).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    // And the CSV of the same matrix agrees that nothing is left to change.
    expect(await result(await importMatrix(csv, 'dryRun=true'))).toMatchObject({ created: 0, updated: 0 });
  });

  test('progress is streamed for a workbook as for a CSV', async () => {
    const data: (string | null)[][] = [['externalId', 'country', 'pillar', 'title_es']];
    for (let i = 0; i < 300; i++) data.push([`XL-BULK-${i}`, 'HN', 'I', `Compromiso ${i}`]);
    const response = await h.app.request('/v1/import/commitments?dryRun=true', {
      method: 'POST',
      headers: { 'content-type': XLSX_TYPE, accept: 'application/x-ndjson', ...bearer(secretariat) },
      body: new Uint8Array(await writeExcelFile(data).toBuffer()),
    });
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'progress').map((l) => l.processed)).toEqual([250]);
    expect(lines.at(-1)).toMatchObject({ type: 'result', rows: 300, created: 300, errors: [] });
  });

  test('a body that is no workbook is a 400 problem that says so; one over the limit, a 413', async () => {
    for (const bytes of [
      new TextEncoder().encode('externalId,country\nX,HN\n'),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]),
      // An Excel 97–2003 file starts with the OLE2 signature.
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    ]) {
      const response = await importMatrix(bytes, 'dryRun=true', XLSX_TYPE);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({
        code: 'malformed-request',
        detail: expect.stringMatching(/\.xlsx/),
      });
    }
    const huge = await importMatrix(new Uint8Array(20 * 1024 * 1024 + 1), 'dryRun=true', XLSX_TYPE);
    expect(huge.status).toBe(413);
    const other = await importMatrix('{}', '', 'application/json');
    expect(other.status).toBe(415);
    expect((await other.json()).detail).toContain(XLSX_TYPE);
  });
});

describe('templates', () => {
  test('CSV: the header row of the import and an example row with hints in the language asked for', async () => {
    const response = await api.get('/v1/import/commitments/template.csv?locale=fr');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="lad-import-template-fr.csv"',
    );
    const text = await response.text();
    const { columns, rows } = parseCsv(text);
    expect(columns).toEqual([...MATRIX_COLUMNS]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ original: 'fr', title_en: '', country: 'CA' });
    expect(rows[0]?.title_fr).toMatch(/engagement/);
    expect(
      (await (await api.get('/v1/import/commitments/template.csv?locale=es')).text()).includes('compromiso'),
    ).toBe(true);
    // The example row is never imported by mistake: its pillar and status cells list the choices.
    const dry = await result(await importMatrix(text, 'dryRun=true'));
    expect(dry).toMatchObject({ created: 0, updated: 0 });
    expect(dry.errors.map((e) => e.column)).toEqual(['pillar', 'status']);
  });

  test('Excel: the same header and example row, one sheet; English by default; an unknown language is a 400', async () => {
    const response = await api.get('/v1/import/commitments/template.xlsx?locale=ht');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    const sheet = await readSheet(Buffer.from(await response.arrayBuffer()));
    expect(sheet[0]).toEqual([...MATRIX_COLUMNS]);
    expect(sheet).toHaveLength(2);
    const row = Object.fromEntries(MATRIX_COLUMNS.map((c, i) => [c, sheet[1]?.[i]]));
    expect(row).toMatchObject({ original: 'ht', country: 'HT', dueDate: '2026-12-31', amountUsd: '250000' });
    expect(String(row.title_ht)).toMatch(/angajman/);
    const english = await api.get('/v1/import/commitments/template.xlsx');
    const fromEnglish = await readSheet(Buffer.from(await english.arrayBuffer()));
    expect(fromEnglish[1]?.[MATRIX_COLUMNS.indexOf('title_en')]).toMatch(/^Short title/);
    expect((await api.get('/v1/import/commitments/template.csv?locale=de')).status).toBe(400);
  });
});
