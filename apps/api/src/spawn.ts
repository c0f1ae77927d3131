import { type ChildProcess, spawn } from 'node:child_process';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

// The built API in a process of its own, for whatever drives it from outside: the benchmark
// (bench/run.mjs), the demo's end-to-end tests (which start the demo server, serve.mjs, the same
// way) and the reliability suites. Built to dist/spawn.js (`@lad/api/spawn`), so plain .mjs
// scripts import it with node alone.

/** The built API's entry (`pnpm --filter @lad/api build`); the same path from src/ and dist/. */
export const API_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** What dist/main.js prints once it listens; the group is its origin. */
export const API_READY = /LAD API: (http:\/\/\S+)\/v1\/health/;

export interface SpawnApiOptions {
  /** `DATABASE_URL` of the process. */
  database?: string;
  /**
   * More environment, over the parent's and the defaults (`PORT=0`, a free port;
   * `LOG_LEVEL=silent`).
   */
  env?: Record<string, string>;
  /** The script to run with node (default: the built API, `API_MAIN`). */
  script?: string;
  cwd?: string;
  /** The line on stdout that says the process listens; its first group is the origin (default `API_READY`). */
  ready?: RegExp;
  /**
   * The host of the `url` answered (default 127.0.0.1 for `localhost`: Node's own clients then
   * skip the name lookup); `localhost` keeps what the process printed.
   */
  host?: string;
  /** How long it may take to listen before it is stopped and the promise rejected (ms). */
  timeout?: number;
}

export interface ApiProcess {
  child: ChildProcess;
  /** The origin it listens on, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Sends `signal` (default SIGTERM) unless it has exited, and resolves once it has. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `script` (the built API) on a free port and resolves once it listens. */
export function spawnApi(options: SpawnApiOptions = {}): Promise<ApiProcess> {
  const { script = API_MAIN, ready = API_READY, host = '127.0.0.1', timeout = 60_000 } = options;
  const child = spawn(process.execPath, [script], {
    cwd: options.cwd,
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...(options.database === undefined ? {} : { DATABASE_URL: options.database }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let listening = false;
    const timer = setTimeout(() => {
      reject(new Error(`${basename(script)} did not listen within ${timeout} ms:\n${out}`));
      void stop();
    }, timeout);
    // Read to the end, so a chatty process never blocks on a full pipe; only the start is kept.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (listening) return;
      out += chunk.toString();
      const m = ready.exec(out);
      if (!m) return;
      listening = true;
      clearTimeout(timer);
      resolve({ child, url: (m[1] as string).replace('localhost', host), stop });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!listening)
        reject(new Error(`${basename(script)} exited (${code ?? signal}) before listening:\n${out}`));
    });
  });
}

/** A database made for one test run on a PostgreSQL server, and how to drop it. */
export interface FreshDatabase {
  /** Its connection string (the server's, with this database's name). */
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database on the PostgreSQL server of `serverUrl` (e.g. `LAD_TEST_DATABASE_URL`)
 * for an API process of its own: a test run starts from nothing and leaves nothing. An
 * unreachable server throws, saying which URL it tried — never a silent fallback.
 */
export async function freshPostgresDatabase(serverUrl: string): Promise<FreshDatabase> {
  const { default: pg } = await import('pg');
  const name = `lad_run_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is unreachable at ${serverUrl}: ${String(error)}`);
  }
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
