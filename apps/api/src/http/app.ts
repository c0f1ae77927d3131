import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { registerAudit } from '../routes/audit.js';
import { registerAuth } from '../routes/auth.js';
import { registerBodies } from '../routes/bodies.js';
import { registerCommitments } from '../routes/commitments.js';
import { registerEvents } from '../routes/events.js';
import { registerImports } from '../routes/imports.js';
import { registerIndicators } from '../routes/indicators.js';
import { registerOidc } from '../routes/oidc.js';
import { registerOutbox } from '../routes/outbox.js';
import { registerParticipation } from '../routes/participation.js';
import { registerPeople } from '../routes/people.js';
import { registerProposalsAdmin } from '../routes/proposals-admin.js';
import { registerReference, VERSION } from '../routes/reference.js';
import { registerSelection } from '../routes/selection.js';
import { compress } from './compress.js';
import { mountDocs } from './docs.js';
import type { AppEnv, Deps } from './env.js';
import { limitBody, publicCache, requireIdempotencyKey, requireRole } from './middleware.js';
import { buildOpenApi, namedSchemas } from './openapi.js';
import { asProblem, ProblemError } from './problem.js';
import { createRegistry, type RouteSpec } from './registry.js';
import { fromConsole, requireSession, sessionCookieOf } from './session.js';

const JSON_LIMIT = 256 * 1024;
const CSV_LIMIT = 20 * 1024 * 1024;

/** The middleware a route's spec asks for, in order. */
function middlewareFor(spec: RouteSpec) {
  const chain = [];
  if (spec.access === 'public-write') chain.push(requireIdempotencyKey);
  else if (spec.access === 'console') chain.push(fromConsole);
  else if (spec.access === 'session') chain.push(requireSession);
  else if (Array.isArray(spec.access)) chain.push(requireRole(spec));
  if (spec.body) chain.push(limitBody(spec.body.contentType === 'text/csv' ? CSV_LIMIT : JSON_LIMIT));
  if (spec.method === 'get' && spec.access === 'public' && spec.cache !== 'none')
    chain.push(publicCache(spec));
  return chain;
}

/**
 * The whole API as a Hono app. Tests call `app.request()`; the server hands it to
 * `@hono/node-server`. `extend` lets the server add routes (widget files, demo) before the
 * catch-all 404.
 */
/** `value` percent-decoded, or as it is when it is not valid percent-encoding. */
function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** Whether a request came over HTTPS (as the outermost trusted proxy saw it, when there is one). */
function isHttps(url: string, forwardedProto: string | undefined, trustedProxies: number): boolean {
  if (trustedProxies > 0 && forwardedProto) return forwardedProto.split(',')[0]?.trim() === 'https';
  return url.startsWith('https:');
}

/** True for a method and path of a curation route (one that needs a token). */
function curationMatcher(routes: RouteSpec[]): (method: string, path: string) => boolean {
  const patterns = routes
    .filter((r) => Array.isArray(r.access))
    .map((r) => ({
      method: r.method.toUpperCase(),
      path: new RegExp(
        `^${r.path
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^$()[\]\\|{}]/g, '\\$&'))
          .join('[^/]+')}$`,
      ),
    }));
  return (method, path) =>
    patterns.some(
      (p) => (p.method === method || (method === 'HEAD' && p.method === 'GET')) && p.path.test(path),
    );
}

export function createApp(deps: Deps, extend?: (app: Hono<AppEnv>) => void) {
  const app = new Hono<AppEnv>();
  const registry = createRegistry();
  registerReference(registry);
  registerCommitments(registry);
  registerImports(registry);
  registerIndicators(registry);
  registerEvents(registry);
  registerParticipation(registry);
  registerSelection(registry);
  registerProposalsAdmin(registry);
  registerOutbox(registry);
  registerAudit(registry);
  registerAuth(registry);
  registerBodies(registry);
  registerPeople(registry);
  registerOidc(registry);
  const openapi = buildOpenApi(registry.routes, namedSchemas(), VERSION);

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    // Route patterns, not URLs; never bodies, queries, addresses or tokens: no personal data in logs.
    if (deps.config.logLevel === 'info' || (c.res.status >= 500 && deps.config.logLevel !== 'silent')) {
      deps.log(c.res.status >= 500 ? 'error' : 'info', {
        msg: 'request',
        id: c.get('requestId'),
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      });
    }
  });
  app.use(
    '*',
    secureHeaders({
      // Widget files and public JSON are fetched from partner sites.
      crossOriginResourcePolicy: 'cross-origin',
      crossOriginOpenerPolicy: false,
      // Sent below, over HTTPS only: over plain HTTP it means nothing and misleads.
      strictTransportSecurity: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'self'"],
      },
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (isHttps(c.req.url, c.req.header('x-forwarded-proto'), deps.config.trustedProxies))
      c.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  // A preflight's answer depends on the method and headers it asks about too. Registered before
  // `cors`, which answers preflights itself.
  app.use('*', async (c, next) => {
    await next();
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      const vary = new Set(
        (c.res.headers.get('vary') ?? '')
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      );
      for (const h of ['Origin', 'Access-Control-Request-Method', 'Access-Control-Request-Headers'])
        vary.add(h);
      c.res.headers.set('vary', [...vary].join(', '));
    }
  });
  const writers = new Set(deps.config.corsOrigins);
  const curation = curationMatcher(registry.routes);
  app.use(
    '*',
    cors({
      // Public reads are open to every origin; writes and curation reads (personal data, the
      // audit log) only to the configured ones (`*` in the demo).
      origin: (origin, c) => {
        // Signing in and anything sent with the console's session cookie are same-origin
        // only: no grant to any other site, and never with credentials.
        if (c.req.path.startsWith('/v1/auth/') || sessionCookieOf(c) !== undefined) return null;
        const method = c.req.header('access-control-request-method') ?? c.req.method;
        if ((method === 'GET' || method === 'HEAD') && !curation(method, c.req.path)) return '*';
        return writers.has('*') ? '*' : writers.has(origin) ? origin : null;
      },
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['content-type', 'idempotency-key', 'authorization', 'accept-language', 'if-match'],
      exposeHeaders: ['etag', 'retry-after', 'idempotent-replayed'],
      maxAge: 86400,
    }),
  );
  app.use('*', compress());

  // A NUL byte can be neither stored nor compared by PostgreSQL: no address with one can name
  // anything, and no query with one can match.
  app.use('/v1/*', async (c, next) => {
    if (c.req.path.includes('\u0000')) throw new ProblemError(404, 'not-found');
    if (decodeURIComponentSafe(new URL(c.req.url).search).includes('\u0000'))
      throw new ProblemError(400, 'malformed-request', { detail: 'The query holds a NUL character.' });
    await next();
  });

  app.onError((error, c) => {
    // What the database said stays in the log: an answer never carries a database message.
    const problem = asProblem(error, c.get('requestId'), (fields) =>
      deps.log('error', { msg: 'unhandled', id: c.get('requestId'), route: c.req.routePath, ...fields }),
    );
    const headers: Record<string, string> = {
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
      ...(problem.extra.headers ?? {}),
    };
    return new Response(JSON.stringify(problem.body(c.req.path)), { status: problem.status, headers });
  });

  app.get('/v1/openapi.json', (c) => c.json(openapi));
  mountDocs(app);
  registry.mount(app, middlewareFor);
  extend?.(app);
  app.notFound((c) => {
    throw new ProblemError(404, 'not-found', { detail: `Nothing at ${c.req.method} ${c.req.path}.` });
  });
  return { app, routes: registry.routes, openapi };
}
