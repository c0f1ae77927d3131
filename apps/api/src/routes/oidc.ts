import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as client from 'openid-client';
import * as z from 'zod/mini';
import type { OidcConfig } from '../config.js';
import type { AppEnv } from '../http/env.js';
import { clientKey } from '../http/middleware.js';
import { ProblemError } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { sessionCookieOf, setSessionCookie } from '../http/session.js';
import { createSession, normalizeEmail, personActor, revokeSession } from '../store/accounts.js';
import { type AuditActor, audit, NOBODY } from '../store/audit.js';
import {
  OIDC_LOGIN_MS,
  type OidcOutcome,
  type OidcProfile,
  resolveOidcAccount,
  saveOidcLogin,
  takeOidcLogin,
} from '../store/oidc.js';
import { hit } from '../store/rate-limit.js';
import { hmac, sha256 } from '../store/util.js';
import { deps } from './shared.js';

// Single sign-on with one OpenID Connect provider (Microsoft Entra, Google Workspace, Keycloak…):
// the authorization code flow with PKCE, `state` and `nonce`, through `openid-client`. A person's
// first sign-in links their provider subject to the account of the same verified email; with no
// such account (no accepted invitation) they are sent back to sign in: SSO never creates an
// account nor gives a role.

const TAG = 'Accounts';

/** Binds a sign-in under way to the browser that started it (against login CSRF). */
const LOGIN_COOKIE = 'lad_oidc';

/** What `GET /v1/auth/oidc` answers: whether the console shows a "Sign in with <name>" button. */
export const OidcSettings = z.object({
  enabled: z.boolean(),
  /** The provider's name for the button (`OIDC_NAME`); `null` when SSO is off. */
  name: z.nullable(z.string()),
});
export type OidcSettings = z.infer<typeof OidcSettings>;

/** Why a single sign-on came back to the sign-in page: `#/sign-in?sso=<code>`. */
export type OidcErrorCode =
  | 'no-account'
  | 'email-not-verified'
  | 'state-mismatch'
  | 'disabled'
  | 'rate-limited'
  | 'failed';

/** A console page to open after signing in: a hash route, never the sign-in page itself. */
const CONSOLE_ROUTE = /^#\/(?!sign-in)[\w\-./?=&%~:+,]{0,500}$/;

// Discovery is done once per provider and process; a failed one is tried again next time.
const configurations = new Map<string, Promise<client.Configuration>>();

/** Plain HTTP is allowed for a provider on this machine only (tests, a developer's Keycloak). */
const loopback = (issuer: URL) =>
  issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);

function configurationOf(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}\n${oidc.clientId}\n${oidc.clientSecret ? sha256(oidc.clientSecret) : ''}`;
  let found = configurations.get(key);
  if (!found) {
    const issuer = new URL(oidc.issuer);
    found = client.discovery(
      issuer,
      oidc.clientId,
      oidc.clientSecret ?? undefined,
      oidc.clientSecret ? undefined : client.None(),
      { timeout: 10, ...(loopback(issuer) ? { execute: [client.allowInsecureRequests] } : {}) },
    );
    configurations.set(key, found);
    found.catch(() => configurations.delete(key));
  }
  return found;
}

const configured = (c: Context<AppEnv>): OidcConfig => {
  const { oidc } = deps(c).config;
  if (!oidc) throw new ProblemError(404, 'not-found', { detail: 'Single sign-on is not configured.' });
  return oidc;
};

/** Whether the login cookie needs `Secure`: as the session cookie (not on plain-HTTP localhost). */
function secureCookie(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return !(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

const cookieOptions = (c: Context<AppEnv>) => ({
  httpOnly: true,
  // Lax: the provider's redirect back is a top-level GET from another site, which Lax lets through.
  sameSite: 'Lax' as const,
  // Under the public URL's own path, should the API be served below one (`https://example.org/lad`).
  path: `${new URL(deps(c).config.publicUrl).pathname.replace(/\/+$/, '')}/v1/auth/oidc`,
  secure: secureCookie(deps(c).config.publicUrl),
});

/** The console, at `route` (`#/`, `#/sign-in?sso=no-account`). */
const consoleAt = (c: Context<AppEnv>, route: string) => `${deps(c).config.publicUrl}/console/${route}`;

/** Back to the console's sign-in page, saying why (and where the person was going). */
function backToSignIn(c: Context<AppEnv>, code: OidcErrorCode, next: string | null = null) {
  const query = new URLSearchParams({ sso: code });
  if (next) query.set('next', next);
  return c.redirect(consoleAt(c, `#/sign-in?${query}`), 303);
}

/** Counts a sign-in attempt as password sign-ins do: per client address, or per account email. */
async function allowed(c: Context<AppEnv>, by: 'ip' | 'email', email?: string): Promise<boolean> {
  const { db, config, now, secret } = deps(c);
  const [bucket, limit] =
    by === 'ip'
      ? [`sign-in:ip:${clientKey(c)}`, config.signInLimitPerIp]
      : [`sign-in:email:${hmac(secret, email ?? '')}`, config.signInLimitPerEmail];
  return (await hit(db.kysely, bucket, limit, config.signInWindowSeconds, now())).allowed;
}

/** A failed single sign-on in the audit, as failed password sign-ins: by account, else by a keyed hash. */
async function auditFailure(
  c: Context<AppEnv>,
  entity: { type: string; id: string },
  reason: string,
  actor: AuditActor = NOBODY,
) {
  const { db, now } = deps(c);
  await audit(
    db.kysely,
    actor,
    'auth.sign-in-failed',
    entity,
    { method: { from: null, to: 'oidc' }, reason: { from: null, to: reason } },
    now(),
  );
}

/** The error code an `openid-client` failure is logged with (never a URL, a code or a token). */
function failureCode(error: unknown): string {
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError)
    return error.error;
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.name : 'unknown';
}

/** What the provider says about the person: the ID token's claims, else its userinfo endpoint's. */
async function profileOf(
  configuration: client.Configuration,
  issuer: string,
  tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>,
): Promise<OidcProfile> {
  const claims = tokens.claims();
  if (!claims) throw new Error('The provider sent no ID token.');
  let source: Record<string, unknown> = claims;
  // Some providers (and oidc-provider by default) put the email in userinfo, not the ID token.
  if (typeof claims.email !== 'string')
    source = {
      ...(await client.fetchUserInfo(configuration, tokens.access_token, claims.sub)),
      sub: claims.sub,
    };
  const email = typeof source.email === 'string' ? source.email : undefined;
  return {
    issuer,
    subject: claims.sub,
    email,
    // Microsoft Entra sends no `email_verified` for work accounts; its optional claim `xms_edov`
    // says the tenant owns the email's domain, and stands in for it only when it is absent.
    emailVerified:
      source.email_verified === true || (source.email_verified === undefined && source.xms_edov === true),
  };
}

export function registerOidc(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/auth/oidc',
      operationId: 'getOidcSettings',
      summary: 'Whether single sign-on is on, and the provider’s name for the button',
      tag: TAG,
      access: 'console',
      response: { status: 200, description: '`{ enabled, name }`.', schema: OidcSettings },
      errors: [],
      cache: 'none',
    },
    (c) => {
      const { oidc } = deps(c).config;
      return c.json({ enabled: oidc !== null, name: oidc?.name ?? null } satisfies OidcSettings);
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/auth/oidc/start',
      operationId: 'startOidcSignIn',
      summary: 'Single sign-on: go to the provider (a link the console’s button follows)',
      description:
        'Redirects to the provider’s authorization endpoint (authorization code flow with PKCE S256, `state` and `nonce`, scope `openid email`). The state, nonce and code verifier stay in the database for 10 minutes, good once; the cookie `lad_oidc` (HttpOnly, SameSite=Lax) binds them to this browser. `next`: a console route (`#/commitments/…`) to open afterwards. Counted against the client address’s sign-in attempts; over the limit, or when the provider cannot be reached, redirects to the console’s sign-in page with `sso=rate-limited` or `sso=failed`.',
      tag: TAG,
      access: 'console',
      query: z.object({ next: z.optional(z.string()) }),
      response: { status: 302, description: 'To the provider (or back to the console’s sign-in page).' },
      errors: [404],
      cache: 'none',
    },
    async (c) => {
      const oidc = configured(c);
      const { db, now, log } = deps(c);
      const asked = c.req.query('next');
      const next = asked && CONSOLE_ROUTE.test(asked) ? asked : null;
      if (!(await allowed(c, 'ip'))) return backToSignIn(c, 'rate-limited', next);
      let configuration: client.Configuration;
      try {
        configuration = await configurationOf(oidc);
      } catch (error) {
        log('error', { msg: 'oidc discovery failed', code: failureCode(error) });
        return backToSignIn(c, 'failed', next);
      }
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const cookie = await saveOidcLogin(db.kysely, { state, nonce, codeVerifier, next }, now());
      setCookie(c, LOGIN_COOKIE, cookie, { ...cookieOptions(c), maxAge: OIDC_LOGIN_MS / 1000 });
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: oidc.redirectUri,
        scope: 'openid email',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return c.redirect(url.href, 302);
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/auth/oidc/callback',
      operationId: 'finishOidcSignIn',
      summary: 'Single sign-on: where the provider sends the person back (the redirect URI to register)',
      description:
        'Checks `state` against the sign-in this browser started (else `sso=state-mismatch`), exchanges the code with the PKCE verifier and checks the ID token (signature, issuer, audience, nonce). A subject linked before signs in to its account. Otherwise the provider must say `email_verified: true` (else `sso=email-not-verified`) and an account must have that email — made by accepting an invitation (else `sso=no-account`; none is created); the first sign-in links the subject to it. Signs in with the `lad_session` cookie and redirects to the console; a refusal redirects to the console’s sign-in page with `sso=<code>`. Audited as `auth.sign-in` / `auth.sign-in-failed` with `method: oidc`.',
      tag: TAG,
      access: 'console',
      response: { status: 303, description: 'To the console (signed in) or to its sign-in page.' },
      errors: [404],
      cache: 'none',
    },
    async (c) => {
      const oidc = configured(c);
      const { db, now, log, secret } = deps(c);
      const cookie = getCookie(c, LOGIN_COOKIE);
      deleteCookie(c, LOGIN_COOKIE, cookieOptions(c));
      const login = cookie ? await takeOidcLogin(db.kysely, cookie, now()) : undefined;
      const received = new URL(c.req.url).searchParams;
      // Login CSRF: a callback this browser did not start (no cookie, another sign-in's state,
      // a used or expired one) signs no one in.
      if (!login || received.get('state') !== login.state) {
        if (await allowed(c, 'ip'))
          await auditFailure(c, { type: 'oidc-issuer', id: oidc.issuer }, 'state-mismatch');
        return backToSignIn(c, 'state-mismatch', login?.next ?? null);
      }
      const { next } = login;
      // The address the provider redirected to, as registered: behind a proxy the request's
      // own URL is not it, and the token endpoint compares the two.
      const current = new URL(oidc.redirectUri);
      current.search = received.toString();
      let profile: OidcProfile;
      try {
        const configuration = await configurationOf(oidc);
        const tokens = await client.authorizationCodeGrant(configuration, current, {
          pkceCodeVerifier: login.codeVerifier,
          expectedState: login.state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        });
        profile = await profileOf(configuration, oidc.issuer, tokens);
      } catch (error) {
        const code = failureCode(error);
        log('error', { msg: 'oidc sign-in failed', code });
        await auditFailure(c, { type: 'oidc-issuer', id: oidc.issuer }, `provider:${code}`.slice(0, 100));
        return backToSignIn(c, 'failed', next);
      }
      const email = profile.email ? normalizeEmail(profile.email) : undefined;
      if (email && !(await allowed(c, 'email', email))) return backToSignIn(c, 'rate-limited', next);
      const outcome: OidcOutcome = await resolveOidcAccount(db.kysely, profile, now());
      if (!outcome.ok) {
        await auditFailure(
          c,
          outcome.account
            ? { type: 'account', id: outcome.account.id }
            : email
              ? { type: 'email', id: hmac(secret, `email:${email}`) }
              : { type: 'oidc-subject', id: hmac(secret, `oidc:${profile.issuer}:${profile.subject}`) },
          outcome.reason,
          outcome.account ? personActor(outcome.account) : NOBODY,
        );
        return backToSignIn(c, outcome.code, next);
      }
      const { account } = outcome;
      const old = sessionCookieOf(c);
      if (old) await revokeSession(db.kysely, sha256(old), now());
      const session = await createSession(db.kysely, account.id, now());
      await audit(
        db.kysely,
        personActor(account),
        'auth.sign-in',
        { type: 'account', id: account.id },
        { method: { from: null, to: 'oidc' } },
        now(),
      );
      setSessionCookie(c, session.cookie);
      return c.redirect(consoleAt(c, next ?? '#/'), 303);
    },
  );
}
