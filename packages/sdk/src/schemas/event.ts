import * as v from 'valibot';
import { EVENT_KINDS } from '../constants.js';
import { Agenda } from './agenda.js';
import {
  Count,
  DateTime,
  endsAfterStart,
  HttpUrl,
  Id,
  Name,
  plainText,
  TimeZone,
  withRules,
} from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedText, LocalizedTitle } from './locale.js';
import { PageLimit } from './page.js';

export const EventKind = v.picklist(EVENT_KINDS);
export type EventKind = v.InferOutput<typeof EventKind>;

/** A published selection criterion for taking part in an event (R2). */
export const SelectionCriterion = v.object({
  id: Id,
  text: LocalizedText,
  /** How applicants answer: in words, or yes / no. */
  answer: v.picklist(['text', 'yes_no']),
  required: v.boolean(),
});
export type SelectionCriterion = v.InferOutput<typeof SelectionCriterion>;

/** Where registration stands right now. */
export const RegistrationState = v.picklist(['not_yet_open', 'open', 'full', 'closed']);
export type RegistrationState = v.InferOutput<typeof RegistrationState>;

const windowShape = {
  opensAt: DateTime,
  closesAt: DateTime,
  /** Seats for civil-society organisations; `null` for no limit. */
  capacity: v.nullable(Count),
  /** Whether applicants can join a waiting list once the seats are taken. */
  waitlist: v.boolean(),
  /** `observer` for meetings where CSOs attend as observers (R8). */
  role: v.picklist(['participant', 'observer']),
  /** How many days personal data from registrations is kept. */
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
};

/** When and how CSOs can apply to take part in an event. */
export const RegistrationWindow = withRules(
  v.object({
    ...windowShape,
    /** Applications counting toward capacity. */
    seatsTaken: Count,
    criteria: v.array(SelectionCriterion),
    /** When the selection criteria were published. */
    criteriaPublishedAt: v.nullable(DateTime),
    /** The state when the response was made; use {@link registrationStateAt} for "now". */
    state: RegistrationState,
    /** When the anonymous selection report was published, if it was. */
    selectionReportPublishedAt: v.nullable(DateTime),
  }),
  endsAfterStart('opensAt', 'closesAt'),
);
export type RegistrationWindow = v.InferOutput<typeof RegistrationWindow>;

/** A place where an in-person event happens. */
export const Venue = v.object({
  name: Name,
  address: v.nullable(plainText(500)),
  city: v.nullable(Name),
  country: v.nullable(CountryCode),
});
export type Venue = v.InferOutput<typeof Venue>;

/** What came out of a session, published after it. */
export const Outcome = v.object({
  summary: LocalizedText,
  minutesUrl: v.nullable(HttpUrl),
  publishedAt: DateTime,
});
export type Outcome = v.InferOutput<typeof Outcome>;

const eventShape = {
  kind: EventKind,
  title: LocalizedTitle,
  description: v.nullable(LocalizedText),
  /** The action-package committee holding it, if any. */
  committeeId: v.nullable(Id),
  /** The country it concerns (national consultations), if any. */
  country: v.nullable(CountryCode),
  startsAt: DateTime,
  endsAt: DateTime,
  /** The event's own IANA time zone, e.g. `America/Port-au-Prince`. */
  timeZone: TimeZone,
  format: v.picklist(['in_person', 'online', 'hybrid']),
  venue: v.nullable(Venue),
  onlineUrl: v.nullable(HttpUrl),
  /** Languages spoken at the event. */
  languages: v.pipe(v.array(Locale), v.maxLength(20)),
  /** Languages interpretation is offered into. */
  interpretation: v.pipe(v.array(Locale), v.maxLength(20)),
  /** Until when CSOs can propose agenda topics (R5); `null` if they cannot. */
  topicProposalsCloseAt: v.nullable(DateTime),
};

/** A meeting: high-level, quarterly information session, national consultation, coordinators' or regional. */
export const Event = withRules(
  v.object({
    id: Id,
    ...eventShape,
    registration: v.nullable(RegistrationWindow),
    agenda: v.nullable(Agenda),
    outcome: v.nullable(Outcome),
    /** Bumped on every change, for calendar clients (iCalendar `SEQUENCE`). */
    sequence: Count,
    createdAt: DateTime,
    updatedAt: DateTime,
    demo: v.boolean(),
  }),
  endsAfterStart('startsAt', 'endsAt'),
);
export type Event = v.InferOutput<typeof Event>;

const windowInput = withRules(
  v.strictObject({
    ...windowShape,
    criteria: v.optional(
      v.pipe(
        v.array(
          v.strictObject({
            id: v.optional(Id),
            text: LocalizedText,
            answer: v.picklist(['text', 'yes_no']),
            required: v.boolean(),
          }),
        ),
        v.maxLength(30),
      ),
    ),
  }),
  endsAfterStart('opensAt', 'closesAt'),
);

const eventInputShape = {
  ...eventShape,
  description: v.optional(v.nullable(LocalizedText)),
  committeeId: v.optional(v.nullable(Id)),
  country: v.optional(v.nullable(CountryCode)),
  venue: v.optional(v.nullable(Venue)),
  onlineUrl: v.optional(v.nullable(HttpUrl)),
  interpretation: v.optional(eventShape.interpretation),
  topicProposalsCloseAt: v.optional(v.nullable(DateTime)),
  registration: v.optional(v.nullable(windowInput)),
  outcome: v.optional(
    v.nullable(v.strictObject({ summary: LocalizedText, minutesUrl: v.optional(v.nullable(HttpUrl)) })),
  ),
};

/** A new event, sent by a curator. */
export const EventInput = withRules(v.strictObject(eventInputShape), endsAfterStart('startsAt', 'endsAt'));
export type EventInput = v.InferInput<typeof EventInput>;

/** Changes to an event: any subset of {@link EventInput}'s fields. */
export const EventPatch = withRules(
  v.partial(v.strictObject(eventInputShape)),
  endsAfterStart('startsAt', 'endsAt'),
);
export type EventPatch = v.InferInput<typeof EventPatch>;

/** Filters of `/v1/events` and `/v1/events.ics`. */
export const EventQuery = v.object({
  /** Events ending at or after this instant or day. */
  from: v.optional(v.union([DateTime, v.pipe(v.string(), v.isoDate())])),
  /** Events starting before this instant or day. */
  to: v.optional(v.union([DateTime, v.pipe(v.string(), v.isoDate())])),
  kind: v.optional(EventKind),
  country: v.optional(CountryCode),
  committee: v.optional(Id),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(PageLimit),
});
export type EventQuery = v.InferInput<typeof EventQuery>;
