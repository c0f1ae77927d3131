import type { ImportResult } from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { Actor } from '../http/env.js';
import type { ParsedMatrix } from './matrix.js';

/** How far an import is: rows checked, or changed rows applied, of `total`. */
export interface ImportProgress {
  stage: 'check' | 'apply';
  processed: number;
  total: number;
}

/** What an import needs besides its file; no request: a job runs after its request has ended. */
export interface ImportContext {
  db: Kysely<Database>;
  actor: Actor;
  now: () => Date;
  /** The file's name, for timeline notes (`null`: none given). */
  fileName: string | null;
  /** Check only: nothing is stored. */
  dryRun: boolean;
  /** Called as rows are checked, then as batches are applied. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Give each change what a person reviews before applying: its `label` and, for a created or
   * updated row, its field-level `diff`. A job's result has them; without this flag a result keeps
   * the shape of the synchronous answers (one line per row).
   */
  describe?: boolean;
  /** What an unexpected error is quoted by (the request's id, or the job's) in its problem and log line. */
  requestId?: string;
  /** Logs an unexpected error (a database's message), which a problem never carries. */
  onError?: (fields: Record<string, unknown>) => void;
}

/**
 * Checks a matrix and, unless `dryRun`, applies its rows without errors — each batch in its own
 * transaction that bumps the public revision (see `changeIn`). Throws a `ProblemError` for a
 * file that cannot be imported at all (a missing key column); one that stops part-way says how
 * much was stored (`applied`, `changed`).
 */
export type ImportRunner = (matrix: ParsedMatrix, ctx: ImportContext) => Promise<ImportResult>;
