import type { CommitmentDetail, ImportJob, ImportJobList, ImportResult } from '@lad/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { settleImportJobs } from '../imports/jobs.js';
import { createAccount, createSession } from '../store/accounts.js';
import { recoverImportJobs, SILENT_MS } from '../store/import-jobs.js';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';
import { XLSX_TYPE } from '../xlsx.js';

// Imports as jobs on the server: started with the file, checked in the background, reviewed,
// applied — followed by asking for the job, as the console does after its page was closed.

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
/** Request headers that say who asks: a bearer token, or a console session and its role. */
type Auth = Record<string, string>;
beforeAll(async () => {
  h = await createHarness({}, { demo: false });
  api = client(h);
  secretariat = await h.token('secretariat');
  // What is stored before the jobs: two Honduran commitments.
  const base = await api.request(
    'POST',
    '/v1/import/commitments',
    [
      'externalId,country,pillar,status,original,title_es,title_en,dueDate',
      'JOB-1,HN,I,limited,es,Centros de atención en Tegucigalpa,Care centres in Tegucigalpa,2027-06-30',
      'JOB-2,HN,II,limited,es,Visas humanitarias,,',
    ].join('\n'),
    { 'content-type': 'text/csv', ...bearer(secretariat) },
  );
  expect(base.status).toBe(200);
});
afterAll(async () => {
  await settleImportJobs(h.deps);
  await h?.close();
});

const TODAY = T0.toISOString().slice(0, 10);

/** Starts a job; each a second after the one before, so that "newest first" has an order. */
function start(
  body: string | Uint8Array<ArrayBuffer>,
  { query = 'kind=commitments', auth = bearer(secretariat) as Auth, type = 'text/csv; charset=utf-8' } = {},
) {
  h.clock.advance(1_000);
  return h.app.request(`/v1/import/jobs?${query}`, {
    method: 'POST',
    headers: { 'content-type': type, ...auth },
    body,
  });
}
const accepted = async (response: Response) => {
  expect(response.status).toBe(202);
  return (await response.json()) as ImportJob;
};
const getJob = (id: string, auth: Auth = bearer(secretariat)) => api.get(`/v1/import/jobs/${id}`, auth);
const apply = (id: string, auth: Auth = bearer(secretariat)) =>
  api.request('POST', `/v1/import/jobs/${id}/apply`, undefined, auth);
/** The job once its stage has run, as asked for again. */
async function settled(id: string, auth: Auth = bearer(secretariat)): Promise<ImportJob> {
  await settleImportJobs(h.deps);
  const response = await getJob(id, auth);
  expect(response.status).toBe(200);
  return (await response.json()) as ImportJob;
}
async function byExternalId(externalId: string): Promise<CommitmentDetail | undefined> {
  const row = await h.db.kysely
    .selectFrom('commitments')
    .select('id')
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  if (!row) return undefined;
  return (await (await api.get(`/v1/commitments/${row.id}`)).json()) as CommitmentDetail;
}

const MATRIX = [
  'externalId,country,pillar,status,original,title_es,dueDate',
  'JOB-1,HN,I,substantial,es,Centros de atención en Tegucigalpa,2027-12-31',
  'JOB-3,HN,III,not_started,es,Becas para jóvenes retornados,',
  'JOB-4,HN,V,limited,es,Pilar inventado,',
  'JOB-2,HN,II,limited,es,Visas humanitarias,',
].join('\n');

describe('a job checks the file, waits for review, then applies it', () => {
  let job: ImportJob;

  test('started: answered at once, checking; checked: counts, the refused row, each change with its label and diff; nothing stored', async () => {
    const started = await accepted(
      await start(MATRIX, { query: 'kind=commitments&filename=C%3A%5Cmatriz.csv' }),
    );
    expect(started).toMatchObject({
      kind: 'commitments',
      fileName: 'matriz.csv',
      format: 'csv',
      status: 'checking',
      progress: { stage: 'check', processed: 0, total: 4 },
      result: null,
      error: null,
      createdBy: 'test secretariat',
    });
    // The console polls until the check is done.
    let polled = started;
    for (let i = 0; i < 500 && polled.status === 'checking'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      polled = (await (await getJob(started.id)).json()) as ImportJob;
    }
    job = await settled(started.id);
    expect(job).toMatchObject({ status: 'checked', progress: { stage: 'check', processed: 4, total: 4 } });
    const result = job.result as ImportResult;
    expect(result).toMatchObject({ dryRun: true, rows: 4, created: 1, updated: 1, unchanged: 1 });
    expect(result.errors).toEqual([expect.objectContaining({ row: 3, column: 'pillar' })]);
    expect(result.changes).toEqual([
      {
        row: 1,
        externalId: 'JOB-1',
        action: 'update',
        fields: ['status', 'dueDate'],
        label: 'Centros de atención en Tegucigalpa',
        diff: {
          status: { from: 'limited', to: 'substantial' },
          dueDate: { from: '2027-06-30', to: '2027-12-31' },
        },
      },
      expect.objectContaining({
        row: 2,
        externalId: 'JOB-3',
        action: 'create',
        label: 'Becas para jóvenes retornados',
      }),
      { row: 4, externalId: 'JOB-2', action: 'unchanged', fields: [], label: 'Visas humanitarias' },
    ]);
    // A new commitment's diff is what it will hold: no `from`.
    expect(result.changes[1]?.diff).toMatchObject({
      country: { to: 'HN' },
      pillar: { to: 'III' },
      status: { to: 'not_started' },
    });
    expect(Object.values(result.changes[1]?.diff ?? {}).some((d) => 'from' in d)).toBe(false);
    expect(await byExternalId('JOB-3')).toBeUndefined();
    expect(await byExternalId('JOB-1')).toMatchObject({ status: 'limited', dueDate: '2027-06-30' });
  });

  test('applied: the public record shows the change, its status change is in the timeline, the file is dropped', async () => {
    const applying = await accepted(await apply(job.id));
    expect(applying.status).toBe('applying');
    const applied = await settled(job.id);
    expect(applied).toMatchObject({
      status: 'applied',
      progress: { stage: 'apply', processed: 2, total: 2 },
      result: { dryRun: false, created: 1, updated: 1, unchanged: 1 },
      error: null,
    });
    const one = await byExternalId('JOB-1');
    expect(one).toMatchObject({ status: 'substantial', dueDate: '2027-12-31' });
    expect(one?.updates.at(-1)).toMatchObject({
      date: TODAY,
      status: 'substantial',
      summary: { text: { en: 'Changed by import of matriz.csv.' } },
    });
    const listed = (await (await api.get('/v1/commitments?country=HN&limit=100')).json()) as {
      items: { externalId: string | null; status: string }[];
    };
    expect(listed.items.find((c) => c.externalId === 'JOB-1')?.status).toBe('substantial');
    expect(listed.items.some((c) => c.externalId === 'JOB-3')).toBe(true);
    const audit = (await (await api.get('/v1/audit?limit=5', bearer(secretariat))).json()) as {
      items: { action: string }[];
    };
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['commitment.import.update', 'commitment.import.create']),
    );
    const row = await h.db.kysely
      .selectFrom('import_jobs')
      .select('input')
      .where('id', '=', job.id)
      .executeTakeFirstOrThrow();
    expect(row.input).toBeNull();
  });

  test('applying it again is a 409 that says it was applied; the same file again changes nothing', async () => {
    const again = await apply(job.id);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      code: 'conflict',
      detail: expect.stringMatching(/applied already/),
    });

    const second = await settled((await accepted(await start(MATRIX))).id);
    expect(second.result).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(second.result?.changes.every((c) => c.action === 'unchanged' && !c.diff)).toBe(true);
  });

  test('a job still checking cannot be applied yet', async () => {
    const job = await settled((await accepted(await start(MATRIX))).id);
    // Held in `checking`, as a large file is for a while (a real one would race the request).
    const hold = (status: string) =>
      h.db.kysely.updateTable('import_jobs').set({ status }).where('id', '=', job.id).execute();
    await hold('checking');
    const early = await apply(job.id);
    expect(early.status).toBe(409);
    expect((await early.json()).detail).toMatch(/still being checked/);
    await hold('checked');
    expect((await accepted(await apply(job.id))).status).toBe('applying');
    expect((await settled(job.id)).status).toBe('applied');
  });
});

describe('files', () => {
  test('an Excel workbook goes through a job as a CSV does', async () => {
    const data = [
      ['externalId', 'country', 'pillar', 'status', 'title_es', 'dueDate'],
      [
        'JOB-XL-1',
        'HN',
        'IV',
        'limited',
        'Ferias de empleo',
        { value: new Date('2028-03-31T00:00:00Z'), format: 'dd/mm/yyyy' },
      ],
      ['JOB-1', 'HN', 'I', 'complete', 'Centros de atención en Tegucigalpa', null],
    ];
    const body = new Uint8Array(await writeExcelFile(data).toBuffer());
    const started = await accepted(
      await start(body, { type: XLSX_TYPE, query: 'kind=commitments&filename=hn.xlsx' }),
    );
    expect(started.format).toBe('xlsx');
    const checked = await settled(started.id);
    expect(checked.result).toMatchObject({ created: 1, updated: 1, errors: [] });
    expect(checked.result?.changes[1]?.diff).toEqual({
      status: { from: 'substantial', to: 'complete' },
      dueDate: { from: '2027-12-31', to: null },
    });
    expect((await settled((await accepted(await apply(started.id))).id)).status).toBe('applied');
    expect(await byExternalId('JOB-XL-1')).toMatchObject({ dueDate: '2028-03-31', pillar: 'IV' });
  });

  test('a file that cannot be imported at all is refused at once, and no job is kept', async () => {
    const count = async () =>
      Number(
        (
          await h.db.kysely
            .selectFrom('import_jobs')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const missing = await start('title_es\nNuevo\n');
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors).toEqual([
      expect.objectContaining({ path: ['columns', 'externalId'], code: 'missing_column' }),
    ]);
    expect((await start('{}', { type: 'application/json' })).status).toBe(415);
    const workbook = await start(new TextEncoder().encode('not a workbook') as Uint8Array<ArrayBuffer>, {
      type: XLSX_TYPE,
    });
    expect(workbook.status).toBe(400);
    expect((await start(MATRIX, { query: 'kind=events' })).status).toBe(400);
    expect((await start(MATRIX, { query: '' })).status).toBe(400);
    expect(await count()).toBe(before);
  });

  test('progress reaches the total of each stage', async () => {
    const rows = ['externalId,country,pillar,title_es'];
    for (let i = 0; i < 600; i++) rows.push(`JOB-BULK-${i},HN,I,Compromiso ${i}`);
    const started = await accepted(await start(rows.join('\n')));
    expect(started.progress).toEqual({ stage: 'check', processed: 0, total: 600 });
    expect((await settled(started.id)).progress).toEqual({ stage: 'check', processed: 600, total: 600 });
    await apply(started.id);
    const applied = await settled(started.id);
    expect(applied.progress).toEqual({ stage: 'apply', processed: 600, total: 600 });
    expect(applied.result).toMatchObject({ created: 600 });
  });
});

describe('who sees a job', () => {
  test('another token gets 404 for it, cannot apply it, and does not list it; the starter lists theirs newest first', async () => {
    const mine = await settled((await accepted(await start(MATRIX))).id);
    const other = bearer(await h.token('secretariat'));
    expect((await getJob(mine.id, other)).status).toBe(404);
    expect((await apply(mine.id, other)).status).toBe(404);
    expect((await getJob('imp_doesnotexist00', other)).status).toBe(404);
    expect(((await (await api.get('/v1/import/jobs', other)).json()) as ImportJobList).items).toEqual([]);
    const list = (await (await api.get('/v1/import/jobs', bearer(secretariat))).json()) as ImportJobList;
    expect(list.items[0]?.id).toBe(mine.id);
    expect(list.items.length).toBeGreaterThan(3);
    expect(list.items.length).toBeLessThanOrEqual(20);
    const created = list.items.map((j) => j.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    expect((await api.get('/v1/import/jobs')).status).toBe(401);
  });

  test('a person: only they see their job; it is checked in the role they started it in and applied in the one they act in now', async () => {
    const origin = { origin: new URL(h.deps.config.publicUrl).origin, 'x-lad-console': '1' };
    const person = async (
      name: string,
      roles: { role: 'secretariat' | 'country'; scope: string | null }[],
    ) => {
      const id = await createAccount(
        h.db.kysely,
        { email: `${name.toLowerCase()}@lad.example.org`, name, passwordHash: 'not-used', roles },
        h.clock.now,
      );
      const { cookie } = await createSession(h.db.kysely, id, h.clock.now);
      return (role: string) => ({ ...origin, cookie: `lad_session=${cookie}`, 'x-lad-role': role });
    };
    const rosa = await person('Rosa', [
      { role: 'secretariat', scope: null },
      { role: 'country', scope: 'HT' },
    ]);
    const pierre = await person('Pierre', [{ role: 'secretariat', scope: null }]);
    const csv = ['externalId,country,pillar,title_fr', 'JOB-HT-1,HT,I,Écoles', 'JOB-MX-1,MX,I,Écoles'].join(
      '\n',
    );
    const started = await accepted(await start(csv, { auth: rosa('country:HT') }));
    expect(started.createdBy).toBe('Rosa');
    const checked = await settled(started.id, rosa('country:HT'));
    expect(checked.result?.errors).toEqual([expect.objectContaining({ row: 2, code: 'forbidden' })]);
    // The same person in another role still sees it; another person, or a token, does not.
    expect((await getJob(started.id, rosa('secretariat'))).status).toBe(200);
    expect((await getJob(started.id, pierre('secretariat'))).status).toBe(404);
    expect((await getJob(started.id, bearer(secretariat))).status).toBe(404);
    expect((await apply(started.id, pierre('secretariat'))).status).toBe(404);
    await accepted(await apply(started.id, rosa('secretariat')));
    const applied = await settled(started.id, rosa('secretariat'));
    expect(applied.result).toMatchObject({ created: 2, errors: [] });
  });
});

describe('a job that fails says why', () => {
  test('a problem gives its code and sentence; anything else is logged and named by the job id', async () => {
    const fail = async (input: unknown) => {
      const job = await settled((await accepted(await start(MATRIX))).id);
      // Stored files that the runner cannot use, as a later release might find them.
      await h.db.kysely
        .updateTable('import_jobs')
        .set({ input: JSON.stringify(input) })
        .where('id', '=', job.id)
        .execute();
      await accepted(await apply(job.id));
      return settled(job.id);
    };
    const noKey = await fail({ columns: ['title_es'], rows: [{ title_es: 'Nuevo' }], errors: [] });
    expect(noKey).toMatchObject({
      status: 'failed',
      error: { code: 'validation-failed', detail: expect.stringMatching(/externalId/) },
      result: null,
    });
    const broken = await fail({ columns: ['externalId'], rows: [null], errors: [] });
    expect(broken).toMatchObject({
      status: 'failed',
      error: { code: 'internal', detail: expect.stringContaining(broken.id) },
    });
    expect(h.logs).toContainEqual(expect.objectContaining({ level: 'error', job: broken.id }));
    expect((await apply(broken.id)).status).toBe(409);
  });
});

describe('a server that stopped mid-job', () => {
  test('at the next start the job has failed, saying it was interrupted; jobs over 30 days old are gone', async () => {
    const job = await settled((await accepted(await start(MATRIX))).id);
    const old = await settled((await accepted(await start(MATRIX))).id);
    await h.db.kysely
      .updateTable('import_jobs')
      .set({ created_at: new Date(h.clock.now.getTime() - 31 * 86_400_000).toISOString() })
      .where('id', '=', old.id)
      .execute();
    // The process died while applying: the row says `applying`, and nothing runs it any more.
    await h.db.kysely
      .updateTable('import_jobs')
      .set({ status: 'applying' })
      .where('id', '=', job.id)
      .execute();
    // A job still writing its progress may be another instance's, running: left alone.
    expect(await recoverImportJobs(h.db.kysely, h.clock.now, { sweep: false })).toMatchObject({
      interrupted: 0,
    });
    h.clock.advance(SILENT_MS + 1_000);
    const recovered = await recoverImportJobs(h.db.kysely, h.clock.now);
    // The other job was checked long ago and is done: only the silent one failed.
    expect(recovered).toMatchObject({ interrupted: 1, deleted: 1 });
    const failed = (await (await getJob(job.id)).json()) as ImportJob;
    expect(failed).toMatchObject({
      status: 'failed',
      error: { code: 'interrupted', detail: expect.stringMatching(/Start the import again/) },
    });
    expect((await apply(job.id)).status).toBe(409);
    expect((await getJob(old.id)).status).toBe(404);
  });

  test('a process restarted sooner than the job fell silent: the job fails when it is next read', async () => {
    const job = await settled((await accepted(await start(MATRIX))).id);
    await h.db.kysely
      .updateTable('import_jobs')
      .set({ status: 'checking' })
      .where('id', '=', job.id)
      .execute();
    expect(((await (await getJob(job.id)).json()) as ImportJob).status).toBe('checking');
    h.clock.advance(SILENT_MS + 1_000);
    expect((await (await getJob(job.id)).json()) as ImportJob).toMatchObject({
      status: 'failed',
      error: { code: 'interrupted' },
    });
  });
});
