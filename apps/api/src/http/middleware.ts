import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { currentRevision } from '../db/index.js';
import { findActor } from '../store/tokens.js';
import { hmac } from '../store/util.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';
import type { RouteSpec } from './registry.js';

const deps = (c: Context<AppEnv>) => c.get('deps');

/** Curation routes: a valid bearer token (401) whose role the route allows (403). */
export function requireRole(spec: RouteSpec): MiddlewareHandler<AppEnv> {
  const roles = spec.access as readonly string[];
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match?.[1] ? await findActor(deps(c).db.kysely, match[1]) : undefined;
    if (!actor) {
      throw new ProblemError(401, 'unauthorized', {
        headers: { 'www-authenticate': 'Bearer realm="lad-curation"' },
      });
    }
    if (!roles.includes(actor.role)) {
      throw new ProblemError(403, 'forbidden', {
        detail: `This needs one of the roles: ${roles.join(', ')}.`,
      });
    }
    c.set('actor', actor);
    await next();
    c.header('cache-control', 'no-store');
  };
}

/**
 * Public reads: the ETag is the data revision (plus the minute for clock-dependent answers),
 * read before anything else, so a matching `If-None-Match` is answered 304 with no other query.
 */
export function publicCache(spec: RouteSpec): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, config, now } = deps(c);
    const revision = await currentRevision(db.kysely);
    const minute = spec.cache === 'minute' ? `-${Math.floor(now().getTime() / 60_000).toString(36)}` : '';
    const etag = `W/"${revision}${minute}"`;
    const cacheControl = `public, max-age=${config.maxAgeSeconds}, stale-while-revalidate=${config.staleWhileRevalidateSeconds}`;
    const match = c.req.header('if-none-match');
    if (match?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
      return c.body(null, 304, { etag, 'cache-control': cacheControl, vary: 'Accept-Encoding' });
    }
    await next();
    if (c.res.status === 200) {
      c.header('etag', etag);
      c.header('cache-control', cacheControl);
    }
  };
}

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/** Public writes need an `Idempotency-Key` (printable ASCII, up to 255 characters). */
export const requireIdempotencyKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (!key || !KEY_FORMAT.test(key)) {
    throw new ProblemError(400, 'idempotency-key-required', {
      detail: 'Send an Idempotency-Key header (1–255 printable ASCII characters), the same on every retry.',
    });
  }
  await next();
  c.header('cache-control', 'no-store');
};

/** Refuses bodies over `maxSize` bytes with a 413 problem, before reading them. */
export function limitBody(maxSize: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ProblemError(413, 'payload-too-large', { detail: `The limit is ${maxSize} bytes.` });
    },
  });
}

/**
 * The caller's address, hashed with the server secret: rate limits count per address without
 * keeping the address itself.
 */
export function clientKey(c: Context<AppEnv>): string {
  const { config, secret } = deps(c);
  let address: string | undefined;
  if (config.trustProxy) address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  if (!address) {
    try {
      address = getConnInfo(c).remote.address;
    } catch {
      address = undefined;
    }
  }
  return hmac(secret, address ?? 'unknown');
}
