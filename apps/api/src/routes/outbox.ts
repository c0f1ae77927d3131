import {
  type CoreLocale,
  type MessageKind,
  OutboxMessage,
  type OutboxMessageSummary,
  OutboxPage,
  OutboxQuery,
  type OutboxStatus,
} from '@lad/sdk';
import type { Config } from '../config.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { idParam, readQuery } from '../http/validate.js';
import { maskAddress } from '../mail/mask.js';
import { renderStored } from '../mail/render.js';
import { messageIdOf } from '../mail/worker.js';
import { audit } from '../store/audit.js';
import { getOutboxRow, listOutbox, type OutboxRow, retryFailed } from '../store/outbox.js';
import { actorOf, deps } from './shared.js';

function summaryOf(row: OutboxRow, config: Config): OutboxMessageSummary {
  const rendered = renderStored(row, config.publicUrl);
  return {
    id: row.id,
    kind: row.kind as MessageKind,
    locale: row.locale as CoreLocale,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    lastError: row.last_error,
    recipient: row.to_address ? maskAddress(row.to_address) : null,
    // A message that cannot be rendered says why where its subject would be (it fails when sent).
    subject: 'error' in rendered ? `(${rendered.error})` : rendered.subject,
    createdAt: row.created_at,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    sentAt: row.sent_at,
  };
}

function messageOf(row: OutboxRow, config: Config): OutboxMessage {
  const rendered = renderStored(row, config.publicUrl);
  const failed = 'error' in rendered;
  return {
    ...summaryOf(row, config),
    to: row.to_address,
    messageId: messageIdOf(row.id, config.publicUrl),
    text: failed ? rendered.error : rendered.text,
    html: failed ? '' : rendered.html,
  };
}

export function registerOutbox(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/outbox',
      operationId: 'listOutbox',
      summary: 'Outgoing e-mail: failed first, then pending, sending and sent (secretariat only)',
      description:
        'Receipts, selection decisions, answers to proposals, cancellations and new dates, each in the language the person used. Addresses are masked (`a•••@example.org`). Without `SMTP_URL` messages stay `pending`: read them with `GET /v1/outbox/{id}`.',
      tag: 'Curation',
      access: ['secretariat'],
      query: OutboxQuery,
      response: { status: 200, description: 'One page, with the count of each status.', schema: OutboxPage },
      errors: [400, 401, 403],
      cache: 'none',
    },
    async (c) => {
      const { db, config } = deps(c);
      const q = readQuery(c, OutboxQuery);
      const page = await listOutbox(db.kysely, q);
      if (!page)
        throw validationProblem(
          [{ path: ['cursor'], code: 'invalid_cursor', message: 'Not a cursor from this list.' }],
          400,
        );
      return c.json({
        items: page.items.map((row) => summaryOf(row, config)),
        nextCursor: page.nextCursor,
        counts: page.counts,
      });
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/outbox/{id}',
      operationId: 'getOutboxMessage',
      summary:
        'One outgoing e-mail as it is sent: address, subject, text and HTML (secretariat only, audited)',
      description:
        'For reading a message when no SMTP server is configured. It holds the address, so every read is in the audit log (`outbox.read`).',
      tag: 'Curation',
      access: ['secretariat'],
      response: { status: 200, description: 'The message.', schema: OutboxMessage },
      errors: [401, 403, 404],
      cache: 'none',
    },
    async (c) => {
      const { db, config, now } = deps(c);
      const row = await getOutboxRow(db.kysely, idParam(c));
      if (!row) throw new ProblemError(404, 'not-found');
      await audit(db.kysely, actorOf(c), 'outbox.read', { type: 'outbox', id: row.id }, null, now());
      return c.json(messageOf(row, config));
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/outbox/{id}/retry',
      operationId: 'retryOutboxMessage',
      summary: 'Send a failed e-mail again (secretariat only, audited)',
      description:
        'The message becomes `pending`, due now, its attempts starting over. Only a `failed` message can be retried (409 `conflict` otherwise).',
      tag: 'Curation',
      access: ['secretariat'],
      response: { status: 200, description: 'The message, pending again.', schema: OutboxMessage },
      errors: [401, 403, 404, 409],
      cache: 'none',
    },
    async (c) => {
      const { db, config, now } = deps(c);
      const id = idParam(c);
      const row = await db.kysely.transaction().execute(async (trx) => {
        const row = await retryFailed(trx, id, now());
        if (row)
          await audit(
            trx,
            actorOf(c),
            'outbox.retry',
            { type: 'outbox', id },
            { status: { from: 'failed', to: 'pending' } },
            now(),
          );
        return row;
      });
      if (!row) {
        const current = await getOutboxRow(db.kysely, id);
        if (!current) throw new ProblemError(404, 'not-found');
        throw new ProblemError(409, 'conflict', {
          detail: `Only a failed message can be retried; this one is ${current.status}.`,
        });
      }
      return c.json(messageOf(row, config));
    },
  );
}
