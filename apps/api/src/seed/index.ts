import type { Kysely } from 'kysely';
import { bumpRevision, type Database } from '../db/index.js';
import { seedDemo } from './demo.js';
import { seedReference } from './reference.js';

/** True when nothing has been loaded yet. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('reference').select('id').limit(1).executeTakeFirst();
  return !row;
}

/**
 * Loads the reference data from `@lad/sdk` and, with `demo`, the demonstration data set, in one
 * transaction. Reference data is updated in place; demo data is added only to an empty database.
 */
export async function seed(
  db: Kysely<Database>,
  options: { demo: boolean; now?: Date },
): Promise<{ demo: boolean }> {
  const now = options.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const hasCommitments = !!(await trx.selectFrom('commitments').select('id').limit(1).executeTakeFirst());
    await seedReference(trx);
    const demo = options.demo && !hasCommitments;
    if (demo) await seedDemo(trx, now);
    await bumpRevision(trx);
    return { demo };
  });
}
