import * as z from 'zod/mini';
import { Agenda } from './agenda.js';
import { Count, checked, DateTime, endsAfterStart, HttpUrl, Id, withRules } from './common.js';
import { eventShape, windowShape } from './event-shapes.js';
import { LocalizedText } from './locale.js';

export { EventKind, Venue } from './event-shapes.js';

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
    /**
     * The version of the criteria applications answer now (1, 2, …). Once the window has
     * opened, changing the criteria makes a new version; earlier ones stay readable
     * (`GET /v1/events/{id}/criteria`) and each application records the one it answered.
     */
    criteriaVersion: z.int(),
  }),
  endsAfterStart('opensAt', 'closesAt'),
);
export type RegistrationWindow = z.output<typeof RegistrationWindow>;

/** What came out of a session, published after it. */
export const Outcome = z.object({
  summary: LocalizedText,
  minutesUrl: z.nullable(HttpUrl),
  publishedAt: DateTime,
});
export type Outcome = z.output<typeof Outcome>;

/** Whether an event still takes place: `cancelled` events stay listed, marked (iCalendar `STATUS:CANCELLED`). */
export const EventStatus = z.enum(['scheduled', 'cancelled']);
export type EventStatus = z.output<typeof EventStatus>;

/** A meeting: high-level, quarterly information session, national consultation, coordinators' or regional. */
export const Event = withRules(
  z.object({
    id: Id,
    ...eventShape,
    registration: z.nullable(RegistrationWindow),
    agenda: z.nullable(Agenda),
    outcome: z.nullable(Outcome),
    status: EventStatus,
    /** When it was cancelled, and why (in the words of the curator who cancelled it). */
    cancelledAt: z.nullable(DateTime),
    cancellationReason: z.nullable(z.string()),
    /**
     * How many whole days before the start the agenda was published (R5: in advance), `null`
     * while it is not; negative when it was published after the meeting began.
     */
    agendaPublishedDaysBefore: z.nullable(z.int()),
    /** Bumped on every change, for calendar clients (iCalendar `SEQUENCE`). */
    sequence: Count,
    createdAt: DateTime,
    updatedAt: DateTime,
    demo: z.boolean(),
  }),
  endsAfterStart('startsAt', 'endsAt'),
);
export type Event = z.output<typeof Event>;

// In this module, not event-input.ts, so a bundle that reads the history (the public selection
// report) does not take the editing schemas with it.
/** One version of an event's selection criteria, as applicants saw them (R2: transparent). */
export const CriteriaVersion = z.object({
  version: checked(z.int(), z.minimum(1)),
  criteria: z.array(SelectionCriterion),
  /** When this version was published. */
  publishedAt: DateTime,
  /** When a newer version replaced it; `null` for the version in force. */
  supersededAt: z.nullable(DateTime),
});
export type CriteriaVersion = z.output<typeof CriteriaVersion>;

/** Every version of an event's selection criteria, oldest first. */
export const CriteriaHistory = z.object({ eventId: Id, versions: z.array(CriteriaVersion) });
export type CriteriaHistory = z.output<typeof CriteriaHistory>;
