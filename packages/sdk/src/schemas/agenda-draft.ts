// The agenda as curators write and read it: kept apart from agenda.ts so the public reading
// side (widgets) does not bundle these schemas — zod/mini schemas are kept once their module is.
import * as z from 'zod/mini';
import { Agenda, AgendaItem } from './agenda.js';
import { Count, checked, DateTime, HttpUrl, Id, Title } from './common.js';
import { LocalizedText, LocalizedTitle } from './locale.js';

/** An agenda sent by a curator; `publish: true` makes it public and records `publishedAt`. */
export const AgendaInput = z.strictObject({
  items: checked(
    z.array(
      z.strictObject({
        id: z.optional(Id),
        title: LocalizedTitle,
        description: z.optional(z.nullable(LocalizedText)),
        presenters: z.optional(AgendaItem.shape.presenters),
        startsAt: z.optional(z.nullable(DateTime)),
        durationMinutes: z.optional(AgendaItem.shape.durationMinutes),
        fromProposalId: z.optional(z.nullable(Id)),
        documents: z.optional(
          checked(z.array(z.strictObject({ title: Title, url: HttpUrl })), z.maxLength(20)),
        ),
      }),
    ),
    z.maxLength(100),
  ),
  publish: z.boolean(),
});
export type AgendaInput = z.input<typeof AgendaInput>;

/**
 * The agenda as its curators see it, published or not, with the promise it is held to: the
 * agenda is due `leadDays` before the meeting (`dueAt`), a setting of the API
 * (`LAD_AGENDA_LEAD_DAYS`, 21 days by default).
 */
export const AgendaDraft = z.object({
  ...Agenda.shape,
  /** Days before the meeting the agenda is promised to be public. */
  leadDays: Count,
  /** The event's start less `leadDays`: publishing after it breaks the promise. */
  dueAt: DateTime,
  /** Until when CSOs can propose topics: the agenda's freeze date (`null`: they cannot). */
  topicProposalsCloseAt: z.nullable(DateTime),
});
export type AgendaDraft = z.output<typeof AgendaDraft>;
