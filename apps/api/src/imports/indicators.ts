import {
  CORE_LOCALES,
  type CoreLocale,
  type FieldError,
  type ImportResult,
  type Indicator,
  IndicatorInput,
  type IndicatorValue,
  type IndicatorValueInput,
  type LocalizedText,
  type Measurement,
  MeasurementInput,
  PILLAR_IDS,
  validate,
} from '@lad/sdk';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/index.js';
import type { CommitmentTable } from '../db/schema.js';
import type { Actor } from '../http/env.js';
import { asProblem, ProblemError, validationProblem } from '../http/problem.js';
import { canTouchIndicator } from '../http/scope.js';
import { changeIn } from '../routes/shared.js';
import { auditMany, diff } from '../store/audit.js';
import { fieldsOf } from '../store/commitments.js';
import { rowToInput } from '../store/import.js';
import {
  addMeasurements,
  createIndicator,
  fieldsOfIndicator,
  type IndicatorFields,
  indicatorFields,
  loadIndicators,
  updateIndicator,
  updateMeasurement,
} from '../store/indicators.js';
import { nextTurn, stableJson } from '../store/util.js';
import type { ParsedMatrix } from './matrix.js';
import type { ImportContext, ImportRunner } from './types.js';

/**
 * Columns of the indicators matrix: one row per measurement, or per indicator without one.
 * `/v1/export/indicators.csv` has the same columns, so an exported file imports back.
 */
export const INDICATOR_MATRIX_COLUMNS = [
  'externalId',
  'commitment',
  'country',
  'pillar',
  'kind',
  'original',
  ...CORE_LOCALES.map((l) => `name_${l}`),
  'unit',
  'direction',
  'baseline',
  'baselineDate',
  'target',
  'targetDate',
  'date',
  'value',
  'assessment',
  'source',
] as const;

/** The export's column for an indicator's id: what a row without an externalId is matched by. */
export const INDICATOR_ID_COLUMN = 'indicatorId';

const NAME_COLUMN = /^name_([a-zA-Z]{2,3}(?:-[A-Za-z0-9]+)*)$/;
/** Columns that describe a row's indicator (the others describe its measurement, or nothing). */
const INDICATOR_COLUMNS = new Set([
  'externalId',
  INDICATOR_ID_COLUMN,
  'commitment',
  'country',
  'pillar',
  'kind',
  'original',
  'unit',
  'direction',
  'baseline',
  'baselineDate',
  'target',
  'targetDate',
]);
const isIndicatorColumn = (column: string) => INDICATOR_COLUMNS.has(column) || NAME_COLUMN.test(column);

/** Rows stored per transaction. */
const BATCH = 200;

type Row = Record<string, string>;
type RowError = Omit<ImportResult['errors'][number], 'row'>;
type Change = ImportResult['changes'][number];

const cellOf = (row: Row, column: string) => (row[column] ?? '').trim();

/** A key no database can hold (a NUL character) names nothing stored; validation refuses it. */
const storable = (key: string) => Boolean(key) && !key.includes('\u0000');

/**
 * A number cell: `1500`, `12.5`, `1,500,000` or `1 500` (commas and spaces grouping thousands);
 * `null` when empty. Anything else — words, or `12,5`, which could be read two ways — comes back
 * as written, for validation to refuse.
 */
function numberOf(text: string): number | string | null {
  if (!text) return null;
  const plain = text.replace(/[\s\u00a0\u202f]/g, '');
  const ungrouped = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain) ? plain.replace(/,/g, '') : plain;
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(ungrouped) ? Number(ungrouped) : text;
}

/**
 * `stored` with its text in `language` set to `value` (removed, when empty). The other languages
 * stay, and so does the machine-translation mark of a text left as it was; `null` when no text
 * is left.
 */
function withText(stored: LocalizedText | null, language: string, value: string): LocalizedText | null {
  const text: Record<string, string> = { ...stored?.text };
  if (value) text[language] = value;
  else delete text[language];
  const languages = Object.keys(text);
  if (!languages.length) return null;
  const provenance = Object.fromEntries(
    Object.entries(stored?.provenance ?? {}).filter(
      ([l]) => l in text && (l !== language || stored?.text[l] === value),
    ),
  );
  const original = stored && stored.original in text ? stored.original : value ? language : languages[0];
  return { original: original as string, text, ...(Object.keys(provenance).length ? { provenance } : {}) };
}

/**
 * The indicator's name from the `name_<language>` columns the file has (a language without a
 * column keeps its stored text) and `original`; `undefined` when the file says nothing about it,
 * `null` when it leaves no text.
 */
function nameOf(row: Row, columns: readonly string[], stored: LocalizedText | null) {
  const languages = columns.flatMap((c) => NAME_COLUMN.exec(c)?.[1] ?? []);
  const original = cellOf(row, 'original');
  if (!languages.length && !original) return undefined;
  let name = stored;
  for (const language of languages) name = withText(name, language, cellOf(row, `name_${language}`));
  if (!name || !original) return name;
  // The file names the original language: that text is a person's, not a machine's.
  const { [original]: _machine, ...provenance } = name.provenance ?? {};
  return { original, text: name.text, ...(Object.keys(provenance).length ? { provenance } : {}) };
}

/**
 * A baseline or target from its value and date columns: a number for a quantitative indicator
 * (words there are kept as words, for validation to refuse), words in `language` for a
 * qualitative one. `undefined` when the file has neither column.
 */
function rangeOf(
  row: Row,
  columns: readonly string[],
  field: 'baseline' | 'target',
  kind: unknown,
  language: string,
  stored: IndicatorValue | null,
): IndicatorValueInput | null | undefined {
  const dateColumn = `${field}Date`;
  if (!columns.includes(field) && !columns.includes(dateColumn)) return undefined;
  let { value, text, date } = stored ?? { value: null, text: null, date: null };
  if (columns.includes(field)) {
    const raw = cellOf(row, field);
    const number = numberOf(raw);
    if (kind !== 'qualitative' && typeof number !== 'string') value = number;
    else {
      if (kind !== 'qualitative') value = null;
      text = withText(text, language, raw);
    }
  }
  if (columns.includes(dateColumn)) date = cellOf(row, dateColumn) || null;
  return value === null && text === null && date === null ? null : { value, text, date };
}

/** A row as indicator fields over the stored ones (`before`), only for the columns the file has. */
function indicatorInput(
  row: Row,
  columns: readonly string[],
  before: IndicatorFields | null,
  commitmentId: string | null | undefined,
): Record<string, unknown> {
  const has = (column: string) => columns.includes(column);
  const input: Record<string, unknown> = { ...before };
  if (has('externalId')) input.externalId = cellOf(row, 'externalId') || null;
  if (commitmentId !== undefined) input.commitmentId = commitmentId;
  for (const field of ['country', 'pillar', 'unit'])
    if (has(field)) input[field] = cellOf(row, field) || null;
  // An empty direction is the default, `increase`; an empty kind, a missing one.
  for (const field of ['kind', 'direction']) if (has(field)) input[field] = cellOf(row, field) || undefined;
  const name = nameOf(row, columns, before?.name ?? null);
  if (name !== undefined) input.name = name ?? undefined;
  const language =
    (input.name as LocalizedText | undefined)?.original ?? (cellOf(row, 'original') || CORE_LOCALES[0]);
  for (const field of ['baseline', 'target'] as const) {
    const range = rangeOf(row, columns, field, input.kind, language, before?.[field] ?? null);
    if (range !== undefined) input[field] = range;
  }
  return input;
}

/** One source, written as in the commitments matrix: `Title <https://…> | publisher | date | kind`. */
function sourceOf(text: string): { source: unknown } | { error: RowError } {
  // The commitments matrix reads its `sources` cells so; a measurement has one of them.
  const sources = rowToInput({ sources: text }, ['sources']).sources as unknown[];
  if (sources.length > 1)
    return {
      error: {
        column: 'source',
        code: 'too_big',
        message: 'A measurement has one source: keep the one its value comes from.',
      },
    };
  return { source: sources[0] ?? null };
}

const NUMBER_HINT = 'Write a number, such as 1500 or 12.5.';

/** A field error of an indicator as the matrix column it comes from. */
function indicatorError(error: FieldError, input: Record<string, unknown>, language: string): RowError {
  const [field, second, third] = error.path;
  const range = (f: 'baseline' | 'target') => input[f] as IndicatorValueInput | null | undefined;
  if (error.code === 'quantitative_without_number') {
    const column = range('baseline') && range('baseline')?.value == null ? 'baseline' : 'target';
    return {
      column,
      code: error.code,
      message: `A quantitative indicator needs a number as its ${column}: write 1500 or 12.5, not words.`,
    };
  }
  let column = String(field ?? 'externalId');
  if (field === 'name') column = `name_${second === 'text' && typeof third === 'string' ? third : language}`;
  else if (field === 'commitmentId') column = 'commitment';
  else if ((field === 'baseline' || field === 'target') && second === 'date') column = `${field}Date`;
  const numeric = (field === 'baseline' || field === 'target') && second === 'value';
  return {
    column,
    code: error.code,
    message: numeric && error.code === 'invalid_type' ? NUMBER_HINT : error.message,
  };
}

/** A field error of a measurement as the matrix column it comes from. */
function measurementError(error: FieldError): RowError {
  const field = String(error.path[0] ?? 'date');
  const column = field === 'note' ? 'assessment' : field;
  return {
    column,
    code: error.code,
    message: column === 'value' && error.code === 'invalid_type' ? NUMBER_HINT : error.message,
  };
}

/** The fields of `next` that differ from `before` (for a new record, those it sets). */
function changedFields<T extends object>(before: T | null, next: T): (keyof T & string)[] {
  const keys = Object.keys(next) as (keyof T & string)[];
  if (!before) return keys.filter((k) => next[k] !== null && stableJson(next[k]) !== '[]');
  return keys.filter((k) => stableJson(next[k]) !== stableJson(before[k]));
}

/** The rows of one indicator in the file. */
interface Group {
  /** What the file calls it: its externalId, or the exported indicatorId. */
  key: string;
  stored: Indicator | undefined;
  /** Indices into the file's rows. */
  rows: number[];
  /** The indicator's id: stored, or once a batch has created it. */
  id: string | null;
}

type MeasurementFields = Pick<Measurement, 'value' | 'note' | 'source'>;

interface PlannedRow extends Change {
  group: Group;
  /** The indicator's change, carried by the first row of its indicator that is applied. */
  indicator: { before: IndicatorFields | null; next: IndicatorFields } | null;
  measurement: {
    stored: Measurement | undefined;
    /** The stored measurement's fields the file may change (`null`: a new measurement). */
    before: MeasurementFields | null;
    date: string;
    next: MeasurementFields;
  } | null;
}

type CommitmentRow = Selectable<CommitmentTable>;

/** The commitments a file names (by externalId or id) and those of the stored indicators. */
async function loadCommitments(db: Kysely<Database>, keys: string[], ids: string[]) {
  const byExternal = new Map<string, CommitmentRow>();
  const byId = new Map<string, CommitmentRow>();
  const unique = [...new Set(keys.filter(storable))];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('commitments')
      .selectAll()
      .where('external_id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      byExternal.set(row.external_id as string, row);
      byId.set(row.id, row);
    }
  }
  const wanted = [...new Set([...unique, ...ids])];
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db
      .selectFrom('commitments')
      .selectAll()
      .where('id', 'in', wanted.slice(i, i + 500))
      .execute();
    for (const row of rows) byId.set(row.id, row);
  }
  return {
    /** The commitment a `commitment` cell names: by externalId first, then by id. */
    resolve: (key: string) => byExternal.get(key) ?? byId.get(key),
    byId,
  };
}

/** Stored indicators by externalId and by id, for the keys the file has. */
async function loadStored(db: Kysely<Database>, externalIds: string[], ids: string[]) {
  const byExternal = new Map<string, Indicator>();
  const byId = new Map<string, Indicator>();
  for (const [keys, where] of [
    [externalIds, 'externalIds'],
    [ids, 'ids'],
  ] as const) {
    const unique = [...new Set(keys.filter(storable))];
    for (let i = 0; i < unique.length; i += 500) {
      for (const indicator of await loadIndicators(db, { [where]: unique.slice(i, i + 500) })) {
        byId.set(indicator.id, indicator);
        if (indicator.externalId) byExternal.set(indicator.externalId, indicator);
      }
    }
  }
  return { byExternal, byId };
}

/**
 * Checks every row and works out what applying the file would do: indicators matched by
 * externalId (or the exported indicatorId), measurements by indicator and date, so applying the
 * same file twice changes nothing the second time.
 */
async function planIndicators(
  db: Kysely<Database>,
  actor: Actor,
  columns: readonly string[],
  rows: Row[],
  skip: Set<number>,
  onProgress: (processed: number) => void,
): Promise<{ plan: PlannedRow[]; errors: ImportResult['errors'] }> {
  const errors: ImportResult['errors'] = [];
  const plan: PlannedRow[] = [];
  const has = (column: string) => columns.includes(column);
  const externalIdOf = (row: Row) => cellOf(row, 'externalId');
  const stored = await loadStored(
    db,
    rows.map(externalIdOf),
    rows.filter((r) => !externalIdOf(r)).map((r) => cellOf(r, INDICATOR_ID_COLUMN)),
  );
  const commitments = await loadCommitments(
    db,
    has('commitment') ? rows.map((r) => cellOf(r, 'commitment')) : [],
    [...stored.byId.values()].flatMap((i) => i.commitmentId ?? []),
  );
  const scopeOf = (fields: IndicatorFields) => {
    const row = fields.commitmentId ? commitments.byId.get(fields.commitmentId) : undefined;
    return canTouchIndicator(actor, fields, row && fieldsOf(row));
  };

  let checked = 0;
  const step = async () => {
    checked++;
    // Checking a row is quick, but twenty thousand of them would hold the server for a second.
    if (checked % 200 === 0) await nextTurn();
    if (checked % 250 === 0) onProgress(checked);
  };

  // Rows of one indicator, in the order the file first names each.
  const groups = new Map<string, Group>();
  for (const [index, row] of rows.entries()) {
    if (skip.has(index + 1)) {
      await step();
      continue;
    }
    const externalId = externalIdOf(row);
    const found = externalId
      ? stored.byExternal.get(externalId)
      : stored.byId.get(cellOf(row, INDICATOR_ID_COLUMN));
    if (!externalId && !found) {
      errors.push({
        row: index + 1,
        column: 'externalId',
        code: 'required',
        message: has(INDICATOR_ID_COLUMN)
          ? 'Each row needs an externalId (or the indicatorId of an indicator stored).'
          : 'Each row needs an externalId.',
      });
      await step();
      continue;
    }
    const id = found ? `id:${found.id}` : `x:${externalId}`;
    const group = groups.get(id) ?? {
      key: externalId || (found?.id as string),
      stored: found,
      rows: [],
      id: found?.id ?? null,
    };
    group.rows.push(index);
    groups.set(id, group);
  }

  const agreed = columns.filter(isIndicatorColumn);
  for (const group of groups.values()) {
    const first = rows[group.rows[0] as number] as Row;
    const before = group.stored ? fieldsOfIndicator(group.stored) : null;
    // The indicator's errors, reported on each of its rows (each row carries its indicator).
    const problems: RowError[] = [];
    const conflict = agreed.find((c) => new Set(group.rows.map((i) => cellOf(rows[i] as Row, c))).size > 1);
    if (conflict) {
      const lines = group.rows.map((i) => i + 1);
      problems.push({
        column: conflict,
        code: 'inconsistent',
        message: `Rows ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? '…' : ''} of indicator ${group.key} differ in ${conflict}; the rows of one indicator must agree.`,
      });
    }
    let commitmentId: string | null | undefined;
    if (has('commitment')) {
      const key = cellOf(first, 'commitment');
      commitmentId = key ? (commitments.resolve(key)?.id ?? undefined) : null;
      if (key && !commitmentId)
        problems.push({
          column: 'commitment',
          code: 'unknown_reference',
          message: `No commitment has the externalId or id ${key}.`,
        });
    }
    const input = indicatorInput(first, columns, before, commitmentId);
    const language = (input.name as LocalizedText | undefined)?.original ?? CORE_LOCALES[0];
    const parsed = validate(IndicatorInput, input);
    const next = parsed.success ? indicatorFields(parsed.data) : null;
    if (!parsed.success) problems.push(...parsed.errors.map((e) => indicatorError(e, input, language)));
    else if (next && !problems.length && !(scopeOf(next) && (!before || scopeOf(before))))
      problems.push({
        column: next.commitmentId ? 'commitment' : 'country',
        code: 'forbidden',
        message: 'This indicator is outside the scope you act in.',
      });

    const indicatorChanges = next ? changedFields(before, next) : [];
    let carried = false;
    const dates = new Map<string, number>();
    for (const index of group.rows) {
      const row = rows[index] as Row;
      const line = index + 1;
      const rowProblems = [...problems];
      const date = cellOf(row, 'date');
      let measurement: PlannedRow['measurement'] = null;
      if (!date) {
        if (['value', 'assessment', 'source'].some((c) => cellOf(row, c)))
          rowProblems.push({
            column: 'date',
            code: 'required',
            message: 'A value, assessment or source needs the date it was measured.',
          });
      } else {
        const was = group.stored?.measurements.find((m) => m.date === date);
        const source = has('source') ? sourceOf(cellOf(row, 'source')) : { source: was?.source ?? null };
        if ('error' in source) rowProblems.push(source.error);
        const candidate = {
          date,
          value: has('value') ? numberOf(cellOf(row, 'value')) : (was?.value ?? null),
          note: has('assessment')
            ? withText(was?.note ?? null, language, cellOf(row, 'assessment'))
            : (was?.note ?? null),
          source: 'source' in source ? source.source : null,
        };
        const checkedMeasurement = validate(MeasurementInput, candidate);
        if (!checkedMeasurement.success) rowProblems.push(...checkedMeasurement.errors.map(measurementError));
        else if ((next?.kind ?? input.kind) === 'quantitative' && candidate.value === null)
          rowProblems.push({
            column: 'value',
            code: 'required',
            message: 'A measurement of a quantitative indicator needs a value.',
          });
        const earlier = dates.get(date);
        if (earlier !== undefined)
          rowProblems.push({
            column: 'date',
            code: 'duplicate',
            message: `Row ${earlier} already has the measurement of indicator ${group.key} on ${date}.`,
          });
        else dates.set(date, line);
        if (checkedMeasurement.success) {
          const { value, note, source: parsedSource } = checkedMeasurement.data;
          measurement = {
            stored: was,
            before: was ? { value: was.value, note: was.note, source: was.source } : null,
            date,
            next: { value: value ?? null, note: note ?? null, source: parsedSource ?? null },
          };
        }
      }
      if (rowProblems.length || !next) {
        for (const p of rowProblems) errors.push({ row: line, ...p });
        await step();
        continue;
      }

      const carries = !carried;
      carried = true;
      const changeDiff: NonNullable<Change['diff']> = {};
      if (carries)
        for (const k of indicatorChanges)
          changeDiff[k] = before ? { from: before[k], to: next[k] } : { to: next[k] };
      const measurementChanges = measurement ? changedFields(measurement.before, measurement.next) : [];
      if (measurement) {
        const { before: was, next: m } = measurement;
        if (!was) changeDiff.date = { to: measurement.date };
        for (const k of measurementChanges) changeDiff[k] = was ? { from: was[k], to: m[k] } : { to: m[k] };
      }
      const fields = Object.keys(changeDiff);
      const creates = (carries && !before) || (measurement !== null && !measurement.stored);
      plan.push({
        row: line,
        externalId: group.key,
        action: creates ? 'create' : fields.length ? 'update' : 'unchanged',
        fields,
        label: next.name.text[next.name.original] ?? null,
        ...(fields.length ? { diff: changeDiff } : {}),
        group,
        indicator: carries && (!before || indicatorChanges.length) ? { before, next } : null,
        measurement: measurement && (!measurement.stored || measurementChanges.length) ? measurement : null,
      });
      await step();
    }
  }
  plan.sort((a, b) => a.row - b.row);
  return { plan, errors };
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
    'A row would give an indicator an external id another one has taken meanwhile.',
  );
  return new ProblemError(problem.status, problem.code, {
    ...problem.extra,
    detail: `${problem.message} ${applied} of the ${changed} changed rows were stored before this; importing the same file again applies the rest.`,
    applied,
    changed,
  });
}

/**
 * The 400 for an indicators matrix that cannot be imported at all: rows are matched by
 * `externalId`, so a file needs that column (an export has it, and `indicatorId` for the rows of
 * indicators without one).
 */
export function requireIndicatorKey(matrix: Pick<ParsedMatrix, 'columns'>): void {
  if (matrix.columns.includes('externalId')) return;
  throw validationProblem(
    [
      {
        path: ['columns', 'externalId'],
        code: 'missing_column',
        message: "The file needs an externalId column: each indicator's key in your matrix.",
      },
    ],
    400,
  );
}

/**
 * Imports indicators and their dated measurements from a matrix (see
 * {@link INDICATOR_MATRIX_COLUMNS}): one row per measurement, or per indicator without one; the
 * rows of one externalId are one indicator and must agree on its columns. A column the file does
 * not have keeps the stored value. A measurement is matched by its indicator and date: the same
 * value, assessment and source leave it unchanged, others update it, a new date adds one. Rows
 * with errors are reported and not applied; the others are stored 200 rows per transaction.
 *
 * @example
 * const result = await runIndicatorImport(await readMatrix(c), { db, actor, now, fileName: null, dryRun: true });
 * result.errors; // [{ row: 3, column: 'commitment', code: 'unknown_reference', message: '…' }]
 */
export const runIndicatorImport: ImportRunner = async (matrix, ctx) => {
  requireIndicatorKey(matrix);
  const total = matrix.rows.length;
  const { plan, errors } = await planIndicators(
    ctx.db,
    ctx.actor,
    matrix.columns,
    matrix.rows,
    new Set(matrix.errors.map((e) => e.row)),
    (processed) => ctx.onProgress?.({ stage: 'check', processed, total }),
  );
  ctx.onProgress?.({ stage: 'check', processed: total, total });
  errors.push(
    ...matrix.errors.map((e) => ({
      row: e.row,
      column: null,
      code: `malformed_${matrix.format}`,
      message: e.message,
    })),
  );

  const changed = plan.filter((p) => p.action !== 'unchanged');
  if (!ctx.dryRun && changed.length) {
    // Each batch its own transaction, with a turn of the event loop between: other requests wait
    // for one batch at most. Should one fail, the batches before it stay, and importing the same
    // file again applies the rest (rows match by externalId and date).
    let applied = 0;
    try {
      for (let i = 0; i < changed.length; i += BATCH) {
        const batch = changed.slice(i, i + BATCH);
        const created = new Map<Group, string>();
        await changeIn(ctx.db, async (trx) => {
          const now = ctx.now();
          const entries: Parameters<typeof auditMany>[2] = [];
          const added: Parameters<typeof addMeasurements>[1] = [];
          for (const p of batch) {
            if (p.indicator) {
              const { before, next } = p.indicator;
              if (before && p.group.id) {
                await updateIndicator(trx, p.group.id, next, now, { demo: p.group.stored?.demo === true });
              } else {
                created.set(p.group, await createIndicator(trx, next, now));
              }
              entries.push({
                action: `indicator.import.${before ? 'update' : 'create'}`,
                entity: { type: 'indicator', id: p.group.id ?? (created.get(p.group) as string) },
                changes: diff(before, next),
              });
            }
            if (!p.measurement) continue;
            const indicatorId = p.group.id ?? (created.get(p.group) as string);
            const { stored: was, before, date, next: m } = p.measurement;
            if (was) {
              await updateMeasurement(trx, was, m, now);
              entries.push({
                action: 'indicator.update_measurement',
                entity: { type: 'measurement', id: was.id },
                changes: diff(before, { ...m }),
              });
            } else {
              added.push({ indicatorId, date, ...m });
              entries.push({
                action: 'indicator.add_measurement',
                entity: { type: 'indicator', id: indicatorId },
                changes: diff(null, { date, ...m }),
              });
            }
          }
          await addMeasurements(trx, added, now);
          await auditMany(trx, ctx.actor, entries, now);
        });
        for (const [group, id] of created) group.id = id;
        applied += batch.length;
        ctx.onProgress?.({ stage: 'apply', processed: applied, total: changed.length });
        await nextTurn();
      }
    } catch (error) {
      if (!applied) throw error;
      throw partlyApplied(ctx, error, applied, changed.length);
    }
  }

  const count = (action: Change['action']) => plan.filter((p) => p.action === action).length;
  const order = (column: string | null) => (column === null ? -1 : matrix.columns.indexOf(column));
  return {
    dryRun: ctx.dryRun,
    rows: total,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    errors: errors.sort((a, b) => a.row - b.row || order(a.column) - order(b.column)),
    changes: plan.map(({ row, externalId, action, fields, label, diff: fieldDiff }) => ({
      row,
      externalId,
      action,
      fields,
      // `label` and `diff` when asked for (`describe`): what a person reviews before applying.
      ...(ctx.describe ? { label, ...(fieldDiff ? { diff: fieldDiff } : {}) } : {}),
    })),
  };
};

/** The example row of the indicators template, in each of the five languages. */
const TEMPLATE: Record<
  CoreLocale,
  { country: string; sheet: string; name: string; assessment: string; source: string }
> = {
  es: {
    country: 'MX',
    sheet: 'Indicadores',
    name: 'Nombre breve del indicador, en la lengua de su matriz',
    assessment:
      'Lo que se observó en esa fecha, o el contexto de la cifra; para un indicador cualitativo, la evaluación misma',
    source:
      'Informe del ministerio <https://example.org/informe> | Ministerio de Trabajo | 2025-06-30 | official',
  },
  en: {
    country: 'US',
    sheet: 'Indicators',
    name: 'Short name of the indicator, in the language of your matrix',
    assessment:
      'What was observed on that date, or context for the number; for a qualitative indicator, the assessment itself',
    source: 'Ministry report <https://example.org/report> | Ministry of Labor | 2025-06-30 | official',
  },
  pt: {
    country: 'BR',
    sheet: 'Indicadores',
    name: 'Nome curto do indicador, no idioma da sua matriz',
    assessment:
      'O que foi observado nessa data, ou o contexto do número; para um indicador qualitativo, a própria avaliação',
    source:
      'Relatório do ministério <https://example.org/relatorio> | Ministério do Trabalho | 2025-06-30 | official',
  },
  fr: {
    country: 'CA',
    sheet: 'Indicateurs',
    name: 'Nom court de l’indicateur, dans la langue de votre matrice',
    assessment:
      'Ce qui a été observé à cette date, ou le contexte du chiffre\u202f; pour un indicateur qualitatif, l’évaluation elle-même',
    source:
      'Rapport du ministère <https://example.org/rapport> | Ministère du Travail | 2025-06-30 | official',
  },
  ht: {
    country: 'HT',
    sheet: 'Endikatè',
    name: 'Non kout endikatè a, nan lang matris ou a',
    assessment:
      'Sa yo te obsève nan dat sa a, oswa kontèks chif la; pou yon endikatè kalitatif, se evalyasyon an menm',
    source: 'Rapò ministè a <https://example.org/rapo> | Ministè Travay | 2025-06-30 | official',
  },
};

/**
 * The indicators template's example row in `locale`: example values, and hints in that language
 * where a cell is free text. The pillar and kind cells list the values allowed, so the row itself
 * is never imported by mistake (a dry run reports it; delete it before importing).
 */
export function indicatorTemplateRow(locale: CoreLocale): Record<string, string> {
  const hint = TEMPLATE[locale];
  return {
    externalId: `${hint.country}-IND-01`,
    // The example commitment of the commitments template.
    commitment: `${hint.country}-2024-01`,
    country: hint.country,
    pillar: PILLAR_IDS.join(' | '),
    kind: 'quantitative | qualitative',
    original: locale,
    [`name_${locale}`]: hint.name,
    unit: 'people',
    direction: 'increase',
    baseline: '1200',
    baselineDate: '2023-12-31',
    target: '5000',
    targetDate: '2027-12-31',
    date: '2025-06-30',
    value: '2400',
    assessment: hint.assessment,
    source: hint.source,
  };
}

/** The name of the indicators template's sheet in `locale`. */
export const indicatorTemplateSheet = (locale: CoreLocale) => TEMPLATE[locale].sheet;
