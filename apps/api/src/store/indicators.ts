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

/** Indicators (with measurements, oldest first) of some commitments, or by ids. */
export async function loadIndicators(
  db: Kysely<Database>,
  where: { commitmentIds?: string[]; ids?: string[] },
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

export async function createIndicator(
  db: Kysely<Database>,
  input: IndicatorInput & { id?: string },
  now: Date,
  options: { demo?: boolean } = {},
): Promise<string> {
  const id = input.id ?? newId('ind');
  const data: IndicatorData = {
    ...(options.demo ? { demo: true } : {}),
    kind: input.kind,
    name: input.name,
    description: input.description ?? null,
    unit: input.unit ?? null,
    direction: input.direction ?? 'increase',
    baseline: rangeValue(input.baseline),
    target: rangeValue(input.target),
    sources: input.sources ?? [],
  };
  await db
    .insertInto('indicators')
    .values({
      id,
      commitment_id: input.commitmentId ?? null,
      country: input.country ?? null,
      pillar: input.pillar ?? null,
      data: toJson(data),
      updated_at: iso(now),
    })
    .execute();
  return id;
}

export async function addMeasurement(
  db: Kysely<Database>,
  indicatorId: string,
  input: MeasurementInput & { id?: string },
  now: Date,
): Promise<Measurement> {
  const row = {
    id: input.id ?? newId('msr'),
    indicator_id: indicatorId,
    date: input.date,
    value: input.value ?? null,
    data: toJson({ note: input.note ?? null, source: input.source ?? null }),
    created_at: iso(now),
  };
  await db.insertInto('measurements').values(row).execute();
  await db
    .updateTable('indicators')
    .set({ updated_at: iso(now) })
    .where('id', '=', indicatorId)
    .execute();
  return toMeasurement(row);
}

/** Raw rows for the open-data export. */
export async function allIndicatorsForExport(db: Kysely<Database>): Promise<Indicator[]> {
  return loadIndicators(db, {});
}
