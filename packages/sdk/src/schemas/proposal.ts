import * as v from 'valibot';
import { Body, DateTime, Email, HttpUrl, Id, Name, objectRule, Title, withRules } from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedText } from './locale.js';
import { FormSignals } from './registration.js';

/** Who to reply to about a proposal. Personal data: stored, never published. */
export const ProposalContact = v.strictObject({
  name: Name,
  email: Email,
});
export type ProposalContact = v.InferInput<typeof ProposalContact>;

/** The organisation sending a proposal. */
export const ProposalOrganization = v.strictObject({
  name: Name,
  country: CountryCode,
});
export type ProposalOrganization = v.InferInput<typeof ProposalOrganization>;

const common = {
  title: Title,
  /** The language the proposal is written in. */
  locale: Locale,
  organization: ProposalOrganization,
  contact: ProposalContact,
  consent: v.literal(true, 'Consent is required to send the proposal.'),
  /** Whether the organisation's name may be shown next to the proposal. */
  listPublicly: v.optional(v.boolean()),
  signals: v.optional(FormSignals),
};

/** A topic a CSO proposes for a session's agenda, before the agenda freezes (R5). */
export const AgendaTopicProposalInput = v.strictObject({
  ...common,
  summary: Body,
});
export type AgendaTopicProposalInput = v.InferInput<typeof AgendaTopicProposalInput>;

/** A written policy or technical proposal to an action-package committee, between sessions (R5). */
export const PolicyProposalInput = v.strictObject({
  ...common,
  body: Body,
  /** Links to supporting documents. */
  links: v.optional(v.pipe(v.array(HttpUrl), v.maxLength(10))),
});
export type PolicyProposalInput = v.InferInput<typeof PolicyProposalInput>;

/**
 * Where a proposal stands: received, under review, accepted, merged (into another proposal or
 * an agenda item), declined (always with the reason, in the response) or answered.
 */
export const ProposalStatus = v.picklist([
  'received',
  'under_review',
  'accepted',
  'merged',
  'declined',
  'answered',
]);
export type ProposalStatus = v.InferOutput<typeof ProposalStatus>;

/** The committee's public response to a proposal. */
export const ProposalResponse = v.object({
  text: LocalizedText,
  respondedAt: DateTime,
});
export type ProposalResponse = v.InferOutput<typeof ProposalResponse>;

/** What a public proposal write returns: a receipt, never the personal data sent. */
export const ProposalReceipt = v.object({
  id: Id,
  receipt: v.string(),
  status: ProposalStatus,
  createdAt: DateTime,
});
export type ProposalReceipt = v.InferOutput<typeof ProposalReceipt>;

const publicShape = {
  id: Id,
  receipt: v.string(),
  status: ProposalStatus,
  title: Title,
  locale: Locale,
  /** The organisation's name, only when it agreed to be listed. */
  organizationName: v.nullable(Name),
  response: v.nullable(ProposalResponse),
  createdAt: DateTime,
};

/** An agenda-topic proposal as the public sees it. */
export const AgendaTopicProposal = v.object({
  ...publicShape,
  eventId: Id,
  summary: Body,
});
export type AgendaTopicProposal = v.InferOutput<typeof AgendaTopicProposal>;

/** A policy proposal as the public sees it. */
export const PolicyProposal = v.object({
  ...publicShape,
  committeeId: Id,
  body: Body,
  links: v.array(HttpUrl),
});
export type PolicyProposal = v.InferOutput<typeof PolicyProposal>;

const privateShape = {
  organization: v.object({ name: Name, country: CountryCode }),
  /** `null` once the retention period has passed and the contact was erased. */
  contact: v.nullable(v.object({ name: Name, email: Email })),
  listPublicly: v.boolean(),
};

/** An agenda-topic proposal with its sender, as curators of its scope see it. */
export const AgendaTopicProposalRecord = v.object({ ...AgendaTopicProposal.entries, ...privateShape });
export type AgendaTopicProposalRecord = v.InferOutput<typeof AgendaTopicProposalRecord>;

/** A policy proposal with its sender, as curators of its scope see it. */
export const PolicyProposalRecord = v.object({ ...PolicyProposal.entries, ...privateShape });
export type PolicyProposalRecord = v.InferOutput<typeof PolicyProposalRecord>;

/** A curator's answer to a proposal; the response is published. Declining needs a reason. */
export const ProposalDecision = withRules(
  v.strictObject({
    status: v.picklist(['under_review', 'accepted', 'merged', 'declined', 'answered']),
    response: v.optional(v.nullable(LocalizedText)),
  }),
  objectRule<{ status: string; response?: unknown }>(
    'reason_required',
    ['status'],
    'response',
    (d) => d.status !== 'declined' || !!d.response,
    'Give the reason in the response when a proposal is declined.',
  ),
);
export type ProposalDecision = v.InferInput<typeof ProposalDecision>;
