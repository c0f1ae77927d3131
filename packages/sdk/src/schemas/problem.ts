import * as z from 'zod/mini';

/** One problem with one field of a request, with the path to that field. */
export const FieldError = z.object({
  /** Path to the field, e.g. `["representative", "email"]`; `[]` for the whole body. */
  path: z.array(z.union([z.string(), z.number()])),
  /** Machine-readable reason (`too_big`, `invalid_format`, `unrecognized_key`, …) to localize. */
  code: z.string(),
  /** An English explanation. Widgets show their own localized message for `code`. */
  message: z.string(),
  /** Details for the message, e.g. `{ maximum: 300 }` or `{ format: "email" }`. */
  params: z.optional(z.record(z.string(), z.unknown())),
});
export type FieldError = z.output<typeof FieldError>;

/**
 * An error answer, as RFC 9457 "problem details" (`application/problem+json`), with one entry
 * per invalid field.
 */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** One of {@link PROBLEM_CODES}, or a newer code this SDK version does not know. */
  code: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  /** Seconds to wait before retrying (429, 503). */
  retryAfter: z.optional(z.number()),
});
export type Problem = z.output<typeof Problem>;
