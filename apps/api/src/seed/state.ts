import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { iso, sha256, stableJson } from '../store/util.js';

/** What a reconciled record came to. */
export type SeedOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/** What one seed run did, record by record. */
export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Records an operator changed (or removed) since the seed last wrote them: left as they are. */
  skipped: { kind: string; id: string; reason: 'edited' | 'removed' }[];
}

export const emptyReport = (): SeedReport => ({ created: 0, updated: 0, unchanged: 0, skipped: [] });

const fingerprint = (value: unknown) => sha256(stableJson(value));

/** Remembers `value` as what the seed wrote for (kind, id). */
export async function markSeeded(db: Kysely<Database>, kind: string, id: string, value: unknown, now: Date) {
  const row = { kind, id, hash: fingerprint(value), seeded_at: iso(now) };
  await db
    .insertInto('seed_state')
    .values(row)
    .onConflict((oc) => oc.columns(['kind', 'id']).doUpdateSet({ hash: row.hash, seeded_at: row.seeded_at }))
    .execute();
}

/**
 * Brings one seeded record to `next` unless an operator changed it: `current` is what is
 * stored now (undefined when absent). A record whose stored value still matches what the seed
 * last wrote is updated; one that differs was edited, and one the seed wrote that is gone was
 * removed — both are left alone and reported. `write` stores `next`.
 */
export async function reconcile(
  db: Kysely<Database>,
  report: SeedReport,
  record: { kind: string; id: string; next: unknown; current: unknown | undefined; now: Date },
  write: (exists: boolean) => Promise<void>,
): Promise<SeedOutcome> {
  const { kind, id, next, current, now } = record;
  const state = await db
    .selectFrom('seed_state')
    .select('hash')
    .where('kind', '=', kind)
    .where('id', '=', id)
    .executeTakeFirst();
  const outcome = ((): SeedOutcome => {
    if (current === undefined) return state ? 'skipped' : 'created';
    const now = fingerprint(current);
    if (now === fingerprint(next)) return 'unchanged';
    // Stored data the seed did not write (or no longer matches what it wrote) is an operator's.
    return state && state.hash === now ? 'updated' : 'skipped';
  })();
  if (outcome === 'created' || outcome === 'updated') await write(outcome === 'updated');
  if (outcome !== 'skipped') await markSeeded(db, kind, id, next, now);
  if (outcome === 'skipped')
    report.skipped.push({ kind, id, reason: current === undefined ? 'removed' : 'edited' });
  else report[outcome]++;
  return outcome;
}
