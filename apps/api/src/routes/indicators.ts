import {
  CORE_LOCALES,
  Indicator,
  IndicatorInput,
  Measurement,
  MeasurementInput,
  ProgressQuery,
  ProgressSummary,
} from '@lad/sdk';
import type { Context } from 'hono';
import { toCsv } from '../csv.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { canTouchCommitment, forbidden } from '../http/scope.js';
import { idParam, readJson, readQuery } from '../http/validate.js';
import { audit, diff } from '../store/audit.js';
import { fieldsOf, getCommitmentRow } from '../store/commitments.js';
import { formatSources } from '../store/import.js';
import {
  addMeasurement,
  allIndicatorsForExport,
  createIndicator,
  getIndicator,
} from '../store/indicators.js';
import { progressSummary } from '../store/progress.js';
import { actorOf, CURATORS, change, deps } from './shared.js';

/**
 * A curator may touch an indicator of a commitment in scope (its country, if given, that
 * commitment's), or one of their own country with no commitment. A token never gives an
 * indicator a country it does not own.
 */
async function assertIndicatorScope(
  c: Context<AppEnv>,
  target: { commitmentId?: string | null | undefined; country?: string | null | undefined },
) {
  const actor = actorOf(c);
  if (actor.role === 'secretariat') return;
  const country = target.country ?? null;
  if (target.commitmentId) {
    const row = await getCommitmentRow(deps(c).db.kysely, target.commitmentId);
    if (row && canTouchCommitment(actor, fieldsOf(row)) && (country === null || country === row.country))
      return;
  } else if (actor.role === 'country' && country === actor.scope) {
    return;
  }
  throw forbidden('this indicator');
}

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
      tag: 'Curation',
      access: CURATORS,
      body: { schema: IndicatorInput, contentType: 'application/json' },
      response: { status: 201, description: 'Created.', schema: Indicator },
      errors: [400, 401, 403, 415, 422],
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
      method: 'get',
      path: '/v1/export/indicators.csv',
      operationId: 'exportIndicatorsCsv',
      summary: 'Every indicator and measurement as CSV (UTF-8 with BOM, one column per language)',
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
      const indicators = await allIndicatorsForExport(deps(c).db.kysely);
      const columns = [
        'indicatorId',
        'commitmentId',
        'country',
        'pillar',
        'kind',
        'unit',
        'direction',
        ...CORE_LOCALES.map((l) => `name_${l}`),
        'baseline',
        'baselineDate',
        'target',
        'targetDate',
        'progress',
        'measurementId',
        'date',
        'value',
        'source',
      ];
      const rows = indicators.flatMap((i) => {
        const base: Record<string, unknown> = {
          indicatorId: i.id,
          commitmentId: i.commitmentId ?? '',
          country: i.country ?? '',
          pillar: i.pillar ?? '',
          kind: i.kind,
          unit: i.unit ?? '',
          direction: i.direction,
          baseline: i.baseline?.value ?? '',
          baselineDate: i.baseline?.date ?? '',
          target: i.target?.value ?? '',
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
