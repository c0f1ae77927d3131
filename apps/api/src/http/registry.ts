import type { Role } from '@lad/sdk';
import type { Handler, Hono, MiddlewareHandler } from 'hono';
import type * as z from 'zod/mini';
import type { AppEnv } from './env.js';

/**
 * Who may call a route: anyone (read), anyone with an idempotency key (public write), anyone
 * from the console page (`console`: signing in — writes need the console's Origin and
 * `X-LAD-Console`), a signed-in person (`session`, the same rule for writes), or curators in
 * the roles listed (a bearer token or a session).
 */
export type Access = 'public' | 'public-write' | 'console' | 'session' | readonly Role[];

/** One route, described once: Hono serves it and the OpenAPI document lists it. */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. `/v1/commitments/{id}`. */
  path: string;
  /** Hono path when it differs from the OpenAPI one (a parameter with a suffix such as `.ics`). */
  honoPath?: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  query?: z.ZodMiniObject;
  body?: {
    schema?: z.core.$ZodType;
    contentType: string;
    /** Other media types the route reads as well (an import's Excel workbook), under the same size limit. */
    otherContentTypes?: string[];
    description?: string;
  };
  response: { status: number; description: string; schema?: z.core.$ZodType; contentType?: string };
  /** Problem statuses this route answers with, beyond 500. */
  errors: number[];
  /**
   * `revision`: public read cached by the data revision; `minute`: the same, plus the current
   * minute (answers that depend on the clock, such as registration states); `none`.
   */
  cache: 'revision' | 'minute' | 'none';
}

export interface Registry {
  routes: RouteSpec[];
  add(spec: RouteSpec, ...handlers: (MiddlewareHandler<AppEnv> | Handler<AppEnv>)[]): void;
}

/** Collects routes; `mount` hands them to Hono with the middleware their spec asks for. */
export function createRegistry(): Registry & {
  mount(app: Hono<AppEnv>, middleware: (spec: RouteSpec) => MiddlewareHandler<AppEnv>[]): void;
} {
  const entries: { spec: RouteSpec; handlers: (MiddlewareHandler<AppEnv> | Handler<AppEnv>)[] }[] = [];
  return {
    routes: [],
    add(spec, ...handlers) {
      this.routes.push(spec);
      entries.push({ spec, handlers });
    },
    mount(app, middleware) {
      for (const { spec, handlers } of entries) {
        const path = spec.honoPath ?? spec.path.replace(/\{(\w+)\}/g, ':$1');
        // Hono's overloads cannot type a spread of handlers; the handlers are typed above.
        const on = app.on.bind(app) as (
          method: string,
          path: string,
          ...h: MiddlewareHandler<AppEnv>[]
        ) => void;
        on(
          spec.method.toUpperCase(),
          path,
          ...middleware(spec),
          ...(handlers as MiddlewareHandler<AppEnv>[]),
        );
      }
    },
  };
}
