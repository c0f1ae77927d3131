import * as v from 'valibot';
import { DateTime, Id, Name, Title } from './common.js';
import { LocalizedText, LocalizedTitle } from './locale.js';

/** Someone presenting an agenda item. */
export const Presenter = v.object({
  name: Name,
  organization: v.nullable(Name),
  role: v.nullable(Title),
});
export type Presenter = v.InferOutput<typeof Presenter>;

const itemShape = {
  title: LocalizedTitle,
  description: v.nullable(LocalizedText),
  presenters: v.pipe(v.array(Presenter), v.maxLength(20)),
  /** Planned start of the item, when the agenda is timed. */
  startsAt: v.nullable(DateTime),
  durationMinutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60))),
  /** The agenda-topic proposal this item came from, if a CSO proposed it (R5). */
  fromProposalId: v.nullable(Id),
};

/** One item of a session's agenda. */
export const AgendaItem = v.object({ id: Id, ...itemShape });
export type AgendaItem = v.InferOutput<typeof AgendaItem>;

/**
 * A session's agenda. `publishedAt` is when it was made public — R5 asks for agendas shared in
 * advance, so widgets show how many days before the session that was; `null` means not yet
 * published.
 */
export const Agenda = v.object({
  eventId: Id,
  items: v.array(AgendaItem),
  publishedAt: v.nullable(DateTime),
  updatedAt: DateTime,
});
export type Agenda = v.InferOutput<typeof Agenda>;

/** An agenda sent by a curator; `publish: true` makes it public and records `publishedAt`. */
export const AgendaInput = v.strictObject({
  items: v.pipe(
    v.array(
      v.strictObject({
        id: v.optional(Id),
        title: LocalizedTitle,
        description: v.optional(v.nullable(LocalizedText)),
        presenters: v.optional(itemShape.presenters),
        startsAt: v.optional(v.nullable(DateTime)),
        durationMinutes: v.optional(itemShape.durationMinutes),
        fromProposalId: v.optional(v.nullable(Id)),
      }),
    ),
    v.maxLength(100),
  ),
  publish: v.boolean(),
});
export type AgendaInput = v.InferInput<typeof AgendaInput>;
