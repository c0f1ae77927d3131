import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { spawnApi } from '../spawn.js';

// What the process-level suites (crash, load) share: a fresh database of the kind under test,
// and the built API started as its own process (the helper the benchmark and the demo's
// end-to-end tests use too).

/** A fresh database for `name`: a SQLite file in `dir`, or a PostgreSQL database made anew. */
export async function freshDatabase(kind: string, dir: string, name: string): Promise<string> {
  if (kind === 'sqlite') return `file:${dir}/${name}.sqlite`;
  const base = process.env.LAD_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The built API on `url`, in a process of its own, once it listens. */
export async function startApi(
  url: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; base: string }> {
  const { child, url: base } = await spawnApi({ database: url, env: { LAD_MIN_FILL_MS: '0', ...env } });
  return { child, base };
}
