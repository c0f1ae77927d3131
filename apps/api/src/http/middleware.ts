import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { recentRevision } from '../db/index.js';
import { findActor } from '../store/tokens.js';
import { hmac } from '../store/util.js';
import { chooseEncoding, encodeBody } from './compress.js';
import type { Actor, AppEnv } from './env.js';
import { feedLocale } from './locale.js';
import { ProblemError } from './problem.js';
import type { RouteSpec } from './registry.js';
import { actingAs, checkConsoleRequest, currentSession, ROLE_HEADER, sessionCookieOf } from './session.js';

const deps = (c: Context<AppEnv>) => c.get('deps');

/**
 * Curation routes: a valid bearer token, or — with no `Authorization` header — a live console
 * session (401 without either), acting in a role the route allows (403). A person acts in the
 * pair `X-LAD-Role` names, else their only one (400 `role-required` when they hold several);
 * their writes must come from the console (403 `csrf`).
 */
export function requireRole(spec: RouteSpec): MiddlewareHandler<AppEnv> {
  const roles = spec.access as readonly string[];
  return async (c, next) => {
    const header = c.req.header('authorization');
    let actor: Actor | undefined;
    if (header === undefined && sessionCookieOf(c) !== undefined) {
      // Checked before the session is even looked up: a forged write learns nothing and
      // keeps no session alive.
      checkConsoleRequest(c);
      const session = await currentSession(c);
      if (session) actor = actingAs(session, c.req.header(ROLE_HEADER));
    } else {
      const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
      actor = match?.[1] ? await findActor(deps(c).db.kysely, match[1], deps(c).now()) : undefined;
    }
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

/** A public answer kept ready to send again, already encoded for its kind of client. */
interface Cached {
  body: Buffer;
  headers: [string, string][];
}

/**
 * Answers of public reads, ready to send, keyed by data revision, address, encoding and
 * language. A write changes the revision, so nothing stale is ever served (across instances
 * too: the revision is read from the database). Least recently used answers go first beyond
 * 32 MB.
 */
class AnswerCache {
  private readonly entries = new Map<string, Cached>();
  private bytes = 0;
  constructor(private readonly limit = 32 * 1024 * 1024) {}

  get(key: string): Cached | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** What an entry costs: its body, its key, its headers and a fixed overhead. */
  private static cost(key: string, value: Cached): number {
    return value.body.length + key.length * 2 + JSON.stringify(value.headers).length * 2 + 256;
  }

  set(key: string, value: Cached): void {
    const cost = AnswerCache.cost(key, value);
    if (cost > this.limit / 8) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= AnswerCache.cost(key, old);
    this.entries.set(key, value);
    this.bytes += cost;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.limit && this.entries.size <= 20_000) break;
      this.entries.delete(k);
      this.bytes -= AnswerCache.cost(k, v);
    }
  }
}

const answers = new WeakMap<object, AnswerCache>();

/** The query parameters `spec` declares, in a fixed order (the rest are ignored by the route too). */
function knownQuery(c: Context<AppEnv>, spec: RouteSpec): string {
  const known = spec.query ? Object.keys(spec.query.shape).sort() : [];
  const params = new URLSearchParams();
  for (const name of known) {
    const value = c.req.query(name);
    if (value !== undefined) params.append(name, value);
  }
  return params.toString();
}

/**
 * Public reads: the ETag is the data revision (plus the minute for clock-dependent answers),
 * read before anything else, so a matching `If-None-Match` is answered 304 with no other query,
 * and an answer already made for this revision is sent again without being made anew. A
 * request with `Cache-Control: no-cache` is always answered fresh.
 */
export function publicCache(spec: RouteSpec): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db, config, now } = deps(c);
    const revision = await recentRevision(db.kysely, now().getTime());
    const minute = spec.cache === 'minute' ? `-${Math.floor(now().getTime() / 60_000).toString(36)}` : '';
    // Calendar files are written in the reader's language: their tag and Vary say so, so no
    // shared cache hands one language to everyone. The language is the one the file is
    // written in, resolved, never the raw header (two headers giving one file share an entry).
    const byLanguage = /\.ics$/.test(c.req.path);
    const language = byLanguage ? `-${feedLocale(c)}` : '';
    const vary = byLanguage ? 'Accept-Encoding, Accept-Language' : 'Accept-Encoding';
    const etag = `W/"${revision}${minute}${language}"`;
    const cacheControl = `public, max-age=${config.maxAgeSeconds}, stale-while-revalidate=${config.staleWhileRevalidateSeconds}`;
    const match = c.req.header('if-none-match');
    const named = (tag: string) =>
      match?.split(',').some((t) => t.trim() === tag || t.trim() === '*') ?? false;
    if (named(etag)) {
      return c.body(null, 304, { etag, 'cache-control': cacheControl, vary });
    }
    // A route may tag its answer with a validator of its own (a commitment's version, for
    // If-Match): a client that holds that one is answered 304 as well.
    const unchanged = (own: string | null | undefined) =>
      own && own !== etag && named(own)
        ? new Response(null, { status: 304, headers: { etag: own, 'cache-control': cacheControl, vary } })
        : undefined;
    let cache = answers.get(db);
    if (!cache) {
      cache = new AnswerCache();
      answers.set(db, cache);
    }
    const encoding = chooseEncoding(c.req.header('accept-encoding') ?? '');
    // Only the parameters the route reads make an answer differ: anything else a client adds
    // cannot create a new entry.
    const key = `${etag}\n${c.req.method}\n${c.req.path}\n${knownQuery(c, spec)}\n${encoding}`;
    const fresh = /\bno-cache\b/.test(c.req.header('cache-control') ?? '');
    const hit = fresh ? undefined : cache.get(key);
    if (hit)
      return (
        unchanged(hit.headers.find(([name]) => name === 'etag')?.[1]) ??
        new Response(new Uint8Array(hit.body), { status: 200, headers: hit.headers })
      );
    await next();
    if (c.res.status !== 200) return;
    if (!c.res.headers.has('etag')) c.header('etag', etag);
    c.header('cache-control', cacheControl);
    const type = c.res.headers.get('content-type') ?? '';
    if (!c.res.body || c.res.headers.has('content-encoding') || type.includes('ndjson')) return;
    // Encoded here (the compression middleware leaves encoded answers alone) so a hit costs
    // no compression.
    const body = Buffer.from(await c.res.arrayBuffer());
    const packed = /^(application\/(json|problem\+json|javascript)|text\/)/i.test(type)
      ? await encodeBody(body, encoding)
      : null;
    const headers = new Headers(c.res.headers);
    headers.append('vary', vary);
    if (packed) {
      headers.set('content-encoding', encoding as string);
      headers.delete('content-length');
    }
    const out = packed ?? body;
    const list = [...headers.entries()];
    cache.set(key, { body: out, headers: list });
    c.res = unchanged(headers.get('etag')) ?? new Response(new Uint8Array(out), { status: 200, headers });
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
 * The address the outermost of `hops` trusted proxies saw: each proxy appends the address it
 * received the request from, so entries to its left were written by whoever sent the request —
 * possibly the client, possibly forged — and only the N-th entry from the right can be trusted.
 */
export function forwardedClient(header: string | undefined, hops: number): string | undefined {
  if (!header || hops < 1) return undefined;
  const entries = header
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - hops)];
}

/**
 * The caller's address, hashed with the server secret: rate limits count per address without
 * keeping the address itself.
 */
export function clientKey(c: Context<AppEnv>): string {
  const { config, secret } = deps(c);
  let address = forwardedClient(c.req.header('x-forwarded-for'), config.trustedProxies);
  if (!address) {
    try {
      address = getConnInfo(c).remote.address;
    } catch {
      address = undefined;
    }
  }
  return hmac(secret, address ?? 'unknown');
}
