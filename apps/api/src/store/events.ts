import {
  type Agenda,
  type AgendaDraft,
  type AgendaInput,
  type CriteriaVersion,
  calendarDaysBetween,
  type Event,
  type EventInput,
  type EventPatch,
  type Page,
  type RegistrationWindow,
  registrationStateAt,
  type SelectionCriterion,
} from '@lad/sdk';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/index.js';
import type { EventTable } from '../db/schema.js';
import { decodeCursor, encodeCursor, fromJson, iso, newId, toJson } from './util.js';

type WindowConfig = Pick<
  RegistrationWindow,
  'opensAt' | 'closesAt' | 'waitlist' | 'role' | 'retentionDays'
> & {
  criteria: SelectionCriterion[];
  criteriaPublishedAt: string | null;
  selectionReportPublishedAt: string | null;
};

/** What is kept as JSON; kind, committee, country, dates, capacity and seats have columns. */
interface EventData {
  title: Event['title'];
  description: Event['description'];
  timeZone: string;
  format: Event['format'];
  venue: Event['venue'];
  onlineUrl: Event['onlineUrl'];
  languages: string[];
  interpretation: string[];
  topicProposalsCloseAt: string | null;
  registration: WindowConfig | null;
  outcome: Event['outcome'];
  /** Set when the event was cancelled (absent on events stored before cancelling existed). */
  cancelledAt?: string | null;
  cancellationReason?: string | null;
}

export interface EventFilters {
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
  country?: string | undefined;
  committee?: string | undefined;
  mechanism?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export type EventRow = Selectable<EventTable>;

export const eventData = (row: EventRow) => fromJson<EventData>(row.data);

const DAY = 86_400_000;

/**
 * Days from the agenda's publication to the event's start (R5: shared in advance), counted as
 * calendar days in the event's own time zone — what the public calendar says.
 */
export const daysBefore = (publishedAt: string, startsAt: string, timeZone: string): number =>
  calendarDaysBetween(publishedAt, startsAt, timeZone);

/** Agenda items stored before items had documents get none. */
const withDocuments = (agenda: Agenda): Agenda => ({
  ...agenda,
  items: agenda.items.map((item) => ({ ...item, documents: item.documents ?? [] })),
});

/** An event as the public sees it, its registration state taken at `now`. */
export function toEvent(row: EventRow, agenda: Agenda | null, now: Date): Event {
  const data = eventData(row);
  let registration: RegistrationWindow | null = null;
  if (data.registration) {
    const window = {
      ...data.registration,
      capacity: row.capacity,
      seatsTaken: row.seats_taken,
      criteriaVersion: row.criteria_version,
    };
    // A cancelled meeting takes no more applications.
    registration = { ...window, state: data.cancelledAt ? 'closed' : registrationStateAt(window, now) };
  }
  return {
    id: row.id,
    kind: row.kind as Event['kind'],
    title: data.title,
    description: data.description,
    committeeId: row.committee_id,
    country: row.country,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: data.timeZone,
    format: data.format,
    venue: data.venue,
    onlineUrl: data.onlineUrl,
    languages: data.languages,
    interpretation: data.interpretation,
    topicProposalsCloseAt: data.topicProposalsCloseAt,
    mechanism: row.mechanism,
    registration,
    agenda,
    outcome: data.outcome,
    status: data.cancelledAt ? 'cancelled' : 'scheduled',
    cancelledAt: data.cancelledAt ?? null,
    cancellationReason: data.cancellationReason ?? null,
    agendaPublishedDaysBefore: agenda?.publishedAt
      ? daysBefore(agenda.publishedAt, row.starts_at, data.timeZone)
      : null,
    sequence: row.sequence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    demo: row.demo === 1,
  };
}

/** Only published agendas are public. */
async function publishedAgendas(db: Kysely<Database>, ids: string[]): Promise<Map<string, Agenda>> {
  const map = new Map<string, Agenda>();
  if (!ids.length) return map;
  const rows = await db
    .selectFrom('agendas')
    .selectAll()
    .where('event_id', 'in', ids)
    .where('published_at', 'is not', null)
    .execute();
  for (const row of rows) map.set(row.event_id, withDocuments(fromJson<Agenda>(row.data)));
  return map;
}

const dayStart = (value: string) => (value.length === 10 ? `${value}T00:00:00.000Z` : iso(value));

export class BadEventCursorError extends Error {}

/** Events by start time (then id), keyset-paginated; `from`/`to` bound the period. */
export async function listEvents(db: Kysely<Database>, f: EventFilters, now: Date): Promise<Page<Event>> {
  const limit = f.limit ?? 50;
  let query = db.selectFrom('events').selectAll();
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.country) query = query.where('country', '=', f.country);
  if (f.committee) query = query.where('committee_id', '=', f.committee);
  if (f.mechanism) query = query.where('mechanism', '=', f.mechanism);
  if (f.from) query = query.where('ends_at', '>=', dayStart(f.from));
  if (f.to) query = query.where('starts_at', '<', dayStart(f.to));
  if (f.cursor) {
    const cursor = decodeCursor(f.cursor, 2);
    if (!cursor) throw new BadEventCursorError();
    const [startsAt, id] = cursor as [string, string];
    query = query.where((eb) => eb(eb.refTuple('starts_at', 'id'), '>', eb.tuple(startsAt, id)));
  }
  const rows = await query
    .orderBy('starts_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const agendas = await publishedAgendas(
    db,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => toEvent(r, agendas.get(r.id) ?? null, now)),
    nextCursor: rows.length > limit && last ? encodeCursor([last.starts_at, last.id]) : null,
  };
}

/** Every event matching the filters (for the iCalendar feed), at most `max`. */
export async function allEvents(
  db: Kysely<Database>,
  f: EventFilters,
  now: Date,
  max = 2_000,
): Promise<Event[]> {
  return (await listEvents(db, { ...f, cursor: undefined, limit: max }, now)).items;
}

export async function getEventRow(db: Kysely<Database>, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getEvent(db: Kysely<Database>, id: string, now: Date): Promise<Event | undefined> {
  const row = await getEventRow(db, id);
  if (!row) return undefined;
  const agendas = await publishedAgendas(db, [id]);
  return toEvent(row, agendas.get(id) ?? null, now);
}

function windowConfig(
  input: NonNullable<EventInput['registration']>,
  previous: WindowConfig | null,
  now: Date,
): WindowConfig {
  const criteria = (input.criteria ?? previous?.criteria ?? []).map((c, i) => ({
    id: c.id ?? `crit-${i + 1}`,
    text: c.text,
    answer: c.answer,
    required: c.required,
  }));
  const criteriaChanged = JSON.stringify(criteria) !== JSON.stringify(previous?.criteria ?? []);
  return {
    opensAt: iso(input.opensAt),
    closesAt: iso(input.closesAt),
    waitlist: input.waitlist,
    role: input.role,
    retentionDays: input.retentionDays,
    criteria,
    // Criteria are published with the window; changing them re-publishes them (R2: transparent).
    criteriaPublishedAt: criteria.length
      ? criteriaChanged
        ? iso(now)
        : (previous?.criteriaPublishedAt ?? iso(now))
      : null,
    selectionReportPublishedAt: previous?.selectionReportPublishedAt ?? null,
  };
}

function dataFrom(input: EventInput, previous: EventData | null, now: Date): EventData {
  return {
    title: input.title,
    description: input.description ?? null,
    timeZone: input.timeZone,
    format: input.format,
    venue: input.venue ?? null,
    onlineUrl: input.onlineUrl ?? null,
    languages: input.languages,
    interpretation: input.interpretation ?? [],
    topicProposalsCloseAt: input.topicProposalsCloseAt ? iso(input.topicProposalsCloseAt) : null,
    registration: input.registration
      ? windowConfig(input.registration, previous?.registration ?? null, now)
      : null,
    outcome: input.outcome
      ? {
          summary: input.outcome.summary,
          minutesUrl: input.outcome.minutesUrl ?? null,
          publishedAt:
            previous?.outcome &&
            JSON.stringify(previous.outcome.summary) === JSON.stringify(input.outcome.summary)
              ? previous.outcome.publishedAt
              : iso(now),
        }
      : null,
  };
}

/** The input an event was made from, for merging a patch. */
export function inputOf(row: EventRow): EventInput {
  const d = eventData(row);
  return {
    kind: row.kind as EventInput['kind'],
    title: d.title,
    description: d.description,
    committeeId: row.committee_id,
    country: row.country,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: d.timeZone,
    format: d.format,
    venue: d.venue,
    onlineUrl: d.onlineUrl,
    languages: d.languages,
    interpretation: d.interpretation,
    topicProposalsCloseAt: d.topicProposalsCloseAt,
    mechanism: row.mechanism,
    registration: d.registration
      ? {
          opensAt: d.registration.opensAt,
          closesAt: d.registration.closesAt,
          capacity: row.capacity,
          waitlist: d.registration.waitlist,
          role: d.registration.role,
          retentionDays: d.registration.retentionDays,
          criteria: d.registration.criteria,
        }
      : null,
    outcome: d.outcome ? { summary: d.outcome.summary, minutesUrl: d.outcome.minutesUrl } : null,
  };
}

export async function insertEvent(
  db: Kysely<Database>,
  input: EventInput,
  now: Date,
  options: { id?: string; demo?: boolean } = {},
): Promise<string> {
  const id = options.id ?? newId('evt');
  const data = dataFrom(input, null, now);
  await db
    .insertInto('events')
    .values({
      id,
      kind: input.kind,
      committee_id: input.committeeId ?? null,
      country: input.country ?? null,
      starts_at: iso(input.startsAt),
      ends_at: iso(input.endsAt),
      capacity: input.registration?.capacity ?? null,
      seats_taken: 0,
      mechanism: input.mechanism ?? null,
      data: toJson(data),
      sequence: 0,
      created_at: iso(now),
      updated_at: iso(now),
      demo: options.demo ? 1 : 0,
    })
    .execute();
  if (data.registration) {
    await db
      .insertInto('event_criteria_versions')
      .values({
        event_id: id,
        version: 1,
        criteria: toJson(data.registration.criteria),
        published_at: data.registration.criteriaPublishedAt ?? iso(now),
        superseded_at: null,
      })
      .execute();
  }
  return id;
}

/** What a change did besides its fields: a new criteria version, new dates. */
export interface EventChange {
  input: EventInput;
  sequence: number;
  /** The criteria version in force after the change. */
  criteriaVersion: number;
  /** Whether the change made a new criteria version (criteria changed after the window opened). */
  newCriteriaVersion: boolean;
  /** Whether the start or the end moved. */
  rescheduled: boolean;
}

/**
 * Merges a patch into the stored event; `SEQUENCE` goes up for calendar clients. Criteria
 * changed once the registration window has opened become a new version (the old one stays,
 * superseded); before it opens, the one version is corrected in place.
 */
export async function patchEvent(
  db: Kysely<Database>,
  row: EventRow,
  patch: EventPatch,
  now: Date,
): Promise<EventChange> {
  const merged = { ...inputOf(row) } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
  const input = merged as EventInput;
  const previous = eventData(row);
  const data = dataFrom(input, previous, now);
  const before = previous.registration;
  const after = data.registration;
  let criteriaVersion = row.criteria_version;
  let newCriteriaVersion = false;
  if (after && (!before || JSON.stringify(before.criteria) !== JSON.stringify(after.criteria))) {
    // Opened: applications may have answered the version in force, so it must stay as it was.
    const opened =
      (before !== null && now.getTime() >= Date.parse(before.opensAt)) ||
      (await db
        .selectFrom('registrations')
        .select('id')
        .where('event_id', '=', row.id)
        .limit(1)
        .executeTakeFirst()) !== undefined;
    const criteria = toJson(after.criteria);
    const publishedAt = after.criteriaPublishedAt ?? iso(now);
    if (opened) {
      await db
        .updateTable('event_criteria_versions')
        .set({ superseded_at: iso(now) })
        .where('event_id', '=', row.id)
        .where('version', '=', criteriaVersion)
        .execute();
      criteriaVersion += 1;
      newCriteriaVersion = true;
      await db
        .insertInto('event_criteria_versions')
        .values({
          event_id: row.id,
          version: criteriaVersion,
          criteria,
          published_at: publishedAt,
          superseded_at: null,
        })
        .execute();
    } else {
      await db
        .insertInto('event_criteria_versions')
        .values({
          event_id: row.id,
          version: criteriaVersion,
          criteria,
          published_at: publishedAt,
          superseded_at: null,
        })
        .onConflict((oc) =>
          oc.columns(['event_id', 'version']).doUpdateSet({ criteria, published_at: publishedAt }),
        )
        .execute();
    }
  }
  const startsAt = iso(input.startsAt);
  const endsAt = iso(input.endsAt);
  await db
    .updateTable('events')
    .set({
      kind: input.kind,
      committee_id: input.committeeId ?? null,
      country: input.country ?? null,
      mechanism: input.mechanism ?? null,
      starts_at: startsAt,
      ends_at: endsAt,
      capacity: input.registration?.capacity ?? null,
      data: toJson(data),
      sequence: row.sequence + 1,
      criteria_version: criteriaVersion,
      updated_at: iso(now),
    })
    .where('id', '=', row.id)
    .execute();
  return {
    input,
    sequence: row.sequence + 1,
    criteriaVersion,
    newCriteriaVersion,
    rescheduled: startsAt !== row.starts_at || endsAt !== row.ends_at,
  };
}

/** Marks the event cancelled (kept, listed, `STATUS:CANCELLED`); `SEQUENCE` goes up. */
export async function cancelEvent(
  db: Kysely<Database>,
  row: EventRow,
  reason: string | null,
  now: Date,
): Promise<number> {
  const data: EventData = { ...eventData(row), cancelledAt: iso(now), cancellationReason: reason };
  await db
    .updateTable('events')
    .set({ data: toJson(data), sequence: row.sequence + 1, updated_at: iso(now) })
    .where('id', '=', row.id)
    .execute();
  return row.sequence + 1;
}

/** Every version of an event's criteria, oldest first. */
export async function criteriaVersions(db: Kysely<Database>, eventId: string): Promise<CriteriaVersion[]> {
  const rows = await db
    .selectFrom('event_criteria_versions')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    criteria: fromJson(r.criteria),
    publishedAt: r.published_at,
    supersededAt: r.superseded_at,
  }));
}

/** The criteria version in force at `at` (the first one when none was yet). */
export async function criteriaVersionAt(
  db: Kysely<Database>,
  eventId: string,
  at: string,
): Promise<number | null> {
  const versions = await criteriaVersions(db, eventId);
  if (!versions.length) return null;
  const inForce = versions.filter((v) => v.publishedAt <= at).at(-1) ?? versions[0];
  return inForce?.version ?? null;
}

/** Replaces the agenda; publishing stamps `publishedAt` the first time. */
export async function putAgenda(
  db: Kysely<Database>,
  eventId: string,
  input: AgendaInput,
  now: Date,
): Promise<Agenda & { published: boolean }> {
  const existing = await db
    .selectFrom('agendas')
    .selectAll()
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  const publishedAt = input.publish ? (existing?.published_at ?? iso(now)) : null;
  const agenda: Agenda = {
    eventId,
    items: input.items.map((item, i) => ({
      id: item.id ?? `item-${i + 1}`,
      title: item.title,
      description: item.description ?? null,
      presenters: item.presenters ?? [],
      startsAt: item.startsAt ? iso(item.startsAt) : null,
      durationMinutes: item.durationMinutes ?? null,
      fromProposalId: item.fromProposalId ?? null,
      documents: item.documents ?? [],
    })),
    publishedAt,
    updatedAt: iso(now),
  };
  const values = { event_id: eventId, data: toJson(agenda), published_at: publishedAt, updated_at: iso(now) };
  await db
    .insertInto('agendas')
    .values(values)
    .onConflict((oc) =>
      oc
        .column('event_id')
        .doUpdateSet({ data: values.data, published_at: publishedAt, updated_at: values.updated_at }),
    )
    .execute();
  await db
    .updateTable('events')
    .set((eb) => ({ sequence: eb('sequence', '+', 1), updated_at: iso(now) }))
    .where('id', '=', eventId)
    .execute();
  return { ...agenda, published: publishedAt !== null };
}

/** Stores the raw JSON data of an event (selection report publication). */
export async function setEventData(db: Kysely<Database>, row: EventRow, data: EventData, now: Date) {
  await db
    .updateTable('events')
    .set({ data: toJson(data), updated_at: iso(now) })
    .where('id', '=', row.id)
    .execute();
}

/**
 * The agenda as its curators see it, published or not (an empty draft when there is none yet),
 * with the lead time it is promised by.
 */
export async function agendaDraft(
  db: Kysely<Database>,
  row: EventRow,
  leadDays: number,
): Promise<AgendaDraft> {
  const stored = await db.selectFrom('agendas').selectAll().where('event_id', '=', row.id).executeTakeFirst();
  const agenda: Agenda = stored
    ? withDocuments(fromJson<Agenda>(stored.data))
    : { eventId: row.id, items: [], publishedAt: null, updatedAt: row.updated_at };
  return {
    ...agenda,
    leadDays,
    dueAt: iso(new Date(Date.parse(row.starts_at) - leadDays * DAY)),
    topicProposalsCloseAt: eventData(row).topicProposalsCloseAt,
  };
}
