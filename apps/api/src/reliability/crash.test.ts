import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createIdempotencyKey,
  createLadTransport,
  isLadApiError,
  isLadNetworkError,
  submitAgendaTopic,
} from '@lad/sdk';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDatabase } from '../db/index.js';
import { freshDatabase, startApi } from './process.js';

// Crashes lose nothing acknowledged: the API process is killed (SIGKILL) at random moments
// while writes flow; after each restart, every acknowledged write is there, the database is
// sound, and resending the unacknowledged ones with their keys records each exactly once.
// `pnpm test`: 3 crashes; `pnpm test:hard`: 10.

const HARD = process.env.LAD_HARD === '1';
const CRASHES = HARD ? 10 : 3;
const kind = process.env.LAD_TEST_DB ?? 'sqlite';
let dir = '';
let url = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lad-crash-'));
  url = await freshDatabase(kind, dir, 'lad_crash');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A key claimed by a request the crash killed is free again after this lease (15 s by default;
// shorter here so the suite is quick).
const start = () =>
  startApi(url, {
    LAD_RATE_LIMIT_IP: '1000000',
    LAD_RATE_LIMIT_EMAIL: '1000000',
    LAD_IDEMPOTENCY_LEASE_MS: '2000',
  });

test(`killed ${CRASHES} times while writing: every acknowledged write kept, each resend recorded once (${kind})`, async () => {
  let server = await start();
  const events = (await (
    await fetch(`${server.base}/v1/events?kind=information_session&limit=100`)
  ).json()) as {
    items: { id: string; topicProposalsCloseAt: string | null }[];
  };
  const session = events.items.find(
    (e) => e.topicProposalsCloseAt && Date.parse(e.topicProposalsCloseAt) > Date.now(),
  );
  expect(session).toBeDefined();
  const run = Math.random().toString(36).slice(2, 8);
  const acknowledged = new Map<string, string>(); // title → receipt
  const pending = new Map<string, string>(); // title → key
  let n = 0;
  let stop = false;
  const send = async (base: string, title: string, key: string) => {
    const t = createLadTransport({ baseUrl: base, timeout: 2_000, retry: 0 });
    return submitAgendaTopic(
      t,
      (session as { id: string }).id,
      {
        title,
        summary: 'Written while the server crashes.',
        locale: 'en',
        organization: { name: 'Crash test CSO', country: 'HT' },
        contact: { name: 'Crash Tester', email: `${title}@example.org` },
        consent: true,
      },
      { idempotencyKey: key },
    );
  };
  const writer = async () => {
    while (!stop) {
      const title = `crash-${run}-${n++}`;
      const key = createIdempotencyKey();
      pending.set(title, key);
      try {
        const receipt = await send(server.base, title, key);
        acknowledged.set(title, receipt.receipt);
        pending.delete(title);
      } catch (error) {
        if (!(isLadNetworkError(error) || (isLadApiError(error) && error.status >= 500))) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const writers = Array.from({ length: 8 }, writer);
  for (let crash = 0; crash < CRASHES; crash++) {
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 700));
    server.child.kill('SIGKILL');
    await new Promise((r) => server.child.once('exit', r));
    server = await start();
  }
  await new Promise((r) => setTimeout(r, 300));
  stop = true;
  await Promise.all(writers);
  // Resend what never got an answer, with its key, until it does.
  const resent = pending.size;
  await Promise.all(
    [...pending].map(async ([title, key]) => {
      // A key still held by a killed request answers 409 "in progress" until its lease ends.
      for (let attempt = 0; attempt < 40 && !acknowledged.has(title); attempt++) {
        try {
          acknowledged.set(title, (await send(server.base, title, key)).receipt);
        } catch {
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    }),
  );
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));

  const db = await openDatabase(url);
  try {
    const rows = await db.kysely.selectFrom('proposals').select(['title', 'receipt']).execute();
    const mine = rows.filter((r) => r.title.startsWith(`crash-${run}-`));
    const titles = new Set(mine.map((r) => r.title));
    let sound = 'ok (unique receipts and keys enforced by constraints)';
    if (kind === 'sqlite') {
      const { sql } = await import('kysely');
      const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db.kysely);
      sound = check.rows.map((r) => r.integrity_check).join(', ');
    }
    console.log(
      `crash (${kind}): ${CRASHES} SIGKILLs survived; ${n} writes started, ${acknowledged.size} acknowledged (${resent} resent after the crashes), ${mine.length} stored, ${mine.length - titles.size} duplicates; integrity: ${sound}`,
    );
    expect(sound).toMatch(/^ok/);
    expect(mine.length).toBe(titles.size);
    for (const [title, receipt] of acknowledged) {
      expect(titles.has(title), title).toBe(true);
      expect(mine.find((r) => r.title === title)?.receipt).toBe(receipt);
    }
    // Writes started but never acknowledged either landed once or not at all.
    expect(mine.length).toBeGreaterThanOrEqual(acknowledged.size);
    expect(acknowledged.size).toBe(n);
  } finally {
    await db.close();
  }
}, 180_000);
