import * as z from 'zod/mini';
import { COMMITMENT_STATUSES } from '../constants.js';
import {
  CalendarDate,
  checked,
  DateTime,
  endsAfterStart,
  Id,
  LIMITS,
  plainText,
  Source,
  Title,
  withRules,
} from './common.js';
import { CountryCode } from './country.js';
import { Indicator } from './indicator.js';
import { Locale, LocalizedText, LocalizedTitle } from './locale.js';
import { PageLimit } from './page.js';
import { PillarId } from './pillar.js';

export const CommitmentStatus = z.enum(COMMITMENT_STATUSES);
export type CommitmentStatus = z.output<typeof CommitmentStatus>;

/** How civil society was consulted on a commitment (R10). */
export const Consultation = z.object({
  method: z.enum(['public_consultation', 'cso_meeting', 'written_comments', 'none', 'unknown']),
  date: z.nullable(CalendarDate),
  notes: z.nullable(LocalizedText),
});
export type Consultation = z.output<typeof Consultation>;

/** A dated step in a commitment's timeline, with the status after it and its evidence. */
export const CommitmentUpdate = z.object({
  id: Id,
  commitmentId: Id,
  /** The day the progress happened; `null` when its public source gives no date. */
  date: z.nullable(CalendarDate),
  /** The commitment's status after this update. */
  status: CommitmentStatus,
  summary: LocalizedText,
  evidence: z.array(Source),
  createdAt: DateTime,
});
export type CommitmentUpdate = z.output<typeof CommitmentUpdate>;

/** A new update to a commitment's timeline, sent by a curator. */
export const CommitmentUpdateInput = z.strictObject({
  date: CalendarDate,
  status: CommitmentStatus,
  summary: LocalizedText,
  evidence: z.optional(checked(z.array(Source), z.maxLength(50))),
});
export type CommitmentUpdateInput = z.input<typeof CommitmentUpdateInput>;

const editable = {
  /** A key from the government's tracking matrix; CSV imports update by it. */
  externalId: z.nullable(plainText(100)),
  country: CountryCode,
  /** `null` when no source files the commitment under a pillar. */
  pillar: z.nullable(PillarId),
  actionPackages: checked(z.array(Id), z.maxLength(20)),
  mechanisms: checked(z.array(Id), z.maxLength(20)),
  title: LocalizedTitle,
  description: z.nullable(LocalizedText),
  status: CommitmentStatus,
  /** When and where it was announced, e.g. "Summit of the Americas, Los Angeles". */
  announcedOn: z.nullable(CalendarDate),
  announcedAt: z.nullable(Title),
  startDate: z.nullable(CalendarDate),
  dueDate: z.nullable(CalendarDate),
  amountUsd: z.nullable(checked(z.number(), z.minimum(0))),
  sources: checked(z.array(Source), z.maxLength(50)),
  consultation: z.nullable(Consultation),
};

const datesInOrder = endsAfterStart('startDate', 'dueDate', { allowEqual: true });

/**
 * A government commitment under the Declaration, as listed by `/v1/commitments`.
 *
 * @example
 * import { Commitment } from '@lad/sdk';
 * const commitment = Commitment.parse(await response.json());
 */
export const Commitment = withRules(
  z.object({
    id: Id,
    ...editable,
    indicatorIds: z.array(Id),
    /** Date of the latest timeline update, if any. */
    lastUpdatedOn: z.nullable(CalendarDate),
    createdAt: DateTime,
    updatedAt: DateTime,
    /** True for the demonstration data set: not real commitments. */
    demo: z.boolean(),
  }),
  datesInOrder,
);
export type Commitment = z.output<typeof Commitment>;

/** A commitment with its timeline of updates and its indicators with their measurements. */
export const CommitmentDetail = withRules(
  z.object({
    id: Id,
    ...editable,
    indicatorIds: z.array(Id),
    lastUpdatedOn: z.nullable(CalendarDate),
    createdAt: DateTime,
    updatedAt: DateTime,
    demo: z.boolean(),
    updates: z.array(CommitmentUpdate),
    indicators: z.array(Indicator),
  }),
  datesInOrder,
);
export type CommitmentDetail = z.output<typeof CommitmentDetail>;

const inputShape = {
  ...editable,
  externalId: z.optional(z.nullable(plainText(100))),
  pillar: z.optional(z.nullable(PillarId)),
  actionPackages: z.optional(editable.actionPackages),
  mechanisms: z.optional(editable.mechanisms),
  description: z.optional(z.nullable(LocalizedText)),
  announcedOn: z.optional(z.nullable(CalendarDate)),
  announcedAt: z.optional(z.nullable(Title)),
  startDate: z.optional(z.nullable(CalendarDate)),
  dueDate: z.optional(z.nullable(CalendarDate)),
  amountUsd: z.optional(z.nullable(checked(z.number(), z.minimum(0)))),
  sources: z.optional(editable.sources),
  consultation: z.optional(z.nullable(Consultation)),
};

/** A new commitment, sent by a curator. */
export const CommitmentInput = withRules(z.strictObject(inputShape), datesInOrder);
export type CommitmentInput = z.input<typeof CommitmentInput>;

/**
 * The timeline entry that a patch changing a commitment's status adds: when the change happened
 * and on what evidence. Without it, the entry is dated today and says a curator changed it.
 */
export const StatusChangeInput = z.strictObject({
  /** The day of the change (default: today); not before the commitment's latest update, nor after today. */
  date: z.optional(CalendarDate),
  summary: z.optional(LocalizedText),
  evidence: z.optional(checked(z.array(Source), z.maxLength(50))),
});
export type StatusChangeInput = z.input<typeof StatusChangeInput>;

/**
 * Changes to a commitment: any subset of {@link CommitmentInput}'s fields. A change of `status`
 * adds a dated update to the timeline, described by `statusChange` when given (only with a
 * status change).
 */
export const CommitmentPatch = withRules(
  z.partial(z.strictObject({ ...inputShape, statusChange: StatusChangeInput })),
  datesInOrder,
);
export type CommitmentPatch = z.input<typeof CommitmentPatch>;

/** Filters of `/v1/commitments`. */
export const CommitmentQuery = z.object({
  country: z.optional(CountryCode),
  pillar: z.optional(PillarId),
  actionPackage: z.optional(Id),
  mechanism: z.optional(Id),
  status: z.optional(CommitmentStatus),
  /** Full-text search over titles and descriptions in every language. */
  q: z.optional(plainText(LIMITS.query)),
  /** Language to rank and search first. */
  locale: z.optional(Locale),
  cursor: z.optional(checked(z.string(), z.maxLength(200))),
  /** Page size, 1–100 (default 20). */
  limit: z.optional(PageLimit),
});
export type CommitmentQuery = z.input<typeof CommitmentQuery>;
