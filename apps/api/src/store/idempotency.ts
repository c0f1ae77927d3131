import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { iso } from './util.js';

export type Claim =
  /** This request owns the key; `lease` marks its claim (see {@link completeKey}). */
  | { kind: 'owner'; lease: string }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/**
 * Claims an idempotency key for a request body. The first request with a key owns it (a
 * `pending` row, committed at once so a concurrent duplicate sees it); a later one with the
 * same body gets the stored answer, with another body a mismatch, and while the first is still
 * running "in progress". A `pending` row older than the lease belongs to a request that died
 * (a crash): the next request takes it over. Rows live in the database, so every API instance
 * agrees.
 */
export async function claimKey(
  db: Kysely<Database>,
  scope: string,
  key: string,
  bodyHash: string,
  now: Date,
  options: { ttlHours: number; leaseMs: number },
): Promise<Claim> {
  const expires = iso(new Date(now.getTime() + options.ttlHours * 3_600_000));
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({
        scope,
        key,
        body_hash: bodyHash,
        state: 'pending',
        status: null,
        response: null,
        locked_at: iso(now),
        expires_at: expires,
      })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { kind: 'owner', lease: iso(now) };

    const row = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) continue; // released meanwhile: try again
    if (row.expires_at <= iso(now)) {
      await db
        .deleteFrom('idempotency_keys')
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where('expires_at', '=', row.expires_at)
        .execute();
      continue;
    }
    if (row.body_hash !== bodyHash) return { kind: 'mismatch' };
    if (row.state === 'done' && row.status !== null && row.response !== null) {
      return { kind: 'replay', status: row.status, body: row.response };
    }
    const staleBefore = iso(new Date(now.getTime() - options.leaseMs));
    if (row.locked_at < staleBefore) {
      const taken = await db
        .updateTable('idempotency_keys')
        .set({ locked_at: iso(now) })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .where('state', '=', 'pending')
        .where('locked_at', '=', row.locked_at)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) > 0) return { kind: 'owner', lease: iso(now) };
    }
    return { kind: 'in-progress' };
  }
  return { kind: 'in-progress' };
}

/**
 * The claim on a key was taken over (its lease ran out while the request was still working and
 * a resend took the key): this request must not record anything.
 */
export class LeaseLostError extends Error {
  constructor() {
    super('The idempotency key was taken over by a later request.');
  }
}

/**
 * Stores the answer, in the same transaction as the write it answers — only while this request
 * still holds the key's lease; otherwise it throws {@link LeaseLostError} and the transaction
 * (the write) rolls back, so a slow request and its resend never both record.
 */
export async function completeKey(
  db: Kysely<Database>,
  scope: string,
  key: string,
  lease: string,
  status: number,
  body: string,
) {
  const done = await db
    .updateTable('idempotency_keys')
    .set({ state: 'done', status, response: body })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('state', '=', 'pending')
    .where('locked_at', '=', lease)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) throw new LeaseLostError();
}

/**
 * Lets go of a key whose request failed, so the same key can be sent again once fixed — unless
 * a later request has taken it over meanwhile.
 */
export async function releaseKey(db: Kysely<Database>, scope: string, key: string, lease: string) {
  await db
    .deleteFrom('idempotency_keys')
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('state', '=', 'pending')
    .where('locked_at', '=', lease)
    .execute();
}
