import {
  type Committee,
  type CoreLocale,
  type LocalizedText,
  type MessageKind as MessageKindOfSdk,
  type OutboxCounts,
  type OutboxStatus,
  resolveLocale,
} from '@lad/sdk';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, Dialect } from '../db/index.js';
import type { OutboxTable } from '../db/schema.js';
import { type EventRow, eventData } from './events.js';
import { decodeCursor, encodeCursor, fromJson, iso, newId, toJson } from './util.js';

/**
 * What an e-mail tells a registrant or a proposer, in the language they used:
 * - `registration.receipt` / `proposal.receipt`: what they sent, with its receipt;
 * - `registration.decision`: selected, waiting list or not selected (with the reason);
 * - `proposal.answer`: the committee's public answer to their proposal;
 * - `event.cancelled` / `event.rescheduled`: the meeting they applied to.
 *
 * The SDK's `MessageKind` schema is the source (the outbox API lists it).
 */
export type MessageKind = MessageKindOfSdk;

// ——— What each kind of message is made from ——————————————————————————————————————————
// Only the recipient's own submission (its receipt, title, organisation) and public facts (an
// event's title and dates, a committee's name, a public answer). Never a person's name, nor
// anything of another person: a message is rendered from this alone, when it is sent.

/** An event's public facts, as a message shows them. Build it with {@link eventFacts}. */
export interface EventFacts {
  id: string;
  title: LocalizedText;
  /** ISO instants; shown in `timeZone`. */
  startsAt: string;
  endsAt: string;
  /** The event's IANA time zone, e.g. `America/Port-au-Prince`. */
  timeZone: string;
  /** Where it happens: the venue's name and city (public), if in person. */
  place?: string | null;
  /** The public online link, if any. */
  onlineUrl?: string | null;
}

/** A committee's public facts. Build it with {@link committeeFacts}. */
export interface CommitteeFacts {
  id: string;
  name: LocalizedText;
}

/** `registration.receipt`: the application was received (or put on the waiting list). */
export interface RegistrationReceiptData {
  registrationId: string;
  /** The receipt number to quote, `LAD-7K3M-Q9P2`. */
  receipt: string;
  status: 'submitted' | 'waitlisted';
  /** The applying organisation's name (what the person sent). */
  organization: string;
  event: EventFacts;
}

/**
 * Categories of the reason an application was not selected (or wait-listed), each written out in
 * the five languages by the e-mail. Another value is accepted and shown as the general sentence.
 */
export const DECISION_REASONS = [
  /** All seats were taken by applications that met the criteria better. */
  'capacity',
  /** The application did not meet the published selection criteria. */
  'criteria',
  /** The organisation is not eligible for this meeting (kind, country, level). */
  'eligibility',
  /** Answers were missing or incomplete. */
  'incomplete',
  /** Balance between regions, kinds of organisation or groups represented. */
  'balance',
  /** Another application from the same organisation was selected. */
  'duplicate',
  'other',
] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];

/** `registration.decision`: the committee's decision on the application. */
export interface RegistrationDecisionData {
  registrationId: string;
  receipt: string;
  decision: 'selected' | 'waitlisted' | 'not_selected';
  /** The reason's category (see {@link DECISION_REASONS}); never the curators' free text. */
  reason?: DecisionReason | (string & {}) | null;
  event: EventFacts;
}

/** What a proposal was sent to: a meeting (agenda topic) or a committee (policy proposal). */
export type ProposalTargetFacts =
  | { type: 'event'; event: EventFacts }
  | { type: 'committee'; committee: CommitteeFacts };

/** `proposal.receipt`: an agenda topic or a written proposal was received. */
export interface ProposalReceiptData {
  proposalId: string;
  receipt: string;
  kind: 'agenda_topic' | 'policy';
  /** The proposal's own title, as the person wrote it. */
  title: string;
  target: ProposalTargetFacts;
}

/** `proposal.answer`: the committee's decision and public answer. */
export interface ProposalAnswerData {
  proposalId: string;
  receipt: string;
  kind: 'agenda_topic' | 'policy';
  title: string;
  status: 'under_review' | 'accepted' | 'merged' | 'declined' | 'answered';
  /** The public answer (shown in the person's language, else its fallback). */
  response: LocalizedText | null;
  /** When the committee answered (ISO instant). */
  respondedAt: string;
  /** For `merged`: the proposal it was merged into (its public title). */
  mergedInto?: { id: string; title: string } | null;
  target: ProposalTargetFacts;
}

/** `event.cancelled`: the meeting the person applied to (or proposed a topic for) is cancelled. */
export interface EventCancelledData {
  event: EventFacts;
  /** Why, in the words of whoever cancelled it (as they wrote it). */
  reason?: string | null;
  /** The recipient's own receipt (their registration or proposal), to quote. */
  receipt?: string | null;
}

/** `event.rescheduled`: new dates (and maybe place) of the meeting. */
export interface EventRescheduledData {
  /** The event as it is now. */
  event: EventFacts;
  /** The dates before the change. */
  previous: { startsAt: string; endsAt: string };
  receipt?: string | null;
}

/** The data each kind of message expects. */
export interface MessageData {
  'registration.receipt': RegistrationReceiptData;
  'registration.decision': RegistrationDecisionData;
  'proposal.receipt': ProposalReceiptData;
  'proposal.answer': ProposalAnswerData;
  'event.cancelled': EventCancelledData;
  'event.rescheduled': EventRescheduledData;
}

/** One message to write to the outbox; `data` is typed by `kind`. */
export type OutgoingMessage = {
  [K in MessageKind]: {
    kind: K;
    /**
     * Once-only key: the same change enqueued twice (a resend, a retry of the transaction)
     * writes one message. E.g. `registration.receipt:<registrationId>`,
     * `event.cancelled:<eventId>:<registrationId>:<sequence>`.
     */
    key: string;
    to: string;
    locale: CoreLocale;
    /** What the message is made from: only the recipient's own data and public facts. */
    data: MessageData[K];
  };
}[MessageKind];

/**
 * Writes messages to the outbox in the caller's transaction: they leave only if the change
 * commits, and a worker sends them afterwards (see `mail/worker.ts`). A key already in the
 * outbox is skipped.
 *
 * @example
 * await enqueueMessages(trx, [{
 *   kind: 'event.cancelled',
 *   key: `event.cancelled:${event.id}:${registration.id}:${sequence}`,
 *   ...recipientOfRegistration(registration), // { to, locale }; null once the data was erased
 *   data: { event: eventFacts(eventRow), receipt: registration.receipt },
 * }], now);
 */
export async function enqueueMessages(
  trx: Kysely<Database>,
  messages: readonly OutgoingMessage[],
  now: Date,
): Promise<void> {
  for (const m of messages) {
    await trx
      .insertInto('outbox')
      .values({
        id: newId('msg'),
        key: m.key,
        kind: m.kind,
        to_address: m.to,
        locale: m.locale,
        data: toJson(m.data),
        status: 'pending',
        attempts: 0,
        next_attempt_at: iso(now),
        lease_until: null,
        last_error: null,
        created_at: iso(now),
        sent_at: null,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
}

// ——— Helpers for callers ————————————————————————————————————————————————————————————

/**
 * The core language to write to someone in: the tag they used (`es-MX` → `es`), else the first
 * of `also` (the languages they speak), else English.
 */
export function coreLocaleOf(tag: string | null | undefined, also: readonly string[] = []): CoreLocale {
  const wanted = [tag, ...also].filter((t): t is string => !!t);
  return resolveLocale(wanted, undefined, 'en') as CoreLocale;
}

/** An event's public facts for a message, from its stored row. */
export function eventFacts(row: EventRow): EventFacts {
  const data = eventData(row);
  const venue = data.venue;
  const place = venue ? [venue.name, venue.city].filter(Boolean).join(', ') : null;
  return {
    id: row.id,
    title: data.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: data.timeZone,
    place: place || null,
    onlineUrl: data.onlineUrl ?? null,
  };
}

/** A committee's public facts for a message. */
export const committeeFacts = (committee: Pick<Committee, 'id' | 'name'>): CommitteeFacts => ({
  id: committee.id,
  name: committee.name,
});

/**
 * Who to write to about a registration (a `registrations` row): its representative's address,
 * in the language of the form they sent. `null` once the personal data was erased.
 */
export function recipientOfRegistration(row: {
  personal: string | null;
  locale: string | null;
}): { to: string; locale: CoreLocale } | null {
  if (!row.personal) return null;
  const personal = fromJson<{ email?: string; languages?: string[] }>(row.personal);
  if (!personal.email) return null;
  return { to: personal.email, locale: coreLocaleOf(row.locale, personal.languages ?? []) };
}

/** Who to write to about a proposal (a `proposals` row); `null` once the contact was erased. */
export function recipientOfProposal(row: {
  personal: string | null;
  locale: string;
}): { to: string; locale: CoreLocale } | null {
  if (!row.personal) return null;
  const personal = fromJson<{ email?: string }>(row.personal);
  return personal.email ? { to: personal.email, locale: coreLocaleOf(row.locale) } : null;
}

// ——— The worker's side ——————————————————————————————————————————————————————————————

export type OutboxRow = Selectable<OutboxTable>;

/** A message a worker holds: its lease is `(id, attempts)` — another claim bumps `attempts`. */
export type Claimed = OutboxRow & { status: 'sending' };

const due = (now: Date) =>
  sql<boolean>`((${sql.ref('status')} = 'pending' and ${sql.ref('next_attempt_at')} <= ${iso(now)}) or (${sql.ref('status')} = 'sending' and ${sql.ref('lease_until')} <= ${iso(now)}))`;

/**
 * Claims up to `limit` due messages for one worker, in one transaction: `pending` ones whose
 * time has come, and `sending` ones whose lease expired (their worker died mid-send). Each
 * becomes `sending` until `now + leaseMs`, its `attempts` bumped. On PostgreSQL the candidates
 * are locked (`for update skip locked`) so concurrent workers take different ones; on both
 * databases the update is conditional (still due, attempts unchanged), so a message is never
 * claimed twice at once.
 */
export async function claimDue(
  db: Kysely<Database>,
  dialect: Dialect,
  now: Date,
  options: { leaseMs: number; limit: number },
): Promise<Claimed[]> {
  return db.transaction().execute(async (trx) => {
    let candidates = trx
      .selectFrom('outbox')
      .select(['id', 'attempts'])
      .where(due(now))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(options.limit);
    if (dialect === 'postgres') candidates = candidates.forUpdate().skipLocked();
    const claimed: Claimed[] = [];
    for (const c of await candidates.execute()) {
      const row = await trx
        .updateTable('outbox')
        .set({
          status: 'sending',
          attempts: c.attempts + 1,
          lease_until: iso(new Date(now.getTime() + options.leaseMs)),
        })
        .where('id', '=', c.id)
        .where('attempts', '=', c.attempts)
        .where(due(now))
        .returningAll()
        .executeTakeFirst();
      if (row) claimed.push(row as Claimed);
    }
    return claimed;
  });
}

/**
 * Marks a claimed message sent — only if the lease is still this worker's (`attempts` unchanged
 * and still `sending`). Returns false when another worker took it meanwhile.
 */
export async function markSent(db: Kysely<Database>, m: Claimed, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: iso(now), lease_until: null, last_error: null })
    .where('id', '=', m.id)
    .where('status', '=', 'sending')
    .where('attempts', '=', m.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * After a failed attempt: `pending` again at `retryAt`, or `failed` when `retryAt` is `null`
 * (the retries ran out, or the server refused the message for good). Only under this worker's
 * lease.
 */
export async function markFailedAttempt(
  db: Kysely<Database>,
  m: Claimed,
  error: string,
  retryAt: Date | null,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({
      status: retryAt ? 'pending' : 'failed',
      next_attempt_at: retryAt ? iso(retryAt) : m.next_attempt_at,
      lease_until: null,
      last_error: error.slice(0, 1000),
    })
    .where('id', '=', m.id)
    .where('status', '=', 'sending')
    .where('attempts', '=', m.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Erases the addresses of messages older than `days`: sent ones (counted from when they were
 * sent), and failed or still pending ones (from when they were written — with no SMTP server
 * configured, messages wait for good, and their addresses must not). What a message says stays
 * readable, as it holds no one's name; to whom it went does not. Returns how many.
 */
export async function purgeAddresses(db: Kysely<Database>, now: Date, days: number): Promise<number> {
  const before = iso(new Date(now.getTime() - days * 86_400_000));
  const result = await db
    .updateTable('outbox')
    .set({ to_address: null })
    .where('to_address', 'is not', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'sent'), eb('sent_at', '<', before)]),
        eb.and([eb('status', 'in', ['failed', 'pending']), eb('created_at', '<', before)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// ——— The secretariat's side ———————————————————————————————————————————————————————

/** Failed first (they need someone), then pending, sending and sent. */
const RANK: Record<OutboxStatus, number> = { failed: 0, pending: 1, sending: 2, sent: 3 };
const rankOf = sql<number>`case ${sql.ref('status')} when 'failed' then 0 when 'pending' then 1 when 'sending' then 2 else 3 end`;

/**
 * One page of the outbox, failed first, newest first within a status; `null` for a cursor this
 * list did not hand out.
 */
export async function listOutbox(
  db: Kysely<Database>,
  f: { status?: OutboxStatus | undefined; cursor?: string | undefined; limit?: number | undefined },
): Promise<{ items: OutboxRow[]; nextCursor: string | null; counts: OutboxCounts } | null> {
  const limit = f.limit ?? 50;
  let query = db.selectFrom('outbox').selectAll();
  if (f.status) query = query.where('status', '=', f.status);
  if (f.cursor) {
    const after = decodeCursor(f.cursor, 3);
    if (!after || typeof after[0] !== 'number') return null;
    const [rank, created, id] = [after[0], String(after[1]), String(after[2])];
    query = query.where(
      sql<boolean>`(${rankOf} > ${rank} or (${rankOf} = ${rank} and (${sql.ref('created_at')} < ${created} or (${sql.ref('created_at')} = ${created} and ${sql.ref('id')} < ${id}))))`,
    );
  }
  const rows = await query
    .orderBy(rankOf)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const grouped = await db
    .selectFrom('outbox')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('status')
    .execute();
  const counts: OutboxCounts = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const g of grouped)
    if (Object.hasOwn(counts, g.status)) counts[g.status as OutboxStatus] = Number(g.n);
  return {
    items,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor([RANK[last.status as OutboxStatus] ?? 3, last.created_at, last.id])
        : null,
    counts,
  };
}

export async function getOutboxRow(db: Kysely<Database>, id: string): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A failed message goes back to `pending`, due now, its attempts starting over. Returns the row,
 * or `undefined` when it is not `failed` (any more).
 */
export async function retryFailed(
  db: Kysely<Database>,
  id: string,
  now: Date,
): Promise<OutboxRow | undefined> {
  return db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: iso(now), lease_until: null })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .returningAll()
    .executeTakeFirst();
}
