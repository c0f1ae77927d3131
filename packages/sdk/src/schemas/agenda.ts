import * as z from 'zod/mini';
import { checked, DateTime, Id, Name, Title } from './common.js';
import { LocalizedText, LocalizedTitle } from './locale.js';

/** Someone presenting an agenda item. */
export const Presenter = z.object({
  name: Name,
  organization: z.nullable(Name),
  role: z.nullable(Title),
});
export type Presenter = z.output<typeof Presenter>;

const itemShape = {
  title: LocalizedTitle,
  description: z.nullable(LocalizedText),
  presenters: checked(z.array(Presenter), z.maxLength(20)),
  /** Planned start of the item, when the agenda is timed. */
  startsAt: z.nullable(DateTime),
  durationMinutes: z.nullable(checked(z.int(), z.minimum(1), z.maximum(24 * 60))),
  /** The agenda-topic proposal this item came from, if a CSO proposed it (R5). */
  fromProposalId: z.nullable(Id),
};

/** One item of a session's agenda. */
export const AgendaItem = z.object({ id: Id, ...itemShape });
export type AgendaItem = z.output<typeof AgendaItem>;

/**
 * A session's agenda. `publishedAt` is when it was made public — R5 asks for agendas shared in
 * advance, so widgets show how many days before the session that was; `null` means not yet
 * published.
 */
export const Agenda = z.object({
  eventId: Id,
  items: z.array(AgendaItem),
  publishedAt: z.nullable(DateTime),
  updatedAt: DateTime,
});
export type Agenda = z.output<typeof Agenda>;

/** An agenda sent by a curator; `publish: true` makes it public and records `publishedAt`. */
export const AgendaInput = z.strictObject({
  items: checked(
    z.array(
      z.strictObject({
        id: z.optional(Id),
        title: LocalizedTitle,
        description: z.optional(z.nullable(LocalizedText)),
        presenters: z.optional(itemShape.presenters),
        startsAt: z.optional(z.nullable(DateTime)),
        durationMinutes: z.optional(itemShape.durationMinutes),
        fromProposalId: z.optional(z.nullable(Id)),
      }),
    ),
    z.maxLength(100),
  ),
  publish: z.boolean(),
});
export type AgendaInput = z.input<typeof AgendaInput>;
