import type { AccountRole } from '@lad/sdk';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { findSession, SESSION_LIMITS, type Session } from '../store/accounts.js';
import type { Actor, AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/** The console's session cookie. */
export const SESSION_COOKIE = 'lad_session';

/** The header the console sends on every write, which no other site can make a browser send. */
export const CONSOLE_HEADER = 'x-lad-console';

/** The header naming the role a person acts in: `<role>` or `<role>:<scope>`. */
export const ROLE_HEADER = 'x-lad-role';

const deps = (c: Context<AppEnv>) => c.get('deps');

/** The session cookie's value, if the request carries one. */
export const sessionCookieOf = (c: Context<AppEnv>): string | undefined => getCookie(c, SESSION_COOKIE);

/**
 * Whether the cookie needs `Secure`: always, unless the public URL is plain HTTP on this very
 * machine (a developer's `http://localhost:8787`, where a secure cookie would never be sent).
 */
function secureCookie(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return !(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

/**
 * Hands the browser a session: HttpOnly (no script reads it), SameSite=Lax (not sent with
 * another site's requests), for the whole site, and kept no longer than a session can live.
 */
export function setSessionCookie(c: Context<AppEnv>, value: string): void {
  setCookie(c, SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secureCookie(deps(c).config.publicUrl),
    maxAge: SESSION_LIMITS.absoluteMs / 1000,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secureCookie(deps(c).config.publicUrl),
  });
}

/** The origins the console is served from: the public URL's, and the request's own when no public URL is set. */
export function consoleOrigins(c: Context<AppEnv>): string[] {
  const { config } = deps(c);
  const origins = [new URL(config.publicUrl).origin];
  if (!config.publicUrlSet) origins.push(new URL(c.req.url).origin);
  return origins;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: a write that a browser would send with the session cookie must come from the console
 * page itself — `Origin` is the console's origin, and `X-LAD-Console: 1` is set, a header no
 * other site can add without a CORS preflight, which the API never grants for it. 403 `csrf`
 * otherwise. Reads pass: they change nothing and other sites cannot read their answers.
 */
export function checkConsoleRequest(c: Context<AppEnv>): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  const origin = c.req.header('origin');
  if (!origin || !consoleOrigins(c).includes(origin) || c.req.header(CONSOLE_HEADER) !== '1') {
    throw new ProblemError(403, 'csrf', {
      detail: 'Send writes from the console: with its Origin and the header X-LAD-Console: 1.',
    });
  }
}

/** The live session of the request's cookie, if there is one (remembered for the request). */
export async function currentSession(c: Context<AppEnv>): Promise<Session | undefined> {
  const known = c.get('session');
  if (known) return known;
  const cookie = sessionCookieOf(c);
  if (!cookie) return undefined;
  const session = await findSession(deps(c).db.kysely, cookie, deps(c).now());
  if (session) c.set('session', session);
  return session;
}

/** A role as the header writes it: `country:HT`, `secretariat`. */
const pairName = (p: AccountRole) => (p.scope ? `${p.role}:${p.scope}` : p.role);

/**
 * The role a person acts in for this request: the pair `X-LAD-Role` names (`<role>` or
 * `<role>:<scope>`), else their only pair. 400 `role-required` when the choice is theirs to
 * make (it lists their roles); 403 when they do not hold the role named.
 */
export function actingAs(session: Session, header: string | undefined): Actor {
  const held = session.roles;
  let chosen: AccountRole[] = held;
  if (header !== undefined && header.trim() !== '') {
    const value = header.trim();
    const colon = value.indexOf(':');
    const role = colon === -1 ? value : value.slice(0, colon);
    const scope = colon === -1 ? undefined : value.slice(colon + 1);
    chosen = held.filter((p) => p.role === role && (scope === undefined || p.scope === scope));
    if (!chosen.length)
      throw new ProblemError(403, 'forbidden', { detail: `You do not hold the role ${value}.` });
  }
  if (!held.length) throw new ProblemError(403, 'forbidden', { detail: 'You hold no role yet.' });
  const [only] = chosen;
  if (chosen.length > 1 || !only) {
    throw new ProblemError(400, 'role-required', {
      detail: `You hold several roles: say which one you act in with the header X-LAD-Role (one of: ${chosen.map(pairName).join(', ')}).`,
      roles: chosen,
    });
  }
  return {
    tokenId: null,
    accountId: session.account.id,
    role: only.role,
    scope: only.scope,
    label: session.account.name,
  };
}

/** Routes of any signed-in person (`access: 'session'`): 401 without a live session; writes from the console only. */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  checkConsoleRequest(c);
  if (!(await currentSession(c))) throw new ProblemError(401, 'unauthorized', { detail: 'Sign in again.' });
  await next();
  c.header('cache-control', 'no-store');
};

/** Routes open to anyone but meant for the console (`access: 'console'`): writes from the console only. */
export const fromConsole: MiddlewareHandler<AppEnv> = async (c, next) => {
  checkConsoleRequest(c);
  await next();
  c.header('cache-control', 'no-store');
};
