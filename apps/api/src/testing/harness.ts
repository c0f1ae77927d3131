import type { Role } from '@lad/sdk';
import pg from 'pg';
import { type Config, loadConfig } from '../config.js';
import { type Db, migrate, type OpenOptions, openDatabase } from '../db/index.js';
import { createApp } from '../http/app.js';
import type { Deps } from '../http/env.js';
import { seed } from '../seed/index.js';
import { createToken, TOKEN_DAYS } from '../store/tokens.js';

/** The clock every test starts at: registration windows and agendas are laid out around it. */
export const T0 = new Date('2026-03-02T15:00:00.000Z');

async function openTestDatabase(
  options: OpenOptions,
): Promise<{ db: Db; drop: () => Promise<void>; kind: string }> {
  const kind = process.env.LAD_TEST_DB ?? 'sqlite';
  if (kind === 'sqlite') {
    const db = await openDatabase('file::memory:', options);
    return { db, kind: 'sqlite', drop: async () => {} };
  }
  const url = process.env.LAD_TEST_DATABASE_URL;
  if (!url) {
    const db = await openDatabase('pglite:memory', options);
    return { db, kind: 'pglite', drop: async () => {} };
  }
  // A real PostgreSQL: each test file gets its own schema, dropped afterwards. Unreachable
  // fails here, loudly.
  const schema = `lad_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`LAD_TEST_DATABASE_URL is set but PostgreSQL is unreachable at ${url}: ${String(error)}`);
  }
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = await openDatabase(url, { ...options, searchPath: schema, max: 5 });
  return {
    db,
    kind: 'postgres',
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

export interface Harness {
  app: ReturnType<typeof createApp>['app'];
  routes: ReturnType<typeof createApp>['routes'];
  openapi: ReturnType<typeof createApp>['openapi'];
  db: Db;
  deps: Deps;
  /** Which database runs: `sqlite`, `pglite` or `postgres`. */
  kind: string;
  clock: { now: Date; advance(ms: number): void; set(date: Date | string): void };
  logs: Record<string, unknown>[];
  token(role: Role, scope?: string | null): Promise<string>;
  close(): Promise<void>;
}

/**
 * A fresh API over a fresh database (migrated, seeded with reference and demo data laid out
 * around {@link T0}) with a controllable clock and captured logs.
 */
export async function createHarness(
  overrides: Partial<Config> = {},
  options: { demo?: boolean } & Pick<OpenOptions, 'onQuery'> = {},
): Promise<Harness> {
  const { db, drop, kind } = await openTestDatabase(options.onQuery ? { onQuery: options.onQuery } : {});
  await migrate(db);
  await seed(db.kysely, { demo: options.demo ?? true, now: T0 });
  const clock = {
    now: new Date(T0),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
    set(date: Date | string) {
      this.now = new Date(date);
    },
  };
  const logs: Record<string, unknown>[] = [];
  const config: Config = {
    ...loadConfig({}),
    logLevel: 'info',
    minFillMs: 3_000,
    rateLimitPerIp: 1_000,
    rateLimitPerEmail: 1_000,
    trustedProxies: 1,
    ...overrides,
  };
  const deps: Deps = {
    db,
    config,
    now: () => clock.now,
    secret: 'test-secret',
    log: (level, fields) => logs.push({ level, ...fields }),
  };
  const { app, routes, openapi } = createApp(deps);
  return {
    app,
    routes,
    openapi,
    db,
    deps,
    kind,
    clock,
    logs,
    token: async (role, scope = null) =>
      (await createToken(db.kysely, role, scope, `test ${role}`, clock.now, { days: TOKEN_DAYS.max })).token,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

/** JSON request helpers over `app.request()`. */
export function client(h: Harness) {
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    h.app.request(path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        'x-forwarded-for': '203.0.113.7',
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  return {
    request,
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) =>
      request('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) =>
      request('PATCH', path, body, headers),
    put: (path: string, body: unknown, headers?: Record<string, string>) =>
      request('PUT', path, body, headers),
    json: async <T = any>(response: Response): Promise<T> => (await response.json()) as T,
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

// For tests that drive the built API from outside (the console's walk-through of meetings): a
// real SMTP server to point `SMTP_URL` at, and every word of the e-mails, to compare what
// arrives with. `smtp-server` and `mailparser` (development dependencies) load only when a test
// server is started.
export type { ReceivedMail, SmtpBehaviour, TestSmtp } from '../mail/testing.js';
export { MAIL_TEXTS, type MailTexts } from '../mail/texts.js';

/** A real SMTP server on 127.0.0.1 keeping what it receives (see `startTestSmtp` in src/mail/testing.ts). */
export async function startTestSmtp(
  ...options: Parameters<typeof import('../mail/testing.js').startTestSmtp>
): Promise<import('../mail/testing.js').TestSmtp> {
  const { startTestSmtp: start } = await import('../mail/testing.js');
  return start(...options);
}
