import {
  type Indicator,
  type IndicatorInput,
  type IndicatorValue,
  indicatorProgress,
  type Measurement,
  type MeasurementInput,
} from '@lad/sdk';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/index.js';
import type { IndicatorTable, MeasurementTable } from '../db/schema.js';
import { fromJson, iso, newId, toJson } from './util.js';

type IndicatorData = Pick<
  Indicator,
  'kind' | 'name' | 'description' | 'unit' | 'direction' | 'baseline' | 'target' | 'sources'
> & { demo?: boolean };

function toMeasurement(row: Selectable<MeasurementTable>): Measurement {
  const data = fromJson<Pick<Measurement, 'note' | 'source'>>(row.data);
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    date: row.date,
    value: row.value,
    note: data.note,
    source: data.source,
    createdAt: row.created_at,
  };
}

function toIndicator(row: Selectable<IndicatorTable>, measurements: Measurement[]): Indicator {
  const { demo, ...data } = fromJson<IndicatorData>(row.data);
  const latest = measurements.at(-1);
  return {
    id: row.id,
    externalId: row.external_id,
    commitmentId: row.commitment_id,
    country: row.country,
    pillar: row.pillar as Indicator['pillar'],
    ...data,
    demo: demo === true,
    measurements,
    progress:
      data.kind === 'quantitative'
        ? indicatorProgress({ baseline: data.baseline?.value, target: data.target?.value }, latest?.value)
        : null,
    updatedAt: row.updated_at,
  };
}

/** Indicators (with measurements, oldest first) of some commitments, by ids, or by external ids. */
export async function loadIndicators(
  db: Kysely<Database>,
  where: { commitmentIds?: string[]; ids?: string[]; externalIds?: string[] },
): Promise<Indicator[]> {
  let query = db.selectFrom('indicators').selectAll();
  if (where.commitmentIds) {
    if (!where.commitmentIds.length) return [];
    query = query.where('commitment_id', 'in', where.commitmentIds);
  }
  if (where.ids) {
    if (!where.ids.length) return [];
    query = query.where('id', 'in', where.ids);
  }
  if (where.externalIds) {
    if (!where.externalIds.length) return [];
    query = query.where('external_id', 'in', where.externalIds);
  }
  const rows = await query.orderBy('id').execute();
  if (!rows.length) return [];
  const measurements = await db
    .selectFrom('measurements')
    .selectAll()
    .where(
      'indicator_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('indicator_id')
    .orderBy('date')
    .orderBy('created_at')
    .execute();
  const byIndicator = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const list = byIndicator.get(m.indicator_id) ?? [];
    list.push(toMeasurement(m));
    byIndicator.set(m.indicator_id, list);
  }
  return rows.map((r) => toIndicator(r, byIndicator.get(r.id) ?? []));
}

export async function getIndicator(db: Kysely<Database>, id: string): Promise<Indicator | undefined> {
  return (await loadIndicators(db, { ids: [id] }))[0];
}

/** A baseline or target as stored: what the curator left out is `null`. */
function rangeValue(value: IndicatorInput['baseline']): IndicatorValue | null {
  if (!value) return null;
  return { value: value.value ?? null, text: value.text ?? null, date: value.date ?? null };
}

/** What a curator (or an import) sets on an indicator: everything but its measurements. */
export type IndicatorFields = Pick<
  Indicator,
  | 'externalId'
  | 'commitmentId'
  | 'country'
  | 'pillar'
  | 'kind'
  | 'name'
  | 'description'
  | 'unit'
  | 'direction'
  | 'baseline'
  | 'target'
  | 'sources'
>;

/** An input with its optional fields filled with the stored defaults. */
export function indicatorFields(input: IndicatorInput): IndicatorFields {
  return {
    externalId: input.externalId ?? null,
    commitmentId: input.commitmentId ?? null,
    country: input.country ?? null,
    pillar: input.pillar ?? null,
    kind: input.kind,
    name: input.name,
    description: input.description ?? null,
    unit: input.unit ?? null,
    direction: input.direction ?? 'increase',
    baseline: rangeValue(input.baseline),
    target: rangeValue(input.target),
    sources: input.sources ?? [],
  };
}

/** The fields of a stored indicator. */
export function fieldsOfIndicator(i: Indicator): IndicatorFields {
  const { id: _id, measurements: _m, progress: _p, updatedAt: _u, demo: _d, ...fields } = i;
  return fields;
}

function indicatorColumns(f: IndicatorFields, demo: boolean) {
  const data: IndicatorData = {
    ...(demo ? { demo: true } : {}),
    kind: f.kind,
    name: f.name,
    description: f.description,
    unit: f.unit,
    direction: f.direction,
    baseline: f.baseline,
    target: f.target,
    sources: f.sources,
  };
  return {
    external_id: f.externalId,
    commitment_id: f.commitmentId,
    country: f.country,
    pillar: f.pillar,
    data: toJson(data),
  };
}

export async function createIndicator(
  db: Kysely<Database>,
  input: IndicatorInput & { id?: string },
  now: Date,
  options: { demo?: boolean } = {},
): Promise<string> {
  const id = input.id ?? newId('ind');
  await db
    .insertInto('indicators')
    .values({ id, ...indicatorColumns(indicatorFields(input), options.demo === true), updated_at: iso(now) })
    .execute();
  return id;
}

/** Replaces an indicator's fields (its measurements stay); `demo` keeps a demonstration indicator marked. */
export async function updateIndicator(
  db: Kysely<Database>,
  id: string,
  fields: IndicatorFields,
  now: Date,
  options: { demo?: boolean } = {},
): Promise<void> {
  await db
    .updateTable('indicators')
    .set({ ...indicatorColumns(fields, options.demo === true), updated_at: iso(now) })
    .where('id', '=', id)
    .execute();
}

const touch = (db: Kysely<Database>, indicatorIds: string[], now: Date) =>
  db
    .updateTable('indicators')
    .set({ updated_at: iso(now) })
    .where('id', 'in', [...new Set(indicatorIds)])
    .execute();

export async function addMeasurement(
  db: Kysely<Database>,
  indicatorId: string,
  input: MeasurementInput & { id?: string },
  now: Date,
): Promise<Measurement> {
  return (await addMeasurements(db, [{ ...input, indicatorId }], now))[0] as Measurement;
}

/** Several measurements, of one indicator or many, in one insert (an import's batch). */
export async function addMeasurements(
  db: Kysely<Database>,
  inputs: (MeasurementInput & { id?: string; indicatorId: string })[],
  now: Date,
): Promise<Measurement[]> {
  if (!inputs.length) return [];
  const rows = inputs.map((input) => ({
    id: input.id ?? newId('msr'),
    indicator_id: input.indicatorId,
    date: input.date,
    value: input.value ?? null,
    data: toJson({ note: input.note ?? null, source: input.source ?? null }),
    created_at: iso(now),
  }));
  await db.insertInto('measurements').values(rows).execute();
  await touch(
    db,
    rows.map((r) => r.indicator_id),
    now,
  );
  return rows.map(toMeasurement);
}

/** Replaces a measurement's value, note and source (its date is what identifies it in an import). */
export async function updateMeasurement(
  db: Kysely<Database>,
  measurement: Pick<Measurement, 'id' | 'indicatorId'>,
  input: Omit<MeasurementInput, 'date'>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('measurements')
    .set({
      value: input.value ?? null,
      data: toJson({ note: input.note ?? null, source: input.source ?? null }),
    })
    .where('id', '=', measurement.id)
    .execute();
  await touch(db, [measurement.indicatorId], now);
}

/** The external id of each of these commitments that has one, by commitment id. */
export async function commitmentExternalIds(
  db: Kysely<Database>,
  ids: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('commitments')
      .select(['id', 'external_id'])
      .where('id', 'in', unique.slice(i, i + 500))
      .where('external_id', 'is not', null)
      .execute();
    for (const row of rows) found.set(row.id, row.external_id as string);
  }
  return found;
}

/** Raw rows for the open-data export. */
export async function allIndicatorsForExport(db: Kysely<Database>): Promise<Indicator[]> {
  return loadIndicators(db, {});
}
