import {
  type Agenda,
  type AgendaInput,
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
}

export interface EventFilters {
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
  country?: string | undefined;
  committee?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export type EventRow = Selectable<EventTable>;

export const eventData = (row: EventRow) => fromJson<EventData>(row.data);

/** An event as the public sees it, its registration state taken at `now`. */
export function toEvent(row: EventRow, agenda: Agenda | null, now: Date): Event {
  const data = eventData(row);
  let registration: RegistrationWindow | null = null;
  if (data.registration) {
    const window = { ...data.registration, capacity: row.capacity, seatsTaken: row.seats_taken };
    registration = { ...window, state: registrationStateAt(window, now) };
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
    registration,
    agenda,
    outcome: data.outcome,
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
  for (const row of rows) map.set(row.event_id, fromJson<Agenda>(row.data));
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
      data: toJson(dataFrom(input, null, now)),
      sequence: 0,
      created_at: iso(now),
      updated_at: iso(now),
      demo: options.demo ? 1 : 0,
    })
    .execute();
  return id;
}

/** Merges a patch into the stored event; `SEQUENCE` goes up for calendar clients. */
export async function patchEvent(
  db: Kysely<Database>,
  row: EventRow,
  patch: EventPatch,
  now: Date,
): Promise<EventInput> {
  const merged = { ...inputOf(row) } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) merged[key] = value;
  const input = merged as EventInput;
  await db
    .updateTable('events')
    .set({
      kind: input.kind,
      committee_id: input.committeeId ?? null,
      country: input.country ?? null,
      starts_at: iso(input.startsAt),
      ends_at: iso(input.endsAt),
      capacity: input.registration?.capacity ?? null,
      data: toJson(dataFrom(input, eventData(row), now)),
      sequence: row.sequence + 1,
      updated_at: iso(now),
    })
    .where('id', '=', row.id)
    .execute();
  return input;
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
