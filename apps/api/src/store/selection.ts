import type {
  DecisionNotice,
  ProposedDecision,
  Registration,
  SelectionDecisionKind,
  SelectionEntry,
  SelectionReasonCode,
} from '@lad/sdk';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/index.js';
import type { RegistrationDecisionTable, RegistrationTable } from '../db/schema.js';
import type { Actor } from '../http/env.js';
import type { EventRow } from './events.js';
import { coreLocaleOf, enqueueMessages, eventFacts, type OutgoingMessage } from './outbox.js';
import { listRegistrations, reviewRegistration } from './participation.js';
import { iso } from './util.js';

// CSO selection (R2): decisions on an event's applications — in force at once, or proposed by
// one person until a second confirms them — and the e-mail that tells each registrant.

type DecisionRow = Selectable<RegistrationDecisionTable>;
type RegistrationRow = Selectable<RegistrationTable>;

/** The most applications one event's selection screen reads at once. */
export const MAX_EVENT_REGISTRATIONS = 5_000;

/** Rows per `in (…)` list: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 300;

function chunks<T>(values: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Who acted, as compared for the second person's confirmation (a person, else a token). */
export const actorKey = (actor: Actor): string =>
  actor.accountId ? `account:${actor.accountId}` : `token:${actor.tokenId ?? 'unknown'}`;

export async function getSelectionSettings(
  db: Kysely<Database>,
  eventId: string,
): Promise<{ requireConfirmation: boolean }> {
  const row = await db
    .selectFrom('selection_settings')
    .select('require_confirmation')
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return { requireConfirmation: row?.require_confirmation === 1 };
}

export async function setSelectionSettings(
  db: Kysely<Database>,
  eventId: string,
  settings: { requireConfirmation: boolean },
  now: Date,
): Promise<void> {
  const values = {
    event_id: eventId,
    require_confirmation: settings.requireConfirmation ? 1 : 0,
    updated_at: iso(now),
  };
  await db
    .insertInto('selection_settings')
    .values(values)
    .onConflict((oc) =>
      oc
        .column('event_id')
        .doUpdateSet({ require_confirmation: values.require_confirmation, updated_at: values.updated_at }),
    )
    .execute();
}

/** Every application of an event, oldest first (personal data included: the route decides who sees it). */
export async function eventRegistrations(db: Kysely<Database>, eventId: string): Promise<Registration[]> {
  const page = await listRegistrations(db, { eventIds: [eventId], limit: MAX_EVENT_REGISTRATIONS });
  return page?.items ?? [];
}

export async function registrationRows(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, RegistrationRow>> {
  const map = new Map<string, RegistrationRow>();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom('registrations').selectAll().where('id', 'in', part).execute();
    for (const row of rows) map.set(row.id, row);
  }
  return map;
}

export async function decisionRows(db: Kysely<Database>, eventId: string): Promise<Map<string, DecisionRow>> {
  const rows = await db
    .selectFrom('registration_decisions')
    .selectAll()
    .where('event_id', '=', eventId)
    .execute();
  return new Map(rows.map((r) => [r.registration_id, r]));
}

const DECISIONS = ['selected', 'waitlisted', 'not_selected'] as const;
const isDecision = (status: string): status is SelectionDecisionKind =>
  (DECISIONS as readonly string[]).includes(status);

/** The once-only key of the e-mail telling a registrant a decision (`:<n>` when told it again later). */
export const decisionKey = (registrationId: string, decision: string, again?: number) =>
  `registration.decision:${registrationId}:${decision}${again ? `:${again}` : ''}`;

/** The decision e-mail last queued for each application, with the outbox's state of it. */
export async function decisionNotices(
  db: Kysely<Database>,
  decisions: ReadonlyMap<string, DecisionRow>,
): Promise<Map<string, DecisionNotice>> {
  const told = [...decisions.values()].filter((d) => d.notified_key && d.notified_decision);
  const notices = new Map<string, DecisionNotice>();
  for (const part of chunks(told)) {
    const rows = await db
      .selectFrom('outbox')
      .select(['key', 'status', 'locale', 'created_at', 'sent_at'])
      .where(
        'key',
        'in',
        part.map((d) => d.notified_key as string),
      )
      .execute();
    const byKey = new Map(rows.map((r) => [r.key, r]));
    for (const d of part) {
      const row = byKey.get(d.notified_key as string);
      if (!row) continue;
      notices.set(d.registration_id, {
        decision: d.notified_decision as SelectionDecisionKind,
        status: row.status,
        locale: row.locale,
        queuedAt: row.created_at,
        sentAt: row.sent_at,
      });
    }
  }
  return notices;
}

function proposedOf(row: DecisionRow | undefined, viewer: string): ProposedDecision | null {
  if (!row?.proposed_decision || !row.proposed_at) return null;
  return {
    decision: row.proposed_decision as SelectionDecisionKind,
    reasonCode: (row.proposed_reason_code as SelectionReasonCode | null) ?? null,
    reasonText: row.proposed_reason_text,
    proposedBy: row.proposed_label,
    proposedAt: row.proposed_at,
    mine: row.proposed_by === viewer,
  };
}

/** An application as the selection screen shows it to `viewer` (an {@link actorKey}). */
export function toEntry(
  registration: Registration,
  decision: DecisionRow | undefined,
  notice: DecisionNotice | undefined,
  viewer: string,
): SelectionEntry {
  const final = isDecision(registration.status);
  return {
    ...registration,
    reasonCode: final ? ((decision?.reason_code as SelectionReasonCode | null) ?? null) : null,
    decidedBy: final ? (decision?.decided_by ?? null) : null,
    decidedAt: final ? (decision?.decided_at ?? null) : null,
    pending: proposedOf(decision, viewer),
    notice: notice ?? null,
  };
}

export interface DecisionInput {
  registrationId: string;
  decision: SelectionDecisionKind;
  reasonCode?: SelectionReasonCode | null | undefined;
  reasonText?: string | null | undefined;
}

/** Puts a decision in force: the application's status and reason, the code and who decided. */
export async function applyDecision(
  trx: Kysely<Database>,
  row: RegistrationRow,
  d: DecisionInput,
  decidedBy: string | null,
  now: Date,
): Promise<void> {
  await reviewRegistration(trx, row, { status: d.decision, reason: d.reasonText?.trim() || null }, now);
  const update = {
    reason_code: d.reasonCode ?? null,
    decided_by: decidedBy,
    decided_at: iso(now),
    proposed_decision: null,
    proposed_reason_code: null,
    proposed_reason_text: null,
    proposed_by: null,
    proposed_label: null,
    proposed_at: null,
  };
  await trx
    .insertInto('registration_decisions')
    .values({
      registration_id: row.id,
      event_id: row.event_id,
      notified_decision: null,
      notified_key: null,
      notified_at: null,
      notified_count: null,
      ...update,
    })
    .onConflict((oc) => oc.column('registration_id').doUpdateSet(update))
    .execute();
}

/** Records a decision proposed by `actor`, replacing any earlier proposal; the status stays. */
export async function proposeDecision(
  trx: Kysely<Database>,
  row: RegistrationRow,
  d: DecisionInput,
  actor: Actor,
  now: Date,
): Promise<void> {
  const proposal = {
    proposed_decision: d.decision,
    proposed_reason_code: d.reasonCode ?? null,
    proposed_reason_text: d.reasonText?.trim() || null,
    proposed_by: actorKey(actor),
    proposed_label: actor.label,
    proposed_at: iso(now),
  };
  await trx
    .insertInto('registration_decisions')
    .values({
      registration_id: row.id,
      event_id: row.event_id,
      reason_code: null,
      decided_by: null,
      decided_at: null,
      notified_decision: null,
      notified_key: null,
      notified_at: null,
      notified_count: null,
      ...proposal,
    })
    .onConflict((oc) => oc.column('registration_id').doUpdateSet(proposal))
    .execute();
}

/** Drops the proposals of these applications. */
export async function clearProposals(
  trx: Kysely<Database>,
  registrationIds: readonly string[],
): Promise<void> {
  for (const part of chunks(registrationIds)) {
    await trx
      .updateTable('registration_decisions')
      .set({
        proposed_decision: null,
        proposed_reason_code: null,
        proposed_reason_text: null,
        proposed_by: null,
        proposed_label: null,
        proposed_at: null,
      })
      .where('registration_id', 'in', part)
      .execute();
  }
}

/**
 * Tells each decided application of `event` its decision by e-mail, in the registrant's language
 * (the form's, else one they speak): only their own data and public facts — their receipt, the
 * decision and its reason code, the event's title, dates and place; never the curators' free
 * text. A registrant already told the decision in force is not told again; one whose decision
 * changed since is told the new one. Nothing for applications without a decision in force, with
 * one waiting for confirmation, or whose personal data were erased.
 */
export async function notifyDecisions(
  trx: Kysely<Database>,
  event: EventRow,
  registrations: readonly Registration[],
  now: Date,
): Promise<{ queued: number; alreadyTold: number; undecided: number; erased: number }> {
  const decisions = await decisionRows(trx, event.id);
  const facts = eventFacts(event);
  const result = { queued: 0, alreadyTold: 0, undecided: 0, erased: 0 };
  const toTell: { r: Registration & { status: SelectionDecisionKind }; d: DecisionRow | undefined }[] = [];
  for (const r of registrations) {
    if (r.status === 'withdrawn') continue;
    const d = decisions.get(r.id);
    if (!isDecision(r.status) || d?.proposed_decision) result.undecided++;
    else if (d?.notified_decision === r.status) result.alreadyTold++;
    else if (!r.representative) result.erased++;
    else toTell.push({ r: r as Registration & { status: SelectionDecisionKind }, d });
  }
  // A decision told before, then changed and changed back, is told again under a numbered key.
  const used = new Set<string>();
  for (const part of chunks(toTell.map(({ r }) => decisionKey(r.id, r.status)))) {
    const rows = await trx.selectFrom('outbox').select('key').where('key', 'in', part).execute();
    for (const row of rows) used.add(row.key);
  }
  const messages: OutgoingMessage[] = [];
  for (const { r, d } of toTell) {
    const count = (d?.notified_count ?? 0) + 1;
    const base = decisionKey(r.id, r.status);
    const key = used.has(base) ? decisionKey(r.id, r.status, count) : base;
    messages.push({
      kind: 'registration.decision',
      key,
      to: r.representative?.email as string,
      locale: coreLocaleOf(r.locale, r.representative?.languages),
      data: {
        registrationId: r.id,
        receipt: r.receipt,
        decision: r.status,
        reason: d?.reason_code ?? null,
        event: facts,
      },
    });
    const told = {
      notified_decision: r.status,
      notified_key: key,
      notified_at: iso(now),
      notified_count: count,
    };
    await trx
      .insertInto('registration_decisions')
      .values({
        registration_id: r.id,
        event_id: event.id,
        reason_code: null,
        decided_by: null,
        decided_at: null,
        proposed_decision: null,
        proposed_reason_code: null,
        proposed_reason_text: null,
        proposed_by: null,
        proposed_label: null,
        proposed_at: null,
        ...told,
      })
      .onConflict((oc) => oc.column('registration_id').doUpdateSet(told))
      .execute();
  }
  await enqueueMessages(trx, messages, now);
  result.queued = messages.length;
  return result;
}
