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
import { type Kysely, type Selectable, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../db/index.js';
import type { ProposalTable, RegistrationTable } from '../db/schema.js';
import { appendAnswer } from './proposals-admin.js';
import {
  addDays,
  decodeCursor,
  encodeCursor,
  fromJson,
  iso,
  newId,
  newReceipt,
  stableJson,
  toJson,
} from './util.js';

/**
 * One page of `query` in the order its rows were made (the id breaking ties), from after
 * `cursor`; `null` when the cursor is not one this order hands out. Registrations and
 * proposals are paged alike, so a cursor means the same in both lists.
 */
async function pageByCreation<DB, TB extends keyof DB, O extends { created_at: string; id: string }>(
  query: SelectQueryBuilder<DB, TB, O>,
  cursor: string | undefined,
  limit = 50,
): Promise<Page<O> | null> {
  if (cursor) {
    const after = decodeCursor(cursor, 2);
    if (!after) return null;
    // Written as SQL because Kysely cannot type `refTuple` over a generic table; the query it
    // makes is the same, `("created_at", "id") > (?, ?)`.
    query = query.where(
      sql<boolean>`(${sql.ref('created_at')}, ${sql.ref('id')}) > (${String(after[0])}, ${String(after[1])})`,
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
  options: {
    waitlisted: boolean;
    now: Date;
    purgeAfter: Date;
    id?: string;
    status?: Registration['status'];
    /** A keyed hash of the representative's mailbox (see `mailbox`): one application per person. */
    emailKey?: string | null;
  },
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
      email_key: options.emailKey ?? null,
      // The criteria version the answers answer: the one in force as the application is stored.
      criteria_version: (eb) => eb.selectFrom('events').select('criteria_version').where('id', '=', eventId),
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
    criteriaVersion: row.criteria_version ?? null,
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
  let query = db.selectFrom('registrations').selectAll();
  if (f.eventIds !== 'all') {
    if (!f.eventIds.length) return { items: [], nextCursor: null };
    query = query.where('event_id', 'in', f.eventIds);
  }
  if (f.status) query = query.where('status', '=', f.status);
  const page = await pageByCreation(query, f.cursor, f.limit);
  return page && { items: page.items.map(toRegistration), nextCursor: page.nextCursor };
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

/** Whether `eventId` already has an application from the mailbox with this key. */
export async function hasApplied(db: Kysely<Database>, eventId: string, emailKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('email_key', '=', emailKey)
    .executeTakeFirst();
  return !!row;
}

/** Counts under this are hidden in selection reports, so no organisation can be singled out. */
export const SUPPRESS_BELOW = 3;

/** Counts per key: how many applied and how many of them were selected. */
function count(rows: { keys: string[]; selected: boolean }[]) {
  const counts = new Map<string, { applied: number; selected: number }>();
  for (const row of rows) {
    for (const key of row.keys) {
      const c = counts.get(key) ?? { applied: 0, selected: 0 };
      c.applied++;
      if (row.selected) c.selected++;
      counts.set(key, c);
    }
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Which cells of one column to hide. Small counts (1 to {@link SUPPRESS_BELOW} − 1) are
 * hidden, and then enough others that none can be worked out by subtraction: when the
 * column's total is published (`total`), a reader knows the hidden cells' sum R and that each
 * is at least 1 (and, if all were small, at most 2). One hidden cell, or R equal to their
 * number (all ones) or to twice it (all twos), would give them away, so the smallest visible
 * cell is hidden too until none of that holds. `null` when no choice of cells protects the
 * column (too few applicants: one group, or groups of one each).
 */
function protect(values: number[], forced: boolean[], total: number | null): boolean[] | null {
  const hidden = values.map((v, i) => forced[i] === true || (v > 0 && v < SUPPRESS_BELOW));
  for (;;) {
    const k = hidden.filter(Boolean).length;
    if (k === 0) return hidden;
    const residual = total === null ? null : total - values.reduce((n, v, i) => (hidden[i] ? n : n + v), 0);
    const exposed =
      k === 1 || (residual !== null && (residual === k || residual === k * (SUPPRESS_BELOW - 1)));
    if (!exposed) return hidden;
    let next = -1;
    for (const [i, v] of values.entries())
      if (!hidden[i] && v > 0 && (next < 0 || v < (values[next] as number))) next = i;
    if (next < 0) return null;
    hidden[next] = true;
  }
}

/**
 * One breakdown of the report. `single`: each applicant has exactly one key (level,
 * country), so the column sums are the published totals; otherwise (kinds, led-by) they are
 * not, and only lone hidden cells need a partner. A `selected` count is hidden as well where
 * its `applied` is, and where the applicants not selected are few (5 applied, 4 selected
 * would single out the one). Empty when the breakdown cannot be shown without that.
 */
export function tally(
  rows: { keys: string[]; selected: boolean }[],
  totals: { applied: number; selected: number } | null,
  previous: SelectionReportRow[] = [],
): SelectionReportRow[] {
  const entries = count(rows);
  const applied = entries.map(([, c]) => c.applied);
  const selected = entries.map(([, c]) => c.selected);
  // A cell the previous version showed that moved by a small amount would tell, set against
  // it, what happened to one or two organisations: hidden too (the differencing attack).
  const before = new Map(previous.map((r) => [r.key, r]));
  const moved = (key: string, column: 'applied' | 'selected', now: number) => {
    const then = before.get(key)?.[column];
    const change = Math.abs(now - (then ?? now));
    return change > 0 && change < SUPPRESS_BELOW;
  };
  const hideApplied = protect(
    applied,
    entries.map(([key, c]) => moved(key, 'applied', c.applied)),
    totals?.applied ?? null,
  );
  if (!hideApplied) return [];
  const hideSelected = protect(
    selected,
    entries.map(([key, c], i) => {
      const rest = c.applied - c.selected;
      return (
        hideApplied[i] === true || (rest > 0 && rest < SUPPRESS_BELOW) || moved(key, 'selected', c.selected)
      );
    }),
    totals?.selected ?? null,
  );
  // Too few applicants to break down without singling someone out: the breakdown is left out.
  if (!hideSelected) return [];
  return entries.map(([key, c], i) => ({
    key,
    applied: hideApplied[i] ? null : c.applied,
    selected: hideSelected[i] ? null : c.selected,
  }));
}

/** The anonymous selection report as the registrations stand now (not yet published). */
async function computeReport(
  db: Kysely<Database>,
  eventId: string,
  previous?: SelectionReport,
): Promise<Omit<SelectionReport, 'version' | 'publishedAt'>> {
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
  const total = (status: string) => orgs.filter((o) => o.status === status).length;
  const totals = { applied: orgs.length, selected: total('selected') };
  const by = (
    pick: (o: Registration['organization']) => string[],
    single: boolean,
    before: SelectionReportRow[] | undefined,
  ) =>
    tally(
      orgs.map(({ status, org }) => ({ keys: pick(org), selected: status === 'selected' })),
      single ? totals : null,
      before,
    );
  return {
    eventId,
    suppressedBelow: SUPPRESS_BELOW,
    totals: {
      ...totals,
      waitlisted: total('waitlisted'),
      notSelected: total('not_selected'),
    },
    byKind: by((o) => o.kinds, false, previous?.byKind),
    byLevel: by((o) => [o.level], true, previous?.byLevel),
    byLedBy: by((o) => o.ledBy, false, previous?.byLedBy),
    byCountry: by((o) => [o.country], true, previous?.byCountry),
  };
}

/** A published version of an event's selection report: the latest, or `version`. */
export async function publishedReport(
  db: Kysely<Database>,
  eventId: string,
  version?: number,
): Promise<SelectionReport | undefined> {
  let query = db.selectFrom('selection_reports').select('data').where('event_id', '=', eventId);
  query = version === undefined ? query.orderBy('version', 'desc') : query.where('version', '=', version);
  const row = await query.limit(1).executeTakeFirst();
  return row ? fromJson<SelectionReport>(row.data) : undefined;
}

/**
 * Publishes the selection report: the counts as they stand, frozen, so later decisions do not
 * change what was published. Publishing again with the same counts returns the version
 * already published; with other counts, it makes a new dated version — unless a total moved by
 * only 1 or 2 since the last one, which would tell, set against it, what happened to one or two
 * organisations: then nothing is published and `tooFewChanges` names the total.
 */
export async function publishReport(
  db: Kysely<Database>,
  eventId: string,
  now: Date,
): Promise<
  { report: SelectionReport } | { tooFewChanges: { total: string; change: number; since: number } }
> {
  const latest = await publishedReport(db, eventId);
  const counts = await computeReport(db, eventId, latest);
  if (latest) {
    const { version: _v, publishedAt: _p, ...published } = latest;
    if (stableJson(published) === stableJson(counts)) return { report: latest };
    for (const [total, value] of Object.entries(counts.totals)) {
      const change = Math.abs(value - latest.totals[total as keyof SelectionReport['totals']]);
      if (change > 0 && change < SUPPRESS_BELOW)
        return { tooFewChanges: { total, change, since: latest.version } };
    }
  }
  const report: SelectionReport = { ...counts, version: (latest?.version ?? 0) + 1, publishedAt: iso(now) };
  await db
    .insertInto('selection_reports')
    .values({
      event_id: eventId,
      version: report.version,
      published_at: report.publishedAt,
      data: toJson(report),
    })
    .execute();
  return { report };
}

// ——— Proposals ——————————————————————————————————————————————————————————————————————

export type ProposalKind = 'agenda_topic' | 'policy';
export type ProposalRow = Selectable<ProposalTable>;

/** A new proposal id; its prefix tells the kind, for a decoy's receipt as for a stored one. */
export const newProposalId = (kind: ProposalKind): string => newId(kind === 'policy' ? 'pol' : 'top');

export async function insertProposal(
  db: Kysely<Database>,
  kind: ProposalKind,
  targetId: string,
  input: AgendaTopicProposalInput | PolicyProposalInput,
  options: { now: Date; retentionDays: number; id?: string },
) {
  const id = options.id ?? newProposalId(kind);
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
    receipt: row.receipt,
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
  options: { reviewedOnly?: boolean } = {},
): Promise<Page<ProposalRow> | null> {
  let query = db.selectFrom('proposals').selectAll().where('kind', '=', kind);
  // Public lists under moderation: only what a committee has taken up.
  if (options.reviewedOnly) query = query.where('status', '!=', 'received');
  if (targets !== 'all') {
    if (!targets.length) return { items: [], nextCursor: null };
    query = query.where('target_id', 'in', targets);
  }
  return pageByCreation(query, f.cursor, f.limit);
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
  // Every decision is a version of the answer too (see store/proposals-admin.ts).
  await appendAnswer(
    db,
    row.id,
    { action: 'decide', status: decision.status, text: decision.response ?? null },
    now,
  );
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
    .set({ personal: null, answers: '[]', email_key: null })
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
