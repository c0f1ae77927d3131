// Plain constants, kept apart from the schemas so that code needing only them (widgets, say)
// does not pull the validation library into a browser bundle.

/** The five languages every LAD text and widget ships in (R11). */
export const CORE_LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;

/** The Declaration's four pillars, numbered as the Declaration numbers them. */
export const PILLAR_IDS = ['I', 'II', 'III', 'IV'] as const;

/**
 * Completion on the Open Government Partnership's published scale: no evidence available, not
 * started, limited, substantial, complete. The Declaration has no status vocabulary of its own.
 */
export const COMMITMENT_STATUSES = [
  'no_evidence',
  'not_started',
  'limited',
  'substantial',
  'complete',
] as const;

/** The kinds of meeting civil society asked for (R2, R5–R8). */
export const EVENT_KINDS = [
  'high_level_meeting',
  'information_session',
  'national_consultation',
  'coordinators_meeting',
  'regional_meeting',
] as const;

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
  'event-cancelled',
  'idempotency-key-required',
  'idempotency-key-reused',
  'idempotency-in-progress',
  'rate-limited',
  'submitted-too-fast',
  'already-registered',
  'conflict',
  'precondition-failed',
  'internal',
  'csrf',
  'role-required',
  'last-secretariat',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
