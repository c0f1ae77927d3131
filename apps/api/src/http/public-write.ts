import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { claimKey, completeKey, LeaseLostError, releaseKey } from '../store/idempotency.js';
import { hit } from '../store/rate-limit.js';
import { hmac, sha256 } from '../store/util.js';
import type { AppEnv } from './env.js';
import { clientKey } from './middleware.js';
import { ProblemError } from './problem.js';
import { JSON_TYPE, parseJson, readText } from './validate.js';

/** Seals a write: stores the answer under the idempotency key in the writing transaction. */
export type Seal = (trx: Kysely<Database>, status: number, body: unknown) => Promise<void>;

/**
 * Runs a public write exactly once per idempotency key. The same key and body replay the
 * stored answer (24 h); another body with the key is a 422; a concurrent duplicate a 409.
 * If the write fails (bad input, closed, full, rate limited), the key is released so the person
 * can fix the form and send it again with the same key.
 */
export async function idempotentWrite(
  c: Context<AppEnv>,
  write: (body: unknown, seal: Seal) => Promise<{ status: number; body: unknown }>,
): Promise<Response> {
  const { db, config, now } = c.get('deps');
  const key = c.req.header('idempotency-key') as string;
  const scope = `${c.req.method} ${c.req.path}`;
  const text = await readText(c, JSON_TYPE);
  const claim = await claimKey(db.kysely, scope, key, sha256(text), now(), {
    ttlHours: config.idempotencyTtlHours,
    leaseMs: config.idempotencyLeaseMs,
  });
  if (claim.kind === 'replay') {
    return new Response(claim.body, {
      status: claim.status,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'idempotent-replayed': 'true',
      },
    });
  }
  if (claim.kind === 'mismatch') {
    throw new ProblemError(422, 'idempotency-key-reused', {
      detail: 'This Idempotency-Key was used with a different body. Use a new key for a new submission.',
    });
  }
  if (claim.kind === 'in-progress') {
    throw new ProblemError(409, 'idempotency-in-progress', {
      retryAfter: 1,
      headers: { 'retry-after': '1' },
    });
  }
  try {
    let sealed = false;
    const result = await write(parseJson(text), async (trx, status, body) => {
      await completeKey(trx, scope, key, claim.lease, status, JSON.stringify(body));
      sealed = true;
    });
    if (!sealed) throw new Error('A public write finished without sealing its idempotency key.');
    return c.json(result.body as object, result.status as 201);
  } catch (error) {
    // A resend took the key over while this request ran too long: nothing was recorded here;
    // the resend records it once.
    if (error instanceof LeaseLostError) {
      throw new ProblemError(409, 'idempotency-in-progress', {
        retryAfter: 1,
        headers: { 'retry-after': '1' },
      });
    }
    await releaseKey(db.kysely, scope, key, claim.lease);
    throw error;
  }
}

/** Counts this write against the caller's address and, when given, the email address. */
export async function rateLimit(c: Context<AppEnv>, kind: string, email?: string): Promise<void> {
  const { db, config, now, secret } = c.get('deps');
  const buckets: [string, number][] = [[`ip:${clientKey(c)}`, config.rateLimitPerIp]];
  if (email)
    buckets.push([`email:${kind}:${hmac(secret, email.trim().toLowerCase())}`, config.rateLimitPerEmail]);
  for (const [bucket, limit] of buckets) {
    const result = await hit(db.kysely, bucket, limit, config.rateLimitWindowSeconds, now());
    if (!result.allowed) {
      throw new ProblemError(429, 'rate-limited', {
        retryAfter: result.retryAfter,
        headers: { 'retry-after': String(result.retryAfter) },
      });
    }
  }
}

/**
 * Anti-abuse signals from the form: a filled honeypot marks a bot (answered as if accepted,
 * nothing stored); a form sent faster than a person can fill it is refused with a message.
 */
export function screenSignals(
  c: Context<AppEnv>,
  signals: { startedAt?: string | undefined; trap?: string | undefined } | undefined,
): 'bot' | 'ok' {
  const { config, now } = c.get('deps');
  if (signals?.trap) return 'bot';
  if (signals?.startedAt) {
    const elapsed = now().getTime() - Date.parse(signals.startedAt);
    if (elapsed >= 0 && elapsed < config.minFillMs) {
      throw new ProblemError(422, 'submitted-too-fast', {
        detail: 'The form was sent seconds after it was opened. Please check your answers and send it again.',
      });
    }
  }
  return 'ok';
}
