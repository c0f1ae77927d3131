import { randomBytes } from 'node:crypto';
import type { Config } from './config.js';
import type { Db } from './db/index.js';
import type { Deps } from './http/env.js';

/** The server secret: `LAD_SECRET`, else one made on first start and kept in the database (shared by instances). */
export async function ensureSecret(db: Db): Promise<string> {
  if (process.env.LAD_SECRET) return process.env.LAD_SECRET;
  await db.kysely
    .insertInto('meta')
    .values({ key: 'secret', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.kysely
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'secret')
    .executeTakeFirstOrThrow();
  return row.value;
}

/** Structured one-line JSON logs on stdout/stderr. */
export function jsonLog(level: 'info' | 'error', fields: Record<string, unknown>): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
}

export async function makeDeps(db: Db, config: Config, now: () => Date = () => new Date()): Promise<Deps> {
  return { db, config, now, secret: await ensureSecret(db), log: jsonLog };
}
