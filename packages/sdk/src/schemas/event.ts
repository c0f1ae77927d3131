import * as z from 'zod/mini';
import { Agenda } from './agenda.js';
import { Count, DateTime, endsAfterStart, HttpUrl, Id, Name, plainText, TimeZone } from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedText, LocalizedTitle } from './locale.js';
import { PageLimit } from './page.js';

/** The kinds of meeting civil society asked for (R2, R5–R8). */
export const EVENT_KINDS = [
  'high_level_meeting',
  'information_session',
  'national_consultation',
  'coordinators_meeting',
  'regional_meeting',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

/** A published selection criterion for taking part in an event (R2). */
export const SelectionCriterion = z.object({
  id: Id,
  text: LocalizedText,
  /** How applicants answer: in words, or yes / no. */
  answer: z.enum(['text', 'yes_no']),
  required: z.boolean(),
});
export type SelectionCriterion = z.infer<typeof SelectionCriterion>;

/** Where registration stands right now. */
export const RegistrationState = z.enum(['not_yet_open', 'open', 'full', 'closed']);
export type RegistrationState = z.infer<typeof RegistrationState>;

const windowShape = {
  opensAt: DateTime,
  closesAt: DateTime,
  /** Seats for civil-society organisations; `null` for no limit. */
  capacity: z.nullable(Count),
  /** Whether applicants can join a waiting list once the seats are taken. */
  waitlist: z.boolean(),
  /** `observer` for meetings where CSOs attend as observers (R8). */
  role: z.enum(['participant', 'observer']),
  /** How many days personal data from registrations is kept. */
  retentionDays: z.int().check(z.minimum(1), z.maximum(3650)),
};

/** When and how CSOs can apply to take part in an event. */
export const RegistrationWindow = z
  .object({
    ...windowShape,
    /** Applications counting toward capacity. */
    seatsTaken: Count,
    criteria: z.array(SelectionCriterion),
    /** When the selection criteria were published. */
    criteriaPublishedAt: z.nullable(DateTime),
    /** The state when the response was made; use {@link registrationStateAt} for "now". */
    state: RegistrationState,
    /** When the anonymous selection report was published, if it was. */
    selectionReportPublishedAt: z.nullable(DateTime),
  })
  .check(endsAfterStart('opensAt', 'closesAt'));
export type RegistrationWindow = z.infer<typeof RegistrationWindow>;

/**
 * The registration state at `now`: not yet open, open, full (all seats taken), or closed.
 *
 * @example
 * registrationStateAt(event.registration, new Date()) // 'open'
 */
export function registrationStateAt(
  window: Pick<RegistrationWindow, 'opensAt' | 'closesAt' | 'capacity' | 'seatsTaken'>,
  now: Date = new Date(),
): RegistrationState {
  const t = now.getTime();
  if (t < Date.parse(window.opensAt)) return 'not_yet_open';
  if (t >= Date.parse(window.closesAt)) return 'closed';
  if (window.capacity !== null && window.seatsTaken >= window.capacity) return 'full';
  return 'open';
}

/** A place where an in-person event happens. */
export const Venue = z.object({
  name: Name,
  address: z.nullable(plainText(500)),
  city: z.nullable(Name),
  country: z.nullable(CountryCode),
});
export type Venue = z.infer<typeof Venue>;

/** What came out of a session, published after it. */
export const Outcome = z.object({
  summary: LocalizedText,
  minutesUrl: z.nullable(HttpUrl),
  publishedAt: DateTime,
});
export type Outcome = z.infer<typeof Outcome>;

const eventShape = {
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
  languages: z.array(Locale).check(z.maxLength(20)),
  /** Languages interpretation is offered into. */
  interpretation: z.array(Locale).check(z.maxLength(20)),
  /** Until when CSOs can propose agenda topics (R5); `null` if they cannot. */
  topicProposalsCloseAt: z.nullable(DateTime),
};

/** A meeting: high-level, quarterly information session, national consultation, coordinators' or regional. */
export const Event = z
  .object({
    id: Id,
    ...eventShape,
    registration: z.nullable(RegistrationWindow),
    agenda: z.nullable(Agenda),
    outcome: z.nullable(Outcome),
    /** Bumped on every change, for calendar clients (iCalendar `SEQUENCE`). */
    sequence: Count,
    createdAt: DateTime,
    updatedAt: DateTime,
    demo: z.boolean(),
  })
  .check(endsAfterStart('startsAt', 'endsAt'));
export type Event = z.infer<typeof Event>;

const windowInput = z
  .strictObject({
    ...windowShape,
    criteria: z.optional(
      z
        .array(
          z.strictObject({
            id: z.optional(Id),
            text: LocalizedText,
            answer: z.enum(['text', 'yes_no']),
            required: z.boolean(),
          }),
        )
        .check(z.maxLength(30)),
    ),
  })
  .check(endsAfterStart('opensAt', 'closesAt'));

const eventInputShape = {
  ...eventShape,
  description: z.optional(z.nullable(LocalizedText)),
  committeeId: z.optional(z.nullable(Id)),
  country: z.optional(z.nullable(CountryCode)),
  venue: z.optional(z.nullable(Venue)),
  onlineUrl: z.optional(z.nullable(HttpUrl)),
  interpretation: z.optional(eventShape.interpretation),
  topicProposalsCloseAt: z.optional(z.nullable(DateTime)),
  registration: z.optional(z.nullable(windowInput)),
  outcome: z.optional(
    z.nullable(z.strictObject({ summary: LocalizedText, minutesUrl: z.optional(z.nullable(HttpUrl)) })),
  ),
};

/** A new event, sent by a curator. */
export const EventInput = z.strictObject(eventInputShape).check(endsAfterStart('startsAt', 'endsAt'));
export type EventInput = z.input<typeof EventInput>;

/** Changes to an event: any subset of {@link EventInput}'s fields. */
export const EventPatch = z
  .partial(z.strictObject(eventInputShape))
  .check(endsAfterStart('startsAt', 'endsAt'));
export type EventPatch = z.input<typeof EventPatch>;

/** Filters of `/v1/events` and `/v1/events.ics`. */
export const EventQuery = z.object({
  /** Events ending at or after this instant or day. */
  from: z.optional(z.union([DateTime, z.iso.date()])),
  /** Events starting before this instant or day. */
  to: z.optional(z.union([DateTime, z.iso.date()])),
  kind: z.optional(EventKind),
  country: z.optional(CountryCode),
  committee: z.optional(Id),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(PageLimit),
});
export type EventQuery = z.input<typeof EventQuery>;
