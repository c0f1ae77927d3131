import {
  type ActionPackage,
  Commitment,
  CommitmentDetail,
  CommitmentInput,
  CommitmentPatch,
  CommitmentQuery,
  CommitmentUpdate,
  CommitmentUpdateInput,
  CoreLocale,
  ImportResult,
  Page,
  type RegionalMechanism,
} from '@lad/sdk';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { toCsv } from '../csv.js';
import type { Database } from '../db/index.js';
import type { AppEnv } from '../http/env.js';
import { asProblem, ProblemError, validationProblem } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { canTouchCommitment, commitmentPlacement, forbidden, mayPlace } from '../http/scope.js';
import { check, idParam, readJson, readQuery } from '../http/validate.js';
import { requireCommitmentKey, runCommitmentImport } from '../imports/commitments.js';
import { ImportQuery, importFileName, readMatrix } from '../imports/matrix.js';
import type { ImportContext } from '../imports/types.js';
import { audit, diff } from '../store/audit.js';
import {
  addCommitmentUpdate,
  addStatusChanges,
  allCommitments,
  applyPatch,
  BadCursorError,
  type CommitmentFields,
  commitmentFields,
  curatorStatusNote,
  fieldsOf,
  getCommitment,
  getCommitmentRow,
  insertCommitment,
  listCommitments,
  updateCommitment,
} from '../store/commitments.js';
import { commitmentToRow, MATRIX_COLUMNS, templateRow, templateSheet } from '../store/import.js';
import { listReference } from '../store/reference.js';
import { iso, sha256 } from '../store/util.js';
import { toXlsx, XLSX_TYPE } from '../xlsx.js';
import { actorOf, CURATORS, change, deps } from './shared.js';

/** Exports take the list's filters, without paging. */
const ExportQuery = z.omit(CommitmentQuery, { cursor: true, limit: true });

const badCursor = () =>
  validationProblem(
    [{ path: ['cursor'], code: 'invalid_cursor', message: 'Not a cursor from this list.' }],
    400,
  );

/** 422 when a commitment refers to an action package or mechanism that does not exist. */
async function checkReferences(
  db: Kysely<Database>,
  f: Pick<CommitmentFields, 'actionPackages' | 'mechanisms'>,
) {
  const packages = new Set((await listReference<ActionPackage>(db, 'action_package')).map((p) => p.id));
  const mechanisms = new Set((await listReference<RegionalMechanism>(db, 'mechanism')).map((m) => m.id));
  const errors = [
    ...f.actionPackages.flatMap((p, i) =>
      packages.has(p)
        ? []
        : [
            {
              path: ['actionPackages', i],
              code: 'unknown_reference',
              message: `Unknown action package: ${p}.`,
            },
          ],
    ),
    ...f.mechanisms.flatMap((m, i) =>
      mechanisms.has(m)
        ? []
        : [{ path: ['mechanisms', i], code: 'unknown_reference', message: `Unknown mechanism: ${m}.` }],
    ),
  ];
  if (errors.length) throw validationProblem(errors);
  return { packages, mechanisms };
}

/** 409 when another commitment already has this external id (a matrix key must be unique). */
async function assertExternalIdFree(c: Context<AppEnv>, externalId: string, db = deps(c).db.kysely) {
  const clash = await db
    .selectFrom('commitments')
    .select('id')
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  if (clash)
    throw new ProblemError(409, 'conflict', {
      detail: `externalId ${externalId} is already used by ${clash.id}.`,
    });
}

async function loadForChange(c: Context<AppEnv>) {
  const row = await getCommitmentRow(deps(c).db.kysely, idParam(c));
  if (!row) throw new ProblemError(404, 'not-found');
  const fields = fieldsOf(row);
  if (!canTouchCommitment(actorOf(c), fields)) throw forbidden('this commitment');
  return { row, fields };
}

/**
 * A commitment's version: a strong ETag of its whole answer (fields, timeline, indicators), so it
 * changes with anything a reader sees and a client can send it back as `If-Match`.
 */
const versionOf = (detail: CommitmentDetail) => `"${sha256(JSON.stringify(detail)).slice(0, 32)}"`;

/** Whether an `If-Match` header names `etag` (strong comparison: a weak tag never matches). */
const ifMatches = (header: string, etag: string) =>
  header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === etag);

/**
 * 412 unless `ifMatch` names the commitment's current version, read in the writing transaction
 * after taking the row's write lock (a no-op update), so two curators who loaded the same version
 * cannot both write over it. The problem carries the current commitment (`current`) and its ETag,
 * for the client to show both versions side by side.
 */
async function assertVersion(trx: Kysely<Database>, id: string, ifMatch: string) {
  await trx
    .updateTable('commitments')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .execute();
  const current = (await getCommitment(trx, id)) as CommitmentDetail;
  const etag = versionOf(current);
  if (!ifMatches(ifMatch, etag))
    throw new ProblemError(412, 'precondition-failed', {
      detail:
        'The commitment was changed since this version was read (If-Match). `current` is the version stored now; apply your change to it and send it again with its ETag.',
      current,
      headers: { etag },
    });
}

const TemplateQuery = z.object({ locale: z.optional(CoreLocale) });

/** Import templates as workbooks, per language (see the template route). */
const workbookTemplates = new Map<string, Uint8Array<ArrayBuffer>>();

export function registerCommitments(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/commitments',
      operationId: 'listCommitments',
      summary: 'Commitments, most recently updated first, filtered and paginated by cursor',
      description:
        '`q` searches titles and descriptions in every language, accents ignored. `locale` keeps commitments whose title exists in that language.',
      tag: 'Commitments',
      access: 'public',
      query: CommitmentQuery,
      response: { status: 200, description: 'One page.', schema: Page(Commitment) },
      errors: [400],
      cache: 'revision',
    },
    async (c) => {
      const query = readQuery(c, CommitmentQuery);
      try {
        return c.json(await listCommitments(deps(c).db.kysely, query));
      } catch (error) {
        if (error instanceof BadCursorError) throw badCursor();
        throw error;
      }
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/commitments/{id}',
      operationId: 'getCommitment',
      summary: 'A commitment with its timeline, indicators, measurements, sources and consultation',
      description:
        "The `ETag` is this commitment's version (strong): send it as `If-Match` with `PATCH /v1/commitments/{id}` so that a change made meanwhile is never overwritten.",
      tag: 'Commitments',
      access: 'public',
      response: { status: 200, description: 'The commitment.', schema: CommitmentDetail },
      errors: [404],
      cache: 'revision',
    },
    async (c) => {
      const commitment = await getCommitment(deps(c).db.kysely, idParam(c));
      if (!commitment) throw new ProblemError(404, 'not-found');
      // Its own version, not the data revision: what a curator sends back as If-Match.
      c.header('etag', versionOf(commitment));
      return c.json(commitment);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/commitments',
      operationId: 'createCommitment',
      summary: 'Create a commitment',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: CommitmentInput, contentType: 'application/json' },
      response: { status: 201, description: 'Created.', schema: CommitmentDetail },
      errors: [400, 401, 403, 409, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const input = await readJson(c, CommitmentInput);
      const fields = commitmentFields(input);
      if (!canTouchCommitment(actorOf(c), fields) || !mayPlace(actorOf(c), null, commitmentPlacement(fields)))
        throw forbidden('this country or action package');
      await checkReferences(db.kysely, fields);
      const id = await change(c, async (trx) => {
        if (fields.externalId) await assertExternalIdFree(c, fields.externalId, trx);
        const id = await insertCommitment(trx, fields, now());
        await audit(
          trx,
          actorOf(c),
          'commitment.create',
          { type: 'commitment', id },
          diff(null, fields),
          now(),
        );
        return id;
      });
      return c.json(await getCommitment(db.kysely, id), 201);
    },
  );

  r.add(
    {
      method: 'patch',
      path: '/v1/commitments/{id}',
      operationId: 'updateCommitment',
      summary: 'Change a commitment',
      description:
        "With `If-Match` (the `ETag` of `GET /v1/commitments/{id}`), the change is made only on that version: otherwise 412 `precondition-failed`, whose `current` is the commitment as stored now. Without it, the change is made on whatever is stored. A change of `status` adds a dated update to the timeline: `statusChange` gives its date (default today, not before the latest update), summary and evidence. The answer's `ETag` is the new version.",
      tag: 'Curation',
      access: CURATORS,
      body: { schema: CommitmentPatch, contentType: 'application/json' },
      response: { status: 200, description: 'Changed.', schema: CommitmentDetail },
      errors: [400, 401, 403, 404, 412, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const patch = await readJson(c, CommitmentPatch);
      const ifMatch = c.req.header('if-match');
      const { row, fields } = await loadForChange(c);
      const next = applyPatch(fields, patch);
      check(CommitmentInput, next);
      const statusChanged = next.status !== fields.status;
      const today = iso(now()).slice(0, 10);
      const date = patch.statusChange?.date ?? today;
      if (patch.statusChange && !statusChanged)
        throw validationProblem([
          {
            path: ['statusChange'],
            code: 'no_status_change',
            message: 'statusChange describes a change of status, and this patch leaves the status as it is.',
          },
        ]);
      // The newest update sets the status: a change dated before the latest would be overruled,
      // and one dated ahead would overrule every change made until then.
      const earliest = row.last_updated_on;
      if (statusChanged && ((earliest && date < earliest) || date > today))
        throw validationProblem([
          {
            path: ['statusChange', 'date'],
            code: 'date_out_of_range',
            message:
              date > today
                ? 'A status change cannot be dated in the future.'
                : `A status change cannot be dated before the latest update (${earliest}).`,
            params: { ...(earliest ? { minimum: earliest } : {}), maximum: today },
          },
        ]);
      if (next.externalId && next.externalId !== fields.externalId)
        await assertExternalIdFree(c, next.externalId);
      if (
        !canTouchCommitment(actorOf(c), next) ||
        !mayPlace(actorOf(c), commitmentPlacement(fields), commitmentPlacement(next))
      )
        throw forbidden('the country or action package it would move to');
      await checkReferences(db.kysely, next);
      await change(c, async (trx) => {
        if (ifMatch !== undefined) await assertVersion(trx, row.id, ifMatch);
        await updateCommitment(trx, row.id, next, now());
        if (statusChanged)
          await addStatusChanges(
            trx,
            [
              {
                commitmentId: row.id,
                date,
                status: next.status,
                summary: patch.statusChange?.summary ?? curatorStatusNote(),
                evidence: patch.statusChange?.evidence ?? [],
              },
            ],
            now(),
          );
        await audit(
          trx,
          actorOf(c),
          'commitment.update',
          { type: 'commitment', id: row.id },
          diff(fields, next),
          now(),
        );
      });
      const detail = (await getCommitment(db.kysely, row.id)) as CommitmentDetail;
      c.header('etag', versionOf(detail));
      return c.json(detail);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/commitments/{id}/updates',
      operationId: 'addCommitmentUpdate',
      summary: 'Add a dated update with evidence to a commitment; the newest sets its status',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: CommitmentUpdateInput, contentType: 'application/json' },
      response: { status: 201, description: 'Added.', schema: CommitmentUpdate },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const input = await readJson(c, CommitmentUpdateInput);
      const { row } = await loadForChange(c);
      const update = await change(c, async (trx) => {
        const update = await addCommitmentUpdate(trx, row.id, input, now());
        await audit(
          trx,
          actorOf(c),
          'commitment.add_update',
          { type: 'commitment', id: row.id },
          diff(null, { ...input }),
          now(),
        );
        return update;
      });
      return c.json(update, 201);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/import/commitments',
      operationId: 'importCommitments',
      summary:
        "Import a country's tracking matrix (CSV or Excel workbook); `dryRun=true` shows the changes and row errors",
      description:
        'The body is the matrix as `text/csv` (UTF-8, header row) or as an Excel workbook (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`: its first sheet, first row the same headers; dates read as `YYYY-MM-DD`). Columns are those of `/v1/export/commitments.csv` (templates: `/v1/import/commitments/template.csv|.xlsx`); a column the file does not have — or, for a title or description, a language it has no column for — keeps the stored value. Rows are matched by `externalId` (or the exported `id`), so applying the same file again changes nothing. Rows with errors are not applied. Each status the import changes adds a dated update to the timeline, "Changed by import of <filename>" (the `filename` parameter; "a tracking matrix" without it). With `Accept: application/x-ndjson`, progress lines (`{"type":"progress","stage":"check"|"apply","processed":n,"total":m}`) are streamed before the final `{"type":"result",…}`.',
      tag: 'Curation',
      access: CURATORS,
      query: ImportQuery,
      body: {
        contentType: 'text/csv',
        otherContentTypes: [XLSX_TYPE],
        description: 'The tracking matrix: CSV (UTF-8, header row) or an Excel workbook (first sheet).',
      },
      response: { status: 200, description: 'What was (or would be) done.', schema: ImportResult },
      errors: [400, 401, 403, 413, 415],
      cache: 'none',
    },
    async (c) => {
      const { db, now, log } = deps(c);
      const requestId = c.get('requestId');
      const fileName = importFileName(c);
      const matrix = await readMatrix(c);
      // Before the answer starts: a file without its key column is a 400, not a line of a stream.
      requireCommitmentKey(matrix);
      const run = (onProgress?: ImportContext['onProgress']) =>
        runCommitmentImport(matrix, {
          db: db.kysely,
          actor: actorOf(c),
          now,
          fileName,
          dryRun: c.req.query('dryRun') === 'true',
          requestId,
          onError: (fields) => log('error', { msg: 'import failed', id: requestId, ...fields }),
          ...(onProgress ? { onProgress } : {}),
        });
      if ((c.req.header('accept') ?? '').includes('application/x-ndjson')) {
        const encoder = new TextEncoder();
        const stream = new ReadableStream({
          async start(controller) {
            const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
            try {
              const result = await run((p) => line({ type: 'progress', ...p }));
              line({ type: 'result', ...result });
            } catch (error) {
              // A problem says what went wrong in the user's terms; anything else is logged and
              // named only by the request id.
              const problem = asProblem(error, requestId, (fields) =>
                log('error', { msg: 'import failed', id: requestId, ...fields }),
              );
              line({ ...problem.body(), type: 'error', problem: problem.code });
            }
            controller.close();
          },
        });
        return new Response(stream, {
          headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' },
        });
      }
      return c.json(await run());
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    r.add(
      {
        method: 'get',
        path: `/v1/import/commitments/template.${format}`,
        operationId: format === 'csv' ? 'commitmentsImportTemplateCsv' : 'commitmentsImportTemplateXlsx',
        summary: `An empty tracking matrix (${format === 'csv' ? 'CSV' : 'Excel workbook'}) to fill in and import`,
        description:
          'The header row of `POST /v1/import/commitments` and one example row whose free-text cells are hints in `locale` (default `en`). Its pillar and status cells list the values allowed, so the example row is never imported by mistake: delete it before importing.',
        tag: 'Curation',
        access: 'public',
        query: TemplateQuery,
        response: {
          status: 200,
          description: format === 'csv' ? 'CSV (UTF-8 with BOM).' : 'An Excel workbook of one sheet.',
          contentType: format === 'csv' ? 'text/csv' : XLSX_TYPE,
        },
        errors: [400],
        cache: 'revision',
      },
      async (c) => {
        const locale = readQuery(c, TemplateQuery).locale ?? 'en';
        const columns = [...MATRIX_COLUMNS];
        const rows = [templateRow(locale)];
        const disposition = `attachment; filename="lad-import-template-${locale}.${format}"`;
        if (format === 'csv')
          return c.body(toCsv(columns, rows), 200, {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': disposition,
          });
        let workbook = workbookTemplates.get(locale);
        if (!workbook) {
          // Made once per language: a workbook carries the time it was written, and the same
          // template should be the same bytes (and ETag) every time it is asked for.
          workbook = new Uint8Array(await toXlsx(columns, rows, templateSheet(locale)));
          workbookTemplates.set(locale, workbook);
        }
        return c.body(workbook, 200, {
          'content-type': XLSX_TYPE,
          'content-disposition': disposition,
        });
      },
    );
  }

  r.add(
    {
      method: 'get',
      path: '/v1/export/commitments.csv',
      operationId: 'exportCommitmentsCsv',
      summary:
        'Commitments as CSV (UTF-8 with BOM, one column per language), with the list filters; importable back',
      tag: 'Open data',
      access: 'public',
      query: ExportQuery,
      response: { status: 200, description: 'CSV.', contentType: 'text/csv' },
      errors: [],
      cache: 'revision',
    },
    async (c) => {
      const commitments = await allCommitments(deps(c).db.kysely, readQuery(c, ExportQuery));
      const columns = ['id', ...MATRIX_COLUMNS, 'lastUpdatedOn', 'updatedAt', 'demo'];
      const rows = commitments.map((cm) => ({
        id: cm.id,
        ...commitmentToRow(cm),
        lastUpdatedOn: cm.lastUpdatedOn ?? '',
        updatedAt: cm.updatedAt,
        demo: cm.demo ? 'true' : 'false',
      }));
      return c.body(toCsv(columns, rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="lad-commitments.csv"',
      });
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/export/commitments.json',
      operationId: 'exportCommitmentsJson',
      summary: 'Commitments as JSON, with the list filters',
      tag: 'Open data',
      access: 'public',
      query: ExportQuery,
      response: { status: 200, description: 'All commitments.', schema: z.array(Commitment) },
      errors: [],
      cache: 'revision',
    },
    async (c) => {
      c.header('content-disposition', 'attachment; filename="lad-commitments.json"');
      return c.json(await allCommitments(deps(c).db.kysely, readQuery(c, ExportQuery)));
    },
  );
}
