import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { fromJson, toJson } from './util.js';

export type ReferenceKind =
  | 'pillar'
  | 'country'
  | 'action_package'
  | 'committee'
  | 'mechanism'
  | 'secretariat';

/** Reference records of one kind, in their curated order. */
export async function listReference<T>(db: Kysely<Database>, kind: ReferenceKind): Promise<T[]> {
  const rows = await db
    .selectFrom('reference')
    .select('data')
    .where('kind', '=', kind)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => fromJson<T>(r.data));
}

export async function getReference<T>(
  db: Kysely<Database>,
  kind: ReferenceKind,
  id: string,
): Promise<T | undefined> {
  const row = await db
    .selectFrom('reference')
    .select('data')
    .where('kind', '=', kind)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? fromJson<T>(row.data) : undefined;
}

export async function putReference(
  db: Kysely<Database>,
  kind: ReferenceKind,
  rows: { id: string; data: unknown }[],
): Promise<void> {
  let position = 0;
  for (const { id, data } of rows) {
    const values = { kind, id, position: position++, data: toJson(data) };
    await db
      .insertInto('reference')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['kind', 'id']).doUpdateSet({ position: values.position, data: values.data }),
      )
      .execute();
  }
}
