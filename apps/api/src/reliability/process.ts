import { type ChildProcess, spawn } from 'node:child_process';
import pg from 'pg';

// What the process-level suites (crash, load) share: a fresh database of the kind under test,
// and the built API started as its own process.

const main = new URL('../../dist/main.js', import.meta.url).pathname;

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
export function startApi(
  url: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: '0', DATABASE_URL: url, LOG_LEVEL: 'silent', LAD_MIN_FILL_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /LAD API: (http:\/\/\S+)\/v1\/health/.exec(out);
      if (m) resolve({ child, base: (m[1] as string).replace('localhost', '127.0.0.1') });
    });
    child.once('exit', (code) => reject(new Error(`API exited (${code}) before listening: ${out}`)));
  });
}
