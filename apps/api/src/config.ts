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
  /**
   * How many days before a meeting its agenda is promised to be public (R5), `LAD_AGENDA_LEAD_DAYS`
   * (default 21): the console warns a curator who publishes later.
   */
  agendaLeadDays: number;
  /** Public reads may be cached this long, and served stale while revalidating this long. */
  maxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
  logLevel: 'silent' | 'error' | 'info';
  /**
   * Where e-mail leaves (`SMTP_URL`, e.g. `smtp://user:pass@host:587`, `smtps://…:465`), or
   * `null`: then messages stay `pending` in the outbox, readable in the console.
   */
  smtpUrl: string | null;
  /** The `From` of e-mail (`MAIL_FROM`); default `LAD <no-reply@<host of LAD_PUBLIC_URL>>`. */
  mailFrom: string;
  /** Sending attempts of one message before it is `failed` (`LAD_MAIL_MAX_ATTEMPTS`, default 10). */
  mailMaxAttempts: number;
  /** Days a sent or failed message keeps its address (`LAD_MAIL_RETENTION_DAYS`, default 30). */
  mailRetentionDays: number;
  /** How often the outbox worker looks for mail to send (`LAD_MAIL_INTERVAL_MS`, default 15 000). */
  mailIntervalMs: number;
  /** Single sign-on through one OpenID Connect provider, or `null` when `OIDC_ISSUER` is not set. */
  oidc: OidcConfig | null;
}

/**
 * One OpenID Connect provider (Microsoft Entra, Google Workspace, Keycloak…) people may sign in
 * to the console with. One is enough for a ministry's deployment; several are not supported.
 */
export interface OidcConfig {
  /** The issuer, whose `/.well-known/openid-configuration` is read: `https://accounts.google.com`. */
  issuer: string;
  clientId: string;
  /** `null` for a public client (PKCE alone). */
  clientSecret: string | null;
  /** The provider's name on the console's button ("Sign in with Microsoft"). */
  name: string;
  /** `<LAD_PUBLIC_URL>/v1/auth/oidc/callback`: the address to register at the provider. */
  redirectUri: string;
}

function int(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback;
}

/** The OIDC_* variables, or `null` when `OIDC_ISSUER` is not set; throws when they do not fit together. */
function loadOidc(env: Record<string, string | undefined>, publicUrl: string): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  if (!URL.canParse(issuer)) throw new Error('OIDC_ISSUER must be a URL, e.g. https://accounts.google.com.');
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('OIDC_ISSUER is set: set OIDC_CLIENT_ID too.');
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET || null,
    name: env.OIDC_NAME?.trim() || 'SSO',
    redirectUri: `${publicUrl}/v1/auth/oidc/callback`,
  };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const port = int(env.PORT, 8787);
  const publicUrl = (env.LAD_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    publicUrl,
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
    agendaLeadDays: Math.max(0, Math.floor(int(env.LAD_AGENDA_LEAD_DAYS, 21))),
    proposalsPublic: env.LAD_PROPOSALS_PUBLIC === 'on_receipt' ? 'on_receipt' : 'after_review',
    maxAgeSeconds: int(env.LAD_MAX_AGE_S, 60),
    staleWhileRevalidateSeconds: int(env.LAD_SWR_S, 600),
    logLevel: (env.LOG_LEVEL as Config['logLevel']) ?? 'info',
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom:
      env.MAIL_FROM?.trim() ||
      `LAD <no-reply@${URL.canParse(publicUrl) ? new URL(publicUrl).hostname : 'localhost'}>`,
    mailMaxAttempts: Math.max(1, int(env.LAD_MAIL_MAX_ATTEMPTS, 10)),
    mailRetentionDays: Math.max(1, int(env.LAD_MAIL_RETENTION_DAYS, 30)),
    mailIntervalMs: Math.max(100, int(env.LAD_MAIL_INTERVAL_MS, 15_000)),
    oidc: loadOidc(env, publicUrl),
  };
}
