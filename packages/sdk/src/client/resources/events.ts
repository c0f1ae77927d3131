import { isLadApiError } from '../../errors/index.js';
import { Agenda } from '../../schemas/agenda.js';
import { AgendaDraft, type AgendaInput } from '../../schemas/agenda-draft.js';
import { CriteriaHistory, Event } from '../../schemas/event.js';
import type { EventCancellation, EventInput, EventPatch, EventQuery } from '../../schemas/event-input.js';
import { Page } from '../../schemas/page.js';
import { validate } from '../../validate.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc, pages } from '../util.js';

// Each call is its own function, so a bundle keeps only the calls (and schemas) it uses;
// `eventsClient` groups them for `createLadClient`.

const EventPage = Page(Event);

/** One event with its agenda, seats, criteria and registration window. */
export const getEvent = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.get(Event, `events/${enc(id)}`, undefined, opts);

/** One page of events matching the filters. */
export const listEvents = (t: LadTransport, query: EventQuery = {}, opts?: RequestOptions) =>
  t.get(EventPage, 'events', query, opts);

/** Every event matching the filters, fetching page after page as you iterate. */
export const iterateEvents = (
  t: LadTransport,
  query: Omit<EventQuery, 'cursor'> = {},
  opts: RequestOptions = {},
) => pages((cursor) => listEvents(t, { ...query, cursor }, opts), opts.signal);

/** An event and its version: the `ETag` to send back as `ifMatch` when changing it. */
export interface VersionedEvent {
  event: Event;
  /** `null` only from an API too old to version events. */
  etag: string | null;
}

/**
 * One event with its version, for an editor: pass `etag` as `ifMatch` to {@link updateEvent}
 * so that a change someone made meanwhile is never overwritten.
 *
 * @example
 * const { event, etag } = await getEventWithVersion(t, 'evt_1');
 * await updateEvent(t, event.id, { capacity: 40 }, { ifMatch: etag ?? undefined });
 */
export async function getEventWithVersion(
  t: LadTransport,
  id: string,
  opts: RequestOptions = {},
): Promise<VersionedEvent> {
  let etag: string | null = null;
  const event = await t.get(Event, `events/${enc(id)}`, undefined, {
    cache: 'no-cache',
    ...opts,
    onEtag: (value) => {
      etag = value;
    },
  });
  return { event, etag };
}

/** Options of a change to an event. */
export interface EventChangeOptions extends RequestOptions {
  /**
   * The version the change was made on (`etag` of {@link getEventWithVersion}): when the event
   * changed since, the change is refused with a `LadApiError` of code `precondition-failed` —
   * {@link currentEventOf} gives the version stored now.
   */
  ifMatch?: string;
}

/**
 * The event as stored now, from the error of a change refused because it was made on an
 * older version (`precondition-failed`); `null` for any other error.
 */
export function currentEventOf(error: unknown): Event | null {
  if (!isLadApiError(error) || error.code !== 'precondition-failed') return null;
  const result = validate(Event, (error.problem as { current?: unknown }).current);
  return result.success ? result.data : null;
}

/** Curation: create an event. */
export const createEvent = (t: LadTransport, input: EventInput, opts?: RequestOptions) =>
  t.send(Event, 'post', 'events', input, opts);

/**
 * Curation: change an event; its iCalendar `SEQUENCE` goes up. New dates tell everyone who
 * applied by e-mail; a change of the selection criteria after registration opened makes a new
 * criteria version. With `ifMatch`, only if the event is still at that version.
 */
export const updateEvent = (t: LadTransport, id: string, patch: EventPatch, opts?: EventChangeOptions) =>
  t.send(Event, 'patch', `events/${enc(id)}`, patch, opts);

/** {@link updateEvent}, answering the changed event with its new version. */
export async function updateEventWithVersion(
  t: LadTransport,
  id: string,
  patch: EventPatch,
  opts: EventChangeOptions = {},
): Promise<VersionedEvent> {
  let etag: string | null = null;
  const event = await t.send(Event, 'patch', `events/${enc(id)}`, patch, {
    ...opts,
    onEtag: (value) => {
      etag = value;
    },
  });
  return { event, etag };
}

/**
 * Curation: cancel an event. It stays listed, marked `cancelled` (iCalendar
 * `STATUS:CANCELLED`, `SEQUENCE` up), and everyone who applied is told by e-mail, with `reason`.
 *
 * @example
 * await cancelEvent(t, 'evt_1', { reason: 'The venue is closed after the storm.' });
 */
export const cancelEvent = (
  t: LadTransport,
  id: string,
  input: EventCancellation = {},
  opts?: RequestOptions,
) => t.send(Event, 'post', `events/${enc(id)}/cancel`, input, opts);

/** Every version of an event's selection criteria, oldest first (public). */
export const getCriteriaHistory = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.get(CriteriaHistory, `events/${enc(id)}/criteria`, undefined, opts);

/** Curation: the agenda as stored, published or not, with the lead time it is held to. */
export const getAgendaDraft = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.get(AgendaDraft, `events/${enc(id)}/agenda`, undefined, { cache: 'no-cache', ...opts });

/** Curation: replace the agenda; `publish: true` makes it public and stamps `publishedAt`. */
export const putAgenda = (t: LadTransport, id: string, input: AgendaInput, opts?: RequestOptions) =>
  t.send(Agenda, 'put', `events/${enc(id)}/agenda`, input, opts);

/**
 * Curation: store these agenda items and make the agenda public; the public event then says
 * how many days before the meeting that was (`agendaPublishedDaysBefore`).
 */
export const publishAgenda = (
  t: LadTransport,
  id: string,
  items: AgendaInput['items'],
  opts?: RequestOptions,
) => putAgenda(t, id, { items, publish: true }, opts);

/** Meetings, their agendas and calendar feeds; curate with a token. */
export function eventsClient(t: LadTransport) {
  return {
    /** One page of events matching the filters. */
    list: (query: EventQuery = {}, opts?: RequestOptions) => listEvents(t, query, opts),
    /** Every event matching the filters, page after page. */
    iterate: (query?: Omit<EventQuery, 'cursor'>, opts?: RequestOptions) => iterateEvents(t, query, opts),
    /** One event with its agenda, seats and registration window. */
    get: (id: string, opts?: RequestOptions) => getEvent(t, id, opts),
    /** One event with its version (`etag`), for an editor. */
    getWithVersion: (id: string, opts?: RequestOptions) => getEventWithVersion(t, id, opts),
    /** Every version of the event's selection criteria. */
    criteria: (id: string, opts?: RequestOptions) => getCriteriaHistory(t, id, opts),
    /**
     * The iCalendar feed for these filters. With `webcal: true`, a `webcal:` link that calendar
     * apps open as a subscription.
     */
    icsUrl: (
      query: Omit<EventQuery, 'cursor' | 'limit'> & { locale?: string } = {},
      { webcal = false } = {},
    ) => {
      const url = t.url('events.ics', query);
      return webcal ? url.replace(/^https?:/, 'webcal:') : url;
    },
    /** The iCalendar file of one event ("Add to calendar"). */
    eventIcsUrl: (id: string, query: { locale?: string } = {}) => t.url(`events/${enc(id)}.ics`, query),
    /** Curation: create an event. */
    create: (input: EventInput, opts?: RequestOptions) => createEvent(t, input, opts),
    /** Curation: change an event (its iCalendar `SEQUENCE` goes up). */
    update: (id: string, patch: EventPatch, opts?: EventChangeOptions) => updateEvent(t, id, patch, opts),
    /** Curation: cancel an event; everyone who applied is told by e-mail. */
    cancel: (id: string, input?: EventCancellation, opts?: RequestOptions) => cancelEvent(t, id, input, opts),
    /** Curation: the agenda as stored, published or not, with its lead time. */
    agendaDraft: (id: string, opts?: RequestOptions) => getAgendaDraft(t, id, opts),
    /** Curation: replace the agenda; `publish: true` makes it public and stamps `publishedAt`. */
    putAgenda: (id: string, input: AgendaInput, opts?: RequestOptions) => putAgenda(t, id, input, opts),
    /** Curation: store the items and publish the agenda. */
    publishAgenda: (id: string, items: AgendaInput['items'], opts?: RequestOptions) =>
      publishAgenda(t, id, items, opts),
  };
}
