import { Agenda, type AgendaInput } from '../../schemas/agenda.js';
import { Event, type EventInput, type EventPatch, type EventQuery } from '../../schemas/event.js';
import { Page } from '../../schemas/page.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc, pages } from '../util.js';

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

/** Meetings, their agendas and calendar feeds; curate with a token. */
export function eventsClient(t: LadTransport) {
  return {
    /** One page of events matching the filters. */
    list: (query: EventQuery = {}, opts?: RequestOptions) => listEvents(t, query, opts),
    /** Every event matching the filters, page after page. */
    iterate: (query?: Omit<EventQuery, 'cursor'>, opts?: RequestOptions) => iterateEvents(t, query, opts),
    /** One event with its agenda, seats and registration window. */
    get: (id: string, opts?: RequestOptions) => getEvent(t, id, opts),
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
    create: (input: EventInput, opts?: RequestOptions) => t.send(Event, 'post', 'events', input, opts),
    /** Curation: change an event (its iCalendar `SEQUENCE` goes up). */
    update: (id: string, patch: EventPatch, opts?: RequestOptions) =>
      t.send(Event, 'patch', `events/${enc(id)}`, patch, opts),
    /** Curation: replace the agenda; `publish: true` makes it public and stamps `publishedAt`. */
    putAgenda: (id: string, input: AgendaInput, opts?: RequestOptions) =>
      t.send(Agenda, 'put', `events/${enc(id)}/agenda`, input, opts),
  };
}
