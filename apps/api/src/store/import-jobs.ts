import type { ImportJob, ImportJobStatus, ImportKind, ImportResult } from '@lad/sdk';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/index.js';
import type { ImportJobTable } from '../db/schema.js';
import type { Actor } from '../http/env.js';
import type { ParsedMatrix } from '../imports/matrix.js';
import type { ImportProgress } from '../imports/types.js';
import { addDays, fromJson, iso, newId, toJson } from './util.js';

export type ImportJobRow = Selectable<ImportJobTable>;

/** How long a job's row is kept: a month of imports to look back on, then it goes at a start. */
const KEEP_DAYS = 30;

/** A job as the API answers it (never its stored file, nor who started it beyond a name). */
export function toImportJob(row: ImportJobRow): ImportJob {
  const actor = fromJson<Actor>(row.actor);
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    fileName: row.file_name,
    format: row.format as ImportJob['format'],
    status: row.status as ImportJobStatus,
    progress: {
      stage: row.stage as ImportProgress['stage'],
      processed: Number(row.processed),
      total: Number(row.total),
    },
    result: row.result ? fromJson<ImportResult>(row.result) : null,
    error: row.error ? fromJson<{ code: string; detail: string }>(row.error) : null,
    createdBy: actor.label,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A new job, `checking` its file; the file waits in the row until the job is applied. */
export async function insertImportJob(
  db: Kysely<Database>,
  job: { kind: ImportKind; fileName: string | null; matrix: ParsedMatrix; actor: Actor },
  now: Date,
): Promise<ImportJobRow> {
  const { format, columns, rows, errors } = job.matrix;
  const row: ImportJobRow = {
    id: newId('imp'),
    kind: job.kind,
    file_name: job.fileName,
    format,
    token_id: job.actor.tokenId,
    account_id: job.actor.accountId,
    actor: toJson(job.actor),
    status: 'checking',
    stage: 'check',
    processed: 0,
    total: rows.length,
    input: toJson({ columns, rows, errors }),
    result: null,
    error: null,
    created_at: iso(now),
    updated_at: iso(now),
  };
  await db.insertInto('import_jobs').values(row).execute();
  return row;
}

/** The file a job was started with, as it was read. */
export function jobMatrix(row: ImportJobRow): ParsedMatrix | null {
  if (!row.input) return null;
  return {
    ...fromJson<Omit<ParsedMatrix, 'format'>>(row.input),
    format: row.format as ParsedMatrix['format'],
  };
}

/**
 * The job if `actor` started it — the same person, or the same token; `undefined` otherwise, so
 * that nobody learns which ids exist.
 */
export async function getOwnImportJob(
  db: Kysely<Database>,
  id: string,
  actor: Actor,
): Promise<ImportJobRow | undefined> {
  return db
    .selectFrom('import_jobs')
    .selectAll()
    .where('id', '=', id)
    .where((eb) =>
      actor.accountId !== null
        ? eb('account_id', '=', actor.accountId)
        : eb('token_id', '=', actor.tokenId ?? ''),
    )
    .executeTakeFirst();
}

/** The newest jobs `actor` started, newest first. */
export async function listOwnImportJobs(
  db: Kysely<Database>,
  actor: Actor,
  limit = 20,
): Promise<ImportJobRow[]> {
  return db
    .selectFrom('import_jobs')
    .selectAll()
    .where((eb) =>
      actor.accountId !== null
        ? eb('account_id', '=', actor.accountId)
        : eb('token_id', '=', actor.tokenId ?? ''),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

type JobChange = Partial<{
  status: ImportJobStatus;
  progress: ImportProgress;
  result: ImportResult | null;
  error: { code: string; detail: string } | null;
  /** `null` drops the stored file. */
  input: null;
}>;

/**
 * Changes a job only while it is in status `from`: a second apply, or a late progress write
 * after the job moved on, changes nothing. Answers whether the job was changed.
 */
export async function updateImportJob(
  db: Kysely<Database>,
  id: string,
  from: ImportJobStatus,
  change: JobChange,
  now: Date,
): Promise<boolean> {
  const { status, progress, result, error, input } = change;
  const done = await db
    .updateTable('import_jobs')
    .set({
      ...(status ? { status } : {}),
      ...(progress ? { stage: progress.stage, processed: progress.processed, total: progress.total } : {}),
      ...(result !== undefined ? { result: result && toJson(result) } : {}),
      ...(error !== undefined ? { error: error && toJson(error) } : {}),
      ...(input === null ? { input: null } : {}),
      updated_at: iso(now),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

/**
 * A running job writes its progress at least every few seconds (every batch of rows); one
 * silent for this long was cut short when its process stopped.
 */
export const SILENT_MS = 120_000;

/**
 * A job still `checking` or `applying` that has written nothing for {@link SILENT_MS} was cut
 * short when its process stopped (another instance's running jobs keep writing, so they are left
 * alone): it failed, and says to start the import again. Run at start-up and before a job is read;
 * at start-up (`sweep`) rows of jobs over 30 days old are deleted too.
 */
export async function recoverImportJobs(
  db: Kysely<Database>,
  now: Date,
  { sweep = true }: { sweep?: boolean } = {},
): Promise<{ interrupted: number; deleted: number }> {
  const interrupted = await db
    .updateTable('import_jobs')
    .set({
      status: 'failed',
      input: null,
      error: toJson({
        code: 'interrupted',
        detail:
          'The server stopped while this import was running. Start the import again: rows already applied are recognised and left as they are.',
      }),
      updated_at: iso(now),
    })
    .where('status', 'in', ['checking', 'applying'])
    .where('updated_at', '<', iso(new Date(now.getTime() - SILENT_MS)))
    .executeTakeFirst();
  if (!sweep) return { interrupted: Number(interrupted.numUpdatedRows), deleted: 0 };
  const deleted = await db
    .deleteFrom('import_jobs')
    .where('created_at', '<', iso(addDays(now, -KEEP_DAYS)))
    .executeTakeFirst();
  return { interrupted: Number(interrupted.numUpdatedRows), deleted: Number(deleted.numDeletedRows) };
}
