import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { iso } from './util.js';

/**
 * Counts a hit in a fixed window shared by every API instance (the counter is a database row).
 * Returns how long to wait when the limit is passed.
 */
export async function hit(
  db: Kysely<Database>,
  bucket: string,
  limit: number,
  windowSeconds: number,
  now: Date,
): Promise<{ allowed: true } | { allowed: false; retryAfter: number }> {
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const row = await db
    .insertInto('rate_limits')
    .values({
      bucket,
      window_start: iso(new Date(start)),
      count: 1,
      expires_at: iso(new Date(start + windowMs)),
    })
    .onConflict((oc) =>
      oc
        .columns(['bucket', 'window_start'])
        .doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) })),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  if (Number(row.count) <= limit) return { allowed: true };
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)) };
}

/** Drops finished windows and expired idempotency records. */
export async function sweepExpired(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('expires_at', '<=', iso(now)).execute();
  await db.deleteFrom('idempotency_keys').where('expires_at', '<=', iso(now)).execute();
}
