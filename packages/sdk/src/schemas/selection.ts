import * as z from 'zod/mini';
import { Count, checked, DateTime, Id, LIMITS, objectRule, plainText, rule, withRules } from './common.js';
import { CountryCode } from './country.js';
import { Locale } from './locale.js';
import { LedBy, OrganizationKind, OrganizationLevel } from './organization.js';
import { Registration, RegistrationStatus } from './registration.js';

// The curators' side of a CSO selection (R2): decisions one by one or in bulk, with a second
// person's confirmation when the event asks for it, the registrants told by e-mail once the
// anonymous report is out.

/**
 * Why an application was wait-listed or not selected, from a fixed list that the console and the
 * decision e-mail write out in five languages: all seats taken (`capacity`), the published
 * criteria not met (`criteria`), not eligible for this meeting (`eligibility`), answers missing
 * (`incomplete`), balance between regions, kinds or groups (`balance`), another application from
 * the same organisation (`duplicate`), or `other` — which needs the curators' words (kept for
 * the file, never e-mailed).
 */
export const SELECTION_REASON_CODES = [
  'capacity',
  'criteria',
  'eligibility',
  'incomplete',
  'balance',
  'duplicate',
  'other',
] as const;

export const SelectionReasonCode = z.enum(SELECTION_REASON_CODES);
export type SelectionReasonCode = z.output<typeof SelectionReasonCode>;

/** What curators decide about an application. */
export const SelectionDecisionKind = z.enum(['selected', 'waitlisted', 'not_selected']);
export type SelectionDecisionKind = z.output<typeof SelectionDecisionKind>;

/** Bulk decisions and confirmations take at most this many applications at once. */
export const MAX_DECISIONS = 1000;

/** One decision: not selected needs a reason code; `other` needs the words too. */
export const SelectionDecisionInput = withRules(
  z.strictObject({
    registrationId: Id,
    decision: SelectionDecisionKind,
    reasonCode: z.optional(z.nullable(SelectionReasonCode)),
    /** The curators' own words, kept with the application (never e-mailed: the code is). */
    reasonText: z.optional(z.nullable(plainText(LIMITS.short))),
  }),
  objectRule<{ decision: string; reasonCode?: string | null }>(
    'reason_required',
    ['decision'],
    'reasonCode',
    (d) => d.decision !== 'not_selected' || !!d.reasonCode,
    'Give a reason when an application is not selected.',
  ),
  objectRule<{ reasonCode?: string | null; reasonText?: string | null }>(
    'reason_text_required',
    ['reasonCode'],
    'reasonText',
    (d) => d.reasonCode !== 'other' || !!d.reasonText?.trim(),
    'Say in words why, when the reason is "other".',
  ),
);
export type SelectionDecisionInput = z.input<typeof SelectionDecisionInput>;

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

/**
 * Decisions on applications of one event, all or nothing: one that cannot be taken (another
 * event's application, a withdrawn one) refuses the whole batch.
 */
export const SelectionDecisionsInput = z.strictObject({
  decisions: checked(
    z.array(SelectionDecisionInput),
    z.minLength(1),
    z.maxLength(MAX_DECISIONS),
    rule<{ registrationId: string }[]>(
      'duplicate',
      (items) => distinct(items.map((d) => d.registrationId)),
      'Each application only once.',
    ),
  ),
});
export type SelectionDecisionsInput = z.input<typeof SelectionDecisionsInput>;

/** Applications whose proposed decisions are confirmed (or discarded), all or nothing. */
export const SelectionIdsInput = z.strictObject({
  registrationIds: checked(
    z.array(Id),
    z.minLength(1),
    z.maxLength(MAX_DECISIONS),
    rule<string[]>('duplicate', distinct, 'Each application only once.'),
  ),
});
export type SelectionIdsInput = z.input<typeof SelectionIdsInput>;

/** How an event's selection is run. */
export const SelectionSettings = z.object({
  /**
   * A decision by one person is only proposed until a different person confirms it. Anyone who
   * curates the event may turn it on; only the secretariat may turn it off.
   */
  requireConfirmation: z.boolean(),
});
export type SelectionSettings = z.output<typeof SelectionSettings>;

export const SelectionSettingsInput = z.strictObject({ requireConfirmation: z.boolean() });
export type SelectionSettingsInput = z.input<typeof SelectionSettingsInput>;

/** A decision proposed by one person, waiting for another's confirmation. */
export const ProposedDecision = z.object({
  decision: SelectionDecisionKind,
  reasonCode: z.nullable(SelectionReasonCode),
  reasonText: z.nullable(plainText(LIMITS.short)),
  /** Who proposed it (a person's name or a token's label). */
  proposedBy: z.nullable(z.string()),
  proposedAt: DateTime,
  /** Whether the caller proposed it: then someone else must confirm it. */
  mine: z.boolean(),
});
export type ProposedDecision = z.output<typeof ProposedDecision>;

/** The decision e-mail of an application, once queued. */
export const DecisionNotice = z.object({
  decision: SelectionDecisionKind,
  /** The outbox's state: `pending` (waiting for the mail worker), `sent`, `failed`… */
  status: z.string(),
  /** The language the message is written in. */
  locale: z.string(),
  queuedAt: DateTime,
  sentAt: z.nullable(DateTime),
});
export type DecisionNotice = z.output<typeof DecisionNotice>;

/**
 * An application as the selection screen shows it: the registration (personal data as the
 * caller's role may see it) with its decision's reason code, a pending proposal and the
 * decision e-mail. Never public.
 */
export const SelectionEntry = z.extend(Registration, {
  reasonCode: z.nullable(SelectionReasonCode),
  /** Who took (or confirmed) the decision in force, and when. */
  decidedBy: z.nullable(z.string()),
  decidedAt: z.nullable(DateTime),
  pending: z.nullable(ProposedDecision),
  /** The latest decision e-mail queued for it (another decision since is told on the next notify). */
  notice: z.nullable(DecisionNotice),
});
export type SelectionEntry = z.output<typeof SelectionEntry>;

/** Sort orders of the selection list; `-` reverses. */
export const SelectionSort = z.enum(['created', '-created', 'name', '-name', 'country', 'status']);
export type SelectionSort = z.output<typeof SelectionSort>;

/** Filters of `GET /v1/events/{id}/registrations`. */
export const SelectionQuery = z.object({
  status: z.optional(RegistrationStatus),
  country: z.optional(CountryCode),
  level: z.optional(OrganizationLevel),
  kind: z.optional(OrganizationKind),
  ledBy: z.optional(LedBy),
  /** A language the representative speaks (or wrote in). */
  language: z.optional(Locale),
  /** `true`: only applications with a decision waiting for confirmation. */
  pending: z.optional(z.enum(['true', 'false'])),
  /** Words in the organisation's name (or, for roles that see them, the representative's name or email). */
  q: z.optional(checked(z.string(), z.maxLength(200))),
  sort: z.optional(SelectionSort),
});
export type SelectionQuery = z.input<typeof SelectionQuery>;

/** How many applications stand where. */
export const SelectionCounts = z.object({
  applied: Count,
  submitted: Count,
  underReview: Count,
  selected: Count,
  waitlisted: Count,
  notSelected: Count,
  withdrawn: Count,
  /** Decisions waiting for a second person. */
  pending: Count,
  /** Of them, proposals to select (the capacity meter shows them apart). */
  pendingSelected: Count,
});
export type SelectionCounts = z.output<typeof SelectionCounts>;

/** An event's applications for the selection screen, filtered and sorted, with the counts of all. */
export const SelectionList = z.object({
  eventId: Id,
  settings: SelectionSettings,
  /** Seats for CSOs (`null`: no limit); with `role: observer`, observer seats (R8). */
  capacity: z.nullable(Count),
  role: z.enum(['participant', 'observer']),
  /** Whether registration has closed (the report can be published only then). */
  registrationClosed: z.boolean(),
  /** The latest published report, if any. */
  report: z.nullable(z.object({ version: checked(z.int(), z.minimum(1)), publishedAt: DateTime })),
  /** Whether the caller's role gets personal data in the exports. */
  personalExports: z.boolean(),
  counts: SelectionCounts,
  /** How many applications the filters leave (all of them are in `items`). */
  total: Count,
  items: z.array(SelectionEntry),
});
export type SelectionList = z.output<typeof SelectionList>;

/** What a batch of decisions did. */
export const DecisionsResult = z.object({
  /** Decisions now in force. */
  applied: Count,
  /** Decisions waiting for a second person. */
  proposed: Count,
  items: z.array(SelectionEntry),
});
export type DecisionsResult = z.output<typeof DecisionsResult>;

/** What telling the registrants did. */
export const NotifyResult = z.object({
  /** The report version the registrants were told after. */
  reportVersion: checked(z.int(), z.minimum(1)),
  /** Messages written to the outbox now. */
  queued: Count,
  /** Registrants already told this same decision (nobody hears twice). */
  alreadyTold: Count,
  /** Applications without a decision yet, or with one waiting for confirmation: not told. */
  undecided: Count,
  /** Applications whose personal data were erased (retention): no one to tell. */
  erased: Count,
});
export type NotifyResult = z.output<typeof NotifyResult>;
