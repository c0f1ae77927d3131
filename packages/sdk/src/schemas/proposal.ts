import * as z from 'zod/mini';
import { Body, checked, DateTime, Email, HttpUrl, Id, Name, objectRule, Title, withRules } from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedText } from './locale.js';
import { FormSignals } from './registration.js';

/** Who to reply to about a proposal. Personal data: stored, never published. */
export const ProposalContact = z.strictObject({
  name: Name,
  email: Email,
});
export type ProposalContact = z.input<typeof ProposalContact>;

/** The organisation sending a proposal. */
export const ProposalOrganization = z.strictObject({
  name: Name,
  country: CountryCode,
});
export type ProposalOrganization = z.input<typeof ProposalOrganization>;

const common = {
  title: Title,
  /** The language the proposal is written in. */
  locale: Locale,
  organization: ProposalOrganization,
  contact: ProposalContact,
  consent: z.literal(true, 'Consent is required to send the proposal.'),
  /** Whether the organisation's name may be shown next to the proposal. */
  listPublicly: z.optional(z.boolean()),
  signals: z.optional(FormSignals),
};

/** A topic a CSO proposes for a session's agenda, before the agenda freezes (R5). */
export const AgendaTopicProposalInput = z.strictObject({
  ...common,
  summary: Body,
});
export type AgendaTopicProposalInput = z.input<typeof AgendaTopicProposalInput>;

/** A written policy or technical proposal to an action-package committee, between sessions (R5). */
export const PolicyProposalInput = z.strictObject({
  ...common,
  body: Body,
  /** Links to supporting documents. */
  links: z.optional(checked(z.array(HttpUrl), z.maxLength(10))),
});
export type PolicyProposalInput = z.input<typeof PolicyProposalInput>;

/**
 * Where a proposal stands: received, under review, accepted, merged (into another proposal or
 * an agenda item), declined (always with the reason, in the response) or answered.
 */
export const ProposalStatus = z.enum([
  'received',
  'under_review',
  'accepted',
  'merged',
  'declined',
  'answered',
]);
export type ProposalStatus = z.output<typeof ProposalStatus>;

/** The committee's public response to a proposal. */
export const ProposalResponse = z.object({
  text: LocalizedText,
  respondedAt: DateTime,
});
export type ProposalResponse = z.output<typeof ProposalResponse>;

/** What a public proposal write returns: a receipt, never the personal data sent. */
export const ProposalReceipt = z.object({
  id: Id,
  receipt: z.string(),
  status: ProposalStatus,
  createdAt: DateTime,
});
export type ProposalReceipt = z.output<typeof ProposalReceipt>;

// The receipt is the sender's proof that the committee received the proposal: it is in the
// sender's answer and in the curators' records, never in a public list.
const publicShape = {
  id: Id,
  status: ProposalStatus,
  title: Title,
  locale: Locale,
  /** The organisation's name, only when it agreed to be listed. */
  organizationName: z.nullable(Name),
  response: z.nullable(ProposalResponse),
  createdAt: DateTime,
};

/** An agenda-topic proposal as the public sees it. */
export const AgendaTopicProposal = z.object({
  ...publicShape,
  eventId: Id,
  summary: Body,
});
export type AgendaTopicProposal = z.output<typeof AgendaTopicProposal>;

/** A policy proposal as the public sees it. */
export const PolicyProposal = z.object({
  ...publicShape,
  committeeId: Id,
  body: Body,
  links: z.array(HttpUrl),
});
export type PolicyProposal = z.output<typeof PolicyProposal>;

const privateShape = {
  receipt: z.string(),
  organization: z.object({ name: Name, country: CountryCode }),
  /** `null` once the retention period has passed and the contact was erased. */
  contact: z.nullable(z.object({ name: Name, email: Email })),
  listPublicly: z.boolean(),
};

/** An agenda-topic proposal with its sender, as curators of its scope see it. */
export const AgendaTopicProposalRecord = z.object({ ...AgendaTopicProposal.shape, ...privateShape });
export type AgendaTopicProposalRecord = z.output<typeof AgendaTopicProposalRecord>;

/** A policy proposal with its sender, as curators of its scope see it. */
export const PolicyProposalRecord = z.object({ ...PolicyProposal.shape, ...privateShape });
export type PolicyProposalRecord = z.output<typeof PolicyProposalRecord>;

/** A curator's answer to a proposal; the response is published. Declining needs a reason. */
export const ProposalDecision = withRules(
  z.strictObject({
    status: z.enum(['under_review', 'accepted', 'merged', 'declined', 'answered']),
    response: z.optional(z.nullable(LocalizedText)),
  }),
  objectRule<{ status: string; response?: unknown }>(
    'reason_required',
    ['status'],
    'response',
    (d) => d.status !== 'declined' || !!d.response,
    'Give the reason in the response when a proposal is declined.',
  ),
);
export type ProposalDecision = z.input<typeof ProposalDecision>;
