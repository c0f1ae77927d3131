import type { CoreLocale } from '@lad/sdk';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Config } from '../config.js';
import type { Deps } from '../http/env.js';
import { type Claimed, claimDue, markFailedAttempt, markSent } from '../store/outbox.js';
import { maskAddresses } from './mask.js';
import { renderStored } from './render.js';

// How e-mail leaves, and why none is lost or sent twice.
//
// 1. A change writes its messages to the `outbox` table in its own transaction
//    (`enqueueMessages`): no commit, no message; a commit, a message, whatever happens next.
// 2. A worker claims due messages in a transaction (`claimDue`): `pending → sending` with a
//    lease (`lease_until`, 2 minutes) and `attempts + 1`. On PostgreSQL the candidates are read
//    `for update skip locked`, and on both databases the update is conditional, so two workers
//    (two API instances) never hold the same message.
// 3. It sends through SMTP, with a `Message-ID` made from the message's id, the same at every
//    attempt, then marks it `sent` at once — only if its lease is still its own (`attempts`
//    unchanged), so a worker that lost its lease cannot overwrite another's outcome.
// 4. A failure: `pending` again after an exponential backoff (1, 2, 4 … minutes, at most an
//    hour), or `failed` once `LAD_MAIL_MAX_ATTEMPTS` is reached or the server refused the message
//    for good (a 5xx reply such as "no such mailbox"; a refused login is retried, it is ours to
//    fix). `failed` messages show in the console, which can retry them.
// 5. A crash (the process killed mid-send) leaves the message `sending`; when its lease expires
//    any worker claims it again. The send itself is bounded well below the lease (connection,
//    greeting and socket timeouts, and a hard limit), so a live worker's lease never expires
//    under it.
//
// Sends nothing twice: a message is sent again only when no `sent` mark was written for it. The
// mark is written right after the SMTP server accepts the message (its 250 reply to DATA); a
// crash before that acceptance delivers nothing, and the next attempt delivers it once. The one
// window left is between the server's 250 and the mark (one database write, milliseconds): a
// crash exactly there sends the message again at the next attempt, with the same Message-ID,
// which mail servers and clients use to recognise a duplicate. SMTP has no way to close it.

/** What the worker needs of an SMTP transport (nodemailer's, or a test double). */
export interface Mailer {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close(): void;
}

/** How long a claim holds a message. */
export const LEASE_MS = 2 * 60_000;
/** A send is abandoned after this long (well under the lease). */
export const SEND_TIMEOUT_MS = 60_000;
/** How often the server's worker looks for due messages. */
export const INTERVAL_MS = 15_000;

/** Exponential backoff after attempt `n` (1-based): 1, 2, 4, 8 … minutes, at most one hour. */
export const backoffMs = (attempt: number): number =>
  Math.min(60_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);

/** An SMTP transport for `SMTP_URL`, with timeouts that keep one send well inside its lease. */
export function createMailer(smtpUrl: string): Mailer {
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

export interface DeliveryOptions {
  mailer: Mailer;
  /** The `From` header (`MAIL_FROM`). */
  from: string;
  /** Absolute links and the Message-ID's domain come from it (`LAD_PUBLIC_URL`). */
  publicUrl: string;
  maxAttempts: number;
  leaseMs?: number;
  sendTimeoutMs?: number;
  /** Delay before attempt `n + 1` after attempt `n` failed. */
  backoff?: (attempt: number) => number;
  /** Messages claimed at a time. */
  batch?: number;
  /** Batches per run at most, so that one run never holds on for long. */
  maxBatches?: number;
}

/** What one run did. */
export interface DeliveryReport {
  sent: number;
  /** Failed attempts that will be tried again. */
  retrying: number;
  /** Messages that became `failed`. */
  failed: number;
}

/** The `Message-ID` of a message: the same at every attempt, so a duplicate is recognisable. */
export function messageIdOf(id: string, publicUrl: string): string {
  let host = 'lad.invalid';
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {
    // keep the placeholder domain
  }
  return `<${id}@${host}>`;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const e = error as Error & { code?: string; responseCode?: number; response?: string };
    const text = e.response ?? e.message;
    return maskAddresses([e.code, text].filter(Boolean).join(': '));
  }
  return maskAddresses(String(error));
}

/** A refusal that another attempt would get again (5xx, but a refused login: that is ours to fix). */
function isPermanent(error: unknown): boolean {
  const e = error as { permanent?: boolean; code?: string };
  return e?.permanent === true && e.code !== 'EAUTH';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the SMTP server in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type WorkerDeps = Pick<Deps, 'db' | 'now' | 'log'>;

async function deliverOne(
  deps: WorkerDeps,
  m: Claimed,
  o: DeliveryOptions,
): Promise<keyof DeliveryReport | null> {
  const db = deps.db.kysely;
  const fail = async (error: string) => ((await markFailedAttempt(db, m, error, null)) ? 'failed' : null);
  // Claimed again after its lease expired on the last allowed attempt: that attempt never
  // finished (the worker stopped mid-send), and there is none left.
  if (m.attempts > o.maxAttempts)
    return fail(`gave up after ${o.maxAttempts} attempts; the last one did not finish (the worker stopped)`);
  if (!m.to_address) return fail('the address was erased before the message could be sent');
  const rendered = renderStored(m, o.publicUrl);
  if ('error' in rendered) return fail(rendered.error);
  try {
    await withTimeout(
      o.mailer.sendMail({
        from: o.from,
        to: m.to_address,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: messageIdOf(m.id, o.publicUrl),
        headers: {
          // RFC 3834: no vacation auto-replies to this.
          'Auto-Submitted': 'auto-generated',
          'Content-Language': m.locale as CoreLocale,
          'X-LAD-Message': m.id,
        },
      }),
      o.sendTimeoutMs ?? SEND_TIMEOUT_MS,
    );
  } catch (error) {
    const text = describe(error);
    const last = m.attempts >= o.maxAttempts;
    const retryAt =
      isPermanent(error) || last
        ? null
        : new Date(deps.now().getTime() + (o.backoff ?? backoffMs)(m.attempts));
    deps.log('error', { msg: 'mail not sent', id: m.id, kind: m.kind, attempt: m.attempts, error: text });
    const marked = await markFailedAttempt(db, m, text, retryAt);
    return marked ? (retryAt ? 'retrying' : 'failed') : null;
  }
  // Accepted by the SMTP server: mark it at once (see the window described above).
  if (await markSent(db, m, deps.now())) {
    deps.log('info', { msg: 'mail sent', id: m.id, kind: m.kind, attempt: m.attempts });
    return 'sent';
  }
  deps.log('error', { msg: 'mail sent after its lease was lost', id: m.id, kind: m.kind });
  return null;
}

/**
 * Sends every message due now: claims a batch, sends each, and goes on until none is due (or
 * `maxBatches`). Safe to run from several processes at once.
 */
export async function deliverDue(deps: WorkerDeps, o: DeliveryOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (let i = 0; i < (o.maxBatches ?? 20); i++) {
    const claimed = await claimDue(deps.db.kysely, deps.db.dialect, deps.now(), {
      leaseMs: o.leaseMs ?? LEASE_MS,
      limit: o.batch ?? 10,
    });
    if (!claimed.length) break;
    for (const m of claimed) {
      const outcome = await deliverOne(deps, m, o);
      if (outcome) report[outcome]++;
    }
  }
  return report;
}

/** The running worker of a server. */
export interface MailWorker {
  /** One run now (the interval also runs it); resolves when it is done. */
  tick(): Promise<void>;
  /** Stops the interval, waits for a run in progress, closes the SMTP connections. */
  stop(): Promise<void>;
}

/**
 * Starts the outbox worker when SMTP is configured (`SMTP_URL`): a run every 15 s, one at a time.
 * Returns `null` without SMTP: messages then stay `pending`, readable in the console's outbox.
 */
export function startMailWorker(
  deps: Pick<Deps, 'db' | 'now' | 'log'> & { config: Config },
  options: { mailer?: Mailer; intervalMs?: number } = {},
): MailWorker | null {
  const { config } = deps;
  if (!config.smtpUrl && !options.mailer) return null;
  const mailer = options.mailer ?? createMailer(config.smtpUrl as string);
  let running: Promise<void> | null = null;
  const run = async () => {
    try {
      await deliverDue(deps, {
        mailer,
        from: config.mailFrom,
        publicUrl: config.publicUrl,
        maxAttempts: config.mailMaxAttempts,
      });
    } catch (error) {
      deps.log('error', { msg: 'outbox worker run failed', error: maskAddresses(String(error)) });
    }
  };
  const tick = () => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? INTERVAL_MS);
  timer.unref();
  void tick();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
      mailer.close();
    },
  };
}
