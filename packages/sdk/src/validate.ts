import * as z from 'zod/mini';
import { toFieldErrors } from './helpers.js';
import type { Schema } from './schemas/common.js';
import type { FieldError } from './schemas/problem.js';

/** What {@link validate} found: the parsed value, or the field errors. */
export type Validation<T> = { success: true; data: T } | { success: false; errors: FieldError[] };

/**
 * Checks `value` against one of the SDK's schemas and gives the parsed value or field errors
 * with paths and stable codes (see {@link toFieldErrors}) — what a form shows next to its
 * fields, and what the API answers in its `422`. Runs without zod's `new Function` fast path,
 * so it works on pages whose Content-Security-Policy forbids `unsafe-eval`.
 *
 * @example
 * const result = validate(RegistrationInput, formData);
 * if (!result.success) showErrors(result.errors); // [{ path: ['consent'], code: 'required', … }]
 */
export function validate<S extends Schema>(schema: S, value: unknown): Validation<z.output<S>> {
  const result = z.safeParse(schema, value, { jitless: true });
  return result.success
    ? { success: true, data: result.data as z.output<S> }
    : { success: false, errors: toFieldErrors(result.error.issues, value) };
}
