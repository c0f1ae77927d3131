import { DEFAULT_DATABASE_URL } from './db/index.js';

/** Everything the API reads from its environment, with defaults for the demo. */
export interface Config {
  port: number;
  databaseUrl: string;
  /**
   * Where the public reaches this server (`https://lad.example.org`): every absolute link in an
   * answer is built from it, never from the request's Host header (which anyone can write,
   * and which a shared cache would hand on to everyone).
   */
  publicUrl: string;
  /**
   * Whether `LAD_PUBLIC_URL` was given. When it was not, `publicUrl` is a local guess, and a
   * console write may also come from the request's own origin (see the CSRF rule).
   */
  publicUrlSet: boolean;
  /** Origins allowed to write (public forms, curation); `*` allows any. Reads are open to all. */
  corsOrigins: string[];
  /**
   * How many reverse proxies in front of the API append to `X-Forwarded-For` (0: none, the
   * connection's address is the client's). The client is the address the outermost trusted
   * proxy saw: the N-th entry from the right — never an entry the client wrote itself.
   */
  trustedProxies: number;
  /** Writes per client address per window. */
  rateLimitPerIp: number;
  /** Writes per email address per window. */
  rateLimitPerEmail: number;
  rateLimitWindowSeconds: number;
  /** Sign-in attempts (password or passkey) per account email / per client address per window. */
  signInLimitPerEmail: number;
  signInLimitPerIp: number;
  signInWindowSeconds: number;
  /** Forms sent faster than this after opening are refused as likely bots. */
  minFillMs: number;
  /** How long a stored idempotent response is replayed. */
  idempotencyTtlHours: number;
  /** After this long, a request that never finished (a crash) no longer holds its key. */
  idempotencyLeaseMs: number;
  /** How long contact details sent with proposals are kept. */
  proposalRetentionDays: number;
  /**
   * When proposals appear in public lists: `after_review` (default), once a committee has taken
   * them up (any status but `received`); `on_receipt`, as soon as they are received.
   */
  proposalsPublic: 'after_review' | 'on_receipt';
  /** Public reads may be cached this long, and served stale while revalidating this long. */
  maxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
  logLevel: 'silent' | 'error' | 'info';
}

function int(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const port = int(env.PORT, 8787);
  return {
    port,
    publicUrl: (env.LAD_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    publicUrlSet: !!env.LAD_PUBLIC_URL,
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    corsOrigins: (env.LAD_CORS_ORIGINS ?? '*')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustedProxies: env.LAD_TRUST_PROXY === 'true' ? 1 : Math.max(0, Math.floor(int(env.LAD_TRUST_PROXY, 0))),
    rateLimitPerIp: int(env.LAD_RATE_LIMIT_IP, 30),
    rateLimitPerEmail: int(env.LAD_RATE_LIMIT_EMAIL, 5),
    rateLimitWindowSeconds: int(env.LAD_RATE_LIMIT_WINDOW_S, 600),
    signInLimitPerEmail: int(env.LAD_SIGN_IN_LIMIT_EMAIL, 10),
    signInLimitPerIp: int(env.LAD_SIGN_IN_LIMIT_IP, 30),
    signInWindowSeconds: int(env.LAD_SIGN_IN_WINDOW_S, 900),
    minFillMs: int(env.LAD_MIN_FILL_MS, 3_000),
    idempotencyTtlHours: int(env.LAD_IDEMPOTENCY_TTL_H, 24),
    idempotencyLeaseMs: int(env.LAD_IDEMPOTENCY_LEASE_MS, 15_000),
    proposalRetentionDays: int(env.LAD_PROPOSAL_RETENTION_DAYS, 365),
    proposalsPublic: env.LAD_PROPOSALS_PUBLIC === 'on_receipt' ? 'on_receipt' : 'after_review',
    maxAgeSeconds: int(env.LAD_MAX_AGE_S, 60),
    staleWhileRevalidateSeconds: int(env.LAD_SWR_S, 600),
    logLevel: (env.LOG_LEVEL as Config['logLevel']) ?? 'info',
  };
}
