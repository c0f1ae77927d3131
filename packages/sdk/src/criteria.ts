// A rule that needs the event as well as the application, so no schema can hold it. Its own
// module rather than part of helpers.ts: bundlers split shared code by file, and only the
// registration form uses it, so the other widgets do not download it.

import type { SelectionCriterion } from './schemas/event.js';
import type { FieldError } from './schemas/problem.js';

/**
 * The required selection criteria of an event that `answers` leave unanswered (no answer, or
 * only blanks), as field errors at `['answers', criterionId]` with the code `required`. The
 * one copy of this rule: the API refuses an application with these errors, and the
 * registration form shows them before sending.
 *
 * @example
 * unansweredCriteria(event.registration.criteria, [{ criterionId: 'crit-1', answer: ' ' }])
 * // [{ path: ['answers', 'crit-1'], code: 'required', message: 'Answer this selection criterion.' }]
 */
export function unansweredCriteria(
  criteria: readonly Pick<SelectionCriterion, 'id' | 'required'>[],
  answers: readonly { criterionId: string; answer: string }[],
): FieldError[] {
  return criteria
    .filter((c) => c.required && !answers.some((a) => a.criterionId === c.id && a.answer.trim()))
    .map((c) => ({ path: ['answers', c.id], code: 'required', message: 'Answer this selection criterion.' }));
}
