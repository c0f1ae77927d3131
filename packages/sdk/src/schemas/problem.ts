import * as v from 'valibot';

/** One problem with one field of a request, with the path to that field. */
export const FieldError = v.object({
  /** Path to the field, e.g. `["representative", "email"]`; `[]` for the whole body. */
  path: v.array(v.union([v.string(), v.number()])),
  /** Machine-readable reason (`too_big`, `invalid_format`, `unrecognized_key`, …) to localize. */
  code: v.string(),
  /** An English explanation. Widgets show their own localized message for `code`. */
  message: v.string(),
  /** Details for the message, e.g. `{ maximum: 300 }` or `{ format: "email" }`. */
  params: v.optional(v.record(v.string(), v.unknown())),
});
export type FieldError = v.InferOutput<typeof FieldError>;

/**
 * An error answer, as RFC 9457 "problem details" (`application/problem+json`), with one entry
 * per invalid field.
 */
export const Problem = v.looseObject({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.integer()),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  /** One of {@link PROBLEM_CODES}, or a newer code this SDK version does not know. */
  code: v.optional(v.string()),
  errors: v.optional(v.array(FieldError)),
  /** Seconds to wait before retrying (429, 503). */
  retryAfter: v.optional(v.number()),
});
export type Problem = v.InferOutput<typeof Problem>;
