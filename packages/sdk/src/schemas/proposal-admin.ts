import * as z from 'zod/mini';
import { Count, checked, DateTime, Email, HttpUrl, Id, LIMITS, Name, plainText, Title } from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedText, LocalizedTitle } from './locale.js';
import { PageLimit } from './page.js';
import { ProposalResponse, ProposalStatus } from './proposal.js';

// How a committee works through the proposals it receives (R5): the queues, the decisions —
// accept, merge into another proposal, decline with a reason — and the public answer, whose
// every version is kept with the time it was given.

/** What a proposal is: a topic for an event's agenda, or a written proposal to a committee. */
export const ProposalKind = z.enum(['agenda_topic', 'policy']);
export type ProposalKind = z.output<typeof ProposalKind>;

/** Why a committee declines a proposal; the public answer says it in words. */
export const DECLINE_REASONS = [
  /** Outside the committee's action package or the event's subject. */
  'out_of_scope',
  /** Another proposal already says the same (merging it is often better). */
  'duplicate',
  /** Not enough detail to act on. */
  'not_enough_detail',
  /** Already done, or already on the agenda. */
  'already_addressed',
  /** Not something governments of the Declaration can do. */
  'not_feasible',
  /** No room left on the agenda. */
  'agenda_full',
  /** Arrived after the agenda froze or the session took place. */
  'arrived_late',
  /** Another reason, given in the answer. */
  'other',
] as const;
export const DeclineReason = z.enum(DECLINE_REASONS);
export type DeclineReason = z.output<typeof DeclineReason>;

/** What a version of the answer did. `decide`: written through the older `PATCH` routes. */
export const ProposalAnswerAction = z.enum(['accept', 'merge', 'decline', 'answer', 'decide']);
export type ProposalAnswerAction = z.output<typeof ProposalAnswerAction>;

/**
 * One version of a committee's answer to a proposal. Versions are never changed nor removed: a
 * new answer adds a version, and the public shows the latest text. `answeredAt` is the server's
 * clock when the committee answered.
 */
export const PublicProposalAnswer = z.object({
  version: checked(z.int(), z.minimum(1)),
  action: ProposalAnswerAction,
  /** The proposal's status after this answer. */
  status: ProposalStatus,
  /** The public answer as it was written then; `null` when this step wrote none (an accept without words). */
  text: z.nullable(LocalizedText),
  /** The proposal it was merged into, for a merge. */
  mergedInto: z.nullable(Id),
  answeredAt: DateTime,
});
export type PublicProposalAnswer = z.output<typeof PublicProposalAnswer>;

/** Every version of the public answer to a proposal, oldest first. */
export const PublicProposalAnswers = z.object({ items: z.array(PublicProposalAnswer) });
export type PublicProposalAnswers = z.output<typeof PublicProposalAnswers>;

/** A version of the answer as curators see it: with the decline reason and who gave it. */
export const ProposalAnswer = z.object({
  ...PublicProposalAnswer.shape,
  reason: z.nullable(DeclineReason),
  /** The person's name or the token's label. */
  answeredBy: z.nullable(Name),
});
export type ProposalAnswer = z.output<typeof ProposalAnswer>;

/** Another proposal, named: what a proposal was merged into, or what was merged into it. */
export const ProposalRef = z.object({
  id: Id,
  kind: ProposalKind,
  title: Title,
  locale: Locale,
  status: ProposalStatus,
});
export type ProposalRef = z.output<typeof ProposalRef>;

/** Where a proposal was sent: a committee (written proposals) or an event (agenda topics). */
export const ProposalTarget = z.object({
  kind: z.enum(['committee', 'event']),
  id: Id,
  name: LocalizedTitle,
  /** The committee itself, or the event's committee (`null` for an event of no committee). */
  committeeId: z.nullable(Id),
});
export type ProposalTarget = z.output<typeof ProposalTarget>;

/** A line of a curation queue. */
export const ProposalQueueItem = z.object({
  id: Id,
  kind: ProposalKind,
  status: ProposalStatus,
  title: Title,
  /** The language the proposal is written in. */
  locale: Locale,
  target: ProposalTarget,
  organization: z.object({ name: Name, country: CountryCode }),
  createdAt: DateTime,
  /** When the committee last answered; `null` before it did. */
  answeredAt: z.nullable(DateTime),
  mergedInto: z.nullable(ProposalRef),
});
export type ProposalQueueItem = z.output<typeof ProposalQueueItem>;

const statusCounts = Object.fromEntries(ProposalStatus.options.map((s) => [s, Count])) as Record<
  ProposalStatus,
  typeof Count
>;

/** The filters of a curation queue: everything in the role's scope unless narrowed. */
export const ProposalQueueQuery = z.object({
  kind: z.optional(ProposalKind),
  /** Written proposals to this committee and topics for its events. */
  committee: z.optional(Id),
  /** Topics for this event (agenda topics only). */
  event: z.optional(Id),
  status: z.optional(ProposalStatus),
  /** Words of the title. */
  q: z.optional(plainText(LIMITS.query)),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(PageLimit),
});
export type ProposalQueueQuery = z.input<typeof ProposalQueueQuery>;

/** One page of a queue, oldest first, with how many proposals of the filter are in each status. */
export const ProposalQueue = z.object({
  items: z.array(ProposalQueueItem),
  nextCursor: z.nullable(z.string()),
  /** Per status, for the queue's kind, committee and event (not its status and words). */
  counts: z.object(statusCounts),
});
export type ProposalQueue = z.output<typeof ProposalQueue>;

/** One proposal as its curators see it: the text, the sender, the links, every answer. */
export const ProposalDetail = z.object({
  ...ProposalQueueItem.shape,
  /** The topic's summary or the written proposal's body. */
  body: plainText(LIMITS.body),
  links: z.array(HttpUrl),
  receipt: z.string(),
  /** `null` once the retention period has passed and the contact was erased. */
  contact: z.nullable(z.object({ name: Name, email: Email })),
  listPublicly: z.boolean(),
  /** The public answer the widgets show (the latest written). */
  response: z.nullable(ProposalResponse),
  /** The reason code of the latest decline, while declined. */
  declineReason: z.nullable(DeclineReason),
  /** Proposals merged into this one. */
  mergedFrom: z.array(ProposalRef),
  /** Every version of the answer, oldest first. */
  answers: z.array(ProposalAnswer),
  updatedAt: DateTime,
});
export type ProposalDetail = z.output<typeof ProposalDetail>;

/**
 * The latest answer version the curator saw (0: none yet). When given and someone answered
 * since, the change is refused (409 `conflict`) instead of overwriting their answer.
 */
const basedOn = z.optional(checked(z.int(), z.minimum(0)));

/** Accept a proposal, optionally with a public answer. */
export const AcceptProposalInput = z.strictObject({
  answer: z.optional(LocalizedText),
  basedOn,
});
export type AcceptProposalInput = z.input<typeof AcceptProposalInput>;

/** Merge a proposal into another of the same kind; both senders are told. */
export const MergeProposalInput = z.strictObject({
  into: Id,
  answer: z.optional(LocalizedText),
  basedOn,
});
export type MergeProposalInput = z.input<typeof MergeProposalInput>;

/** Decline a proposal: a reason from the list, and the public answer that says it in words. */
export const DeclineProposalInput = z.strictObject({
  reason: DeclineReason,
  answer: LocalizedText,
  basedOn,
});
export type DeclineProposalInput = z.input<typeof DeclineProposalInput>;

/** Write (or rewrite) the public answer; the earlier one stays in the history. */
export const AnswerProposalInput = z.strictObject({
  answer: LocalizedText,
  basedOn,
});
export type AnswerProposalInput = z.input<typeof AnswerProposalInput>;
