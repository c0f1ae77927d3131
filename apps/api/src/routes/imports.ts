import { ImportJob, ImportJobList, ImportKind, plainText } from '@lad/sdk';
import * as z from 'zod/mini';
import { ProblemError } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { idParam, readQuery } from '../http/validate.js';
import { applyImportJob, startImportJob } from '../imports/jobs.js';
import { importFileName, readMatrix } from '../imports/matrix.js';
import { getOwnImportJob, listOwnImportJobs, recoverImportJobs, toImportJob } from '../store/import-jobs.js';
import { XLSX_TYPE } from '../xlsx.js';
import { actorOf, CURATORS, deps } from './shared.js';

const StartQuery = z.object({
  /** What the matrix holds: commitments (the tracking matrix), or indicators and measurements. */
  kind: ImportKind,
  /** The file's name, shown with the job and in the timeline note of each status it changes. */
  filename: z.optional(plainText(200)),
});

/** A job is only ever shown to whoever started it; anyone else is told there is no such job. */
const notFound = () => new ProblemError(404, 'not-found', { detail: 'No import job of yours has this id.' });

export function registerImports(r: Registry): void {
  r.add(
    {
      method: 'post',
      path: '/v1/import/jobs',
      operationId: 'startImport',
      summary: 'Start an import job: a matrix checked, then applied, on the server, with progress',
      description:
        "The body is a matrix as for `POST /v1/import/commitments` (`kind=commitments`) or `POST /v1/import/indicators` (`kind=indicators`): CSV or an Excel workbook. A body that cannot be read, or a file without its key column, is refused at once as there. Otherwise the job is answered at once, `checking`, and goes on on the server whether or not the page that started it stays open: follow it with `GET /v1/import/jobs/{id}` (`progress`) until it is `checked` — its `result` is the dry run, with each changed row's `label` and `diff` — then apply it with `POST /v1/import/jobs/{id}/apply`. A job that fails says why in `error`; one cut short by a server restart fails with the code `interrupted`. Only whoever started a job sees it (the same person, or the same token); jobs are kept 30 days.",
      tag: 'Curation',
      access: CURATORS,
      query: StartQuery,
      body: {
        contentType: 'text/csv',
        otherContentTypes: [XLSX_TYPE],
        description: 'The matrix: CSV (UTF-8, header row) or an Excel workbook (first sheet).',
      },
      response: { status: 202, description: 'The job, checking the file.', schema: ImportJob },
      errors: [400, 401, 403, 413, 415],
      cache: 'none',
    },
    async (c) => {
      const { kind } = readQuery(c, StartQuery);
      const fileName = importFileName(c);
      const matrix = await readMatrix(c);
      const job = await startImportJob(deps(c), { kind, fileName, matrix, actor: actorOf(c) });
      return c.json(job, 202);
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/import/jobs',
      operationId: 'listImportJobs',
      summary: 'The 20 newest import jobs you started, newest first',
      description: 'Those of the person signed in (in any of their roles), or of the token used.',
      tag: 'Curation',
      access: CURATORS,
      response: { status: 200, description: 'The jobs, newest first.', schema: ImportJobList },
      errors: [401, 403],
      cache: 'none',
    },
    async (c) => {
      await recoverImportJobs(deps(c).db.kysely, deps(c).now(), { sweep: false });
      const rows = await listOwnImportJobs(deps(c).db.kysely, actorOf(c));
      return c.json({ items: rows.map(toImportJob) });
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/import/jobs/{id}',
      operationId: 'getImportJob',
      summary: 'An import job as it is now: its status and progress, then its result',
      description:
        'Ask again every second or two while it is `checking` or `applying`; `progress` says how many rows of the current stage are done. A job someone else started is a 404.',
      tag: 'Curation',
      access: CURATORS,
      response: { status: 200, description: 'The job.', schema: ImportJob },
      errors: [401, 403, 404],
      cache: 'none',
    },
    async (c) => {
      await recoverImportJobs(deps(c).db.kysely, deps(c).now(), { sweep: false });
      const row = await getOwnImportJob(deps(c).db.kysely, idParam(c), actorOf(c));
      if (!row) throw notFound();
      return c.json(toImportJob(row));
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/import/jobs/{id}/apply',
      operationId: 'applyImportJob',
      summary: 'Apply a checked import job',
      description:
        'The file is checked again against what is stored now, in the scope of the role you act in now, and its rows without errors are stored 200 per transaction, as by `POST /v1/import/commitments`; the job is `applying`, then `applied` with what was done in `result`. Only a `checked` job can be applied: any other is a 409 `conflict` that says why. A job someone else started is a 404.',
      tag: 'Curation',
      access: CURATORS,
      response: { status: 202, description: 'The job, applying.', schema: ImportJob },
      errors: [401, 403, 404, 409],
      cache: 'none',
    },
    async (c) => {
      const actor = actorOf(c);
      const row = await getOwnImportJob(deps(c).db.kysely, idParam(c), actor);
      if (!row) throw notFound();
      return c.json(await applyImportJob(deps(c), row, actor), 202);
    },
  );
}
