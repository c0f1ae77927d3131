// Pure functions the schemas use and widgets call, kept apart from the schemas so that using
// them does not pull the validation library into a browser bundle.

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

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first: OWASP's
 * list (`=` `+` `-` `@`, tab, carriage return), line feed, and the full-width forms some
 * spreadsheets also accept (`＝` `＋` `－` `＠`).
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text made safe for a CSV cell a person will open in a spreadsheet: text that a
 * spreadsheet would run as a formula gets a leading apostrophe, which shows it as text
 * (OWASP "CSV injection"). Numbers are left as they are.
 *
 * @example
 * csvCell("=HYPERLINK(\"http://evil\")") // "'=HYPERLINK(\"http://evil\")"
 * csvCell('-2+3') // "'-2+3"
 */
export function csvCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** The text of a cell written by {@link csvCell}, as it was before. */
export function csvCellText(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** The parts of a schema issue (zod's `$ZodIssue`) that field errors are made from. */
export type IssueLike = {
  readonly code: string;
  readonly message: string;
  readonly path?: readonly PropertyKey[] | undefined;
  readonly input?: unknown;
  readonly expected?: unknown;
  readonly format?: string;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly params?: Record<string, unknown> | undefined;
  readonly issues?: readonly IssueLike[];
  readonly errors?: readonly (readonly IssueLike[])[];
};

/** zod's format names → the stable names of our field errors. */
const FORMATS: Record<string, string> = { date: 'iso_date', datetime: 'iso_timestamp', safeint: 'integer' };

/** True when the value at `path` inside `input` is absent (the key is missing or `undefined`). */
function isAbsent(input: unknown, path: readonly PropertyKey[]): boolean {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined;
}

/** English wording of a code, for issues that carry only zod's generic message. */
function englishMessage(code: string, params: Record<string, unknown> | undefined): string {
  switch (code) {
    case 'required':
      return 'Required.';
    case 'unrecognized_key':
      return 'Unknown field: remove it.';
    case 'too_big':
      return `Too big: at most ${params?.maximum}.`;
    case 'too_small':
      return `Too small: at least ${params?.minimum}.`;
    case 'invalid_format':
      return `Invalid format: expected ${params?.format}.`;
    case 'invalid_value':
      return `Invalid value: expected one of ${params?.expected}.`;
    case 'invalid_type':
      return `Invalid type: expected ${params?.expected}.`;
    default:
      return 'Invalid value.';
  }
}

/** The stable code and details of one issue whose value was present. */
function codeOf(issue: IssueLike): { code: string; params?: Record<string, unknown> } {
  const reason = issue.params?.reason;
  if (issue.code === 'custom' && typeof reason === 'string') return { code: reason };
  switch (issue.code) {
    case 'too_big':
      return { code: 'too_big', params: { maximum: Number(issue.maximum) } };
    case 'too_small':
      return { code: 'too_small', params: { minimum: Number(issue.minimum) } };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        params: { expected: (issue.values ?? []).map((value) => JSON.stringify(value)).join(' | ') },
      };
    case 'invalid_format':
      return { code: 'invalid_format', params: { format: FORMATS[issue.format ?? ''] ?? issue.format } };
    case 'invalid_type':
      // `z.int()` refuses 2.5 as a type; it is a number in the wrong format.
      if (issue.expected === 'int' && typeof issue.input !== 'string')
        return { code: 'invalid_format', params: { format: 'integer' } };
      return { code: 'invalid_type', params: { expected: issue.expected } };
    case 'invalid_key':
    case 'invalid_element': {
      const inner = issue.issues?.[0];
      return inner ? codeOf(inner) : { code: 'invalid' };
    }
    case 'invalid_union': {
      const inner = issue.errors?.[0]?.[0];
      return inner ? codeOf(inner) : { code: 'invalid_type' };
    }
  }
  return { code: 'invalid' };
}

/**
 * Turns schema issues into field errors with full paths and stable codes a form can word in
 * any language: `required` (a missing field), `invalid_type`, `too_big` / `too_small` (with
 * `maximum` / `minimum`), `invalid_format` (with `format`: `email`, `iso_date`,
 * `iso_timestamp`, `integer`…), `invalid_value`, `unrecognized_key` (an unknown field, at its
 * own path), or a rule's reason (`end_before_start`, `plain_text`, `none_with_others`, …).
 *
 * Pass the validated `input` too: it tells a missing field (`required`) from one of the wrong
 * type. Issues parsed with `{ reportInput: true }` carry it themselves.
 *
 * @example
 * const result = z.safeParse(RegistrationInput, body);
 * if (!result.success) problem.errors = toFieldErrors(result.error.issues, body);
 */
export function toFieldErrors(issues: readonly IssueLike[], input?: unknown): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = (issue.path ?? []).map((key) => (typeof key === 'number' ? key : String(key)));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        errors.push({
          path: [...path, key],
          code: 'unrecognized_key',
          message: englishMessage('unrecognized_key', undefined),
        });
      }
      continue;
    }
    const absent =
      issue.code !== 'custom' &&
      ('input' in issue
        ? issue.input === undefined
        : input !== undefined && isAbsent(input, issue.path ?? []));
    const { code, params } = absent ? { code: 'required', params: undefined } : codeOf(issue);
    const generic = absent || !issue.message || issue.message === 'Invalid input';
    errors.push({
      path,
      code,
      message: generic ? englishMessage(code, params) : issue.message,
      ...(params ? { params } : {}),
    });
  }
  return errors;
}
