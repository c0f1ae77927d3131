import type { Kysely } from 'kysely';
import { bumpRevision, type Database } from '../db/index.js';
import { iso } from '../store/util.js';
import { seedDemo } from './demo.js';
import { seedRecord } from './record/index.js';
import { seedReference } from './reference.js';
import { emptyReport, type SeedReport } from './state.js';

/** True when nothing has been loaded yet. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('reference').select('id').limit(1).executeTakeFirst();
  return !row;
}

/**
 * Loads the reference data — the facts from `@lad/sdk` and the public record of commitments —
 * and, with `demo`, the demonstration data set (meetings, registrations, proposals, indicators,
 * contacts), in one transaction. Reference data is reconciled on every run: new records are
 * added, records a later release changed are updated, and records an operator changed are
 * left alone and reported in `skipped`. The demo set is added once.
 */
export async function seed(
  db: Kysely<Database>,
  options: { demo: boolean; now?: Date },
): Promise<{ demo: boolean; report: SeedReport }> {
  const now = options.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const report = emptyReport();
    // Releases before the public record invented demonstration commitments; they go, with
    // their indicators (the record replaces them).
    const invented = await trx.selectFrom('commitments').select('id').where('demo', '=', 1).execute();
    if (invented.length) {
      const ids = invented.map((c) => c.id);
      await trx.deleteFrom('indicators').where('commitment_id', 'in', ids).execute();
      await trx.deleteFrom('commitments').where('id', 'in', ids).execute();
    }
    await seedReference(trx, now, report);
    await seedRecord(trx, now, report);
    // The demo set goes in once (a database seeded by an earlier release has its demo events).
    const seeded =
      (await trx.selectFrom('meta').select('value').where('key', '=', 'demo_seeded_at').executeTakeFirst()) ??
      (await trx.selectFrom('events').select('id').where('demo', '=', 1).limit(1).executeTakeFirst());
    const demo = options.demo && !seeded;
    if (demo) {
      await seedDemo(trx, now);
      await trx
        .insertInto('meta')
        .values({ key: 'demo_seeded_at', value: iso(now) })
        .execute();
    }
    if (demo || invented.length || report.created || report.updated) await bumpRevision(trx);
    return { demo, report };
  });
}
