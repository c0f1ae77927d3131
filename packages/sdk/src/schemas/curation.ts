import * as z from 'zod/mini';
import { Count, DateTime, Id, plainText } from './common.js';

/** Curation roles: the technical secretariat, one action-package committee, one country. */
export const Role = z.enum(['secretariat', 'committee', 'country']);
export type Role = z.output<typeof Role>;

/** One audited curation change: who, when, what changed. */
export const AuditEntry = z.object({
  id: Id,
  at: DateTime,
  actor: z.object({
    /** The token used; `null` for a person signed in to the console. */
    tokenId: z.nullable(Id),
    /** The person signed in (absent from entries written before accounts existed). */
    accountId: z.optional(z.nullable(Id)),
    /** The role acted in; `null` for what is no one's curation, such as signing in. */
    role: z.nullable(Role),
    /** The action-package id or country code the role is limited to. */
    scope: z.nullable(z.string()),
    /** The token's label, or the person's name. */
    label: z.nullable(plainText(200)),
  }),
  action: z.string(),
  entity: z.object({ type: z.string(), id: z.string() }),
  /** Field → value before and after. Personal data is never recorded here. */
  changes: z.nullable(
    z.record(z.string(), z.object({ from: z.optional(z.unknown()), to: z.optional(z.unknown()) })),
  ),
});
export type AuditEntry = z.output<typeof AuditEntry>;

/** What a tracking-matrix import did, or would do with `dryRun`. */
export const ImportResult = z.object({
  dryRun: z.boolean(),
  rows: Count,
  created: Count,
  updated: Count,
  unchanged: Count,
  /** Row-level problems; rows with problems are not applied. */
  errors: z.array(
    z.object({
      /** 1-based line in the file, header excluded. */
      row: z.int(),
      column: z.nullable(z.string()),
      code: z.string(),
      message: z.string(),
    }),
  ),
  changes: z.array(
    z.object({
      row: z.int(),
      externalId: z.string(),
      action: z.enum(['create', 'update', 'unchanged']),
      /** Fields that differ from what is stored. */
      fields: z.array(z.string()),
    }),
  ),
});
export type ImportResult = z.output<typeof ImportResult>;

/** `GET /v1/health`. */
export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  /** The data revision public ETags are built from. */
  revision: z.string(),
});
export type Health = z.output<typeof Health>;
