import type {
  Commitment,
  CommitmentDetail,
  CommitmentInput,
  CommitmentPatch,
  CommitmentUpdate,
  CommitmentUpdateInput,
  CoreLocale,
  Page,
} from '@lad/sdk';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../db/index.js';
import type { CommitmentTable } from '../db/schema.js';
import { loadIndicators } from './indicators.js';
import {
  decodeCursor,
  encodeCursor,
  fold,
  fromJson,
  iso,
  likeEscape,
  newId,
  searchText,
  toJson,
} from './util.js';

/** The fields kept as JSON; country, pillar, status and externalId have columns. */
type CommitmentData = Pick<
  Commitment,
  | 'actionPackages'
  | 'mechanisms'
  | 'title'
  | 'description'
  | 'announcedOn'
  | 'announcedAt'
  | 'startDate'
  | 'dueDate'
  | 'amountUsd'
  | 'sources'
  | 'consultation'
>;

/** The editable fields of a commitment, all present. */
export type CommitmentFields = CommitmentData &
  Pick<Commitment, 'externalId' | 'country' | 'pillar' | 'status'>;

export interface CommitmentFilters {
  country?: string | undefined;
  pillar?: string | undefined;
  actionPackage?: string | undefined;
  mechanism?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  locale?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export class BadCursorError extends Error {}

function toCommitment(row: Selectable<CommitmentTable>, indicatorIds: string[]): Commitment {
  const data = fromJson<CommitmentData>(row.data);
  return {
    id: row.id,
    externalId: row.external_id,
    country: row.country,
    // No pillar is stored as '' (columns stay NOT NULL in both databases).
    pillar: (row.pillar || null) as Commitment['pillar'],
    status: row.status as Commitment['status'],
    ...data,
    indicatorIds,
    lastUpdatedOn: row.last_updated_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    demo: row.demo === 1,
  };
}

async function indicatorIdsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!ids.length) return map;
  const rows = await db
    .selectFrom('indicators')
    .select(['id', 'commitment_id'])
    .where('commitment_id', 'in', ids)
    .orderBy('id')
    .execute();
  for (const row of rows) {
    if (!row.commitment_id) continue;
    map.set(row.commitment_id, [...(map.get(row.commitment_id) ?? []), row.id]);
  }
  return map;
}

/**
 * One page of commitments, most recently updated first, by keyset on (updated_at, id). Every
 * filter has an index ending in that sort; the action-package and mechanism filters read their
 * link table, which carries the commitment's sort key, in index order. The first page also says
 * how many match in all.
 */
export async function listCommitments(db: Kysely<Database>, f: CommitmentFilters): Promise<Page<Commitment>> {
  const limit = f.limit ?? 20;
  let cursor: [string, string] | null = null;
  if (f.cursor) {
    const decoded = decodeCursor(f.cursor, 2);
    if (!decoded) throw new BadCursorError();
    cursor = decoded.map(String) as [string, string];
  }
  const { query, sortAt, sortId } = filtered(db, f);
  const paged = cursor
    ? query.where((eb) => eb(eb.refTuple(sortAt, sortId), '<', eb.tuple(cursor[0], cursor[1])))
    : query;
  const [rows, total] = await Promise.all([
    paged
      .selectAll('c')
      .orderBy(sortAt, 'desc')
      .orderBy(sortId, 'desc')
      .limit(limit + 1)
      .execute(),
    cursor ? undefined : query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  const page = rows.slice(0, limit);
  const indicators = await indicatorIdsOf(
    db,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => toCommitment(r, indicators.get(r.id) ?? [])),
    nextCursor: rows.length > limit && last ? encodeCursor([last.updated_at, last.id]) : null,
    ...(total ? { total: Number(total.n) } : {}),
  };
}

/** The filtered commitments query (not yet selected or ordered) and the columns of its sort. */
function filtered(db: Kysely<Database>, f: CommitmentFilters) {
  const words = f.q ? fold(f.q).split(/\s+/).filter(Boolean).slice(0, 8) : [];
  // Mechanism and action-package ids are lower case; partner pages may write `CRM` or `MIRPS`.
  const actionPackage = f.actionPackage?.toLowerCase();
  const mechanism = f.mechanism?.toLowerCase();
  const link = actionPackage ? 'commitment_packages' : mechanism ? 'commitment_mechanisms' : null;
  const target = (actionPackage ?? mechanism) as string;

  let query = link
    ? db
        .selectFrom(`${link} as l` as 'commitment_packages as l')
        .innerJoin('commitments as c', 'c.id', 'l.commitment_id')
        .where('l.target_id', '=', target)
    : db.selectFrom('commitments as c');
  if (f.country) query = query.where('c.country', '=', f.country);
  if (f.pillar) query = query.where('c.pillar', '=', f.pillar);
  if (f.status) query = query.where('c.status', '=', f.status);
  if (f.locale) query = query.where('c.locales', 'like', `%,${f.locale},%`);
  for (const word of words) {
    query = query.where(sql<boolean>`c.search like ${`%${likeEscape(word)}%`} escape '\\'`);
  }
  if (actionPackage && mechanism) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('commitment_mechanisms as m')
          .select('m.commitment_id')
          .whereRef('m.commitment_id', '=', 'c.id')
          .where('m.target_id', '=', mechanism),
      ),
    );
  }
  const [sortAt, sortId] = link
    ? (['l.sort_at', 'l.commitment_id'] as const)
    : (['c.updated_at', 'c.id'] as const);
  return { query, sortAt, sortId };
}

/** Sets a commitment's sort key (updated_at) here and in its link tables. */
export async function touchCommitment(
  db: Kysely<Database>,
  id: string,
  at: Date,
  set: { status?: string; last_updated_on?: string | null } = {},
) {
  await db
    .updateTable('commitments')
    .set({ ...set, updated_at: iso(at) })
    .where('id', '=', id)
    .execute();
  for (const table of ['commitment_packages', 'commitment_mechanisms'] as const) {
    await db
      .updateTable(table)
      .set({ sort_at: iso(at) })
      .where('commitment_id', '=', id)
      .execute();
  }
}

export async function getCommitmentRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getCommitment(db: Kysely<Database>, id: string): Promise<CommitmentDetail | undefined> {
  const row = await getCommitmentRow(db, id);
  if (!row) return undefined;
  const [updates, indicators] = await Promise.all([
    db
      .selectFrom('commitment_updates')
      .selectAll()
      .where('commitment_id', '=', id)
      .orderBy('date')
      .orderBy('created_at')
      .execute(),
    loadIndicators(db, { commitmentIds: [id] }),
  ]);
  return {
    ...toCommitment(
      row,
      indicators.map((i) => i.id),
    ),
    updates: updates.map((u) => ({
      id: u.id,
      commitmentId: u.commitment_id,
      // An undated update is stored as '' (sorting before every date).
      date: u.date || null,
      ...fromJson<Pick<CommitmentUpdate, 'status' | 'summary' | 'evidence'>>(u.data),
      createdAt: u.created_at,
    })),
    indicators,
  };
}

/** Fills the optional fields of an input with their stored defaults. */
export function commitmentFields(input: CommitmentInput): CommitmentFields {
  return {
    externalId: input.externalId ?? null,
    country: input.country,
    pillar: input.pillar ?? null,
    status: input.status,
    actionPackages: input.actionPackages ?? [],
    mechanisms: input.mechanisms ?? [],
    title: input.title,
    description: input.description ?? null,
    announcedOn: input.announcedOn ?? null,
    announcedAt: input.announcedAt ?? null,
    startDate: input.startDate ?? null,
    dueDate: input.dueDate ?? null,
    amountUsd: input.amountUsd ?? null,
    sources: input.sources ?? [],
    consultation: input.consultation ?? null,
  } as CommitmentFields;
}

/** The current editable fields of a stored commitment. */
export function fieldsOf(row: Selectable<CommitmentTable>): CommitmentFields {
  const {
    indicatorIds: _i,
    lastUpdatedOn: _l,
    createdAt: _c,
    updatedAt: _u,
    demo: _d,
    id: _id,
    ...fields
  } = toCommitment(row, []);
  return fields;
}

/** Sets the action-package and mechanism links of some commitments, a few queries for all of them. */
async function writeLinks(
  db: Kysely<Database>,
  items: { id: string; fields: CommitmentFields }[],
  sortAt: string,
) {
  if (!items.length) return;
  const ids = items.map((i) => i.id);
  await db.deleteFrom('commitment_packages').where('commitment_id', 'in', ids).execute();
  await db.deleteFrom('commitment_mechanisms').where('commitment_id', 'in', ids).execute();
  const links = (pick: (f: CommitmentFields) => string[]) =>
    items.flatMap(({ id, fields }) =>
      [...new Set(pick(fields))].map((target_id) => ({ commitment_id: id, target_id, sort_at: sortAt })),
    );
  const packages = links((f) => f.actionPackages);
  const mechanisms = links((f) => f.mechanisms);
  if (packages.length) await db.insertInto('commitment_packages').values(packages).execute();
  if (mechanisms.length) await db.insertInto('commitment_mechanisms').values(mechanisms).execute();
}

function dataOf(fields: CommitmentFields): CommitmentData {
  const { externalId: _e, country: _c, pillar: _p, status: _s, ...data } = fields;
  return data;
}

/** `,es,ht,`: the languages the title is available in, for the `locale` filter. */
const localesOf = (f: CommitmentFields) => `,${Object.keys(f.title.text).join(',')},`;
const searchOf = (f: CommitmentFields) => searchText(f.title, f.description, f.externalId ?? '', f.country);

export async function insertCommitment(
  db: Kysely<Database>,
  fields: CommitmentFields,
  now: Date,
  options: { id?: string; demo?: boolean; updatedAt?: Date } = {},
): Promise<string> {
  const id = options.id ?? newId('cmt');
  const at = iso(options.updatedAt ?? now);
  await db
    .insertInto('commitments')
    .values(commitmentRow(id, fields, iso(now), at, options.demo ?? false))
    .execute();
  await writeLinks(db, [{ id, fields }], at);
  return id;
}

/**
 * Stores new commitments together (an import's batch): a handful of queries, however many there
 * are. Answers their ids, in order.
 */
export async function insertCommitments(
  db: Kysely<Database>,
  list: CommitmentFields[],
  now: Date,
): Promise<string[]> {
  if (!list.length) return [];
  const at = iso(now);
  const items = list.map((fields) => ({ id: newId('cmt'), fields }));
  await db
    .insertInto('commitments')
    .values(items.map(({ id, fields }) => commitmentRow(id, fields, at, at, false)))
    .execute();
  await writeLinks(db, items, at);
  return items.map((i) => i.id);
}

function commitmentRow(
  id: string,
  fields: CommitmentFields,
  createdAt: string,
  updatedAt: string,
  demo: boolean,
) {
  return {
    id,
    external_id: fields.externalId,
    country: fields.country,
    pillar: fields.pillar ?? '',
    status: fields.status,
    search: searchOf(fields),
    locales: localesOf(fields),
    data: toJson(dataOf(fields)),
    last_updated_on: null,
    created_at: createdAt,
    updated_at: updatedAt,
    demo: demo ? 1 : 0,
  };
}

/**
 * Stores changed commitments together (an import's batch): one query for the rows, a few for the
 * links, however many there are. (An upsert on the id: commitments are never deleted, so every
 * id given exists, and the insert half only carries the update's values.)
 */
export async function updateCommitments(
  db: Kysely<Database>,
  items: { id: string; fields: CommitmentFields }[],
  now: Date,
): Promise<void> {
  if (!items.length) return;
  const at = iso(now);
  await db
    .insertInto('commitments')
    .values(items.map(({ id, fields }) => commitmentRow(id, fields, at, at, false)))
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        external_id: eb.ref('excluded.external_id'),
        country: eb.ref('excluded.country'),
        pillar: eb.ref('excluded.pillar'),
        status: eb.ref('excluded.status'),
        search: eb.ref('excluded.search'),
        locales: eb.ref('excluded.locales'),
        data: eb.ref('excluded.data'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  await writeLinks(db, items, at);
}

export const updateCommitment = (db: Kysely<Database>, id: string, fields: CommitmentFields, now: Date) =>
  updateCommitments(db, [{ id, fields }], now);

/** Applies a patch to stored fields; returns the merged fields (`statusChange` is not one). */
export function applyPatch(current: CommitmentFields, patch: CommitmentPatch): CommitmentFields {
  const { statusChange: _note, ...fields } = patch;
  const next = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) next[key] = value;
  return next as CommitmentFields;
}

export async function addCommitmentUpdate(
  db: Kysely<Database>,
  commitmentId: string,
  input: Omit<CommitmentUpdateInput, 'date'> & { date: string | null },
  now: Date,
  options: { id?: string } = {},
): Promise<CommitmentUpdate> {
  const update: CommitmentUpdate = {
    id: options.id ?? newId('upd'),
    commitmentId,
    date: input.date,
    status: input.status,
    summary: input.summary,
    evidence: input.evidence ?? [],
    createdAt: iso(now),
  };
  await db
    .insertInto('commitment_updates')
    .values({
      id: update.id,
      commitment_id: commitmentId,
      date: update.date ?? '',
      data: toJson({ status: update.status, summary: update.summary, evidence: update.evidence }),
      created_at: update.createdAt,
    })
    .execute();
  const latest = await db
    .selectFrom('commitment_updates')
    .select(['date', 'data'])
    .where('commitment_id', '=', commitmentId)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  // The newest update (by date) sets the commitment's status.
  await touchCommitment(db, commitmentId, now, {
    last_updated_on: latest.date || null,
    status: fromJson<{ status: string }>(latest.data).status,
  });
  return update;
}

/** A status change made by changing the commitment itself (a PATCH, an import), for its timeline. */
export interface StatusChange {
  commitmentId: string;
  date: string;
  status: CommitmentUpdate['status'];
  summary: CommitmentUpdate['summary'];
  evidence: CommitmentUpdate['evidence'];
}

/** A note in the five languages: English as written, the others machine translations of it. */
function note(text: Record<CoreLocale, string>): CommitmentUpdate['summary'] {
  return {
    original: 'en',
    text,
    provenance: { es: 'machine', pt: 'machine', fr: 'machine', ht: 'machine' },
  };
}

/** The timeline note of a status a curator changed without saying more. */
export const curatorStatusNote = () =>
  note({
    en: 'Status changed by a curator.',
    es: 'Estado cambiado por el equipo de curaduría.',
    pt: 'Situação alterada pela equipe de curadoria.',
    fr: 'Statut modifié par l’équipe de curation.',
    ht: 'Ekip kirasyon an chanje sitiyasyon an.',
  });

/** The timeline note of a status an import changed: "Changed by import of ministry.xlsx." */
export const importStatusNote = (fileName: string | null) =>
  note(
    fileName
      ? {
          en: `Changed by import of ${fileName}.`,
          es: `Cambiado por la importación de ${fileName}.`,
          pt: `Alterado pela importação de ${fileName}.`,
          fr: `Modifié par l’importation de ${fileName}.`,
          ht: `Chanje pa enpòtasyon ${fileName}.`,
        }
      : {
          en: 'Changed by import of a tracking matrix.',
          es: 'Cambiado por la importación de una matriz de seguimiento.',
          pt: 'Alterado pela importação de uma matriz de acompanhamento.',
          fr: 'Modifié par l’importation d’une matrice de suivi.',
          ht: 'Chanje pa enpòtasyon yon matris swivi.',
        },
  );

/**
 * Dated timeline entries for status changes that were stored with the commitment (its `status`
 * already set), a few queries however many there are (an import's batch). Each commitment's
 * `lastUpdatedOn` moves to the entry's date, unless a later update is already in its timeline.
 */
export async function addStatusChanges(
  db: Kysely<Database>,
  changes: StatusChange[],
  now: Date,
): Promise<void> {
  if (!changes.length) return;
  await db
    .insertInto('commitment_updates')
    .values(
      changes.map((change) => ({
        id: newId('upd'),
        commitment_id: change.commitmentId,
        date: change.date,
        data: toJson({ status: change.status, summary: change.summary, evidence: change.evidence }),
        created_at: iso(now),
      })),
    )
    .execute();
  const byDate = new Map<string, string[]>();
  for (const change of changes)
    byDate.set(change.date, [...(byDate.get(change.date) ?? []), change.commitmentId]);
  for (const [date, ids] of byDate) {
    await db
      .updateTable('commitments')
      .set({ last_updated_on: date })
      .where('id', 'in', ids)
      .where((eb) => eb.or([eb('last_updated_on', 'is', null), eb('last_updated_on', '<', date)]))
      .execute();
  }
}

/** Every commitment matching the list filters, for exports, in a stable order. */
export async function allCommitments(db: Kysely<Database>, f: CommitmentFilters = {}): Promise<Commitment[]> {
  const rows = await filtered(db, f).query.selectAll('c').orderBy('c.country').orderBy('c.id').execute();
  const indicators = await db
    .selectFrom('indicators')
    .select(['id', 'commitment_id'])
    .orderBy('id')
    .execute();
  const map = new Map<string, string[]>();
  for (const i of indicators)
    if (i.commitment_id) map.set(i.commitment_id, [...(map.get(i.commitment_id) ?? []), i.id]);
  return rows.map((r) => toCommitment(r, map.get(r.id) ?? []));
}
