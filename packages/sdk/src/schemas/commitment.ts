import * as v from 'valibot';
import { COMMITMENT_STATUSES } from '../constants.js';
import {
  CalendarDate,
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

export const CommitmentStatus = v.picklist(COMMITMENT_STATUSES);
export type CommitmentStatus = v.InferOutput<typeof CommitmentStatus>;

/** How civil society was consulted on a commitment (R10). */
export const Consultation = v.object({
  method: v.picklist(['public_consultation', 'cso_meeting', 'written_comments', 'none', 'unknown']),
  date: v.nullable(CalendarDate),
  notes: v.nullable(LocalizedText),
});
export type Consultation = v.InferOutput<typeof Consultation>;

/** A dated step in a commitment's timeline, with the status after it and its evidence. */
export const CommitmentUpdate = v.object({
  id: Id,
  commitmentId: Id,
  /** The day the progress happened. */
  date: CalendarDate,
  /** The commitment's status after this update. */
  status: CommitmentStatus,
  summary: LocalizedText,
  evidence: v.array(Source),
  createdAt: DateTime,
});
export type CommitmentUpdate = v.InferOutput<typeof CommitmentUpdate>;

/** A new update to a commitment's timeline, sent by a curator. */
export const CommitmentUpdateInput = v.strictObject({
  date: CalendarDate,
  status: CommitmentStatus,
  summary: LocalizedText,
  evidence: v.optional(v.pipe(v.array(Source), v.maxLength(50))),
});
export type CommitmentUpdateInput = v.InferInput<typeof CommitmentUpdateInput>;

const editable = {
  /** A key from the government's tracking matrix; CSV imports update by it. */
  externalId: v.nullable(plainText(100)),
  country: CountryCode,
  pillar: PillarId,
  actionPackages: v.pipe(v.array(Id), v.maxLength(20)),
  mechanisms: v.pipe(v.array(Id), v.maxLength(20)),
  title: LocalizedTitle,
  description: v.nullable(LocalizedText),
  status: CommitmentStatus,
  /** When and where it was announced, e.g. "Summit of the Americas, Los Angeles". */
  announcedOn: v.nullable(CalendarDate),
  announcedAt: v.nullable(Title),
  startDate: v.nullable(CalendarDate),
  dueDate: v.nullable(CalendarDate),
  amountUsd: v.nullable(v.pipe(v.number(), v.minValue(0))),
  sources: v.pipe(v.array(Source), v.maxLength(50)),
  consultation: v.nullable(Consultation),
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
  v.object({
    id: Id,
    ...editable,
    indicatorIds: v.array(Id),
    /** Date of the latest timeline update, if any. */
    lastUpdatedOn: v.nullable(CalendarDate),
    createdAt: DateTime,
    updatedAt: DateTime,
    /** True for the demonstration data set: not real commitments. */
    demo: v.boolean(),
  }),
  datesInOrder,
);
export type Commitment = v.InferOutput<typeof Commitment>;

/** A commitment with its timeline of updates and its indicators with their measurements. */
export const CommitmentDetail = withRules(
  v.object({
    id: Id,
    ...editable,
    indicatorIds: v.array(Id),
    lastUpdatedOn: v.nullable(CalendarDate),
    createdAt: DateTime,
    updatedAt: DateTime,
    demo: v.boolean(),
    updates: v.array(CommitmentUpdate),
    indicators: v.array(Indicator),
  }),
  datesInOrder,
);
export type CommitmentDetail = v.InferOutput<typeof CommitmentDetail>;

const inputShape = {
  ...editable,
  externalId: v.optional(v.nullable(plainText(100))),
  actionPackages: v.optional(editable.actionPackages),
  mechanisms: v.optional(editable.mechanisms),
  description: v.optional(v.nullable(LocalizedText)),
  announcedOn: v.optional(v.nullable(CalendarDate)),
  announcedAt: v.optional(v.nullable(Title)),
  startDate: v.optional(v.nullable(CalendarDate)),
  dueDate: v.optional(v.nullable(CalendarDate)),
  amountUsd: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0)))),
  sources: v.optional(editable.sources),
  consultation: v.optional(v.nullable(Consultation)),
};

/** A new commitment, sent by a curator. */
export const CommitmentInput = withRules(v.strictObject(inputShape), datesInOrder);
export type CommitmentInput = v.InferInput<typeof CommitmentInput>;

/** Changes to a commitment: any subset of {@link CommitmentInput}'s fields. */
export const CommitmentPatch = withRules(v.partial(v.strictObject(inputShape)), datesInOrder);
export type CommitmentPatch = v.InferInput<typeof CommitmentPatch>;

/** Filters of `/v1/commitments`. */
export const CommitmentQuery = v.object({
  country: v.optional(CountryCode),
  pillar: v.optional(PillarId),
  actionPackage: v.optional(Id),
  mechanism: v.optional(Id),
  status: v.optional(CommitmentStatus),
  /** Full-text search over titles and descriptions in every language. */
  q: v.optional(plainText(LIMITS.query)),
  /** Language to rank and search first. */
  locale: v.optional(Locale),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Page size, 1–100 (default 20). */
  limit: v.optional(PageLimit),
});
export type CommitmentQuery = v.InferInput<typeof CommitmentQuery>;
