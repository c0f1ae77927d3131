import {
  COMMITMENT_STATUSES,
  CORE_LOCALES,
  type Commitment,
  CommitmentInput,
  type CoreLocale,
  type ImportResult,
  PILLAR_IDS,
  type Source,
  validate,
} from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { diff } from './audit.js';
import { type CommitmentFields, commitmentFields, fieldsOf } from './commitments.js';
import { nextTurn, stableJson } from './util.js';

/** Columns of the tracking matrix (CSV), the same in the export so a file can go round. */
export const MATRIX_COLUMNS = [
  'externalId',
  'country',
  'pillar',
  'status',
  'original',
  ...CORE_LOCALES.map((l) => `title_${l}`),
  ...CORE_LOCALES.map((l) => `description_${l}`),
  'titleMachineTranslated',
  'descriptionMachineTranslated',
  'actionPackages',
  'mechanisms',
  'announcedOn',
  'announcedAt',
  'startDate',
  'dueDate',
  'amountUsd',
  'sources',
] as const;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * One source per line: `Title <https://…>`, then, when known, ` | publisher | date | kind`
 * (`2024-05-07` or `2024-05`; `official` or `secondary`).
 */
export const formatSources = (sources: Source[]) =>
  sources
    .map((s) => {
      const more = [s.publisher ?? '', s.publishedOn ?? '', s.kind ?? ''];
      return `${s.title} <${s.url}>${more.some(Boolean) ? ` | ${more.join(' | ')}` : ''}`;
    })
    .join('\n');
function parseSources(value: string | undefined): unknown[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [head = '', publisher, publishedOn, kind] = line.split(/\s*\|\s*/);
      const m = /^(.*?)\s*<([^>]+)>$/.exec(head);
      const source: Record<string, string> = m
        ? { title: m[1] || (m[2] as string), url: m[2] as string }
        : { title: head, url: head };
      if (publisher) source.publisher = publisher;
      if (publishedOn) source.publishedOn = publishedOn;
      if (kind) source.kind = kind;
      return source;
    });
}

type Localized = NonNullable<CommitmentFields['description']>;

/**
 * A title or description from a matrix row, merged into the stored one: a language whose column
 * the file has is set (or, left empty, removed); a language without a column keeps its stored
 * text, so a file with only `title_es` adds the Spanish title and leaves the others alone. The
 * `original` and `…MachineTranslated` columns, when present, say which language is the original
 * and which are machine translations; absent, the stored ones stay. `undefined`: the file says
 * nothing about this text.
 */
function localized(
  row: Record<string, string>,
  columns: readonly string[],
  field: 'title' | 'description',
  stored: Localized | null,
): Localized | null | undefined {
  const pattern = new RegExp(`^${field}_([a-zA-Z]{2,3}(?:-[A-Za-z0-9]+)*)$`);
  const languages = columns.flatMap((column) => pattern.exec(column)?.[1] ?? []);
  const machineColumn = `${field}MachineTranslated`;
  const hasMachine = columns.includes(machineColumn);
  const original = orNull(row.original);
  if (!languages.length && !hasMachine && !(original && (stored || field === 'title'))) return undefined;
  const text: Record<string, string> = { ...stored?.text };
  for (const language of languages) {
    const value = orNull(row[`${field}_${language}`]);
    if (value) text[language] = value;
    else delete text[language];
  }
  if (!Object.keys(text).length) return null;
  const originalOf = original ?? stored?.original ?? Object.keys(text)[0] ?? 'es';
  const machine = hasMachine
    ? list(row[machineColumn])
    : Object.entries(stored?.provenance ?? {})
        .filter(([, p]) => p === 'machine')
        .map(([l]) => l);
  const provenance = Object.fromEntries(
    machine.filter((l) => l in text && l !== originalOf).map((l) => [l, 'machine' as const]),
  );
  return { original: originalOf, text, ...(Object.keys(provenance).length ? { provenance } : {}) };
}

/**
 * A matrix row as commitment fields (not yet validated), only for the columns the file has: a
 * missing column leaves the stored value alone, and so does a missing language column of a title
 * or description (`before`: the stored fields, `null` for a new commitment).
 */
export function rowToInput(
  row: Record<string, string>,
  columns: readonly string[],
  before: CommitmentFields | null = null,
): Record<string, unknown> {
  const amount = orNull(row.amountUsd);
  const all: Record<string, unknown> = {
    externalId: orNull(row.externalId),
    country: (row.country ?? '').trim(),
    // An empty pillar: no source files the commitment under one.
    pillar: orNull(row.pillar),
    status: orNull(row.status),
    actionPackages: list(row.actionPackages),
    mechanisms: list(row.mechanisms),
    announcedOn: orNull(row.announcedOn),
    announcedAt: orNull(row.announcedAt),
    startDate: orNull(row.startDate),
    dueDate: orNull(row.dueDate),
    amountUsd: amount === null ? null : Number(amount.replace(/[\s,]/g, '')),
    sources: parseSources(row.sources),
  };
  const input = Object.fromEntries(Object.entries(all).filter(([key]) => columns.includes(key)));
  for (const field of ['title', 'description'] as const) {
    const text = localized(row, columns, field, before?.[field] ?? null);
    if (text !== undefined) input[field] = text;
  }
  return input;
}

const machineLocales = (text: { provenance?: Record<string, string> | undefined } | null) =>
  Object.entries(text?.provenance ?? {})
    .filter(([, p]) => p === 'machine')
    .map(([l]) => l)
    .join(';');

/** A commitment as a matrix row. */
export function commitmentToRow(c: Commitment | CommitmentFields): Record<string, unknown> {
  const row: Record<string, unknown> = {
    externalId: c.externalId ?? '',
    country: c.country,
    pillar: c.pillar ?? '',
    status: c.status,
    original: c.title.original,
    titleMachineTranslated: machineLocales(c.title),
    descriptionMachineTranslated: machineLocales(c.description),
    actionPackages: c.actionPackages.join(';'),
    mechanisms: c.mechanisms.join(';'),
    announcedOn: c.announcedOn ?? '',
    announcedAt: c.announcedAt ?? '',
    startDate: c.startDate ?? '',
    dueDate: c.dueDate ?? '',
    amountUsd: c.amountUsd ?? '',
    sources: formatSources(c.sources),
  };
  for (const locale of CORE_LOCALES) {
    row[`title_${locale}`] = c.title.text[locale] ?? '';
    row[`description_${locale}`] = c.description?.text[locale] ?? '';
  }
  return row;
}

function columnOf(path: (string | number)[]): string {
  const [field, second, third] = path;
  if ((field === 'title' || field === 'description') && second === 'text' && typeof third === 'string')
    return `${field}_${third}`;
  if (field === 'title' || field === 'description') return `${field}_${CORE_LOCALES[0]}`;
  return String(field ?? '');
}

export interface PlannedRow {
  row: number;
  externalId: string;
  action: 'create' | 'update' | 'unchanged';
  fields: string[];
  next: CommitmentFields;
  existingId: string | null;
  before: CommitmentFields | null;
}

/**
 * Checks every row and works out what applying the file would do. Rows are matched to stored
 * commitments by `externalId`, so applying the same file twice changes nothing the second time.
 */
export async function planImport(
  db: Kysely<Database>,
  columns: readonly string[],
  rows: Record<string, string>[],
  options: {
    knownPackages: Set<string>;
    knownMechanisms: Set<string>;
    /** Whether the token may write `next` (over `before`, the stored fields, if any). */
    allowed: (next: CommitmentFields, before: CommitmentFields | null) => boolean;
    onProgress?: (processed: number) => void;
  },
): Promise<{ plan: PlannedRow[]; errors: ImportResult['errors'] }> {
  const errors: ImportResult['errors'] = [];
  const plan: PlannedRow[] = [];
  const seen = new Set<string>();
  // A key with a NUL character can name nothing stored (and PostgreSQL cannot even compare it):
  // it is not looked up, and its row is refused by validation.
  const storable = (key: string) => Boolean(key) && !key.includes('\u0000');
  const externalIds = rows.map((r) => (r.externalId ?? '').trim()).filter(storable);
  const ids = rows
    .filter((r) => !(r.externalId ?? '').trim())
    .map((r) => (r.id ?? '').trim())
    .filter(storable);
  const existing = new Map<string, Awaited<ReturnType<typeof loadByExternal>>[number]>();
  for (let i = 0; i < externalIds.length; i += 500) {
    for (const row of await loadByExternal(db, externalIds.slice(i, i + 500)))
      existing.set(row.external_id as string, row);
  }
  const byId = new Map<string, Awaited<ReturnType<typeof loadByExternal>>[number]>();
  for (let i = 0; i < ids.length; i += 500) {
    const found = await db
      .selectFrom('commitments')
      .selectAll()
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of found) byId.set(row.id, row);
  }
  for (const [index, raw] of rows.entries()) {
    // Checking a row is quick, but twenty thousand of them would hold the server for a second.
    if (index % 200 === 199) await nextTurn();
    if (options.onProgress && index && index % 250 === 0) options.onProgress(index);
    const line = index + 1;
    const push = (column: string | null, code: string, message: string) =>
      errors.push({ row: line, column, code, message });
    // Rows are matched by externalId; a row exported without one is matched by its `id`.
    const externalId = (raw.externalId ?? '').trim();
    const storedById = externalId ? undefined : byId.get((raw.id ?? '').trim());
    if (!externalId && !storedById) {
      push('externalId', 'required', 'Each row needs an externalId.');
      continue;
    }
    const key = externalId || (storedById?.id as string);
    if (seen.has(key)) {
      push('externalId', 'duplicate', `${key} appears twice in the file.`);
      continue;
    }
    seen.add(key);
    const stored = externalId ? existing.get(externalId) : storedById;
    const before = stored ? fieldsOf(stored) : null;
    const input = { ...before, ...rowToInput(raw, columns, before) };
    input.status ??= 'not_started';
    const parsed = validate(CommitmentInput, input);
    if (!parsed.success) {
      for (const e of parsed.errors) push(columnOf(e.path), e.code, e.message);
      continue;
    }
    const next = commitmentFields(parsed.data);
    const unknown = [
      ...next.actionPackages
        .filter((p) => !options.knownPackages.has(p))
        .map((p) => ['actionPackages', p] as const),
      ...next.mechanisms
        .filter((m) => !options.knownMechanisms.has(m))
        .map((m) => ['mechanisms', m] as const),
    ];
    if (unknown.length) {
      for (const [column, id] of unknown)
        push(
          column,
          'unknown_reference',
          `Unknown ${column === 'mechanisms' ? 'mechanism' : 'action package'}: ${id}.`,
        );
      continue;
    }
    if (!options.allowed(next, before)) {
      push('country', 'forbidden', "This row is outside the token's scope.");
      continue;
    }
    const fields = before
      ? Object.keys(next).filter(
          (k) =>
            stableJson(next[k as keyof CommitmentFields]) !== stableJson(before[k as keyof CommitmentFields]),
        )
      : Object.keys(next);
    plan.push({
      row: line,
      externalId: key,
      action: !before ? 'create' : fields.length ? 'update' : 'unchanged',
      fields: before ? fields : [],
      next,
      existingId: stored?.id ?? null,
      before,
    });
  }
  return { plan, errors };
}

/**
 * What a person reviews of a planned row: its `label` (the title in its original language, else
 * the first one) and, for a row that creates or changes a commitment, each changed field as
 * `{ from, to }` — `from` is the stored value, absent for a new commitment (whose empty lists
 * are left out: nothing to review there).
 */
export function describeChange(p: PlannedRow): Pick<ImportResult['changes'][number], 'label' | 'diff'> {
  const { title } = p.next;
  const label = title.text[title.original] ?? Object.values(title.text)[0] ?? null;
  if (p.action === 'unchanged') return { label };
  const changes = Object.entries(diff(p.before, p.next));
  return {
    label,
    diff: Object.fromEntries(
      p.before
        ? changes.filter(([field]) => p.fields.includes(field))
        : changes
            .filter(([, c]) => !(Array.isArray(c.to) && !c.to.length))
            .map(([field, c]) => [field, { to: c.to }]),
    ),
  };
}

async function loadByExternal(db: Kysely<Database>, externalIds: string[]) {
  if (!externalIds.length) return [];
  return db.selectFrom('commitments').selectAll().where('external_id', 'in', externalIds).execute();
}

/** The example row of the import template, in each of the five languages. */
const TEMPLATE: Record<
  CoreLocale,
  { country: string; sheet: string; title: string; description: string; announcedAt: string; source: string }
> = {
  es: {
    country: 'MX',
    sheet: 'Matriz',
    title: 'Título breve del compromiso, en la lengua en que se anunció',
    description: 'Qué se hará, para quién y para cuándo; las cifras tal como las da la fuente',
    announcedAt: 'Reunión ministerial, Ciudad de Guatemala',
    source:
      'Informe del ministerio <https://example.org/informe> | Ministerio de Trabajo | 2024-05-07 | official',
  },
  en: {
    country: 'US',
    sheet: 'Matrix',
    title: 'Short title of the commitment, in the language it was announced in',
    description: 'What will be done, for whom and by when; figures as the source gives them',
    announcedAt: 'Ministerial meeting, Guatemala City',
    source: 'Ministry report <https://example.org/report> | Ministry of Labor | 2024-05-07 | official',
  },
  pt: {
    country: 'BR',
    sheet: 'Matriz',
    title: 'Título curto do compromisso, no idioma em que foi anunciado',
    description: 'O que será feito, para quem e até quando; os números tal como a fonte os dá',
    announcedAt: 'Reunião ministerial, Cidade da Guatemala',
    source:
      'Relatório do ministério <https://example.org/relatorio> | Ministério do Trabalho | 2024-05-07 | official',
  },
  fr: {
    country: 'CA',
    sheet: 'Matrice',
    title: 'Titre court de l’engagement, dans la langue où il a été annoncé',
    description: 'Ce qui sera fait, pour qui et d’ici quand\u202f; les chiffres tels que la source les donne',
    announcedAt: 'Réunion ministérielle, Guatemala',
    source:
      'Rapport du ministère <https://example.org/rapport> | Ministère du Travail | 2024-05-07 | official',
  },
  ht: {
    country: 'HT',
    sheet: 'Matris',
    title: 'Tit kout angajman an, nan lang yo te anonse l la',
    description: 'Sa k ap fèt, pou ki moun, ak ki lè; chif yo jan sous la bay yo',
    announcedAt: 'Reyinyon minis yo, Gwatemala',
    source: 'Rapò ministè a <https://example.org/rapo> | Ministè Travay | 2024-05-07 | official',
  },
};

/**
 * The import template's example row in `locale`: example values, and hints in that language where
 * a cell is free text. The pillar and status cells list the values allowed, so the row itself is
 * never imported by mistake (a dry run reports it; delete it before importing).
 */
export function templateRow(locale: CoreLocale): Record<string, string> {
  const hint = TEMPLATE[locale];
  return {
    externalId: `${hint.country}-2024-01`,
    country: hint.country,
    pillar: PILLAR_IDS.join(' | '),
    status: COMMITMENT_STATUSES.join(' | '),
    original: locale,
    [`title_${locale}`]: hint.title,
    [`description_${locale}`]: hint.description,
    titleMachineTranslated: '',
    descriptionMachineTranslated: '',
    actionPackages: 'labor-mobility',
    mechanisms: 'crm',
    announcedOn: '2024-05-07',
    announcedAt: hint.announcedAt,
    startDate: '2024-06-01',
    dueDate: '2026-12-31',
    amountUsd: '250000',
    sources: hint.source,
  };
}

/** The name of the template's sheet in `locale`. */
export const templateSheet = (locale: CoreLocale) => TEMPLATE[locale].sheet;
