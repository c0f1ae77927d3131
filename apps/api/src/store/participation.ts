import type {
  AgendaTopicProposal,
  AgendaTopicProposalInput,
  AgendaTopicProposalRecord,
  Page,
  PolicyProposal,
  PolicyProposalInput,
  PolicyProposalRecord,
  ProposalDecision,
  Registration,
  RegistrationInput,
  RegistrationReceipt,
  RegistrationReview,
  SelectionReport,
  SelectionReportRow,
} from '@lad/sdk';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/index.js';
import type { ProposalTable, RegistrationTable } from '../db/schema.js';
import { addDays, decodeCursor, encodeCursor, fromJson, iso, newId, newReceipt, toJson } from './util.js';

// ——— Registrations ————————————————————————————————————————————————————————————————

type Personal = {
  name: string;
  email: string;
  role: string | null;
  languages: string[];
  needs: string | null;
};

/**
 * Takes a seat if one is left, in one statement, so two last-second applications cannot both
 * get the last seat on PostgreSQL either. Returns false when the event is full.
 */
export async function takeSeat(db: Kysely<Database>, eventId: string): Promise<boolean> {
  const result = await db
    .updateTable('events')
    .set((eb) => ({ seats_taken: eb('seats_taken', '+', 1) }))
    .where('id', '=', eventId)
    .where((eb) => eb.or([eb('capacity', 'is', null), eb('seats_taken', '<', eb.ref('capacity'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertRegistration(
  db: Kysely<Database>,
  eventId: string,
  input: RegistrationInput,
  options: { waitlisted: boolean; now: Date; purgeAfter: Date; id?: string; status?: Registration['status'] },
): Promise<RegistrationReceipt> {
  const id = options.id ?? newId('reg');
  const receipt = newReceipt();
  const status = options.status ?? (options.waitlisted ? 'waitlisted' : 'submitted');
  const r = input.representative;
  const personal: Personal = {
    name: r.name,
    email: r.email,
    role: r.role ?? null,
    languages: r.languages ?? [],
    needs: r.needs ?? null,
  };
  await db
    .insertInto('registrations')
    .values({
      id,
      receipt,
      event_id: eventId,
      status,
      waitlisted: options.waitlisted ? 1 : 0,
      organization: toJson({ ...input.organization, website: input.organization.website ?? null }),
      list_publicly: input.listPublicly ? 1 : 0,
      personal: toJson(personal),
      answers: toJson(input.answers),
      locale: input.locale ?? null,
      reason: null,
      created_at: iso(options.now),
      updated_at: iso(options.now),
      purge_after: iso(options.purgeAfter),
    })
    .execute();
  return { id, receipt, eventId, status, createdAt: iso(options.now) };
}

function toRegistration(row: Selectable<RegistrationTable>): Registration {
  const org = fromJson<Registration['organization'] & { id?: string }>(row.organization);
  const personal = row.personal ? fromJson<Personal>(row.personal) : null;
  return {
    id: row.id,
    receipt: row.receipt,
    eventId: row.event_id,
    status: row.status as Registration['status'],
    organization: { ...org, id: `org_${row.id.slice(4)}`, listedPublicly: row.list_publicly === 1 },
    representative: personal,
    answers: fromJson(row.answers),
    waitlisted: row.waitlisted === 1,
    locale: row.locale,
    reason: row.reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listRegistrations(
  db: Kysely<Database>,
  f: {
    eventIds: string[] | 'all';
    status?: string | undefined;
    cursor?: string | undefined;
    limit?: number | undefined;
  },
): Promise<Page<Registration> | null> {
  const limit = f.limit ?? 50;
  let query = db.selectFrom('registrations').selectAll();
  if (f.eventIds !== 'all') {
    if (!f.eventIds.length) return { items: [], nextCursor: null };
    query = query.where('event_id', 'in', f.eventIds);
  }
  if (f.status) query = query.where('status', '=', f.status);
  if (f.cursor) {
    const cursor = decodeCursor(f.cursor, 2);
    if (!cursor) return null;
    query = query.where((eb) =>
      eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(String(cursor[0]), String(cursor[1]))),
    );
  }
  const rows = await query
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toRegistration),
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_at, last.id]) : null,
  };
}

export async function getRegistrationRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function reviewRegistration(
  db: Kysely<Database>,
  row: Selectable<RegistrationTable>,
  review: RegistrationReview,
  now: Date,
): Promise<Registration> {
  await db
    .updateTable('registrations')
    .set({
      status: review.status,
      waitlisted: review.status === 'waitlisted' ? 1 : row.waitlisted,
      reason: review.reason ?? null,
      updated_at: iso(now),
    })
    .where('id', '=', row.id)
    .execute();
  return toRegistration({
    ...row,
    status: review.status,
    reason: review.reason ?? null,
    updated_at: iso(now),
  });
}

/** Counts under this are hidden in selection reports, so no organisation can be singled out. */
export const SUPPRESS_BELOW = 3;

function tally(rows: { keys: string[]; selected: boolean }[]): SelectionReportRow[] {
  const counts = new Map<string, { applied: number; selected: number }>();
  for (const row of rows) {
    for (const key of row.keys) {
      const c = counts.get(key) ?? { applied: 0, selected: 0 };
      c.applied++;
      if (row.selected) c.selected++;
      counts.set(key, c);
    }
  }
  const hide = (n: number) => (n > 0 && n < SUPPRESS_BELOW ? null : n);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, c]) => ({ key, applied: hide(c.applied), selected: hide(c.selected) }));
}

/** The anonymous selection report: who applied and was selected, by kind, level, led-by, country. */
export async function selectionReport(
  db: Kysely<Database>,
  eventId: string,
  publishedAt: string,
): Promise<SelectionReport> {
  const rows = await db
    .selectFrom('registrations')
    .select(['status', 'organization'])
    .where('event_id', '=', eventId)
    .where('status', '!=', 'withdrawn')
    .execute();
  const orgs = rows.map((r) => ({
    status: r.status,
    org: fromJson<Registration['organization']>(r.organization),
  }));
  const by = (pick: (o: Registration['organization']) => string[]) =>
    tally(orgs.map(({ status, org }) => ({ keys: pick(org), selected: status === 'selected' })));
  const count = (status: string) => orgs.filter((o) => o.status === status).length;
  return {
    eventId,
    publishedAt,
    suppressedBelow: SUPPRESS_BELOW,
    totals: {
      applied: orgs.length,
      selected: count('selected'),
      waitlisted: count('waitlisted'),
      notSelected: count('not_selected'),
    },
    byKind: by((o) => o.kinds),
    byLevel: by((o) => [o.level]),
    byLedBy: by((o) => o.ledBy),
    byCountry: by((o) => [o.country]),
  };
}

// ——— Proposals ——————————————————————————————————————————————————————————————————————

type ProposalKind = 'agenda_topic' | 'policy';
type ProposalRow = Selectable<ProposalTable>;

export async function insertProposal(
  db: Kysely<Database>,
  kind: ProposalKind,
  targetId: string,
  input: AgendaTopicProposalInput | PolicyProposalInput,
  options: { now: Date; retentionDays: number; id?: string },
) {
  const id = options.id ?? newId(kind === 'policy' ? 'pol' : 'top');
  const receipt = newReceipt();
  const body = 'summary' in input ? input.summary : input.body;
  await db
    .insertInto('proposals')
    .values({
      id,
      receipt,
      kind,
      target_id: targetId,
      status: 'received',
      title: input.title,
      body,
      locale: input.locale,
      links: toJson('links' in input ? (input.links ?? []) : []),
      organization: toJson(input.organization),
      list_publicly: input.listPublicly ? 1 : 0,
      personal: toJson(input.contact),
      response: null,
      created_at: iso(options.now),
      updated_at: iso(options.now),
      purge_after: iso(addDays(options.now, options.retentionDays)),
    })
    .execute();
  return { id, receipt, status: 'received' as const, createdAt: iso(options.now) };
}

function publicProposal(row: ProposalRow) {
  const org = fromJson<{ name: string; country: string }>(row.organization);
  return {
    id: row.id,
    receipt: row.receipt,
    status: row.status as AgendaTopicProposal['status'],
    title: row.title,
    locale: row.locale,
    organizationName: row.list_publicly === 1 ? org.name : null,
    response: row.response ? fromJson<AgendaTopicProposal['response']>(row.response) : null,
    createdAt: row.created_at,
  };
}

export function toAgendaTopic(row: ProposalRow): AgendaTopicProposal {
  return { ...publicProposal(row), eventId: row.target_id, summary: row.body };
}

export function toPolicy(row: ProposalRow): PolicyProposal {
  return { ...publicProposal(row), committeeId: row.target_id, body: row.body, links: fromJson(row.links) };
}

function privatePart(row: ProposalRow) {
  return {
    organization: fromJson<{ name: string; country: string }>(row.organization),
    contact: row.personal ? fromJson<{ name: string; email: string }>(row.personal) : null,
    listPublicly: row.list_publicly === 1,
  };
}

export const toAgendaTopicRecord = (row: ProposalRow): AgendaTopicProposalRecord => ({
  ...toAgendaTopic(row),
  ...privatePart(row),
});
export const toPolicyRecord = (row: ProposalRow): PolicyProposalRecord => ({
  ...toPolicy(row),
  ...privatePart(row),
});

export async function listProposals(
  db: Kysely<Database>,
  kind: ProposalKind,
  targets: string[] | 'all',
  f: { cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<ProposalRow> | null> {
  const limit = f.limit ?? 50;
  let query = db.selectFrom('proposals').selectAll().where('kind', '=', kind);
  if (targets !== 'all') {
    if (!targets.length) return { items: [], nextCursor: null };
    query = query.where('target_id', 'in', targets);
  }
  if (f.cursor) {
    const cursor = decodeCursor(f.cursor, 2);
    if (!cursor) return null;
    query = query.where((eb) =>
      eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(String(cursor[0]), String(cursor[1]))),
    );
  }
  const rows = await query
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_at, last.id]) : null,
  };
}

export async function getProposalRow(db: Kysely<Database>, kind: ProposalKind, id: string) {
  return db
    .selectFrom('proposals')
    .selectAll()
    .where('kind', '=', kind)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function decideProposal(
  db: Kysely<Database>,
  row: ProposalRow,
  decision: ProposalDecision,
  now: Date,
) {
  const response =
    decision.response === undefined
      ? row.response
      : decision.response === null
        ? null
        : toJson({ text: decision.response, respondedAt: iso(now) });
  const next = { ...row, status: decision.status, response, updated_at: iso(now) };
  await db
    .updateTable('proposals')
    .set({ status: next.status, response: next.response, updated_at: next.updated_at })
    .where('id', '=', row.id)
    .execute();
  return next;
}

// ——— Retention ——————————————————————————————————————————————————————————————————————

/**
 * Removes personal data past its retention: representatives' and contacts' names and emails are
 * erased; the anonymous rest stays, so selection reports and proposal threads keep their counts.
 */
export async function purgePersonalData(
  db: Kysely<Database>,
  now: Date,
): Promise<{ registrations: number; proposals: number }> {
  const cutoff = iso(now);
  const r = await db
    .updateTable('registrations')
    .set({ personal: null, answers: '[]' })
    .where('purge_after', '<=', cutoff)
    .where('personal', 'is not', null)
    .executeTakeFirst();
  const p = await db
    .updateTable('proposals')
    .set({ personal: null })
    .where('purge_after', '<=', cutoff)
    .where('personal', 'is not', null)
    .executeTakeFirst();
  return { registrations: Number(r.numUpdatedRows), proposals: Number(p.numUpdatedRows) };
}
