import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FreshDatabase, freshPostgresDatabase, spawnApi } from '@lad/api/spawn';
import { startTestSmtp, type TestSmtp } from '@lad/api/testing';
import type { TestProject } from 'vitest/node';

// For the browser tests: the real API (its build, apps/api/dist) on a fresh SQLite file — or,
// with LAD_CONSOLE_TEST_DB=postgres, a fresh database on the PostgreSQL server of
// LAD_TEST_DATABASE_URL (scripts/test.mjs runs the real-API flows that way too) — seeded
// with the public record and the demo data as on a first `pnpm start`, on the port the test
// server forwards /v1 to (vitest.config.ts). The invitation command runs the API's CLI on the
// same file. The public record has no commitment of Haiti's: one is added (in French only), for
// the invitation test's country coordinator.
//
// E-mail leaves as in production: the API's outbox worker sends it through SMTP (`SMTP_URL`) to
// a real SMTP server started here (`startTestSmtp` of `@lad/api/testing`), which keeps every
// message; the `mailbox` browser command (vitest.config.ts) reads a person's messages from it.
// The commands run in this same Node process: the server is handed to them on `globalThis`
// (TEST_SMTP). The public-write limit per address is raised: every registration and proposal of
// the tests comes from this machine's one address, more than the 30 a window allows a real one.

/** Where the `mailbox` command (vitest.config.ts) finds the test SMTP server. */
const TEST_SMTP = Symbol.for('lad.console.test-smtp');

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'lad-console-'));
  let postgres: FreshDatabase | null = null;
  if (process.env.LAD_CONSOLE_TEST_DB === 'postgres') {
    const server = process.env.LAD_TEST_DATABASE_URL;
    if (!server)
      throw new Error('LAD_CONSOLE_TEST_DB=postgres needs LAD_TEST_DATABASE_URL (a PostgreSQL server).');
    postgres = await freshPostgresDatabase(server);
  }
  const database = postgres?.url ?? `file:${join(dir, 'lad.sqlite')}`;
  process.env.LAD_CONSOLE_TEST_DATABASE = database;
  const smtp = await startTestSmtp();
  (globalThis as { [TEST_SMTP]?: TestSmtp })[TEST_SMTP] = smtp;
  const api = await spawnApi({
    database,
    env: {
      PORT: process.env.LAD_CONSOLE_TEST_API_PORT ?? '0',
      LAD_PUBLIC_URL: `http://localhost:${process.env.LAD_CONSOLE_TEST_PAGE_PORT}`,
      LOG_LEVEL: 'error',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'LAD Widgets <no-reply@lad.test>',
      LAD_RATE_LIMIT_IP: '10000',
      // The outbox worker looks every second (15 s by default): the walk-through waits for its mail.
      LAD_MAIL_INTERVAL_MS: '1000',
    },
  });
  project.provide('apiUrl', api.url);
  const cli = new URL('../../api/dist/cli.js', import.meta.url).pathname;
  const printed = execFileSync(
    process.execPath,
    [cli, 'token', 'create', '--role', 'secretariat', '--label', 'console tests'],
    {
      env: { ...process.env, DATABASE_URL: database, LOG_LEVEL: 'error' },
      encoding: 'utf8',
    },
  );
  const token = printed.trim().split('\n').at(-1)?.trim() ?? '';
  const created = await fetch(`${api.url}/v1/commitments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      country: 'HT',
      pillar: 'II',
      status: 'limited',
      title: { original: 'fr', text: { fr: 'Visas de travail saisonnier pour les jeunes' } },
    }),
  });
  if (created.status !== 201) throw new Error(`test data: ${created.status} ${await created.text()}`);
  return async () => {
    await api.stop('SIGINT');
    await smtp.stop();
    delete (globalThis as { [TEST_SMTP]?: TestSmtp })[TEST_SMTP];
    await postgres?.drop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The API's own origin (the tests reach it through the test page's origin, /v1). */
    apiUrl: string;
  }
}
