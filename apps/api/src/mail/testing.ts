import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { Deps } from '../http/env.js';
import { backoffMs, createMailer, type DeliveryReport, deliverDue } from './worker.js';

// For tests: a real SMTP server in the test process, and the outbox worker run once against
// it. Tests of any route that writes e-mail (cancellations, decisions, answers) use both:
//
//   const smtp = await startTestSmtp();
//   … the change, through app.request() …
//   await deliverAll(h.deps, smtp.url);
//   expect(smtp.messages().map((m) => m.to)).toEqual(['ana@example.org']);
//   await smtp.stop();

/** A message as the test SMTP server received it, parsed with `mailparser`. */
export interface ReceivedMail {
  /** The envelope's recipients (`RCPT TO`). */
  envelopeTo: string[];
  from: string;
  /** The `To` header's addresses. */
  to: string[];
  subject: string;
  /** The plain-text part (`undefined` if the message had none). */
  text: string | undefined;
  /** The HTML part, if any. */
  html: string | undefined;
  messageId: string | undefined;
  /** Header lookup by lower-case name (`content-language`, `x-lad-message`, `auto-submitted`). */
  header(name: string): string | undefined;
  /** The message as it arrived (RFC 5322). */
  raw: string;
}

/**
 * What the server does with the `n`-th message it is sent (1-based, counting every DATA):
 * `accept` it; `drop` the connection in the middle of DATA (as a crash or a network cut would:
 * the client never hears a reply); answer `tempfail` (451) or `permfail` (550).
 */
export type SmtpBehaviour = 'accept' | 'drop' | 'tempfail' | 'permfail';

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL` or {@link deliverAll}. */
  url: string;
  /** The messages accepted so far, in order. */
  messages(): ReceivedMail[];
  /** How many DATA commands arrived (accepted or not). */
  attempts(): number;
  /** Stops listening (connections are refused: the SMTP server is "down"). */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  stop(): Promise<void>;
}

function headerText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'text' in (value as object))
    return String((value as { text: unknown }).text);
  if (typeof value === 'object' && 'value' in (value as object))
    return String((value as { value: unknown }).value);
  return String(value);
}

/**
 * Starts an SMTP server on a free port of 127.0.0.1 (no TLS, no login), keeping and parsing
 * every message it accepts. `behaviour` decides per message (default: accept all).
 *
 * @example
 * const smtp = await startTestSmtp({ behaviour: (n) => (n === 1 ? 'drop' : 'accept') });
 */
export async function startTestSmtp(
  options: { behaviour?: (n: number) => SmtpBehaviour } = {},
): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let count = 0;
  let port = 0;
  let server: SMTPServer | null = null;
  const make = () => {
    const s: SMTPServer = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onData(stream, session, callback) {
        count++;
        const behaviour = options.behaviour?.(count) ?? 'accept';
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        if (behaviour === 'drop') {
          // Cut the connection once the message started to arrive: the client never hears a reply.
          stream.once('data', () => {
            for (const c of s.connections) if (c.id === session.id) c._socket.destroy();
          });
          stream.on('end', () => callback(new Error('dropped')));
          return;
        }
        stream.on('end', () => {
          if (behaviour === 'tempfail')
            return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          if (behaviour === 'permfail')
            return callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then(
            (parsed) => {
              const to = parsed.to ? (Array.isArray(parsed.to) ? parsed.to : [parsed.to]) : [];
              received.push({
                envelopeTo: session.envelope.rcptTo.map((r) => r.address),
                from: parsed.from?.text ?? '',
                to: to.flatMap((a) => a.value.map((v) => v.address ?? '')),
                subject: parsed.subject ?? '',
                text: parsed.text,
                html: typeof parsed.html === 'string' ? parsed.html : undefined,
                messageId: parsed.messageId,
                header: (name) => headerText(parsed.headers.get(name.toLowerCase())),
                raw,
              });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    } satisfies SMTPServerOptions);
    s.on('error', () => {});
    return s;
  };
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = make();
      s.server.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.server.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      if (!s) return resolve();
      for (const c of s.connections) c._socket.destroy();
      s.close(() => resolve());
    });
  await listen();
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages: () => [...received],
    attempts: () => count,
    down: close,
    up: listen,
    stop: close,
  };
}

/**
 * Runs the outbox worker once against `smtpUrl` (a {@link startTestSmtp} server): every message
 * due at `deps.now()` is sent (retries too, once the test clock reached their time). Answers
 * what it did: sent, retrying (a failed attempt, pending again), failed.
 */
export async function deliverAll(
  deps: Pick<Deps, 'db' | 'now' | 'log' | 'config'>,
  smtpUrl: string,
  options: { maxAttempts?: number; leaseMs?: number; sendTimeoutMs?: number } = {},
): Promise<DeliveryReport> {
  const mailer = createMailer(smtpUrl);
  try {
    return await deliverDue(deps, {
      mailer,
      from: deps.config.mailFrom,
      publicUrl: deps.config.publicUrl,
      maxAttempts: options.maxAttempts ?? deps.config.mailMaxAttempts,
      backoff: backoffMs,
      ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
      ...(options.sendTimeoutMs !== undefined ? { sendTimeoutMs: options.sendTimeoutMs } : {}),
    });
  } finally {
    mailer.close();
  }
}
