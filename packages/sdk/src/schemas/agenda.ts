import * as z from 'zod/mini';
import { checked, DateTime, HttpUrl, Id, Name, Title } from './common.js';
import { LocalizedText, LocalizedTitle } from './locale.js';

/** Someone presenting an agenda item. */
export const Presenter = z.object({
  name: Name,
  organization: z.nullable(Name),
  role: z.nullable(Title),
});
export type Presenter = z.output<typeof Presenter>;

/** A document or link for an agenda item: background paper, slides, a recording. */
export const AgendaDocument = z.object({ title: Title, url: HttpUrl });
export type AgendaDocument = z.output<typeof AgendaDocument>;

const itemShape = {
  title: LocalizedTitle,
  description: z.nullable(LocalizedText),
  presenters: checked(z.array(Presenter), z.maxLength(20)),
  /** Planned start of the item, when the agenda is timed. */
  startsAt: z.nullable(DateTime),
  durationMinutes: z.nullable(checked(z.int(), z.minimum(1), z.maximum(24 * 60))),
  /** The agenda-topic proposal this item came from, if a CSO proposed it (R5). */
  fromProposalId: z.nullable(Id),
  /** Documents and links: background papers, slides, recordings. */
  documents: z.array(AgendaDocument),
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
