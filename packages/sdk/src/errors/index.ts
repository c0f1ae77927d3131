import type { FieldError, Problem } from '../schemas/problem.js';

/**
 * The API answered with an error status. Carries the RFC 9457 problem (with field errors for
 * invalid input) and the HTTP status.
 */
export class LadApiError extends Error {
  override readonly name = 'LadApiError' as const;
  /** HTTP status, e.g. 422, 409, 429. */
  readonly status: number;
  /** The problem details the API sent (or one built from the status when it sent none). */
  readonly problem: Problem;
  /** Seconds the API asked to wait (`Retry-After`), when it did. */
  readonly retryAfter: number | undefined;

  constructor(problem: Problem, options: { retryAfter?: number | undefined; cause?: unknown } = {}) {
    super(problem.detail ?? problem.title, { cause: options.cause });
    this.status = problem.status;
    this.problem = problem;
    this.retryAfter = options.retryAfter ?? problem.retryAfter;
  }

  /** The problem's machine-readable code, e.g. `event-full`. */
  get code(): string | undefined {
    return this.problem.code;
  }

  /** Field errors with their paths (empty when the problem is not about fields). */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/**
 * A response did not match the SDK's schema: the API and this SDK disagree on the data shape
 * (usually a version mismatch). Carries the issues with their paths.
 */
export class LadValidationError extends Error {
  override readonly name = 'LadValidationError' as const;
  readonly issues: FieldError[];
  /** The URL whose response did not match. */
  readonly url: string;

  constructor(url: string, issues: FieldError[]) {
    const first = issues[0];
    super(
      `The response from ${url} did not match the expected shape` +
        (first ? ` (${first.path.join('.') || '(root)'}: ${first.message})` : ''),
    );
    this.url = url;
    this.issues = issues;
  }
}

/** Why a request never got an answer. */
export type LadNetworkReason = 'offline' | 'timeout' | 'network';

/**
 * The request got no answer: the device is offline, the API did not answer in time, or the
 * connection failed. Safe to retry; writes keep their idempotency key.
 */
export class LadNetworkError extends Error {
  override readonly name = 'LadNetworkError' as const;
  readonly reason: LadNetworkReason;

  constructor(reason: LadNetworkReason, options: { cause?: unknown } = {}) {
    super(
      reason === 'offline'
        ? 'No network connection.'
        : reason === 'timeout'
          ? 'The server did not answer in time.'
          : 'The server could not be reached.',
      { cause: options.cause },
    );
    this.reason = reason;
  }
}

/** Any error this SDK throws on purpose. */
export type LadError = LadApiError | LadValidationError | LadNetworkError;

// Guards compare `name`, not `instanceof`, so errors from a second copy of the SDK (a CDN
// bundle next to an npm install) are still recognised.
function hasName(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

/** True for a {@link LadApiError}, from any copy of the SDK. */
export function isLadApiError(error: unknown): error is LadApiError {
  return hasName(error, 'LadApiError');
}

/** True for a {@link LadValidationError}, from any copy of the SDK. */
export function isLadValidationError(error: unknown): error is LadValidationError {
  return hasName(error, 'LadValidationError');
}

/** True for a {@link LadNetworkError}, from any copy of the SDK. */
export function isLadNetworkError(error: unknown): error is LadNetworkError {
  return hasName(error, 'LadNetworkError');
}

/** True for any error the SDK throws on purpose. */
export function isLadError(error: unknown): error is LadError {
  return isLadApiError(error) || isLadValidationError(error) || isLadNetworkError(error);
}
