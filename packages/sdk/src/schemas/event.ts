import * as z from 'zod/mini';
import { EVENT_KINDS } from '../constants.js';
import { Agenda } from './agenda.js';
import {
  Count,
  checked,
  DateTime,
  endsAfterStart,
  HttpUrl,
  Id,
  lastsAtMost,
  Name,
  plainText,
  TimeZone,
  withRules,
} from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedText, LocalizedTitle } from './locale.js';
import { PageLimit } from './page.js';

export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.output<typeof EventKind>;

/** A published selection criterion for taking part in an event (R2). */
export const SelectionCriterion = z.object({
  id: Id,
  text: LocalizedText,
  /** How applicants answer: in words, or yes / no. */
  answer: z.enum(['text', 'yes_no']),
  required: z.boolean(),
});
export type SelectionCriterion = z.output<typeof SelectionCriterion>;

/** Where registration stands right now. */
export const RegistrationState = z.enum(['not_yet_open', 'open', 'full', 'closed']);
export type RegistrationState = z.output<typeof RegistrationState>;

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
  retentionDays: checked(z.int(), z.minimum(1), z.maximum(3650)),
};

/** When and how CSOs can apply to take part in an event. */
export const RegistrationWindow = withRules(
  z.object({
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
  }),
  endsAfterStart('opensAt', 'closesAt'),
);
export type RegistrationWindow = z.output<typeof RegistrationWindow>;

/** A place where an in-person event happens. */
export const Venue = z.object({
  name: Name,
  address: z.nullable(plainText(500)),
  city: z.nullable(Name),
  country: z.nullable(CountryCode),
});
export type Venue = z.output<typeof Venue>;

/** What came out of a session, published after it. */
export const Outcome = z.object({
  summary: LocalizedText,
  minutesUrl: z.nullable(HttpUrl),
  publishedAt: DateTime,
});
export type Outcome = z.output<typeof Outcome>;

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
  languages: checked(z.array(Locale), z.maxLength(20)),
  /** Languages interpretation is offered into. */
  interpretation: checked(z.array(Locale), z.maxLength(20)),
  /** Until when CSOs can propose agenda topics (R5); `null` if they cannot. */
  topicProposalsCloseAt: z.nullable(DateTime),
};

/** A meeting: high-level, quarterly information session, national consultation, coordinators' or regional. */
export const Event = withRules(
  z.object({
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
  }),
  endsAfterStart('startsAt', 'endsAt'),
);
export type Event = z.output<typeof Event>;

const windowInput = withRules(
  z.strictObject({
    ...windowShape,
    criteria: z.optional(
      checked(
        z.array(
          z.strictObject({
            id: z.optional(Id),
            text: LocalizedText,
            answer: z.enum(['text', 'yes_no']),
            required: z.boolean(),
          }),
        ),
        z.maxLength(30),
      ),
    ),
  }),
  endsAfterStart('opensAt', 'closesAt'),
);

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

/** The longest an event may last: a meeting, not a season. */
export const MAX_EVENT_DAYS = 31;

/** A new event, sent by a curator. */
export const EventInput = withRules(
  z.strictObject(eventInputShape),
  endsAfterStart('startsAt', 'endsAt'),
  lastsAtMost('startsAt', 'endsAt', MAX_EVENT_DAYS),
);
export type EventInput = z.input<typeof EventInput>;

/** Changes to an event: any subset of {@link EventInput}'s fields. */
export const EventPatch = withRules(
  z.partial(z.strictObject(eventInputShape)),
  endsAfterStart('startsAt', 'endsAt'),
  lastsAtMost('startsAt', 'endsAt', MAX_EVENT_DAYS),
);
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
  cursor: z.optional(checked(z.string(), z.maxLength(200))),
  limit: z.optional(PageLimit),
});
export type EventQuery = z.input<typeof EventQuery>;
