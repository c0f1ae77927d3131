import {
  Agenda,
  AgendaInput,
  Event,
  EventInput,
  EventPatch,
  EventQuery,
  Page,
  PageLimit,
  SelectionReport,
} from '@lad/sdk';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../http/env.js';
import { feedLocale } from '../http/locale.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { canTouchEvent, eventPlacement, forbidden, mayPlace } from '../http/scope.js';
import { check, idParam, readJson, readQuery } from '../http/validate.js';
import { toIcs } from '../ics.js';
import { audit, diff } from '../store/audit.js';
import {
  allEvents,
  BadEventCursorError,
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
import { publishedReport, publishReport, SUPPRESS_BELOW } from '../store/participation.js';

const TOTAL_NAMES: Record<string, string> = {
  applied: 'applied',
  selected: 'selected',
  waitlisted: 'waitlisted',
  notSelected: 'not selected',
};

import { getReference } from '../store/reference.js';
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
      tag: 'Events',
      access: 'public',
      response: { status: 200, description: 'The event.', schema: Event },
      errors: [404],
      cache: 'minute',
    },
    async (c) => {
      const event = await getEvent(deps(c).db.kysely, idParam(c), deps(c).now());
      if (!event) throw new ProblemError(404, 'not-found');
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
      const target = { country: input.country ?? null, committee_id: input.committeeId ?? null };
      const placement = await eventPlacement(db.kysely, {
        country: target.country,
        committeeId: target.committee_id,
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
      tag: 'Curation',
      access: CURATORS,
      body: { schema: EventPatch, contentType: 'application/json' },
      response: { status: 200, description: 'Changed.', schema: Event },
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const patch = await readJson(c, EventPatch);
      const row = await loadForChange(c);
      const before = inputOf(row);
      const merged = check(EventInput, {
        ...before,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      });
      await checkCommittee(c, merged.committeeId);
      if (
        !(await canTouchEvent(db.kysely, actorOf(c), {
          country: merged.country ?? null,
          committee_id: merged.committeeId ?? null,
        })) ||
        !mayPlace(
          actorOf(c),
          await eventPlacement(db.kysely, { country: row.country, committeeId: row.committee_id }),
          await eventPlacement(db.kysely, {
            country: merged.country ?? null,
            committeeId: merged.committeeId ?? null,
          }),
        )
      ) {
        throw forbidden('the country or committee it would move to');
      }
      await change(c, async (trx) => {
        const after = await patchEvent(trx, row, merged, now());
        await audit(
          trx,
          actorOf(c),
          'event.update',
          { type: 'event', id: row.id },
          diff({ ...before }, { ...after }),
          now(),
        );
      });
      return c.json(await getEvent(db.kysely, row.id, now()));
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
      errors: [400, 401, 403, 404, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { now } = deps(c);
      const input = await readJson(c, AgendaInput);
      const row = await loadForChange(c);
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
      return c.json(report);
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
      return c.json(report);
    },
  );
}
