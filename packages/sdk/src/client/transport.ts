import ky, { isHTTPError, isTimeoutError, type KyInstance, type Options } from 'ky';
import type * as z from 'zod/mini';
import { LadApiError, LadNetworkError, LadValidationError } from '../errors/index.js';
import type { Schema } from '../schemas/common.js';
import { Problem } from '../schemas/problem.js';
import { validate } from '../validate.js';

/** How the client retries. */
export interface LadRetryOptions {
  /** Retries after the first attempt. Default 2. */
  limit?: number;
  /** Longest wait between attempts, in ms. Default 10,000. */
  backoffLimit?: number;
  /** Wait before retry `attempt` (1-based), in ms. Default: 300 ms doubling, with jitter. */
  delay?: (attempt: number) => number;
}

/** Options of {@link createLadClient}. */
export interface LadClientOptions {
  /**
   * Where the API lives, without `/v1`: `https://api.example.org` or `https://example.org/lad`.
   */
  baseUrl: string | URL;
  /** A `fetch` to use instead of the global one (tests, proxies, edge runtimes). */
  fetch?: typeof globalThis.fetch;
  /** Preferred language, sent as `Accept-Language`. */
  locale?: string;
  /** Bearer token for curation calls, or a function returning it (called per request). */
  token?: string | (() => string | null | undefined | Promise<string | null | undefined>);
  /** Time allowed for each attempt, in ms. Default 10,000. */
  timeout?: number;
  /** Retries of reads and keyed writes; a number is the retry limit. `0` turns retries off. */
  retry?: number | LadRetryOptions;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** Options every call takes. */
export interface RequestOptions {
  /** Cancels the request (and any pending retry). */
  signal?: AbortSignal;
  /**
   * The browser cache mode of a read. `'no-cache'` asks the API again (with the ETag it has),
   * e.g. to show what a person just sent; public lists are otherwise cached for a minute.
   */
  cache?: RequestCache;
}

/** Options of public writes. */
export interface WriteOptions extends RequestOptions {
  /**
   * The idempotency key of this logical submission. Pass the key you stored with the draft so
   * a resend after a reload is recognised; when omitted, one is generated for this call and
   * reused on each of its retries.
   */
  idempotencyKey?: string;
}

/** Options of calls on a resource with versions (a commitment): `ETag` and `If-Match`. */
export interface VersionOptions {
  /**
   * The version the change was made on (an `ETag` from a read): sent as `If-Match`, so that the
   * change is refused (412 `precondition-failed`) when someone changed the resource meanwhile.
   */
  ifMatch?: string;
  /** Called with the answer's `ETag` — the version it holds — or `null` when it has none. */
  onEtag?: (etag: string | null) => void;
}

type Query = Record<string, string | number | boolean | null | undefined>;

const READ_RETRY_STATUS = [408, 429, 500, 502, 503, 504];
/** Longest `Retry-After` the client waits out by itself, in seconds. */
const MAX_RETRY_AFTER_S = 30;

/** The HTTP layer every resource client shares: made once per API by {@link createLadTransport}. */
export interface LadTransport {
  readonly root: string;
  url(path: string, query?: Query): string;
  get<S extends Schema>(
    schema: S,
    path: string,
    query?: Query,
    opts?: RequestOptions & Pick<VersionOptions, 'onEtag'>,
  ): Promise<z.output<S>>;
  text(path: string, query?: Query, opts?: RequestOptions): Promise<string>;
  send<S extends Schema>(
    schema: S,
    method: 'post' | 'put' | 'patch' | 'delete',
    path: string,
    body: unknown,
    opts?: RequestOptions & VersionOptions & { idempotencyKey?: string; query?: Query; contentType?: string },
  ): Promise<z.output<S>>;
}

function searchParams(query: Query | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  return params;
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function problemOf(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  try {
    const parsed = validate(Problem, await response.json());
    return parsed.success ? { ...parsed.data, status: response.status } : fallback;
  } catch {
    return fallback;
  }
}

async function toLadError(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
  if (signal?.aborted) return signal.reason ?? error;
  if (isHTTPError(error)) {
    const problem = await problemOf(error.response);
    return new LadApiError(problem, { retryAfter: retryAfterSeconds(error.response), cause: error });
  }
  if (isTimeoutError(error)) return new LadNetworkError('timeout', { cause: error });
  if (error instanceof Error && error.name === 'AbortError') return error;
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    const offline = (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;
    return new LadNetworkError(offline ? 'offline' : 'network', { cause: error });
  }
  return error;
}

/**
 * The HTTP layer of the client: base URL, fetch, retries, timeouts, token and error mapping.
 * Pair it with the resource clients you need (`commitmentsClient(transport)`, …) to keep a
 * browser bundle to the schemas of those resources; {@link createLadClient} combines them all.
 */
export function createLadTransport(options: LadClientOptions): LadTransport {
  const base = String(options.baseUrl).replace(/\/+$/, '');
  const root = `${base}/v1/`;
  const retry: LadRetryOptions =
    typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const limit = retry.limit ?? 2;
  const headers: Record<string, string> = { ...options.headers };
  if (options.locale) headers['accept-language'] = options.locale;

  const retryFor = (methods: Options['method'][], statusCodes: number[], signal?: AbortSignal) => ({
    limit,
    methods: methods as string[],
    statusCodes,
    afterStatusCodes: [429, 503],
    retryOnTimeout: true,
    backoffLimit: retry.backoffLimit ?? 10_000,
    ...(retry.delay ? { delay: retry.delay } : { jitter: (ms: number) => ms * (0.5 + Math.random() / 2) }),
    shouldRetry: ({ error }: { error: Error }) => {
      if (signal?.aborted) return false;
      // Don't sit out a long rate-limit window: give the caller the 429 and its Retry-After.
      if (isHTTPError(error) && (retryAfterSeconds(error.response) ?? 0) > MAX_RETRY_AFTER_S) return false;
      return undefined;
    },
  });

  const http: KyInstance = ky.create({
    prefixUrl: root,
    timeout: options.timeout ?? 10_000,
    headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        async (request) => {
          const token = typeof options.token === 'function' ? await options.token() : options.token;
          if (token) request.headers.set('authorization', `Bearer ${token}`);
        },
      ],
    },
  });

  async function parse<S extends Schema>(schema: S, response: Response): Promise<z.output<S>> {
    // A connection cut while the answer arrives is a network failure (resend with the same
    // key), not a malformed answer.
    let body: string;
    try {
      body = await response.text();
    } catch (cause) {
      throw new LadNetworkError('network', { cause });
    }
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (cause) {
      throw new LadValidationError(response.url, [
        { path: [], code: 'invalid_json', message: `Not JSON: ${String(cause)}` },
      ]);
    }
    const result = validate(schema, data);
    if (!result.success) throw new LadValidationError(response.url, result.errors);
    return result.data;
  }

  async function run(path: string, init: Options, signal: AbortSignal | undefined): Promise<Response> {
    try {
      return await http(path, { ...init, ...(signal ? { signal } : {}) });
    } catch (error) {
      throw await toLadError(error, signal);
    }
  }

  return {
    root,
    url(path, query) {
      const params = searchParams(query).toString();
      return `${root}${path}${params ? `?${params}` : ''}`;
    },
    async get(schema, path, query, opts = {}) {
      const response = await run(
        path,
        {
          method: 'get',
          searchParams: searchParams(query),
          headers: { accept: 'application/json' },
          retry: retryFor(['get'], READ_RETRY_STATUS, opts.signal),
          ...(opts.cache ? { cache: opts.cache } : {}),
        },
        opts.signal,
      );
      opts.onEtag?.(response.headers.get('etag'));
      return parse(schema, response);
    },
    async text(path, query, opts = {}) {
      const response = await run(
        path,
        {
          method: 'get',
          searchParams: searchParams(query),
          retry: retryFor(['get'], READ_RETRY_STATUS, opts.signal),
        },
        opts.signal,
      );
      return response.text();
    },
    async send(schema, method, path, body, opts = {}) {
      const keyed = opts.idempotencyKey !== undefined;
      const requestHeaders: Record<string, string> = { accept: 'application/json' };
      if (keyed) requestHeaders['idempotency-key'] = opts.idempotencyKey as string;
      if (opts.ifMatch !== undefined) requestHeaders['if-match'] = opts.ifMatch;
      const init: Options = {
        method,
        searchParams: searchParams(opts.query),
        headers: requestHeaders,
        // Keyed writes are safe to repeat: the API replays the first answer. A 409 means the
        // first attempt is still being processed, so waiting and asking again is right.
        // Writes without a key are retried only when idempotent by nature (PUT, DELETE).
        retry: keyed
          ? retryFor(['post', 'put', 'patch'], [...READ_RETRY_STATUS, 409], opts.signal)
          : retryFor(['put', 'delete'], READ_RETRY_STATUS, opts.signal),
      };
      if (opts.contentType) {
        init.body = body as BodyInit;
        requestHeaders['content-type'] = opts.contentType;
      } else if (body !== undefined) {
        init.json = body;
      }
      const response = await run(path, init, opts.signal);
      opts.onEtag?.(response.headers.get('etag'));
      return parse(schema, response);
    },
  };
}
