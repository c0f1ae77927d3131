import { randomBytes } from 'node:crypto';
import type { ApiToken, Role } from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { Actor } from '../http/env.js';
import { audit } from './audit.js';
import { addDays, iso, newId, sha256 } from './util.js';

/** How long a token lives unless told otherwise, and at most. */
export const TOKEN_DAYS = { default: 90, max: 730 } as const;

/** Who made or revoked a token from the command line, in the audit log. */
export const COMMAND_LINE: Actor = {
  tokenId: 'cli',
  accountId: null,
  role: 'secretariat',
  scope: null,
  label: 'command line',
};

/**
 * Creates a curation token: 256 random bits, returned once and never stored — only its SHA-256
 * hash is kept. It expires after `days` (default 90, at most 730). The creation is audited.
 */
export async function createToken(
  db: Kysely<Database>,
  role: Role,
  scope: string | null,
  label: string | null,
  now: Date,
  options: { days?: number; by?: Actor } = {},
): Promise<{ id: string; token: string; expiresAt: string }> {
  const days = Math.min(Math.max(1, Math.floor(options.days ?? TOKEN_DAYS.default)), TOKEN_DAYS.max);
  const id = newId('tok');
  const token = `lad_${randomBytes(32).toString('base64url')}`;
  const expiresAt = iso(addDays(now, days));
  await db
    .insertInto('tokens')
    .values({
      id,
      hash: sha256(token),
      role,
      scope,
      label,
      created_at: iso(now),
      revoked_at: null,
      expires_at: expiresAt,
      last_used_at: null,
    })
    .execute();
  await audit(
    db,
    options.by ?? COMMAND_LINE,
    'token.create',
    { type: 'token', id },
    {
      role: { from: null, to: role },
      scope: { from: null, to: scope },
      label: { from: null, to: label },
      expiresAt: { from: null, to: expiresAt },
    },
    now,
  );
  return { id, token, expiresAt };
}

/** How stale `last_used_at` may get before a request writes it again (one write per token per 5 min). */
const LAST_USED_RESOLUTION_MS = 5 * 60_000;

/** The actor a token stands for, if it exists, is not revoked and has not expired. */
export async function findActor(db: Kysely<Database>, token: string, now: Date): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('tokens')
    .selectAll()
    .where('hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || (row.expires_at && row.expires_at <= iso(now))) return undefined;
  if (!row.last_used_at || Date.parse(row.last_used_at) < now.getTime() - LAST_USED_RESOLUTION_MS) {
    await db
      .updateTable('tokens')
      .set({ last_used_at: iso(now) })
      .where('id', '=', row.id)
      .execute();
  }
  return { tokenId: row.id, accountId: null, role: row.role as Role, scope: row.scope, label: row.label };
}

/** Revokes a token (audited); false when there is none with that id. */
export async function revokeToken(
  db: Kysely<Database>,
  id: string,
  now: Date,
  by: Actor = COMMAND_LINE,
): Promise<boolean> {
  const result = await db
    .updateTable('tokens')
    .set({ revoked_at: iso(now) })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  const revoked = Number(result.numUpdatedRows) > 0;
  if (revoked)
    await audit(
      db,
      by,
      'token.revoke',
      { type: 'token', id },
      { revokedAt: { from: null, to: iso(now) } },
      now,
    );
  return revoked;
}

export async function listTokens(db: Kysely<Database>) {
  return db
    .selectFrom('tokens')
    .select(['id', 'role', 'scope', 'label', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .orderBy('created_at')
    .execute();
}

type TokenListRow = Awaited<ReturnType<typeof listTokens>>[number];

/** A token as `GET /v1/tokens` shows it: never its hash, let alone its secret. */
export const tokenView = (row: TokenListRow, now: Date): ApiToken => ({
  id: row.id,
  label: row.label,
  role: row.role as Role,
  scope: row.scope,
  status: row.revoked_at ? 'revoked' : row.expires_at && row.expires_at <= iso(now) ? 'expired' : 'active',
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

/** One token as `GET /v1/tokens` shows it, or `undefined`. */
export async function getToken(db: Kysely<Database>, id: string, now: Date): Promise<ApiToken | undefined> {
  const row = await db
    .selectFrom('tokens')
    .select(['id', 'role', 'scope', 'label', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? tokenView(row, now) : undefined;
}
