import { randomBytes } from 'node:crypto';
import type { Role } from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { Actor } from '../http/env.js';
import { iso, newId, sha256 } from './util.js';

/**
 * Creates a curation token. The token itself is returned once and never stored: only its
 * SHA-256 hash is kept.
 */
export async function createToken(
  db: Kysely<Database>,
  role: Role,
  scope: string | null,
  label: string | null,
  now: Date,
): Promise<{ id: string; token: string }> {
  const id = newId('tok');
  const token = `lad_${randomBytes(24).toString('base64url')}`;
  await db
    .insertInto('tokens')
    .values({ id, hash: sha256(token), role, scope, label, created_at: iso(now), revoked_at: null })
    .execute();
  return { id, token };
}

export async function findActor(db: Kysely<Database>, token: string): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('tokens')
    .selectAll()
    .where('hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ? { tokenId: row.id, role: row.role as Role, scope: row.scope, label: row.label } : undefined;
}

export async function revokeToken(db: Kysely<Database>, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('tokens')
    .set({ revoked_at: iso(now) })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listTokens(db: Kysely<Database>) {
  return db
    .selectFrom('tokens')
    .select(['id', 'role', 'scope', 'label', 'created_at', 'revoked_at'])
    .orderBy('created_at')
    .execute();
}
