import type { CoreLocale } from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { iso, newId, toJson } from './util.js';

/**
 * What an e-mail tells a registrant or a proposer, in the language they used:
 * - `registration.receipt` / `proposal.receipt`: what they sent, with its receipt;
 * - `registration.decision`: selected, waiting list or not selected (with the reason);
 * - `proposal.answer`: the committee's public answer to their proposal;
 * - `event.cancelled` / `event.rescheduled`: the meeting they applied to.
 */
export type MessageKind =
  | 'registration.receipt'
  | 'registration.decision'
  | 'proposal.receipt'
  | 'proposal.answer'
  | 'event.cancelled'
  | 'event.rescheduled';

export interface OutgoingMessage {
  kind: MessageKind;
  /**
   * Once-only key: the same change enqueued twice (a resend, a retry of the transaction) writes
   * one message. E.g. `registration.receipt:<registrationId>`,
   * `event.cancelled:<eventId>:<registrationId>:<sequence>`.
   */
  key: string;
  to: string;
  locale: CoreLocale;
  /** What the message is made from: only the recipient's own data and public facts. */
  data: Record<string, unknown>;
}

/**
 * Writes messages to the outbox in the caller's transaction: they leave only if the change
 * commits, and a worker sends them afterwards (see the outbox worker). A key already in the
 * outbox is skipped.
 */
export async function enqueueMessages(
  trx: Kysely<Database>,
  messages: readonly OutgoingMessage[],
  now: Date,
): Promise<void> {
  for (const m of messages) {
    await trx
      .insertInto('outbox')
      .values({
        id: newId('msg'),
        key: m.key,
        kind: m.kind,
        to_address: m.to,
        locale: m.locale,
        data: toJson(m.data),
        status: 'pending',
        attempts: 0,
        next_attempt_at: iso(now),
        lease_until: null,
        last_error: null,
        created_at: iso(now),
        sent_at: null,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
}
