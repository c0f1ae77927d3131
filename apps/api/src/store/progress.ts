import {
  type ActionPackage,
  COMMITMENT_STATUSES,
  type Country,
  indicatorProgress,
  type LocalizedTitle,
  type Pillar,
  type ProgressGroup,
  type ProgressGroupBy,
  type ProgressSummary,
  type RegionalMechanism,
  type StatusCounts,
} from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { listReference } from './reference.js';
import { fromJson, iso } from './util.js';

export interface ProgressFilters {
  groupBy: ProgressGroupBy;
  country?: string | undefined;
  pillar?: string | undefined;
  actionPackage?: string | undefined;
  mechanism?: string | undefined;
}

/** The group of commitments without a pillar, when grouping by pillar. */
export const UNASSIGNED = 'none';
const UNASSIGNED_LABEL: LocalizedTitle = {
  original: 'en',
  text: {
    en: 'No pillar given by the sources',
    es: 'Sin pilar indicado en las fuentes',
    pt: 'Sem pilar indicado nas fontes',
    fr: 'Aucun pilier indiqué par les sources',
    ht: 'Sous yo pa bay okenn pilye',
  },
};

const zero = (): StatusCounts => Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;

/** Every group that exists even with no commitment in it: a gap is information (R3). */
async function allGroups(
  db: Kysely<Database>,
  groupBy: ProgressGroupBy,
): Promise<Map<string, LocalizedTitle | null>> {
  switch (groupBy) {
    case 'pillar':
      return new Map((await listReference<Pillar>(db, 'pillar')).map((p) => [p.id, p.shortName]));
    case 'country':
      return new Map(
        (await listReference<Country>(db, 'country')).filter((c) => c.signatory).map((c) => [c.code, c.name]),
      );
    case 'actionPackage':
      return new Map((await listReference<ActionPackage>(db, 'action_package')).map((a) => [a.id, a.name]));
    case 'mechanism':
      return new Map((await listReference<RegionalMechanism>(db, 'mechanism')).map((m) => [m.id, m.name]));
  }
}

/** Commitments by status and indicator progress toward targets, per group, empty groups included. */
export async function progressSummary(
  db: Kysely<Database>,
  filters: ProgressFilters,
  now: Date,
): Promise<ProgressSummary> {
  // Mechanism and action-package ids are lower case; partner pages may write `CRM` or `MIRPS`.
  const f = {
    ...filters,
    actionPackage: filters.actionPackage?.toLowerCase(),
    mechanism: filters.mechanism?.toLowerCase(),
  };
  let query = db.selectFrom('commitments as c');
  if (f.groupBy === 'actionPackage') {
    query = query.innerJoin('commitment_packages as g', 'g.commitment_id', 'c.id');
  } else if (f.groupBy === 'mechanism') {
    query = query.innerJoin('commitment_mechanisms as g', 'g.commitment_id', 'c.id');
  }
  if (f.country) query = query.where('c.country', '=', f.country);
  if (f.pillar) query = query.where('c.pillar', '=', f.pillar);
  if (f.actionPackage) {
    query = query.where(
      'c.id',
      'in',
      db.selectFrom('commitment_packages').select('commitment_id').where('target_id', '=', f.actionPackage),
    );
  }
  if (f.mechanism) {
    query = query.where(
      'c.id',
      'in',
      db.selectFrom('commitment_mechanisms').select('commitment_id').where('target_id', '=', f.mechanism),
    );
  }
  const keyColumn =
    f.groupBy === 'pillar'
      ? 'c.pillar'
      : f.groupBy === 'country'
        ? 'c.country'
        : ('g.target_id' as 'c.pillar');

  const counts = await query
    .select((eb) => [eb.ref(keyColumn).as('key'), 'c.status as status', eb.fn.countAll<number>().as('n')])
    .groupBy([keyColumn, 'c.status'])
    .execute();

  // Indicators of the same commitments, with their latest measurement.
  const indicatorRows = await query
    .innerJoin('indicators as i', 'i.commitment_id', 'c.id')
    .select((eb) => [eb.ref(keyColumn).as('key'), 'i.id as id', 'i.data as data'])
    .execute();
  const latest = new Map<string, number | null>();
  const ids = [...new Set(indicatorRows.map((r) => r.id))];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('measurements')
      .select(['indicator_id', 'value'])
      .where('indicator_id', 'in', ids.slice(i, i + 500))
      .orderBy('indicator_id')
      .orderBy('date')
      .orderBy('created_at')
      .execute();
    for (const row of rows) latest.set(row.indicator_id, row.value);
  }

  const labels = await allGroups(db, f.groupBy);
  const groups = new Map<string, ProgressGroup & { sum: number }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        label: labels.get(key) ?? (key === UNASSIGNED ? UNASSIGNED_LABEL : null),
        total: 0,
        byStatus: zero(),
        indicators: { total: 0, measured: 0, averageProgress: null },
        sum: 0,
      };
      groups.set(key, g);
    }
    return g;
  };
  for (const key of labels.keys()) {
    if (f.groupBy === 'pillar' && f.pillar && key !== f.pillar) continue;
    if (f.groupBy === 'country' && f.country && key !== f.country) continue;
    if (f.groupBy === 'actionPackage' && f.actionPackage && key !== f.actionPackage) continue;
    if (f.groupBy === 'mechanism' && f.mechanism && key !== f.mechanism) continue;
    group(key);
  }
  // Commitments no source files under a pillar: always a row of its own, like the empty
  // pillars, so the chart keeps its shape whatever the data hold.
  if (f.groupBy === 'pillar' && !f.pillar) group(UNASSIGNED);

  const total = zero();
  let all = 0;
  // Commitments no source files under a pillar (stored as '') form their own group.
  const keyOf = (key: unknown) => (f.groupBy === 'pillar' && !key ? UNASSIGNED : String(key));
  for (const row of counts) {
    const g = group(keyOf(row.key));
    const n = Number(row.n);
    const status = row.status as keyof StatusCounts;
    g.byStatus[status] += n;
    g.total += n;
    if (f.groupBy === 'pillar' || f.groupBy === 'country') {
      total[status] += n;
      all += n;
    }
  }
  for (const row of indicatorRows) {
    const g = group(keyOf(row.key));
    g.indicators.total++;
    const data = fromJson<{
      kind: string;
      baseline: { value: number | null } | null;
      target: { value: number | null } | null;
    }>(row.data);
    if (data.kind !== 'quantitative') continue;
    const share = indicatorProgress(
      { baseline: data.baseline?.value, target: data.target?.value },
      latest.get(row.id),
    );
    if (share === null) continue;
    g.indicators.measured++;
    g.sum += share;
  }
  if (f.groupBy === 'actionPackage' || f.groupBy === 'mechanism') {
    // A commitment can sit in several packages or mechanisms: count it once in the totals.
    let base = db.selectFrom('commitments as c');
    if (f.country) base = base.where('c.country', '=', f.country);
    if (f.pillar) base = base.where('c.pillar', '=', f.pillar);
    const table = f.groupBy === 'actionPackage' ? 'commitment_packages' : 'commitment_mechanisms';
    const only = f.groupBy === 'actionPackage' ? f.actionPackage : f.mechanism;
    base = base.where('c.id', 'in', (eb) => {
      let sub = eb.selectFrom(table).select('commitment_id');
      if (only) sub = sub.where('target_id', '=', only);
      return sub;
    });
    const other = f.groupBy === 'actionPackage' ? f.mechanism : f.actionPackage;
    if (other) {
      const otherTable = f.groupBy === 'actionPackage' ? 'commitment_mechanisms' : 'commitment_packages';
      base = base.where(
        'c.id',
        'in',
        db.selectFrom(otherTable).select('commitment_id').where('target_id', '=', other),
      );
    }
    const rows = await base
      .select(['c.status as status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('c.status')
      .execute();
    for (const row of rows) {
      total[row.status as keyof StatusCounts] += Number(row.n);
      all += Number(row.n);
    }
  }

  return {
    groupBy: f.groupBy,
    total: all,
    byStatus: total,
    groups: [...groups.values()].map(({ sum, ...g }) => ({
      ...g,
      indicators: {
        ...g.indicators,
        averageProgress: g.indicators.measured
          ? Math.round((sum / g.indicators.measured) * 1000) / 1000
          : null,
      },
    })),
    generatedAt: iso(now),
  };
}
