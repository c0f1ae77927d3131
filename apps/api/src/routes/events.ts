import {
  Agenda,
  AgendaDraft,
  AgendaInput,
  CriteriaHistory,
  Event,
  EventCancellation,
  EventInput,
  EventPatch,
  EventQuery,
  Page,
  PageLimit,
  type RegionalMechanism,
  SelectionReport,
} from '@lad/sdk';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import type { Database } from '../db/index.js';
import type { AppEnv } from '../http/env.js';
import { feedLocale } from '../http/locale.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { canTouchEvent, eventPlacement, forbidden, mayPlace } from '../http/scope.js';
import { check, idParam, readJson, readQuery } from '../http/validate.js';
import { toIcs } from '../ics.js';
import { audit, diff } from '../store/audit.js';
import {
  agendaDraft,
  allEvents,
  BadEventCursorError,
  cancelEvent,
  criteriaVersionAt,
  criteriaVersions,
  type EventRow,
  eventData,
  getEvent,
  getEventRow,
  inputOf,
  insertEvent,
  listEvents,
  patchEvent,
  putAgenda,
  setEventData,
} from '../store/events.js';
import {
  enqueueMessages,
  eventFacts,
  type OutgoingMessage,
  recipientOfRegistration,
} from '../store/outbox.js';
import { publishedReport, publishReport, SUPPRESS_BELOW } from '../store/participation.js';

const TOTAL_NAMES: Record<string, string> = {
  applied: 'applied',
  selected: 'selected',
  waitlisted: 'waitlisted',
  notSelected: 'not selected',
};

import { getReference, listReference } from '../store/reference.js';
import { sha256 } from '../store/util.js';
import { actorOf, CURATORS, change, deps } from './shared.js';

const IcsQuery = z.object({
  ...z.omit(EventQuery, { cursor: true, limit: true }).shape,
  /** Language of titles and descriptions in the feed. */
  locale: z.optional(z.string().check(z.maxLength(35))),
});

/** The calendar's name and its file's name in each language (file names in plain ASCII). */
const CALENDAR: Record<string, { name: string; file: string }> = {
  en: { name: 'Los Angeles Declaration: meetings', file: 'lad-meetings.ics' },
  es: { name: 'Declaración de Los Ángeles: reuniones', file: 'lad-reuniones.ics' },
  pt: { name: 'Declaração de Los Angeles: reuniões', file: 'lad-reunioes.ics' },
  fr: { name: 'Déclaration de Los Angeles\u202F: réunions', file: 'lad-reunions.ics' },
  ht: { name: 'Deklarasyon Los Angeles: reyinyon yo', file: 'lad-reyinyon.ics' },
};
const calendarIn = (locale: string) =>
  (Object.hasOwn(CALENDAR, locale) ? CALENDAR[locale] : CALENDAR.en) as {
    name: string;
    file: string;
  };

function icsOptions(c: Context<AppEnv>) {
  const origin = deps(c).config.publicUrl;
  const locale = feedLocale(c);
  return {
    locale,
    eventUrl: (id: string) => `${origin}/v1/events/${encodeURIComponent(id)}`,
    calendarName: calendarIn(locale).name,
    now: deps(c).now(),
  };
}

const ics = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
    },
  });

async function loadForChange(c: Context<AppEnv>) {
  const row = await getEventRow(deps(c).db.kysely, idParam(c));
  if (!row) throw new ProblemError(404, 'not-found');
  if (!(await canTouchEvent(deps(c).db.kysely, actorOf(c), row))) throw forbidden('this event');
  return row;
}

async function checkCommittee(c: Context<AppEnv>, committeeId: string | null | undefined) {
  if (committeeId && !(await getReference(deps(c).db.kysely, 'committee', committeeId))) {
    throw validationProblem([
      { path: ['committeeId'], code: 'unknown_reference', message: 'No such committee.' },
    ]);
  }
}

/** 422 when an event names a regional mechanism that does not exist (R12). */
async function checkMechanism(c: Context<AppEnv>, mechanism: string | null | undefined) {
  if (!mechanism) return;
  const known = await listReference<RegionalMechanism>(deps(c).db.kysely, 'mechanism');
  if (!known.some((m) => m.id === mechanism)) {
    throw validationProblem([
      {
        path: ['mechanism'],
        code: 'unknown_reference',
        message: `No such regional mechanism: ${mechanism}. Known: ${known.map((m) => m.id).join(', ')}.`,
      },
    ]);
  }
}

/** 422 when topics would freeze after the meeting has started: the agenda freezes before it. */
function checkFreeze(input: Pick<EventInput, 'topicProposalsCloseAt' | 'startsAt'>) {
  const freeze = input.topicProposalsCloseAt;
  if (freeze && Date.parse(freeze) > Date.parse(input.startsAt)) {
    throw validationProblem([
      {
        path: ['topicProposalsCloseAt'],
        code: 'date_out_of_range',
        message: 'Topic proposals must close (the agenda freeze) before the meeting starts.',
        params: { maximum: input.startsAt },
      },
    ]);
  }
}

/** 409 for a change to a cancelled event: it stays as it was when cancelled. */
function refuseCancelled(row: EventRow) {
  const cancelledAt = eventData(row).cancelledAt;
  if (cancelledAt)
    throw new ProblemError(409, 'event-cancelled', {
      cancelledAt,
      detail: `This event was cancelled on ${cancelledAt}; it can no longer be changed.`,
    });
}

/**
 * An event's version: a strong ETag of its whole public answer, so it changes with anything a
 * reader sees, and a curator sends it back as `If-Match`.
 */
const versionOf = (event: Event) => `"${sha256(JSON.stringify(event)).slice(0, 32)}"`;

const ifMatches = (header: string, etag: string) =>
  header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === etag);

/**
 * 412 unless `ifMatch` names the event's current version, read in the writing transaction
 * after taking the row's write lock (a no-op update), so two curators who loaded the same
 * version cannot both write over it. The problem carries the current event (`current`).
 */
async function assertVersion(trx: Kysely<Database>, id: string, ifMatch: string, now: Date) {
  await trx
    .updateTable('events')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .execute();
  const current = (await getEvent(trx, id, now)) as Event;
  const etag = versionOf(current);
  if (!ifMatches(ifMatch, etag))
    throw new ProblemError(412, 'precondition-failed', {
      detail:
        'The event was changed since this version was read (If-Match). `current` is the version stored now; apply your change to it and send it again with its ETag.',
      current,
      headers: { etag },
    });
}

/**
 * One message per person who applied (not those who withdrew, nor those whose details were
 * erased), in the language they used, with only their own receipt and the meeting's public
 * facts. The key makes each once-only per change (the new `sequence`).
 */
async function registrantMessages(
  trx: Kysely<Database>,
  kind: 'event.cancelled' | 'event.rescheduled',
  eventId: string,
  sequence: number,
  extra: { reason?: string | null; previous?: { startsAt: string; endsAt: string } } = {},
): Promise<OutgoingMessage[]> {
  const row = (await getEventRow(trx, eventId)) as EventRow;
  const registrations = await trx
    .selectFrom('registrations')
    .select(['id', 'receipt', 'personal', 'locale'])
    .where('event_id', '=', eventId)
    .where('status', '!=', 'withdrawn')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const event = eventFacts(row);
  return registrations.flatMap((r): OutgoingMessage[] => {
    const recipient = recipientOfRegistration(r);
    if (!recipient) return [];
    const key = `${kind}:${eventId}:${r.id}:${sequence}`;
    if (kind === 'event.cancelled')
      return [
        {
          kind,
          key,
          ...recipient,
          data: { event, receipt: r.receipt, ...(extra.reason ? { reason: extra.reason } : {}) },
        },
      ];
    return [
      {
        kind,
        key,
        ...recipient,
        data: {
          event,
          previous: extra.previous ?? { startsAt: row.starts_at, endsAt: row.ends_at },
          receipt: r.receipt,
        },
      },
    ];
  });
}

/** The selection report with the criteria version in force when registration closed (R2). */
async function withCriteriaVersion(
  db: Kysely<Database>,
  eventId: string,
  report: SelectionReport,
): Promise<SelectionReport> {
  const row = await getEventRow(db, eventId);
  const closesAt = row ? eventData(row).registration?.closesAt : undefined;
  const criteriaVersion = closesAt ? await criteriaVersionAt(db, eventId, closesAt) : null;
  return { ...report, criteriaVersion: report.criteriaVersion ?? criteriaVersion };
}

const ReportQuery = z.object({ version: z.optional(PageLimit) });

export function registerEvents(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/events',
      operationId: 'listEvents',
      summary:
        'Meetings by start time: high-level, information sessions, consultations, coordinators, regional',
      description:
        '`from` keeps events ending at or after it; `to` events starting before it (ISO date or date-time).',
      tag: 'Events',
      access: 'public',
      query: EventQuery,
      response: { status: 200, description: 'One page.', schema: Page(Event) },
      errors: [400],
      cache: 'minute',
    },
    async (c) => {
      const query = readQuery(c, EventQuery);
      try {
        return c.json(await listEvents(deps(c).db.kysely, query, deps(c).now()));
      } catch (error) {
        if (error instanceof BadEventCursorError) {
          throw validationProblem(
            [{ path: ['cursor'], code: 'invalid_cursor', message: 'Not a cursor from this list.' }],
            400,
          );
        }
        throw error;
      }
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/events.ics',
      operationId: 'eventsCalendar',
      summary: 'The events as an iCalendar feed (subscribe with webcal://), same filters as the list',
      tag: 'Events',
      access: 'public',
      query: IcsQuery,
      response: { status: 200, description: 'iCalendar (RFC 5545).', contentType: 'text/calendar' },
      errors: [400],
      cache: 'revision',
    },
    async (c) => {
      const query = readQuery(c, IcsQuery);
      const events = await allEvents(deps(c).db.kysely, query, deps(c).now());
      return ics(toIcs(events, icsOptions(c)), calendarIn(feedLocale(c)).file);
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/events/{id}.ics',
      honoPath: '/v1/events/:id{[A-Za-z0-9][A-Za-z0-9_.:-]*\\.ics}',
      operationId: 'eventCalendar',
      summary: 'One event as an iCalendar file ("Add to calendar")',
      tag: 'Events',
      access: 'public',
      query: z.object({ locale: z.optional(z.string().check(z.maxLength(35))) }),
      response: { status: 200, description: 'iCalendar (RFC 5545).', contentType: 'text/calendar' },
      errors: [404],
      cache: 'revision',
    },
    async (c) => {
      const id = (c.req.param('id') ?? '').replace(/\.ics$/, '');
      const event = await getEvent(deps(c).db.kysely, id, deps(c).now());
      if (!event) throw new ProblemError(404, 'not-found');
      return ics(toIcs([event], icsOptions(c)), `${id}.ics`);
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/events/{id}',
      operationId: 'getEvent',
      summary: 'An event with its published agenda, seats and registration window and state',
      description:
        "The `ETag` is this event's version (strong): send it as `If-Match` with `PATCH /v1/events/{id}` so that a change made meanwhile is never overwritten. `status` is `cancelled` for a cancelled event (still listed); `agendaPublishedDaysBefore` says how many days before the meeting its agenda was published.",
      tag: 'Events',
      access: 'public',
      response: { status: 200, description: 'The event.', schema: Event },
      errors: [404],
      cache: 'minute',
    },
    async (c) => {
      const event = await getEvent(deps(c).db.kysely, idParam(c), deps(c).now());
      if (!event) throw new ProblemError(404, 'not-found');
      // Its own version, not the data revision: what a curator sends back as If-Match.
      c.header('etag', versionOf(event));
      return c.json(event);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/events',
      operationId: 'createEvent',
      summary: 'Create an event',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: EventInput, contentType: 'application/json' },
      response: { status: 201, description: 'Created.', schema: Event },
      errors: [400, 401, 403, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const input = await readJson(c, EventInput);
      await checkCommittee(c, input.committeeId);
      await checkMechanism(c, input.mechanism);
      checkFreeze(input);
      const target = {
        country: input.country ?? null,
        committee_id: input.committeeId ?? null,
        mechanism: input.mechanism ?? null,
      };
      const placement = await eventPlacement(db.kysely, {
        country: target.country,
        committeeId: target.committee_id,
        mechanism: target.mechanism,
      });
      if (!(await canTouchEvent(db.kysely, actorOf(c), target)) || !mayPlace(actorOf(c), null, placement))
        throw forbidden('this country or committee');
      const id = await change(c, async (trx) => {
        const id = await insertEvent(trx, input, now());
        await audit(trx, actorOf(c), 'event.create', { type: 'event', id }, diff(null, { ...input }), now());
        return id;
      });
      return c.json(await getEvent(db.kysely, id, now()), 201);
    },
  );

  r.add(
    {
      method: 'patch',
      path: '/v1/events/{id}',
      operationId: 'updateEvent',
      summary: 'Change an event (its iCalendar SEQUENCE goes up)',
      description:
        'With `If-Match` (the `ETag` of `GET /v1/events/{id}`), the change is made only on that version: otherwise 412 `precondition-failed`, whose `current` is the event as stored now. Once the registration window has opened, a change of `registration.criteria` makes a new criteria version (the old ones stay: `GET /v1/events/{id}/criteria`). New dates (`startsAt`, `endsAt`) are a reschedule: everyone who applied is told by e-mail (`event.rescheduled`). A cancelled event cannot be changed (409 `event-cancelled`).',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: EventPatch, contentType: 'application/json' },
      response: { status: 200, description: 'Changed.', schema: Event },
      errors: [400, 401, 403, 404, 409, 412, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const patch = await readJson(c, EventPatch);
      const ifMatch = c.req.header('if-match');
      const row = await loadForChange(c);
      refuseCancelled(row);
      const before = inputOf(row);
      const merged = check(EventInput, {
        ...before,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      });
      await checkCommittee(c, merged.committeeId);
      await checkMechanism(c, merged.mechanism);
      checkFreeze(merged);
      if (
        !(await canTouchEvent(db.kysely, actorOf(c), {
          country: merged.country ?? null,
          committee_id: merged.committeeId ?? null,
          mechanism: merged.mechanism ?? null,
        })) ||
        !mayPlace(
          actorOf(c),
          await eventPlacement(db.kysely, {
            country: row.country,
            committeeId: row.committee_id,
            mechanism: before.mechanism ?? null,
          }),
          await eventPlacement(db.kysely, {
            country: merged.country ?? null,
            committeeId: merged.committeeId ?? null,
            mechanism: merged.mechanism ?? null,
          }),
        )
      ) {
        throw forbidden('the country or committee it would move to');
      }
      await change(c, async (trx) => {
        if (ifMatch !== undefined) await assertVersion(trx, row.id, ifMatch, now());
        const fresh = (await getEventRow(trx, row.id)) as EventRow;
        const changed = await patchEvent(trx, fresh, merged, now());
        await audit(
          trx,
          actorOf(c),
          'event.update',
          { type: 'event', id: row.id },
          diff(
            { ...before, criteriaVersion: fresh.criteria_version },
            { ...changed.input, criteriaVersion: changed.criteriaVersion },
          ),
          now(),
        );
        if (changed.rescheduled) {
          const messages = await registrantMessages(trx, 'event.rescheduled', row.id, changed.sequence, {
            previous: { startsAt: fresh.starts_at, endsAt: fresh.ends_at },
          });
          await enqueueMessages(trx, messages, now());
        }
      });
      const event = (await getEvent(db.kysely, row.id, now())) as Event;
      c.header('etag', versionOf(event));
      return c.json(event);
    },
  );

  r.add(
    {
      method: 'put',
      path: '/v1/events/{id}/agenda',
      operationId: 'putAgenda',
      summary: 'Replace the agenda; `publish: true` makes it public and records when (R5: in advance)',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: AgendaInput, contentType: 'application/json' },
      response: { status: 200, description: 'The agenda as stored.', schema: Agenda },
      errors: [400, 401, 403, 404, 409, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const input = await readJson(c, AgendaInput);
      const row = await loadForChange(c);
      refuseCancelled(row);
      const agenda = await change(c, async (trx) => {
        const { published, ...agenda } = await putAgenda(trx, row.id, input, now());
        await audit(
          trx,
          actorOf(c),
          published ? 'agenda.publish' : 'agenda.save',
          { type: 'event', id: row.id },
          diff(null, { items: agenda.items.length, publishedAt: agenda.publishedAt }),
          now(),
        );
        return agenda;
      });
      return c.json(agenda);
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/events/{id}/selection-report',
      operationId: 'getSelectionReport',
      summary: 'Anonymous selection report: applied and selected by kind, level, led-by and country',
      description:
        'Published only after registration closes, when curators publish it, and frozen then: later decisions do not change it; publishing again makes a new dated version (`version`: the latest unless asked). Counts under 3 are `null`, and as many others as it takes that none can be worked out by subtraction.',
      tag: 'Events',
      access: 'public',
      query: ReportQuery,
      response: { status: 200, description: 'The report.', schema: SelectionReport },
      errors: [400, 404],
      cache: 'revision',
    },
    async (c) => {
      const { db } = deps(c);
      const { version } = readQuery(c, ReportQuery);
      const report = await publishedReport(db.kysely, idParam(c), version);
      if (!report)
        throw new ProblemError(404, 'not-found', {
          detail: 'No selection report has been published for this event.',
        });
      return c.json(await withCriteriaVersion(db.kysely, idParam(c), report));
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/events/{id}/selection-report',
      operationId: 'publishSelectionReport',
      summary: 'Publish the selection report, once registration has closed',
      tag: 'Curation',
      access: CURATORS,
      response: { status: 200, description: 'The published report.', schema: SelectionReport },
      errors: [401, 403, 404, 409],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const row = await loadForChange(c);
      const data = eventData(row);
      if (!data.registration)
        throw new ProblemError(409, 'conflict', { detail: 'This event takes no registrations.' });
      if (Date.parse(data.registration.closesAt) > now().getTime()) {
        throw new ProblemError(409, 'conflict', {
          detail: 'Registration is still open; publish the report after it closes.',
        });
      }
      const report = await change(c, async (trx) => {
        const published = await publishReport(trx, row.id, now());
        if ('tooFewChanges' in published) {
          const { total, change: moved, since } = published.tooFewChanges;
          throw new ProblemError(409, 'conflict', {
            detail: `Since version ${since}, the ${TOTAL_NAMES[total] ?? total} total moved by ${moved}: a new version now would show, set against the last, what happened to ${moved === 1 ? 'one organisation' : 'two organisations'}. Publish again once at least ${SUPPRESS_BELOW} have changed.`,
            since,
            total,
          });
        }
        const { report } = published;
        if (report.publishedAt !== data.registration?.selectionReportPublishedAt) {
          await setEventData(
            trx,
            row,
            {
              ...data,
              registration: { ...data.registration!, selectionReportPublishedAt: report.publishedAt },
            },
            now(),
          );
          await audit(
            trx,
            actorOf(c),
            'selection_report.publish',
            { type: 'event', id: row.id },
            { version: { from: report.version - 1 || null, to: report.version } },
            now(),
          );
        }
        return report;
      });
      return c.json(await withCriteriaVersion(deps(c).db.kysely, row.id, report));
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/events/{id}/cancel',
      operationId: 'cancelEvent',
      summary: 'Cancel an event: it stays listed, marked cancelled; everyone who applied is told by e-mail',
      description:
        'The event answers `status: cancelled` with `cancelledAt` and the reason; its iCalendar entry says `STATUS:CANCELLED` with a higher `SEQUENCE`, so subscribed calendars drop it. Each person who applied (and did not withdraw) gets one e-mail in the language they applied in (`event.cancelled`), with the reason and their receipt. A cancelled event cannot be changed again (409 `event-cancelled`).',
      tag: 'Curation',
      access: CURATORS,
      body: { schema: EventCancellation, contentType: 'application/json' },
      response: { status: 200, description: 'Cancelled.', schema: Event },
      errors: [400, 401, 403, 404, 409, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const input = await readJson(c, EventCancellation);
      const row = await loadForChange(c);
      refuseCancelled(row);
      const reason = input.reason?.trim() || null;
      await change(c, async (trx) => {
        const fresh = (await getEventRow(trx, row.id)) as EventRow;
        refuseCancelled(fresh);
        const sequence = await cancelEvent(trx, fresh, reason, now());
        await audit(
          trx,
          actorOf(c),
          'event.cancel',
          { type: 'event', id: row.id },
          {
            status: { from: 'scheduled', to: 'cancelled' },
            ...(reason ? { reason: { from: null, to: reason } } : {}),
          },
          now(),
        );
        await enqueueMessages(
          trx,
          await registrantMessages(trx, 'event.cancelled', row.id, sequence, { reason }),
          now(),
        );
      });
      const event = (await getEvent(db.kysely, row.id, now())) as Event;
      c.header('etag', versionOf(event));
      return c.json(event);
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/events/{id}/criteria',
      operationId: 'getCriteriaHistory',
      summary: "Every version of an event's selection criteria, with when each was published and replaced",
      description:
        'Once the registration window has opened, changing the criteria makes a new version; applications record the version they answered, and the selection report names the one in force when registration closed (R2: transparent selection).',
      tag: 'Events',
      access: 'public',
      response: { status: 200, description: 'Oldest first.', schema: CriteriaHistory },
      errors: [404],
      cache: 'revision',
    },
    async (c) => {
      const { db } = deps(c);
      const row = await getEventRow(db.kysely, idParam(c));
      if (!row) throw new ProblemError(404, 'not-found');
      return c.json({ eventId: row.id, versions: await criteriaVersions(db.kysely, row.id) });
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/events/{id}/agenda',
      operationId: 'getAgendaDraft',
      summary: 'The agenda as its curators see it, published or not, with the lead time it is promised by',
      description:
        '`leadDays` is the promise (`LAD_AGENDA_LEAD_DAYS`, 21 days by default): the agenda is due at `dueAt`, that many days before the meeting (R5: in advance). `topicProposalsCloseAt` is the freeze date for agenda topics. An event with no agenda yet answers an empty draft.',
      tag: 'Curation',
      access: CURATORS,
      response: { status: 200, description: 'The agenda.', schema: AgendaDraft },
      errors: [401, 403, 404],
      cache: 'none',
    },
    async (c) => {
      const row = await loadForChange(c);
      return c.json(await agendaDraft(deps(c).db.kysely, row, deps(c).config.agendaLeadDays));
    },
  );
}
