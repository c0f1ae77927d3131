import * as z from 'zod/mini';
import {
  Count,
  checked,
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
export const RegistrationStatus = z.enum([
  'submitted',
  'under_review',
  'selected',
  'waitlisted',
  'not_selected',
  'withdrawn',
]);
export type RegistrationStatus = z.output<typeof RegistrationStatus>;

/**
 * Fields a public form sends so the API can turn away bots without third-party trackers:
 * when the form was opened (a minimum fill time) and a honeypot people never see or fill.
 */
export const FormSignals = z.strictObject({
  /** When the person opened the form. */
  startedAt: z.optional(DateTime),
  /** A field hidden from people; anything typed in it marks the sender as a bot. */
  trap: z.optional(checked(z.string(), z.maxLength(500))),
});
export type FormSignals = z.input<typeof FormSignals>;

/** The person who will represent the organisation. Only name and email are required. */
export const Representative = z.strictObject({
  name: Name,
  email: Email,
  role: z.optional(z.nullable(Title)),
  languages: z.optional(checked(z.array(Locale), z.maxLength(10))),
  /** Accessibility or interpretation needs, in the person's own words. */
  needs: z.optional(z.nullable(plainText(LIMITS.short))),
});
export type Representative = z.input<typeof Representative>;

/** An answer to one published selection criterion. */
export const CriterionAnswer = z.strictObject({
  criterionId: Id,
  answer: plainText(LIMITS.short),
});
export type CriterionAnswer = z.input<typeof CriterionAnswer>;

/** An application by a CSO to take part in an event (R2), as sent by the registration form. */
export const RegistrationInput = z.strictObject({
  organization: OrganizationInput,
  representative: Representative,
  answers: checked(z.array(CriterionAnswer), z.maxLength(30)),
  /** Consent to the use of the data for this event, for the stated retention period. */
  consent: z.literal(true, 'Consent is required to send the application.'),
  /** Whether the organisation may be listed publicly as a participant. */
  listPublicly: z.optional(z.boolean()),
  /** Accept a place on the waiting list if the seats are taken. */
  joinWaitlist: z.optional(z.boolean()),
  /** The language the applicant wrote in and wants replies in. */
  locale: z.optional(Locale),
  signals: z.optional(FormSignals),
});
export type RegistrationInput = z.input<typeof RegistrationInput>;

/** What a public registration returns: a receipt, never the personal data sent. */
export const RegistrationReceipt = z.object({
  id: Id,
  /** A short receipt number to quote, e.g. `LAD-7K3M-Q9P2`. */
  receipt: z.string(),
  eventId: Id,
  status: RegistrationStatus,
  createdAt: DateTime,
});
export type RegistrationReceipt = z.output<typeof RegistrationReceipt>;

/** A curator's decision on an application; declining needs a reason. */
export const RegistrationReview = withRules(
  z.strictObject({
    status: z.enum(['under_review', 'selected', 'waitlisted', 'not_selected']),
    reason: z.optional(z.nullable(plainText(LIMITS.short))),
  }),
  objectRule<{ status: string; reason?: string | null }>(
    'reason_required',
    ['status'],
    'reason',
    (r) => r.status !== 'not_selected' || !!r.reason,
    'Give a reason when an application is not selected.',
  ),
);
export type RegistrationReview = z.input<typeof RegistrationReview>;

/** A stored application, as curators of its scope see it. Holds personal data: never public. */
export const Registration = z.object({
  id: Id,
  receipt: z.string(),
  eventId: Id,
  status: RegistrationStatus,
  organization: Organization,
  /** The representative's details; `null` once the retention period has passed and they were erased. */
  representative: z.nullable(
    z.object({
      name: Name,
      email: Email,
      role: z.nullable(Title),
      languages: z.array(Locale),
      needs: z.nullable(plainText(LIMITS.short)),
    }),
  ),
  answers: z.array(z.object({ criterionId: Id, answer: plainText(LIMITS.short) })),
  /** The version of the event's selection criteria the answers answer (`null`: from before versions were kept). */
  criteriaVersion: z.nullable(checked(z.int(), z.minimum(1))),
  waitlisted: z.boolean(),
  locale: z.nullable(Locale),
  reason: z.nullable(plainText(LIMITS.short)),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Registration = z.output<typeof Registration>;

/**
 * One row of a selection report: how many applied and were selected. Counts under the
 * suppression threshold are `null` so no organisation can be singled out.
 */
export const SelectionReportRow = z.object({
  key: z.string(),
  applied: z.nullable(Count),
  selected: z.nullable(Count),
});
export type SelectionReportRow = z.output<typeof SelectionReportRow>;

/** The public, anonymous outcome of an event's selection (R2: transparent mechanisms). */
export const SelectionReport = z.object({
  eventId: Id,
  /**
   * The report is frozen when published: later decisions do not change it. Publishing again
   * makes a new dated version (1, 2, …); the latest is served unless another is asked for.
   */
  version: checked(z.int(), z.minimum(1)),
  publishedAt: DateTime,
  /** The version of the event's selection criteria in force when registration closed. */
  criteriaVersion: z.optional(z.nullable(checked(z.int(), z.minimum(1)))),
  /**
   * Counts below this are suppressed (`null`), and as many others as it takes that no
   * suppressed count can be worked out from the totals and the other counts.
   */
  suppressedBelow: Count,
  totals: z.object({
    applied: Count,
    selected: Count,
    waitlisted: Count,
    notSelected: Count,
  }),
  byKind: z.array(SelectionReportRow),
  byLevel: z.array(SelectionReportRow),
  byLedBy: z.array(SelectionReportRow),
  byCountry: z.array(SelectionReportRow),
});
export type SelectionReport = z.output<typeof SelectionReport>;
