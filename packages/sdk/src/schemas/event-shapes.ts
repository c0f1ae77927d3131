// Internal (not exported from the package): the fields events and their inputs share, so the
// curators' schemas (event-input.ts) can live in a module the public reading side never bundles.
import * as z from 'zod/mini';
import { EVENT_KINDS } from '../constants.js';
import { Count, checked, DateTime, HttpUrl, Id, Name, plainText, TimeZone } from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedText, LocalizedTitle } from './locale.js';

export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.output<typeof EventKind>;

/** A place where an in-person event happens. */
export const Venue = z.object({
  name: Name,
  address: z.nullable(plainText(500)),
  city: z.nullable(Name),
  country: z.nullable(CountryCode),
});
export type Venue = z.output<typeof Venue>;

export const windowShape = {
  opensAt: DateTime,
  closesAt: DateTime,
  /** Seats for civil-society organisations; `null` for no limit. */
  capacity: z.nullable(Count),
  /** Whether applicants can join a waiting list once the seats are taken. */
  waitlist: z.boolean(),
  /** `observer` for meetings where CSOs attend as observers (R8). */
  role: z.enum(['participant', 'observer']),
  /** How many days personal data from registrations is kept. */
  retentionDays: checked(z.int(), z.minimum(1), z.maximum(3650)),
};

export const eventShape = {
  kind: EventKind,
  title: LocalizedTitle,
  description: z.nullable(LocalizedText),
  /** The action-package committee holding it, if any. */
  committeeId: z.nullable(Id),
  /** The country it concerns (national consultations), if any. */
  country: z.nullable(CountryCode),
  startsAt: DateTime,
  endsAt: DateTime,
  /** The event's own IANA time zone, e.g. `America/Port-au-Prince`. */
  timeZone: TimeZone,
  format: z.enum(['in_person', 'online', 'hybrid']),
  venue: z.nullable(Venue),
  onlineUrl: z.nullable(HttpUrl),
  /** Languages spoken at the event. */
  languages: checked(z.array(Locale), z.maxLength(20)),
  /** Languages interpretation is offered into. */
  interpretation: checked(z.array(Locale), z.maxLength(20)),
  /** Until when CSOs can propose agenda topics (R5): the agenda's freeze date; `null` if they cannot. */
  topicProposalsCloseAt: z.nullable(DateTime),
  /** The regional mechanism holding or co-organising it (R12), e.g. `crm`. */
  mechanism: z.nullable(Id),
};
