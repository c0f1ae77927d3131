import * as z from 'zod/mini';
import { Count, DateTime, Id, plainText } from './common.js';

/**
 * Curation roles: the technical secretariat, one action-package committee, one country, one
 * regional mechanism (`crm`, `mirps`, `caricom`…: the commitments it shares and its own events).
 */
export const Role = z.enum(['secretariat', 'committee', 'country', 'mechanism']);
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
    /** The action-package id, country code or mechanism id the role is limited to. */
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
      /** What the row is, in words: the title (or indicator name) in its original language. */
      label: z.optional(z.nullable(z.string())),
      /**
       * Each field of `fields`, stored value (`from`, absent for a new record) and the file's
       * (`to`): the field-level difference a person checks before applying.
       */
      diff: z.optional(
        z.record(z.string(), z.object({ from: z.optional(z.unknown()), to: z.optional(z.unknown()) })),
      ),
    }),
  ),
});
export type ImportResult = z.output<typeof ImportResult>;

/** What a matrix holds: commitments, or indicators with their measurements. */
export const ImportKind = z.enum(['commitments', 'indicators']);
export type ImportKind = z.output<typeof ImportKind>;

/** Where an import job is: checking the file, checked (a dry run to review), applying, done. */
export const ImportJobStatus = z.enum(['checking', 'checked', 'applying', 'applied', 'failed']);
export type ImportJobStatus = z.output<typeof ImportJobStatus>;

/**
 * An import running on the server: the page that started it may be closed and reopened, the
 * job goes on. It is checked first (a dry run, `status: 'checked'`, `result.dryRun: true`); a
 * person reviews the result and applies it (`applying`, then `applied`).
 */
export const ImportJob = z.object({
  id: Id,
  kind: ImportKind,
  fileName: z.nullable(z.string()),
  format: z.enum(['csv', 'xlsx']),
  status: ImportJobStatus,
  /** How far the current stage is: rows checked, or changed rows applied, of `total`. */
  progress: z.object({ stage: z.enum(['check', 'apply']), processed: Count, total: Count }),
  /** The dry run once checked; what was applied once applied. */
  result: z.nullable(ImportResult),
  /** Why a failed job failed: a problem code and a sentence. */
  error: z.nullable(z.object({ code: z.string(), detail: z.string() })),
  /** The person's name or the token's label that started it. */
  createdBy: z.nullable(z.string()),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type ImportJob = z.output<typeof ImportJob>;

/** `GET /v1/import/jobs`: the newest jobs this person (or token) started, newest first. */
export const ImportJobList = z.object({ items: z.array(ImportJob) });
export type ImportJobList = z.output<typeof ImportJobList>;

/** `GET /v1/health`. */
export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  /** The data revision public ETags are built from. */
  revision: z.string(),
});
export type Health = z.output<typeof Health>;
