import type { ImportJob, ImportJobStatus, ImportKind } from '@lad/sdk';
import type { Actor, Deps } from '../http/env.js';
import { asProblem, ProblemError } from '../http/problem.js';
import {
  getOwnImportJob,
  type ImportJobRow,
  insertImportJob,
  jobMatrix,
  toImportJob,
  updateImportJob,
} from '../store/import-jobs.js';
import { requireCommitmentKey, runCommitmentImport } from './commitments.js';
import { runIndicatorImport } from './indicators.js';
import type { ParsedMatrix } from './matrix.js';
import type { ImportProgress, ImportRunner } from './types.js';

/**
 * What imports each kind of matrix. `refuse` throws the 400 of a file that kind cannot import
 * at all (no key column), so that such a file is refused when the job is started, not later.
 */
export const IMPORTERS: Record<ImportKind, { run: ImportRunner; refuse?: (matrix: ParsedMatrix) => void }> = {
  commitments: { run: runCommitmentImport, refuse: requireCommitmentKey },
  indicators: { run: runIndicatorImport },
};

/** Progress is written to a job's row at most this often (and at the end of each stage). */
const PROGRESS_EVERY_MS = 250;

/** The jobs each app is running now, so that tests and a stopping server can wait for them. */
const running = new WeakMap<Deps, Set<Promise<void>>>();

function inBackground(deps: Deps, work: Promise<void>): void {
  const jobs = running.get(deps) ?? new Set();
  running.set(deps, jobs);
  const job = work.finally(() => jobs.delete(job));
  jobs.add(job);
}

/** Resolves once no import job runs in the app of `deps` (every stage finished or failed). */
export async function settleImportJobs(deps: Deps): Promise<void> {
  const jobs = running.get(deps);
  while (jobs?.size) await Promise.allSettled([...jobs]);
}

/**
 * Starts an import job: the file is stored with the job, which answers at once (`checking`)
 * while the dry run goes on in the background and ends `checked` with its result, or `failed`.
 * A file its kind cannot import at all is refused here, with the 400 of the direct import.
 */
export async function startImportJob(
  deps: Deps,
  job: { kind: ImportKind; fileName: string | null; matrix: ParsedMatrix; actor: Actor },
): Promise<ImportJob> {
  IMPORTERS[job.kind].refuse?.(job.matrix);
  const row = await insertImportJob(deps.db.kysely, job, deps.now());
  inBackground(deps, runJob(deps, row, job.matrix, job.actor, true));
  return toImportJob(row);
}

/** Why a job in `status` cannot be applied, in words. */
const NOT_APPLIABLE: Record<Exclude<ImportJobStatus, 'checked'>, string> = {
  checking: 'This import is still being checked; apply it once its status is checked.',
  applying: 'This import is being applied already.',
  applied: 'This import was applied already; to import the file again, start a new import.',
  failed: 'This import failed and cannot be applied; start the import again.',
};

/**
 * Applies a checked job as `actor` (who started it, in the role they act in now): it goes
 * `applying` at once, and in the background its file is checked again against what is stored
 * now and the rows without errors are stored; then `applied` (the file is dropped), or
 * `failed`. A job in any other status is a 409.
 */
export async function applyImportJob(deps: Deps, row: ImportJobRow, actor: Actor): Promise<ImportJob> {
  const db = deps.db.kysely;
  const matrix = jobMatrix(row);
  const claimed =
    matrix !== null &&
    (await updateImportJob(
      db,
      row.id,
      'checked',
      { status: 'applying', progress: { stage: 'check', processed: 0, total: matrix.rows.length } },
      deps.now(),
    ));
  const current = (await getOwnImportJob(db, row.id, actor)) ?? row;
  if (!claimed || !matrix) {
    const status = current.status as ImportJobStatus;
    throw new ProblemError(409, 'conflict', {
      detail: status === 'checked' ? NOT_APPLIABLE.applying : NOT_APPLIABLE[status],
    });
  }
  inBackground(deps, runJob(deps, row, matrix, actor, false));
  return toImportJob(current);
}

/**
 * Runs one stage of a job (the dry run, or applying) and records how it ended. Never throws:
 * whatever goes wrong is the job's `error`, and anything unexpected is logged.
 */
async function runJob(
  deps: Deps,
  job: Pick<ImportJobRow, 'id' | 'kind' | 'file_name'>,
  matrix: ParsedMatrix,
  actor: Actor,
  dryRun: boolean,
): Promise<void> {
  const db = deps.db.kysely;
  const status: ImportJobStatus = dryRun ? 'checking' : 'applying';
  const onError = (fields: Record<string, unknown>) =>
    deps.log('error', { msg: 'import job failed', job: job.id, ...fields });
  const progress = progressWriter(deps, job.id, status, onError);
  try {
    try {
      const result = await IMPORTERS[job.kind as ImportKind].run(matrix, {
        db,
        actor,
        now: deps.now,
        fileName: job.file_name,
        dryRun,
        describe: true,
        requestId: job.id,
        onError,
        onProgress: progress.report,
      });
      await progress.written();
      const total = dryRun ? result.rows : result.created + result.updated;
      await updateImportJob(
        db,
        job.id,
        status,
        {
          status: dryRun ? 'checked' : 'applied',
          progress: { stage: dryRun ? 'check' : 'apply', processed: total, total },
          result,
          // Applied: the file has done its work, and it may be large.
          ...(dryRun ? {} : { input: null }),
        },
        deps.now(),
      );
    } catch (error) {
      await progress.written();
      // A problem says what went wrong in the curator's terms; anything else is logged and the
      // job says only that it failed on our side.
      const problem = asProblem(error, job.id, onError, 'A row would duplicate an existing external id.');
      const failure =
        problem.code !== 'internal'
          ? { code: problem.code, detail: problem.message }
          : {
              code: 'internal',
              detail:
                'applied' in problem.extra
                  ? problem.message
                  : `Something went wrong on our side and nothing was stored. Start the import again; if it fails again, report import ${job.id}.`,
            };
      // The dry run's result no longer says what the job did: the error does.
      await updateImportJob(
        db,
        job.id,
        status,
        { status: 'failed', error: failure, result: null, input: null },
        deps.now(),
      );
    }
  } catch (error) {
    // Recording the end failed too (the database went away): the start-up recovery marks the
    // job as interrupted.
    onError({ error: String(error) });
  }
}

/**
 * Progress reports of a runner written to the job's row: at most every 250 ms, and at once
 * when the stage changes, one write after another so that an older number never lands last.
 */
function progressWriter(
  deps: Deps,
  id: string,
  status: ImportJobStatus,
  onError: (fields: Record<string, unknown>) => void,
) {
  let stage: ImportProgress['stage'] = 'check';
  let last = performance.now();
  let writes = Promise.resolve();
  return {
    report(p: ImportProgress) {
      const t = performance.now();
      if (p.stage === stage && t - last < PROGRESS_EVERY_MS) return;
      stage = p.stage;
      last = t;
      writes = writes
        .then(() => updateImportJob(deps.db.kysely, id, status, { progress: p }, deps.now()))
        .then(
          () => {},
          (error) => onError({ error: String(error) }),
        );
    },
    /** Resolves once every write asked for is done. */
    written: () => writes,
  };
}
