import type { FieldError, ProblemCode } from '@lad/sdk';
import { isUniqueViolation } from '../db/index.js';

const TITLES: Record<ProblemCode, string> = {
  'validation-failed': 'Some fields are not valid.',
  'malformed-request': 'The request could not be read.',
  'unsupported-media-type': 'This content type is not accepted here.',
  'payload-too-large': 'The request is too large.',
  'not-found': 'Not found.',
  'method-not-allowed': 'This method is not allowed here.',
  unauthorized: 'A valid curation token or console session is required.',
  forbidden: 'This token or role may not change this data.',
  'registration-closed': 'Registration for this event is closed.',
  'registration-not-open': 'Registration for this event has not opened yet.',
  'event-full': 'All seats for this event are taken.',
  'proposals-closed': 'Topic proposals for this agenda are closed.',
  'event-cancelled': 'This event was cancelled; it can no longer be changed.',
  'idempotency-key-required': 'An Idempotency-Key header is required.',
  'idempotency-key-reused': 'This Idempotency-Key was already used with a different request.',
  'idempotency-in-progress': 'A request with this Idempotency-Key is still being processed.',
  'rate-limited': 'Too many requests; try again later.',
  conflict: 'This conflicts with the current state.',
  'precondition-failed': 'This was changed since the version you sent your change for.',
  'already-registered': 'An application with this email address was already sent for this event.',
  internal: 'Something went wrong on our side.',
  'submitted-too-fast': 'The form was sent too quickly; please check it and send it again.',
  csrf: 'This request did not come from the console.',
  'role-required': 'Say which of your roles you act in.',
  'last-secretariat':
    'The last active member of the secretariat cannot be removed, suspended or lose that role.',
};

export type Code = keyof typeof TITLES;

/** The relative URI of a problem type; `GET` on it describes the problem. */
export const problemType = (code: Code) => `/v1/problems/${code}`;

export function problemTitle(code: Code): string {
  return TITLES[code];
}

export const PROBLEM_TITLES = TITLES;

/** Thrown anywhere in a handler; answered as `application/problem+json` (RFC 9457). */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: Code,
    readonly extra: {
      detail?: string;
      errors?: FieldError[];
      retryAfter?: number;
      headers?: Record<string, string>;
      [key: string]: unknown;
    } = {},
  ) {
    super(extra.detail ?? TITLES[code]);
  }

  body(instance?: string) {
    const { headers: _headers, ...rest } = this.extra;
    return {
      type: problemType(this.code),
      title: TITLES[this.code],
      status: this.status,
      code: this.code,
      ...(instance ? { instance } : {}),
      ...rest,
    };
  }
}

/** A 422 (body) or 400 (query) for schema issues, with one entry per field path. */
export function validationProblem(errors: FieldError[], status: 400 | 422 = 422) {
  return new ProblemError(status, 'validation-failed', {
    detail: errors
      .slice(0, 3)
      .map((e) => `${e.path.join('.') || '(body)'}: ${e.message}`)
      .join('; '),
    errors,
  });
}

/**
 * Any error as the problem to answer. A problem stays as it is; a unique clash is a 409; anything
 * else is a 500 named only by the request id, reported through `log` — a database message never
 * reaches an answer.
 */
export function asProblem(
  error: unknown,
  requestId: string | undefined,
  log: (fields: Record<string, unknown>) => void,
  clash = 'This would duplicate something that already exists, such as an id or an external id.',
): ProblemError {
  if (error instanceof ProblemError) return error;
  if (isUniqueViolation(error)) return new ProblemError(409, 'conflict', { detail: clash });
  log({ error: String(error) });
  return new ProblemError(500, 'internal', {
    detail: `Quote request ${requestId ?? ''} when reporting this.`,
  });
}
