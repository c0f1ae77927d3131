// Event schemas for curating and querying (inputs, filters, criteria history): kept apart from
// event.ts so the public reading side (widgets) does not bundle them — zod/mini schemas are
// kept once their module is.
import * as z from 'zod/mini';
import {
  checked,
  DateTime,
  endsAfterStart,
  HttpUrl,
  Id,
  LIMITS,
  lastsAtMost,
  plainText,
  withRules,
} from './common.js';
import { CountryCode } from './country.js';
import { EventKind, eventShape, Venue, windowShape } from './event-shapes.js';
import { LocalizedText } from './locale.js';
import { PageLimit } from './page.js';

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
  mechanism: z.optional(z.nullable(Id)),
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
  /** Events of one regional mechanism (R12), e.g. `crm`. */
  mechanism: z.optional(Id),
  cursor: z.optional(checked(z.string(), z.maxLength(200))),
  limit: z.optional(PageLimit),
});
export type EventQuery = z.input<typeof EventQuery>;

/** Cancelling an event: the reason is sent to everyone who applied, in their e-mail. */
export const EventCancellation = z.strictObject({
  reason: z.optional(z.nullable(plainText(LIMITS.short))),
});
export type EventCancellation = z.input<typeof EventCancellation>;
