import type {
  Committee,
  DeclineReason,
  LocalizedText,
  LocalizedTitle,
  ProposalAnswer,
  ProposalAnswerAction,
  ProposalDetail,
  ProposalKind,
  ProposalQueueItem,
  ProposalRef,
  ProposalStatus,
  ProposalTarget,
} from '@lad/sdk';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../db/index.js';
import type { ProposalAnswerTable, ProposalTable } from '../db/schema.js';
import { getEventRow } from './events.js';
import {
  committeeFacts,
  eventFacts,
  type OutgoingMessage,
  type ProposalAnswerData,
  type ProposalTargetFacts,
  recipientOfProposal,
} from './outbox.js';
import { listReference } from './reference.js';
import { decodeCursor, encodeCursor, fromJson, iso, likeEscape, toJson } from './util.js';

// The committees' side of proposals (R5): queues across both kinds, and answers kept as an
// append-only history — a new answer is a new version; the proposal row holds the latest public
// text (`response`), which is what the public lists and the widgets show.

type Row = Selectable<ProposalTable>;
type AnswerRow = Selectable<ProposalAnswerTable>;

export const STATUSES: readonly ProposalStatus[] = [
  'received',
  'under_review',
  'accepted',
  'merged',
  'declined',
  'answered',
];

/** `text` in `locale` (the exact tag, else the same language), else the original, with its language. */
export function textIn(text: LocalizedText, locale: string): { text: string; lang: string } {
  const keys = Object.keys(text.text);
  const lower = locale.toLowerCase();
  const base = lower.split('-')[0];
  const lang =
    keys.find((k) => k.toLowerCase() === lower) ??
    keys.find((k) => k.toLowerCase().split('-')[0] === base) ??
    text.original;
  return { text: text.text[lang] ?? '', lang };
}

export async function getAnyProposalRow(db: Kysely<Database>, id: string): Promise<Row | undefined> {
  return db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listAnswerRows(db: Kysely<Database>, proposalId: string): Promise<AnswerRow[]> {
  return db
    .selectFrom('proposal_answers')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('version')
    .execute();
}

export async function latestAnswerVersion(db: Kysely<Database>, proposalId: string): Promise<number> {
  const row = await db
    .selectFrom('proposal_answers')
    .select((eb) => eb.fn.max<number | null>('version').as('v'))
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

export interface AnswerEntry {
  action: ProposalAnswerAction;
  status: ProposalStatus;
  text: LocalizedText | null;
  reason?: DeclineReason | null;
  mergedInto?: string | null;
  answeredBy?: string | null;
}

/**
 * Adds the next version of a proposal's answer, never touching the earlier ones. Two answers at
 * the same instant cannot both take a version: the second fails on the primary key.
 */
export async function appendAnswer(
  db: Kysely<Database>,
  proposalId: string,
  entry: AnswerEntry,
  now: Date,
): Promise<number> {
  const version = (await latestAnswerVersion(db, proposalId)) + 1;
  await db
    .insertInto('proposal_answers')
    .values({
      proposal_id: proposalId,
      version,
      action: entry.action,
      status: entry.status,
      text: entry.text ? toJson(entry.text) : null,
      reason: entry.reason ?? null,
      merged_into: entry.mergedInto ?? null,
      answered_at: iso(now),
      answered_by: entry.answeredBy ?? null,
    })
    .execute();
  return version;
}

/**
 * A decision: the proposal takes the status (and the merge), the public response becomes the
 * new text when there is one, and the step is added to the history.
 */
export async function applyAnswer(
  db: Kysely<Database>,
  row: Row,
  entry: AnswerEntry,
  now: Date,
): Promise<{ row: Row; version: number }> {
  const response = entry.text ? toJson({ text: entry.text, respondedAt: iso(now) }) : row.response;
  const mergedInto = entry.mergedInto ?? null;
  await db
    .updateTable('proposals')
    .set({ status: entry.status, response, merged_into: mergedInto, updated_at: iso(now) })
    .where('id', '=', row.id)
    .execute();
  const version = await appendAnswer(db, row.id, entry, now);
  return {
    row: { ...row, status: entry.status, response, merged_into: mergedInto, updated_at: iso(now) },
    version,
  };
}

// ——— Queues ————————————————————————————————————————————————————————————————————————

export interface QueueScope {
  /** Committees whose written proposals are in the queue (`all`, or none). */
  committees: string[] | 'all';
  /** Events whose agenda topics are in the queue. */
  events: string[] | 'all';
}

export interface QueueFilter {
  status?: ProposalStatus | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

function scoped(db: Kysely<Database>, scope: QueueScope) {
  const parts: { kind: ProposalKind; targets: string[] | 'all' }[] = [
    { kind: 'policy', targets: scope.committees },
    { kind: 'agenda_topic', targets: scope.events },
  ];
  const live = parts.filter((p) => p.targets === 'all' || p.targets.length);
  if (!live.length) return null;
  return db
    .selectFrom('proposals')
    .where((eb) =>
      eb.or(
        live.map((p) =>
          p.targets === 'all'
            ? eb('kind', '=', p.kind)
            : eb.and([eb('kind', '=', p.kind), eb('target_id', 'in', p.targets)]),
        ),
      ),
    );
}

/** One page of the queue, oldest first, and the counts per status; `null` for a foreign cursor. */
export async function queuePage(
  db: Kysely<Database>,
  scope: QueueScope,
  f: QueueFilter,
): Promise<{ items: Row[]; nextCursor: string | null; counts: Record<ProposalStatus, number> } | null> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ProposalStatus, number>;
  const base = scoped(db, scope);
  if (!base) return { items: [], nextCursor: null, counts };
  const grouped = await base
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  for (const g of grouped) if (g.status in counts) counts[g.status as ProposalStatus] = Number(g.n);

  let query = base.selectAll();
  if (f.status) query = query.where('status', '=', f.status);
  if (f.q?.trim())
    query = query.where(
      sql<boolean>`lower(${sql.ref('title')}) like ${`%${likeEscape(f.q.trim().toLowerCase())}%`} escape '\\'`,
    );
  if (f.cursor) {
    const after = decodeCursor(f.cursor, 2);
    if (!after) return null;
    query = query.where(
      sql<boolean>`(${sql.ref('created_at')}, ${sql.ref('id')}) > (${String(after[0])}, ${String(after[1])})`,
    );
  }
  const limit = f.limit ?? 50;
  const rows = await query
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_at, last.id]) : null,
    counts,
  };
}

// ——— Views ——————————————————————————————————————————————————————————————————————————

/** Names of the committees and events that `rows` were sent to. */
export async function targetsOf(db: Kysely<Database>, rows: Row[]): Promise<Map<string, ProposalTarget>> {
  const targets = new Map<string, ProposalTarget>();
  if (rows.some((r) => r.kind === 'policy')) {
    for (const c of await listReference<Committee>(db, 'committee'))
      targets.set(`policy:${c.id}`, { kind: 'committee', id: c.id, name: c.name, committeeId: c.id });
  }
  const eventIds = [...new Set(rows.filter((r) => r.kind === 'agenda_topic').map((r) => r.target_id))];
  if (eventIds.length) {
    const events = await db
      .selectFrom('events')
      .select(['id', 'committee_id', 'data'])
      .where('id', 'in', eventIds)
      .execute();
    for (const e of events)
      targets.set(`agenda_topic:${e.id}`, {
        kind: 'event',
        id: e.id,
        name: fromJson<{ title: LocalizedTitle }>(e.data).title,
        committeeId: e.committee_id,
      });
  }
  return targets;
}

export const refOf = (row: Row): ProposalRef => ({
  id: row.id,
  kind: row.kind as ProposalKind,
  title: row.title,
  locale: row.locale,
  status: row.status as ProposalStatus,
});

/** The proposals `rows` were merged into, by id. */
export async function mergeTargetsOf(db: Kysely<Database>, rows: Row[]): Promise<Map<string, ProposalRef>> {
  const ids = [...new Set(rows.map((r) => r.merged_into).filter((id): id is string => !!id))];
  if (!ids.length) return new Map();
  const found = await db.selectFrom('proposals').selectAll().where('id', 'in', ids).execute();
  return new Map(found.map((r) => [r.id, refOf(r)]));
}

const unknownTarget = (row: Row): ProposalTarget => ({
  kind: row.kind === 'policy' ? 'committee' : 'event',
  id: row.target_id,
  name: { original: 'en', text: { en: row.target_id } },
  committeeId: row.kind === 'policy' ? row.target_id : null,
});

export function toQueueItem(
  row: Row,
  targets: Map<string, ProposalTarget>,
  merged: Map<string, ProposalRef>,
): ProposalQueueItem {
  const response = row.response ? fromJson<{ respondedAt: string }>(row.response) : null;
  return {
    id: row.id,
    kind: row.kind as ProposalKind,
    status: row.status as ProposalStatus,
    title: row.title,
    locale: row.locale,
    target: targets.get(`${row.kind}:${row.target_id}`) ?? unknownTarget(row),
    organization: fromJson<{ name: string; country: string }>(row.organization),
    createdAt: row.created_at,
    answeredAt: response?.respondedAt ?? null,
    mergedInto: (row.merged_into && merged.get(row.merged_into)) || null,
  };
}

export const toAnswer = (a: AnswerRow): ProposalAnswer => ({
  version: Number(a.version),
  action: a.action as ProposalAnswerAction,
  status: a.status as ProposalStatus,
  text: a.text ? fromJson<LocalizedText>(a.text) : null,
  mergedInto: a.merged_into,
  answeredAt: a.answered_at,
  reason: a.reason as DeclineReason | null,
  answeredBy: a.answered_by,
});

/** One proposal with its sender, merges and every version of its answer. */
export async function proposalDetail(db: Kysely<Database>, row: Row): Promise<ProposalDetail> {
  const [targets, merged, answers, from] = await Promise.all([
    targetsOf(db, [row]),
    mergeTargetsOf(db, [row]),
    listAnswerRows(db, row.id),
    db.selectFrom('proposals').selectAll().where('merged_into', '=', row.id).orderBy('created_at').execute(),
  ]);
  const history = answers.map(toAnswer);
  const latest = history.at(-1);
  return {
    ...toQueueItem(row, targets, merged),
    body: row.body,
    links: fromJson<string[]>(row.links),
    receipt: row.receipt,
    contact: row.personal ? fromJson<{ name: string; email: string }>(row.personal) : null,
    listPublicly: row.list_publicly === 1,
    response: row.response ? fromJson(row.response) : null,
    declineReason: row.status === 'declined' ? (latest?.reason ?? null) : null,
    mergedFrom: from.map(refOf),
    answers: history,
    updatedAt: row.updated_at,
  };
}

// ——— E-mail ———————————————————————————————————————————————————————————————————————

/** What a proposal was sent to, as a message shows it (public facts only). */
async function targetFacts(db: Kysely<Database>, row: Row): Promise<ProposalTargetFacts | null> {
  if (row.kind === 'policy') {
    const committee = (await listReference<Committee>(db, 'committee')).find((c) => c.id === row.target_id);
    return committee ? { type: 'committee', committee: committeeFacts(committee) } : null;
  }
  const event = await getEventRow(db, row.target_id);
  return event ? { type: 'event', event: eventFacts(event) } : null;
}

/**
 * The message that tells a proposal's sender what the committee decided, in the language they
 * wrote in: their own proposal (receipt, title, status), the public answer — in their language
 * when it has one, else the original —, and public facts (the committee or event, the public
 * title of the proposal theirs was merged with). `null` once their contact was erased.
 */
export async function answerMessage(
  db: Kysely<Database>,
  row: Row,
  key: string,
  facts: {
    answer: LocalizedText | null;
    answeredAt: string;
    reason?: DeclineReason | null;
    mergedInto?: ProposalRef | null;
    mergedFrom?: ProposalRef | null;
  },
): Promise<OutgoingMessage | null> {
  const recipient = recipientOfProposal(row);
  const target = recipient && (await targetFacts(db, row));
  if (!recipient || !target) return null;
  let response: LocalizedText | null = null;
  if (facts.answer) {
    const picked = textIn(facts.answer, row.locale);
    response = { original: picked.lang, text: { [picked.lang]: picked.text } };
  }
  const data: ProposalAnswerData & {
    reason: DeclineReason | null;
    mergedFrom: { id: string; title: string } | null;
  } = {
    proposalId: row.id,
    receipt: row.receipt,
    kind: row.kind as ProposalKind,
    title: row.title,
    // A proposal is taken up (at least under review) before anything is said about it.
    status: (row.status === 'received' ? 'under_review' : row.status) as ProposalAnswerData['status'],
    response,
    respondedAt: facts.answeredAt,
    mergedInto: facts.mergedInto ? { id: facts.mergedInto.id, title: facts.mergedInto.title } : null,
    target,
    reason: facts.reason ?? null,
    mergedFrom: facts.mergedFrom ? { id: facts.mergedFrom.id, title: facts.mergedFrom.title } : null,
  };
  return { kind: 'proposal.answer', key, ...recipient, data };
}
