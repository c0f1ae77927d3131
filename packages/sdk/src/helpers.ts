// Pure functions the schemas use and widgets call, kept apart from the schemas so that using
// them does not pull the validation library into a browser bundle.

import { reasonOf } from './reasons.js';
import type { RegistrationState, RegistrationWindow } from './schemas/event.js';
import type { FieldError } from './schemas/problem.js';

/**
 * The registration state at `now`: not yet open, open, full (all seats taken), or closed.
 *
 * @example
 * registrationStateAt(event.registration, new Date()) // 'open'
 */
export function registrationStateAt(
  window: Pick<RegistrationWindow, 'opensAt' | 'closesAt' | 'capacity' | 'seatsTaken'>,
  now: Date = new Date(),
): RegistrationState {
  const t = now.getTime();
  if (t < Date.parse(window.opensAt)) return 'not_yet_open';
  if (t >= Date.parse(window.closesAt)) return 'closed';
  if (window.capacity !== null && window.seatsTaken >= window.capacity) return 'full';
  return 'open';
}

/**
 * Share of the way from baseline to target that `value` has reached, clamped to 0–1; `null`
 * when the indicator has no numeric baseline and target.
 *
 * @example
 * indicatorProgress({ baseline: 100, target: 200 }, 150) // 0.5
 */
export function indicatorProgress(
  range: { baseline: number | null | undefined; target: number | null | undefined },
  value: number | null | undefined,
): number | null {
  const { baseline, target } = range;
  if (baseline == null || target == null || value == null || baseline === target) return null;
  const share = (value - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, share));
}

/** The parts of a schema issue (Valibot's `BaseIssue`) that field errors are made from. */
type IssueLike = {
  readonly kind: string;
  readonly type: string;
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: string | null;
  readonly requirement?: unknown;
  readonly path?: readonly { readonly key: unknown }[] | undefined;
};

const FORMATS = new Set(['email', 'url', 'iso_date', 'iso_timestamp', 'regex', 'integer', 'http_url']);

/** The LAD field-error code and details of one issue. */
function codeOf(issue: IssueLike): { code: string; params?: Record<string, unknown> } {
  const reason = reasonOf(issue.requirement);
  if (reason) return { code: reason };
  switch (issue.type) {
    case 'strict_object':
      return { code: 'unrecognized_key' };
    case 'max_length':
    case 'max_value':
      return { code: 'too_big', params: { maximum: issue.requirement } };
    case 'min_length':
    case 'min_value':
      return { code: 'too_small', params: { minimum: issue.requirement } };
    case 'picklist':
    case 'literal':
    case 'enum':
      return { code: 'invalid_value', params: { expected: issue.expected } };
  }
  if (FORMATS.has(issue.type)) return { code: 'invalid_format', params: { format: issue.type } };
  if (issue.kind === 'schema') {
    return issue.input === undefined
      ? { code: 'required' }
      : { code: 'invalid_type', params: { expected: issue.expected } };
  }
  return { code: 'invalid' };
}

/**
 * Turns schema issues into field errors with full paths and stable codes a form can word in
 * any language: `required`, `invalid_type`, `too_big` / `too_small` (with `maximum` /
 * `minimum`), `invalid_format` (with `format`: `email`, `url`, `iso_date`…), `invalid_value`,
 * `unrecognized_key` (an unknown field, at its own path), or a rule's reason
 * (`end_before_start`, `plain_text`, `none_with_others`, …).
 *
 * @example
 * const result = v.safeParse(RegistrationInput, body);
 * if (!result.success) problem.errors = toFieldErrors(result.issues);
 */
export function toFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  return issues.map((issue) => {
    const { code, params } = codeOf(issue);
    const path = (issue.path ?? []).map((item) =>
      typeof item.key === 'number' ? item.key : String(item.key),
    );
    return { path, code, message: issue.message, ...(params ? { params } : {}) };
  });
}
