import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freshDatabase, startApi } from './process.js';

// Under load, and across instances: many clients mixing reads and writes get no error other
// than the intended 429s (p99 printed); two API processes on one PostgreSQL keep idempotency
// and rate limits as one. `pnpm test`: 50 clients for 8 s; `pnpm test:hard`: 200 for 60 s.

const HARD = process.env.LAD_HARD === '1';
const CLIENTS = HARD ? 200 : 50;
const SECONDS = HARD ? 60 : 8;
const kind = process.env.LAD_TEST_DB ?? 'sqlite';
let dir = '';
let url = '';
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lad-load-'));
  url = await freshDatabase(kind, dir, 'lad_load');
});
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))),
  );
  rmSync(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}): Promise<string> {
  const { child, base } = await startApi(url, env);
  children.push(child);
  return base;
}

const topic = (title: string, email = `${title}@example.org`) =>
  JSON.stringify({
    title,
    summary: 'Sent under load.',
    locale: 'en',
    organization: { name: 'Load test CSO', country: 'HT' },
    contact: { name: 'Load Tester', email },
    consent: true,
  });

async function openSession(base: string): Promise<string> {
  const events = (await (await fetch(`${base}/v1/events?kind=information_session&limit=100`)).json()) as {
    items: { id: string; topicProposalsCloseAt: string | null }[];
  };
  const session = events.items.find(
    (e) => e.topicProposalsCloseAt && Date.parse(e.topicProposalsCloseAt) > Date.now(),
  );
  if (!session) throw new Error('no session open for topics');
  return session.id;
}

test(`${CLIENTS} clients for ${SECONDS} s, reads and writes mixed: no error but intended 429s (${kind})`, async () => {
  const base = await start({ LAD_RATE_LIMIT_IP: '2000', LAD_RATE_LIMIT_EMAIL: '5' });
  const session = await openSession(base);
  const reads = [
    '/v1/commitments?limit=50',
    '/v1/events?limit=50',
    '/v1/progress',
    '/v1/pillars',
    '/v1/commitments?country=HT',
  ];
  const latencies: number[] = [];
  const counts = { ok: 0, limited: 0, errors: 0, writes: 0 };
  const errors: string[] = [];
  const until = Date.now() + SECONDS * 1000;
  let n = 0;
  const client = async (c: number) => {
    while (Date.now() < until) {
      const write = Math.random() < 0.2;
      const started = performance.now();
      try {
        const response = write
          ? await fetch(`${base}/v1/events/${session}/agenda-topics`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'idempotency-key': `load-${c}-${n}`,
                'x-forwarded-for': `10.0.${c % 250}.${(c * 7) % 250}`,
              },
              body: topic(`load-${c}-${n++}`),
            })
          : await fetch(`${base}${reads[Math.floor(Math.random() * reads.length)]}`);
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        if (write) counts.writes++;
        if (response.status === 429) counts.limited++;
        else if (response.ok) counts.ok++;
        else {
          counts.errors++;
          errors.push(`${response.status}`);
        }
      } catch (error) {
        counts.errors++;
        errors.push(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  latencies.sort((a, b) => a - b);
  const p = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))]?.toFixed(1);
  console.log(
    `load (${kind}): ${CLIENTS} clients × ${SECONDS} s: ${latencies.length} requests (${counts.writes} writes), ${counts.ok} ok, ${counts.limited} rate-limited (429), ${counts.errors} errors; p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`,
  );
  expect(errors.slice(0, 5)).toEqual([]);
  expect(counts.ok).toBeGreaterThan(0);
}, 180_000);

test('two API processes on one PostgreSQL: one record per key, one rate limit', async () => {
  if (kind !== 'postgres') {
    console.log('multiple instances: SQLite is one process’s file; measured on PostgreSQL');
    return;
  }
  // The address limit is left wide (the load run before used this database from the same
  // address); the per-email limit is the one checked across instances.
  const env = { LAD_RATE_LIMIT_IP: '1000000', LAD_RATE_LIMIT_EMAIL: '3' };
  const [a, b] = await Promise.all([start(env), start(env)]);
  const session = await openSession(a);
  // The same submission sent to both at once, many times over.
  let pairs = 0;
  for (let i = 0; i < 20; i++) {
    const key = `multi-${Date.now()}-${i}`;
    const body = topic(`multi-${key}`, `multi-${i}@example.org`);
    const send = (base: string) =>
      fetch(`${base}/v1/events/${session}/agenda-topics`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': key,
          'x-forwarded-for': `10.9.0.${i}`,
        },
        body,
      });
    // Resent until both instances agree (a 409 means the other instance is still working on it).
    const receipts = new Set<string>();
    for (const base of [a, b, a, b]) {
      for (let attempt = 0; attempt < 20; attempt++) {
        const r = await send(base);
        if (r.status === 201) {
          receipts.add(((await r.json()) as { receipt: string }).receipt);
          break;
        }
        await r.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const concurrent = await Promise.all([send(a), send(b)]);
    for (const r of concurrent)
      if (r.status === 201) receipts.add(((await r.json()) as { receipt: string }).receipt);
    expect(receipts.size, key).toBe(1);
    pairs++;
  }
  // The per-email limit holds across instances: 3 allowed, the 4th refused, wherever sent.
  const email = `limited-${Date.now()}@example.org`;
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await fetch(`${[a, b][i % 2]}/v1/events/${session}/agenda-topics`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `limit-${email}-${i}`,
        'x-forwarded-for': '10.8.0.1',
      },
      body: topic(`limit-${i}-${Date.now()}`, email),
    });
    statuses.push(r.status);
    await r.arrayBuffer();
  }
  console.log(
    `multiple instances: ${pairs} keys sent to both instances, each recorded once; per-email limit across them: ${statuses.join(', ')}`,
  );
  expect(statuses).toEqual([201, 201, 201, 429]);
}, 120_000);
