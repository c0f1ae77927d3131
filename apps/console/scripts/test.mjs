// `pnpm test` of the console: every browser and build test on the real API over SQLite, then the
// real-API flows, each in the console's five languages (src/flows.test.ts and every
// src/*.flows.test.ts: session, people, events, selection, proposals, bodies) and the issues'
// walk-throughs (src/walkthrough.test.ts; src/meetings.walkthrough.test.ts, with its mailboxes on
// the test SMTP server) again over PostgreSQL — a fresh database on the server
// of LAD_TEST_DATABASE_URL (.ci/run sets it). Without that variable the second run cannot happen
// here, and this says so on every run; it never passes for it.
import { spawnSync } from 'node:child_process';

const vitest = (args, env = {}) =>
  spawnSync('vitest', ['run', ...args], { stdio: 'inherit', shell: true, env: { ...process.env, ...env } })
    .status ?? 1;

const first = vitest(process.argv.slice(2));
if (first !== 0) process.exit(first);
if (!process.env.LAD_TEST_DATABASE_URL) {
  console.warn(
    '\n⚠ console flows on PostgreSQL NOT RUN: set LAD_TEST_DATABASE_URL to a PostgreSQL server (as .ci/run does) to run them.\n',
  );
  process.exit(0);
}
console.log('\nconsole flows and walk-through on PostgreSQL (LAD_TEST_DATABASE_URL):');
process.exit(
  // File filters match by substring: every src/…flows.test.ts file, and every walk-through.
  vitest(['--project', "'console · chromium'", 'flows.test.ts', 'walkthrough.test.ts'], {
    LAD_CONSOLE_TEST_DB: 'postgres',
  }),
);
