import {
  CORE_LOCALES,
  CoreLocale,
  ImportResult,
  Indicator,
  IndicatorInput,
  Measurement,
  MeasurementInput,
  ProgressQuery,
  ProgressSummary,
} from '@lad/sdk';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { toCsv } from '../csv.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { canTouchIndicator, forbidden } from '../http/scope.js';
import { idParam, readJson, readQuery } from '../http/validate.js';
import {
  INDICATOR_ID_COLUMN,
  INDICATOR_MATRIX_COLUMNS,
  indicatorTemplateRow,
  indicatorTemplateSheet,
  requireIndicatorKey,
  runIndicatorImport,
} from '../imports/indicators.js';
import { ImportQuery, readMatrix } from '../imports/matrix.js';
import { audit, diff } from '../store/audit.js';
import { fieldsOf, getCommitmentRow } from '../store/commitments.js';
import { formatSources } from '../store/import.js';
import {
  addMeasurement,
  allIndicatorsForExport,
  commitmentExternalIds,
  createIndicator,
  getIndicator,
} from '../store/indicators.js';
import { progressSummary } from '../store/progress.js';
import { toXlsx, XLSX_TYPE } from '../xlsx.js';
import { actorOf, CURATORS, change, deps } from './shared.js';

/** Refuses (403) a change to an indicator outside the caller's scope (see `canTouchIndicator`). */
async function assertIndicatorScope(
  c: Context<AppEnv>,
  target: { commitmentId?: string | null | undefined; country?: string | null | undefined },
) {
  const row = target.commitmentId
    ? await getCommitmentRow(deps(c).db.kysely, target.commitmentId)
    : undefined;
  if (!canTouchIndicator(actorOf(c), target, row && fieldsOf(row))) throw forbidden('this indicator');
}

/** Indicators have no timeline for a file name to be noted in: only `dryRun`. */
const IndicatorImportQuery = z.pick(ImportQuery, { dryRun: true });

const TemplateQuery = z.object({ locale: z.optional(CoreLocale) });

/** Templates as workbooks, per language: made once, so the same template is the same bytes (and ETag). */
const workbookTemplates = new Map<string, Uint8Array<ArrayBuffer>>();

export function registerIndicators(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/indicators/{id}',
      operationId: 'getIndicator',
      summary: 'An indicator with its measurements and progress toward its target',
      tag: 'Indicators',
      access: 'public',
      response: { status: 200, description: 'The indicator.', schema: Indicator },
      errors: [404],
      cache: 'revision',
    },
    async (c) => {
      const indicator = await getIndicator(deps(c).db.kysely, idParam(c));
      if (!indicator) throw new ProblemError(404, 'not-found');
      return c.json(indicator);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/indicators',
      operationId: 'createIndicator',
      summary: 'Create a qualitative or quantitative indicator',
      description:
        'An `externalId` is the key the indicators import matches rows by: one another indicator has is a 409.',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: IndicatorInput, contentType: 'application/json' },
      response: { status: 201, description: 'Created.', schema: Indicator },
      errors: [400, 401, 403, 409, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const input = await readJson(c, IndicatorInput);
      if (input.commitmentId && !(await getCommitmentRow(db.kysely, input.commitmentId))) {
        throw new ProblemError(422, 'validation-failed', {
          errors: [{ path: ['commitmentId'], code: 'unknown_reference', message: 'No such commitment.' }],
        });
      }
      await assertIndicatorScope(c, input);
      const id = await change(c, async (trx) => {
        const id = await createIndicator(trx, input, now());
        await audit(
          trx,
          actorOf(c),
          'indicator.create',
          { type: 'indicator', id },
          diff(null, { ...input }),
          now(),
        );
        return id;
      });
      return c.json(await getIndicator(db.kysely, id), 201);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/indicators/{id}/measurements',
      operationId: 'addMeasurement',
      summary: 'Add a dated measurement to an indicator',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: MeasurementInput, contentType: 'application/json' },
      response: { status: 201, description: 'Added.', schema: Measurement },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const input = await readJson(c, MeasurementInput);
      const indicator = await getIndicator(db.kysely, idParam(c));
      if (!indicator) throw new ProblemError(404, 'not-found');
      await assertIndicatorScope(c, indicator);
      if (indicator.kind === 'quantitative' && (input.value === undefined || input.value === null)) {
        throw new ProblemError(422, 'validation-failed', {
          errors: [{ path: ['value'], code: 'required', message: 'A quantitative indicator needs a value.' }],
        });
      }
      const measurement = await change(c, async (trx) => {
        const m = await addMeasurement(trx, indicator.id, input, now());
        await audit(
          trx,
          actorOf(c),
          'indicator.add_measurement',
          { type: 'indicator', id: indicator.id },
          diff(null, { ...input }),
          now(),
        );
        return m;
      });
      return c.json(measurement, 201);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/import/indicators',
      operationId: 'importIndicators',
      summary:
        'Import indicators and their dated measurements (CSV or Excel workbook); `dryRun=true` shows the changes and row errors',
      description:
        "The body is the matrix as `text/csv` (UTF-8, header row) or as an Excel workbook (its first sheet, first row the same headers), one row per measurement or per indicator without one. Columns are those of `/v1/export/indicators.csv` (templates: `/v1/import/indicators/template.csv|.xlsx`); only `externalId` is required as a column, and rows are matched by it (an exported row of an indicator without one, by `indicatorId`). The rows of one indicator must agree on its columns. A column the file does not have keeps the stored value. A measurement is matched by its indicator and `date`: the same `value`, `assessment` and `source` leave it unchanged, others update it, a new date adds one, so applying the same file again changes nothing. `commitment` is a commitment's externalId or id. Rows with errors (`{ row, column, code, message }`) are not applied; each change lists its `label` (the indicator's name) and `diff`. For large files, an import job (`POST /v1/import/jobs?kind=indicators`).",
      tag: 'Curation',
      access: CURATORS,
      query: IndicatorImportQuery,
      body: {
        contentType: 'text/csv',
        otherContentTypes: [XLSX_TYPE],
        description: 'The indicators matrix: CSV (UTF-8, header row) or an Excel workbook (first sheet).',
      },
      response: { status: 200, description: 'What was (or would be) done.', schema: ImportResult },
      errors: [400, 401, 403, 409, 413, 415],
      cache: 'none',
    },
    async (c) => {
      const { db, now, log } = deps(c);
      const requestId = c.get('requestId');
      const { dryRun } = readQuery(c, IndicatorImportQuery);
      const matrix = await readMatrix(c);
      requireIndicatorKey(matrix);
      const result = await runIndicatorImport(matrix, {
        db: db.kysely,
        actor: actorOf(c),
        now,
        fileName: null,
        dryRun: dryRun === 'true',
        describe: true,
        requestId,
        onError: (fields) => log('error', { msg: 'import failed', id: requestId, ...fields }),
      });
      return c.json(result);
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    r.add(
      {
        method: 'get',
        path: `/v1/import/indicators/template.${format}`,
        operationId: format === 'csv' ? 'indicatorsImportTemplateCsv' : 'indicatorsImportTemplateXlsx',
        summary: `An empty indicators matrix (${format === 'csv' ? 'CSV' : 'Excel workbook'}) to fill in and import`,
        description:
          'The header row of `POST /v1/import/indicators` and one example row whose free-text cells are hints in `locale` (default `en`). Its pillar and kind cells list the values allowed, so the example row is never imported by mistake: delete it before importing.',
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
        const columns = [...INDICATOR_MATRIX_COLUMNS];
        const rows = [indicatorTemplateRow(locale)];
        const disposition = `attachment; filename="lad-indicators-template-${locale}.${format}"`;
        if (format === 'csv')
          return c.body(toCsv(columns, rows), 200, {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': disposition,
          });
        let workbook = workbookTemplates.get(locale);
        if (!workbook) {
          workbook = new Uint8Array(await toXlsx(columns, rows, indicatorTemplateSheet(locale)));
          workbookTemplates.set(locale, workbook);
        }
        return c.body(workbook, 200, { 'content-type': XLSX_TYPE, 'content-disposition': disposition });
      },
    );
  }

  r.add(
    {
      method: 'get',
      path: '/v1/export/indicators.csv',
      operationId: 'exportIndicatorsCsv',
      summary:
        'Every indicator and measurement as CSV (UTF-8 with BOM, one column per language); importable back',
      description:
        "The columns of `POST /v1/import/indicators`, plus `indicatorId` (the key of a row whose indicator has no `externalId`), `progress` and `measurementId`. `commitment` is the commitment's externalId, else its id; `assessment` is the measurement's note, and a qualitative baseline or target its words, in the `original` language.",
      tag: 'Open data',
      access: 'public',
      response: {
        status: 200,
        description: 'CSV: one row per measurement (or per indicator without any).',
        contentType: 'text/csv',
      },
      errors: [],
      cache: 'revision',
    },
    async (c) => {
      const db = deps(c).db.kysely;
      const indicators = await allIndicatorsForExport(db);
      const commitmentKeys = await commitmentExternalIds(
        db,
        indicators.flatMap((i) => i.commitmentId ?? []),
      );
      const columns = [INDICATOR_ID_COLUMN, ...INDICATOR_MATRIX_COLUMNS, 'progress', 'measurementId'];
      const rows = indicators.flatMap((i) => {
        const language = i.name.original;
        // A baseline or target as the import reads it: a number, or a qualitative one's words.
        const range = (r: Indicator['baseline']) =>
          (i.kind === 'qualitative' ? r?.text?.text[language] : r?.value) ?? '';
        const base: Record<string, unknown> = {
          [INDICATOR_ID_COLUMN]: i.id,
          externalId: i.externalId ?? '',
          // The commitment as its ministry knows it (its externalId), else by its id.
          commitment: i.commitmentId ? (commitmentKeys.get(i.commitmentId) ?? i.commitmentId) : '',
          country: i.country ?? '',
          pillar: i.pillar ?? '',
          kind: i.kind,
          original: language,
          unit: i.unit ?? '',
          direction: i.direction,
          baseline: range(i.baseline),
          baselineDate: i.baseline?.date ?? '',
          target: range(i.target),
          targetDate: i.target?.date ?? '',
          progress: i.progress ?? '',
        };
        for (const l of CORE_LOCALES) base[`name_${l}`] = i.name.text[l] ?? '';
        if (!i.measurements.length) return [base];
        return i.measurements.map((m) => ({
          ...base,
          measurementId: m.id,
          date: m.date,
          value: m.value ?? '',
          // The note in the row's language, which is how the import reads it back.
          assessment: m.note?.text[language] ?? '',
          source: m.source ? formatSources([m.source]) : '',
        }));
      });
      return c.body(toCsv(columns, rows), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="lad-indicators.csv"',
      });
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/progress',
      operationId: 'progressSummary',
      summary:
        'Commitments by status and indicator progress, grouped by country, pillar, action package or mechanism',
      description:
        'Every group is listed, including those with no commitments (Pillar IV is a gap worth seeing).',
      tag: 'Commitments',
      access: 'public',
      query: ProgressQuery,
      response: { status: 200, description: 'The summary.', schema: ProgressSummary },
      errors: [400],
      cache: 'revision',
    },
    async (c) => {
      const query = readQuery(c, ProgressQuery);
      return c.json(
        await progressSummary(
          deps(c).db.kysely,
          { ...query, groupBy: query.groupBy ?? 'pillar' },
          deps(c).now(),
        ),
      );
    },
  );
}
