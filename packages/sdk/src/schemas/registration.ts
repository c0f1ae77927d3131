import * as v from 'valibot';
import {
  Count,
  DateTime,
  Email,
  Id,
  LIMITS,
  Name,
  objectRule,
  plainText,
  Title,
  withRules,
} from './common.js';
import { Locale } from './locale.js';
import { Organization, OrganizationInput } from './organization.js';

/** Where an application stands: submitted → under review → selected / wait-listed / not selected. */
export const RegistrationStatus = v.picklist([
  'submitted',
  'under_review',
  'selected',
  'waitlisted',
  'not_selected',
  'withdrawn',
]);
export type RegistrationStatus = v.InferOutput<typeof RegistrationStatus>;

/**
 * Fields a public form sends so the API can turn away bots without third-party trackers:
 * when the form was opened (a minimum fill time) and a honeypot people never see or fill.
 */
export const FormSignals = v.strictObject({
  /** When the person opened the form. */
  startedAt: v.optional(DateTime),
  /** A field hidden from people; anything typed in it marks the sender as a bot. */
  trap: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export type FormSignals = v.InferInput<typeof FormSignals>;

/** The person who will represent the organisation. Only name and email are required. */
export const Representative = v.strictObject({
  name: Name,
  email: Email,
  role: v.optional(v.nullable(Title)),
  languages: v.optional(v.pipe(v.array(Locale), v.maxLength(10))),
  /** Accessibility or interpretation needs, in the person's own words. */
  needs: v.optional(v.nullable(plainText(LIMITS.short))),
});
export type Representative = v.InferInput<typeof Representative>;

/** An answer to one published selection criterion. */
export const CriterionAnswer = v.strictObject({
  criterionId: Id,
  answer: plainText(LIMITS.short),
});
export type CriterionAnswer = v.InferInput<typeof CriterionAnswer>;

/** An application by a CSO to take part in an event (R2), as sent by the registration form. */
export const RegistrationInput = v.strictObject({
  organization: OrganizationInput,
  representative: Representative,
  answers: v.pipe(v.array(CriterionAnswer), v.maxLength(30)),
  /** Consent to the use of the data for this event, for the stated retention period. */
  consent: v.literal(true, 'Consent is required to send the application.'),
  /** Whether the organisation may be listed publicly as a participant. */
  listPublicly: v.optional(v.boolean()),
  /** Accept a place on the waiting list if the seats are taken. */
  joinWaitlist: v.optional(v.boolean()),
  /** The language the applicant wrote in and wants replies in. */
  locale: v.optional(Locale),
  signals: v.optional(FormSignals),
});
export type RegistrationInput = v.InferInput<typeof RegistrationInput>;

/** What a public registration returns: a receipt, never the personal data sent. */
export const RegistrationReceipt = v.object({
  id: Id,
  /** A short receipt number to quote, e.g. `LAD-7K3M-Q9P2`. */
  receipt: v.string(),
  eventId: Id,
  status: RegistrationStatus,
  createdAt: DateTime,
});
export type RegistrationReceipt = v.InferOutput<typeof RegistrationReceipt>;

/** A curator's decision on an application; declining needs a reason. */
export const RegistrationReview = withRules(
  v.strictObject({
    status: v.picklist(['under_review', 'selected', 'waitlisted', 'not_selected']),
    reason: v.optional(v.nullable(plainText(LIMITS.short))),
  }),
  objectRule<{ status: string; reason?: string | null }>(
    'reason_required',
    ['status'],
    'reason',
    (r) => r.status !== 'not_selected' || !!r.reason,
    'Give a reason when an application is not selected.',
  ),
);
export type RegistrationReview = v.InferInput<typeof RegistrationReview>;

/** A stored application, as curators of its scope see it. Holds personal data: never public. */
export const Registration = v.object({
  id: Id,
  receipt: v.string(),
  eventId: Id,
  status: RegistrationStatus,
  organization: Organization,
  /** The representative's details; `null` once the retention period has passed and they were erased. */
  representative: v.nullable(
    v.object({
      name: Name,
      email: Email,
      role: v.nullable(Title),
      languages: v.array(Locale),
      needs: v.nullable(plainText(LIMITS.short)),
    }),
  ),
  answers: v.array(v.object({ criterionId: Id, answer: plainText(LIMITS.short) })),
  waitlisted: v.boolean(),
  locale: v.nullable(Locale),
  reason: v.nullable(plainText(LIMITS.short)),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Registration = v.InferOutput<typeof Registration>;

/**
 * One row of a selection report: how many applied and were selected. Counts under the
 * suppression threshold are `null` so no organisation can be singled out.
 */
export const SelectionReportRow = v.object({
  key: v.string(),
  applied: v.nullable(Count),
  selected: v.nullable(Count),
});
export type SelectionReportRow = v.InferOutput<typeof SelectionReportRow>;

/** The public, anonymous outcome of an event's selection (R2: transparent mechanisms). */
export const SelectionReport = v.object({
  eventId: Id,
  publishedAt: DateTime,
  /** Counts below this are suppressed (shown as `null`). */
  suppressedBelow: Count,
  totals: v.object({
    applied: Count,
    selected: Count,
    waitlisted: Count,
    notSelected: Count,
  }),
  byKind: v.array(SelectionReportRow),
  byLevel: v.array(SelectionReportRow),
  byLedBy: v.array(SelectionReportRow),
  byCountry: v.array(SelectionReportRow),
});
export type SelectionReport = v.InferOutput<typeof SelectionReport>;
