import * as v from 'valibot';
import { Count, DateTime, Id, plainText } from './common.js';

/** Curation roles: the technical secretariat, one action-package committee, one country. */
export const Role = v.picklist(['secretariat', 'committee', 'country']);
export type Role = v.InferOutput<typeof Role>;

/** One audited curation change: who, when, what changed. */
export const AuditEntry = v.object({
  id: Id,
  at: DateTime,
  actor: v.object({
    tokenId: Id,
    role: Role,
    /** The action-package id or country code the token is limited to. */
    scope: v.nullable(v.string()),
    label: v.nullable(plainText(200)),
  }),
  action: v.string(),
  entity: v.object({ type: v.string(), id: v.string() }),
  /** Field → value before and after. Personal data is never recorded here. */
  changes: v.nullable(v.record(v.string(), v.object({ from: v.unknown(), to: v.unknown() }))),
});
export type AuditEntry = v.InferOutput<typeof AuditEntry>;

/** What a tracking-matrix import did, or would do with `dryRun`. */
export const ImportResult = v.object({
  dryRun: v.boolean(),
  rows: Count,
  created: Count,
  updated: Count,
  unchanged: Count,
  /** Row-level problems; rows with problems are not applied. */
  errors: v.array(
    v.object({
      /** 1-based line in the file, header excluded. */
      row: v.pipe(v.number(), v.integer()),
      column: v.nullable(v.string()),
      code: v.string(),
      message: v.string(),
    }),
  ),
  changes: v.array(
    v.object({
      row: v.pipe(v.number(), v.integer()),
      externalId: v.string(),
      action: v.picklist(['create', 'update', 'unchanged']),
      /** Fields that differ from what is stored. */
      fields: v.array(v.string()),
    }),
  ),
});
export type ImportResult = v.InferOutput<typeof ImportResult>;

/** `GET /v1/health`. */
export const Health = v.object({
  status: v.picklist(['ok', 'degraded']),
  version: v.string(),
  database: v.picklist(['sqlite', 'postgres']),
  /** The data revision public ETags are built from. */
  revision: v.string(),
});
export type Health = v.InferOutput<typeof Health>;
