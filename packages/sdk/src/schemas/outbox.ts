import * as z from 'zod/mini';
import { Count, checked, DateTime, Id } from './common.js';
import { CoreLocale } from './locale.js';
import { PageLimit } from './page.js';

/**
 * What an e-mail tells a registrant or a proposer, in the language they used:
 * - `registration.receipt` / `proposal.receipt`: what they sent, with its receipt number;
 * - `registration.decision`: selected, waiting list or not selected (with the reason's category);
 * - `proposal.answer`: the committee's public answer to their proposal;
 * - `event.cancelled` / `event.rescheduled`: the meeting they applied to.
 */
export const MessageKind = z.enum([
  'registration.receipt',
  'registration.decision',
  'proposal.receipt',
  'proposal.answer',
  'event.cancelled',
  'event.rescheduled',
]);
export type MessageKind = z.output<typeof MessageKind>;

/**
 * Where an outgoing e-mail stands: `pending` (waiting for the worker — and for good, while no
 * SMTP server is configured), `sending` (a worker holds it), `sent` (the SMTP server accepted
 * it), `failed` (its retries ran out, or the server refused it for good; it can be retried).
 */
export const OutboxStatus = z.enum(['pending', 'sending', 'sent', 'failed']);
export type OutboxStatus = z.output<typeof OutboxStatus>;

const summaryShape = {
  id: Id,
  kind: MessageKind,
  /** The language it is written in: the one the person used. */
  locale: CoreLocale,
  status: OutboxStatus,
  /** Sending attempts so far. */
  attempts: Count,
  /** What the SMTP server (or the network) said the last time sending failed. */
  lastError: z.nullable(z.string()),
  /**
   * The address, masked (`a•••@example.org`); `null` once it was erased after its retention
   * period.
   */
  recipient: z.nullable(z.string()),
  /** The subject, in the message's language. */
  subject: z.string(),
  createdAt: DateTime,
  /** When the worker tries next (while `pending`). */
  nextAttemptAt: z.nullable(DateTime),
  sentAt: z.nullable(DateTime),
};

/** One outgoing e-mail in the outbox list (secretariat only): no full address, no body. */
export const OutboxMessageSummary = z.object(summaryShape);
export type OutboxMessageSummary = z.output<typeof OutboxMessageSummary>;

/** How many messages are in each status (the whole outbox, whatever the filter). */
export const OutboxCounts = z.object({ pending: Count, sending: Count, sent: Count, failed: Count });
export type OutboxCounts = z.output<typeof OutboxCounts>;

/**
 * A page of the outbox: failed messages first, then pending, sending and sent, newest first in
 * each; with the count of each status.
 */
export const OutboxPage = z.object({
  items: z.array(OutboxMessageSummary),
  nextCursor: z.nullable(z.string()),
  counts: OutboxCounts,
});
export type OutboxPage = z.output<typeof OutboxPage>;

/**
 * One outgoing e-mail as it is (or was) sent, for reading it in the console when no SMTP server
 * is configured. Holds the address: secretariat only, and every read is in the audit log.
 */
export const OutboxMessage = z.object({
  ...summaryShape,
  /** The full address; `null` once erased. */
  to: z.nullable(z.string()),
  /** The `Message-ID` header it is sent with (the same at every attempt). */
  messageId: z.string(),
  /** The plain-text body. */
  text: z.string(),
  /** The HTML body (the same words as `text`). */
  html: z.string(),
});
export type OutboxMessage = z.output<typeof OutboxMessage>;

/** Filters of `GET /v1/outbox`. */
export const OutboxQuery = z.object({
  status: z.optional(OutboxStatus),
  cursor: z.optional(checked(z.string(), z.maxLength(200))),
  limit: z.optional(PageLimit),
});
export type OutboxQuery = z.input<typeof OutboxQuery>;
