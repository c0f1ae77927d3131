import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { Kysely, type LogEvent, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

export type { Database } from './schema.js';
export type Dialect = 'sqlite' | 'postgres';

/** An open database: the query builder, which kind it is, and how to close it. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** Where it is, without any password: for logs. */
  label: string;
  /** PostgreSQL schema in use, when not the default. */
  schema?: string | undefined;
  close(): Promise<void>;
}

/** The repository root (the folder with `pnpm-workspace.yaml`), where `data/` lives by default. */
export const REPO_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
})();
/** The embedded default: a SQLite file at the repository root, created on first start. */
export const DEFAULT_DATABASE_URL = `file:${resolve(REPO_ROOT, 'data/lad.sqlite')}`;

// int8 (counts, bigserial) arrives as a string from pg; our counts fit in a double.
pg.types.setTypeParser(20, (value) => Number(value));

/** Options of {@link openDatabase}. */
export interface OpenOptions {
  /** PostgreSQL: the schema to use (tests give each file its own). */
  searchPath?: string;
  /** PostgreSQL: pool size. */
  max?: number;
  /** Sees every query (tests read query plans with it). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
}

const logger = (options: OpenOptions) =>
  options.onQuery
    ? {
        log: (event: LogEvent) => {
          if (event.level === 'query') options.onQuery?.(event.query.sql, event.query.parameters);
        },
      }
    : {};

function openSqlite(path: string, options: OpenOptions): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // With WAL, NORMAL loses no committed transaction when the process dies; only a power cut
  // can drop the last ones.
  database.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }), ...logger(options) });
  return { kysely, dialect: 'sqlite', label: `sqlite:${path}`, close: () => kysely.destroy() };
}

function openPostgres(url: string, options: OpenOptions): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...logger(options) });
  const safe = new URL(url);
  safe.password = '';
  return {
    kysely,
    dialect: 'postgres',
    label: safe.toString(),
    schema: options.searchPath,
    close: () => kysely.destroy(),
  };
}

async function openPglite(options: OpenOptions): Promise<Db> {
  const [{ PGlite }, { pglitePool }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('./pglite.js'),
  ]);
  const pool = pglitePool(new PGlite());
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...logger(options) });
  return { kysely, dialect: 'postgres', label: 'pglite:memory', close: () => kysely.destroy() };
}

/**
 * Opens the database named by `url`:
 * - `file:<path>` (or a bare path): SQLite, embedded, WAL, foreign keys on; relative paths are
 *   resolved from the current directory; `file::memory:` for a throw-away database;
 * - `postgres://…` / `postgresql://…`: PostgreSQL through `pg`;
 * - `pglite:memory`: PostgreSQL compiled to WebAssembly, in memory (tests on machines without
 *   a server; needs the dev dependency `@electric-sql/pglite`).
 */
export async function openDatabase(
  url: string = DEFAULT_DATABASE_URL,
  options: OpenOptions = {},
): Promise<Db> {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, options);
  if (url.startsWith('pglite:')) return openPglite(options);
  const path = url.replace(/^file:/, '');
  return openSqlite(path === ':memory:' ? path : resolve(path), options);
}

/** Brings the schema up to date. Safe to run on every start and from several instances. */
export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: migrationProvider(db.dialect),
    ...(db.schema ? { migrationTableSchema: db.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${String(error)}`, { cause: error });
  }
  await db.kysely
    .insertInto('meta')
    .values({ key: 'revision', value: newRevision() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** A fresh data-revision token: public ETags change whenever it does. */
export function newRevision(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Marks public data as changed (call inside the writing transaction). */
export async function bumpRevision(db: Kysely<Database>): Promise<void> {
  await db.updateTable('meta').set({ value: newRevision() }).where('key', '=', 'revision').execute();
  localWrites++;
  // The write is not committed yet: until it surely is, read the revision every time.
  unsettledUntil = Date.now() + 1_000;
}

/** Writes made by this process; a remembered revision older than the last one is not used. */
let localWrites = 0;
/** Until then a write of this process may still be committing (real time, not the app clock). */
let unsettledUntil = 0;
const remembered = new WeakMap<object, { value: string; at: number; writes: number }>();

/**
 * The data revision, remembered for up to `maxAgeMs` (default 1 s) unless this process wrote
 * since: public reads then need no query at all to be answered 304 or from the answer cache.
 * Another instance's write is seen within `maxAgeMs` — far inside the `max-age` public answers
 * already carry.
 */
export async function recentRevision(db: Kysely<Database>, now: number, maxAgeMs = 1_000): Promise<string> {
  const settling = Date.now() < unsettledUntil;
  const hit = remembered.get(db);
  if (!settling && hit && hit.writes === localWrites && now - hit.at < maxAgeMs && now >= hit.at)
    return hit.value;
  const writes = localWrites;
  const value = await currentRevision(db);
  if (!settling) remembered.set(db, { value, at: now, writes });
  else remembered.delete(db);
  return value;
}

/** The current data revision: one indexed read, done before any other query of a public read. */
export async function currentRevision(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'revision').executeTakeFirst();
  return row?.value ?? '0';
}

/** Database-specific health check. */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db.kysely);
}

/**
 * True for a unique-constraint violation, in either database (SQLite's
 * `SQLITE_CONSTRAINT_UNIQUE`/`_PRIMARYKEY`, PostgreSQL's `23505`, PGlite's too).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
