import type { AuditEntry, Page, Role } from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { Actor } from '../http/env.js';
import { decodeCursor, encodeCursor, fromJson, iso, newId, stableJson, toJson } from './util.js';

type Changes = Record<string, { from: unknown; to: unknown }>;

/**
 * Who an entry names: a curation actor (a token, or a person acting in one of their roles), or
 * — for what is no one's curation, such as signing in — a person with no role, or no one at
 * all (`NOBODY`, a failed sign-in for an email that has no account).
 */
export type AuditActor = Omit<Actor, 'role'> & { role: Role | null };

/** The actor of an entry no one can be named for. */
export const NOBODY: AuditActor = { tokenId: null, accountId: null, role: null, scope: null, label: null };

/** The fields that differ between two versions of a record. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of keys) {
    const from = before?.[key] ?? null;
    const to = after[key] ?? null;
    if (stableJson(from) !== stableJson(to)) changes[key] = { from, to };
  }
  return changes;
}

/** Records one curation change. Never pass personal data in `changes`. */
export async function audit(
  db: Kysely<Database>,
  actor: AuditActor,
  action: string,
  entity: { type: string; id: string },
  changes: Changes | null,
  now: Date,
): Promise<void> {
  await auditMany(db, actor, [{ action, entity, changes }], now);
}

/** Several entries by one actor at one time (an import's batch), in one query. */
export async function auditMany(
  db: Kysely<Database>,
  actor: AuditActor,
  entries: { action: string; entity: { type: string; id: string }; changes: Changes | null }[],
  now: Date,
): Promise<void> {
  if (!entries.length) return;
  await db
    .insertInto('audit')
    .values(
      entries.map(({ action, entity, changes }) => ({
        uid: newId('aud'),
        at: iso(now),
        token_id: actor.tokenId,
        account_id: actor.accountId,
        role: actor.role,
        scope: actor.scope,
        label: actor.label,
        action,
        entity_type: entity.type,
        entity_id: entity.id,
        changes: changes ? toJson(changes) : null,
      })),
    )
    .execute();
}

/** The audit log, newest first. */
export async function listAudit(
  db: Kysely<Database>,
  f: { cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<AuditEntry> | null> {
  const limit = f.limit ?? 50;
  let query = db.selectFrom('audit').selectAll();
  if (f.cursor) {
    const cursor = decodeCursor(f.cursor, 1);
    if (!cursor) return null;
    query = query.where('id', '<', Number(cursor[0]));
  }
  const rows = await query
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.uid,
      at: r.at,
      actor: {
        tokenId: r.token_id,
        // Entries from before accounts have none: null, like any token's.
        accountId: r.account_id ?? null,
        role: r.role as AuditEntry['actor']['role'],
        scope: r.scope,
        label: r.label,
      },
      action: r.action,
      entity: { type: r.entity_type, id: r.entity_id },
      changes: r.changes ? fromJson<Changes>(r.changes) : null,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([Number(last.id)]) : null,
  };
}
