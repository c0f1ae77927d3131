import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { bumpRevision, type Database } from '../db/index.js';
import type { Actor, AppEnv, Deps } from '../http/env.js';

/** A list answer: `{ items }`. */
export const List = <T extends z.core.$ZodType>(item: T) => z.object({ items: z.array(item) });

export const deps = (c: Context<AppEnv>): Deps => c.get('deps');
export const actorOf = (c: Context<AppEnv>): Actor => c.get('actor') as Actor;

/** Runs a curation change in one transaction that also bumps the public data revision. */
export async function change<T>(c: Context<AppEnv>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return changeIn(deps(c).db.kysely, work);
}

/** {@link change} outside a request (an import job goes on after its request has ended). */
export async function changeIn<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await work(trx);
    await bumpRevision(trx);
    return result;
  });
}

export const CURATORS = ['secretariat', 'committee', 'country', 'mechanism'] as const;
