import type { ActionPackage, ImportResult, RegionalMechanism } from '@lad/sdk';
import { asProblem, ProblemError, validationProblem } from '../http/problem.js';
import { canTouchCommitment, commitmentPlacement, mayPlace } from '../http/scope.js';
import { changeIn } from '../routes/shared.js';
import { auditMany, diff } from '../store/audit.js';
import {
  addStatusChanges,
  importStatusNote,
  insertCommitments,
  updateCommitments,
} from '../store/commitments.js';
import { describeChange, planImport } from '../store/import.js';
import { listReference } from '../store/reference.js';
import { iso, nextTurn } from '../store/util.js';
import type { ParsedMatrix } from './matrix.js';
import type { ImportContext, ImportRunner } from './types.js';

/** Rows an import stores per transaction. */
const IMPORT_BATCH = 200;

/**
 * The 400 for a tracking matrix that cannot be imported at all: rows are matched by
 * `externalId` (or the `id` column of an export), so a file needs one of them.
 */
export function requireCommitmentKey(matrix: Pick<ParsedMatrix, 'columns'>): void {
  if (matrix.columns.includes('externalId') || matrix.columns.includes('id')) return;
  throw validationProblem(
    [
      {
        path: ['columns', 'externalId'],
        code: 'missing_column',
        message: 'The file needs an externalId column (or the id column of an export).',
      },
    ],
    400,
  );
}

/**
 * The problem for an import that stopped after some batches were stored: what went wrong, and
 * how much is already in (`applied` of `changed`), so that the curator knows to import again.
 */
function partlyApplied(ctx: ImportContext, error: unknown, applied: number, changed: number): ProblemError {
  const problem = asProblem(
    error,
    ctx.requestId,
    (fields) => ctx.onError?.(fields),
    'A row would duplicate an existing external id.',
  );
  return new ProblemError(problem.status, problem.code, {
    ...problem.extra,
    detail: `${problem.message} ${applied} of the ${changed} changed rows were stored before this; importing the same file again applies the rest.`,
    applied,
    changed,
  });
}

/**
 * Imports a country's tracking matrix of commitments: every row checked against what is stored
 * (and against the actor's scope), then — unless `dryRun` — the rows without errors stored 200 per
 * transaction, each status change a dated update in the commitment's timeline, each change
 * audited as `commitment.import.create|update`.
 */
export const runCommitmentImport: ImportRunner = async (matrix, ctx) => {
  requireCommitmentKey(matrix);
  const { db, actor, now, dryRun, onProgress } = ctx;
  const packages = new Set((await listReference<ActionPackage>(db, 'action_package')).map((p) => p.id));
  const mechanisms = new Set((await listReference<RegionalMechanism>(db, 'mechanism')).map((m) => m.id));
  const total = matrix.rows.length;
  const { plan, errors } = await planImport(db, matrix.columns, matrix.rows, {
    knownPackages: packages,
    knownMechanisms: mechanisms,
    allowed: (f, before) =>
      canTouchCommitment(actor, f) &&
      (!before || canTouchCommitment(actor, before)) &&
      mayPlace(actor, before ? commitmentPlacement(before) : null, commitmentPlacement(f)),
    ...(onProgress
      ? { onProgress: (processed: number) => onProgress({ stage: 'check', processed, total }) }
      : {}),
  });
  errors.push(
    ...matrix.errors.map((e) => ({
      row: e.row,
      column: null,
      code: `malformed_${matrix.format}`,
      message: e.message,
    })),
  );
  // Every status the import changes is a dated update in the commitment's timeline.
  const note = importStatusNote(ctx.fileName);
  const today = iso(now()).slice(0, 10);
  const changed = plan.filter((p) => p.action !== 'unchanged');
  if (!dryRun && changed.length) {
    // Applied in batches, each its own transaction, with a turn of the event loop between:
    // other requests (and, on SQLite, other queries) wait for one batch at most, never for
    // the whole file. A batch is all or nothing; should one fail, the batches before it
    // stay, and importing the same file again applies the rest (rows match by externalId).
    let applied = 0;
    try {
      for (let i = 0; i < changed.length; i += IMPORT_BATCH) {
        const batch = changed.slice(i, i + IMPORT_BATCH);
        await changeIn(db, async (trx) => {
          const created = batch.filter((p) => !p.existingId);
          const updated = batch.filter((p) => p.existingId);
          const ids = await insertCommitments(
            trx,
            created.map((p) => p.next),
            now(),
          );
          await updateCommitments(
            trx,
            updated.map((p) => ({ id: p.existingId as string, fields: p.next })),
            now(),
          );
          await addStatusChanges(
            trx,
            updated
              .filter((p) => p.before?.status !== p.next.status)
              .map((p) => ({
                commitmentId: p.existingId as string,
                date: today,
                status: p.next.status,
                summary: note,
                evidence: [],
              })),
            now(),
          );
          const idOf = new Map(created.map((p, i) => [p, ids[i] as string]));
          await auditMany(
            trx,
            actor,
            batch.map((p) => ({
              action: `commitment.import.${p.action}`,
              entity: { type: 'commitment', id: p.existingId ?? (idOf.get(p) as string) },
              changes: diff(p.before, p.next),
            })),
            now(),
          );
        });
        applied += batch.length;
        onProgress?.({ stage: 'apply', processed: applied, total: changed.length });
        await nextTurn();
      }
    } catch (error) {
      if (!applied) throw error;
      throw partlyApplied(ctx, error, applied, changed.length);
    }
  }
  const count = (a: string) => plan.filter((p) => p.action === a).length;
  const result: ImportResult = {
    dryRun,
    rows: matrix.rows.length,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    errors: errors.sort((a, b) => a.row - b.row),
    changes: plan.map((p) => ({
      row: p.row,
      externalId: p.externalId,
      action: p.action,
      fields: p.fields,
      ...(ctx.describe ? describeChange(p) : {}),
    })),
  };
  return result;
};
