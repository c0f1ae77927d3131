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
export type FieldError = z.infer<typeof FieldError>;

/** Machine-readable problem codes the API answers with. */
export const PROBLEM_CODES = [
  'validation-failed',
  'malformed-request',
  'unsupported-media-type',
  'payload-too-large',
  'not-found',
  'method-not-allowed',
  'unauthorized',
  'forbidden',
  'registration-closed',
  'registration-not-open',
  'event-full',
  'proposals-closed',
  'idempotency-key-required',
  'idempotency-key-reused',
  'idempotency-in-progress',
  'rate-limited',
  'submitted-too-fast',
  'conflict',
  'internal',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

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
export type Problem = z.infer<typeof Problem>;

type IssueLike = { readonly code: string; readonly path: PropertyKey[]; readonly message: string };

const DETAIL_KEYS = ['minimum', 'maximum', 'inclusive', 'format', 'expected', 'origin', 'values'];

/**
 * Turns schema issues into field errors with full paths. An unknown key becomes one error per
 * key, at that key's path, so a form (or a developer) sees exactly which field was not expected.
 *
 * @example
 * const result = RegistrationInput.safeParse(body);
 * if (!result.success) problem.errors = toFieldErrors(result.error.issues);
 */
export function toFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  const out: FieldError[] = [];
  for (const item of issues) {
    const issue = item as IssueLike & Record<string, unknown>;
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys)) {
      for (const key of issue.keys) {
        out.push({
          path: [...path, key],
          code: 'unrecognized_key',
          message: `Unknown field "${key}".`,
        });
      }
      continue;
    }
    const params: Record<string, unknown> = {};
    for (const key of DETAIL_KEYS) {
      const value = issue[key];
      if (value !== undefined && typeof value !== 'bigint') params[key] = value;
    }
    const custom = issue.params;
    if (custom && typeof custom === 'object') Object.assign(params, custom);
    const reason = typeof params.reason === 'string' ? params.reason : undefined;
    out.push({
      path,
      code: issue.code === 'custom' && reason ? reason : issue.code,
      message: issue.message,
      ...(Object.keys(params).length ? { params } : {}),
    });
  }
  return out;
}
