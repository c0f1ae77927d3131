import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  createIdempotencyKey,
  createLadTransport,
  isLadApiError,
  isLadNetworkError,
  submitAgendaTopic,
  submitRegistration,
} from '@lad/sdk';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, type Harness } from '../testing/harness.js';

// Nothing lost, nothing doubled (SECURITY.md): submissions go through a proxy that drops,
// delays or cuts 30 % of the API's answers *after* the API handled the request. Each client
// resends with its one idempotency key, as the widgets do, until it gets its receipt.
// `pnpm test` sends 60; `pnpm test:hard` (LAD_HARD=1) sends 500.

const HARD = process.env.LAD_HARD === '1';
const N = HARD ? 500 : 60;

let h: Harness;
let api: ReturnType<typeof serve>;
let proxy: Server;
let proxyUrl = '';
const faults = { dropped: 0, delayed: 0, cut: 0, passed: 0 };

beforeAll(async () => {
  h = await createHarness({
    rateLimitPerIp: 1_000_000,
    rateLimitPerEmail: 1_000_000,
    minFillMs: 0,
    logLevel: 'silent',
  });
  api = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => api.once('listening', () => resolve()));
  const target = (api.address() as AddressInfo).port;
  proxy = createServer((req, res) => {
    const upstream = forward(
      { host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          // The API has handled the request; now the network misbehaves.
          const body = Buffer.concat(chunks);
          const roll = Math.random();
          if (roll < 0.1) {
            faults.dropped++;
            req.socket.destroy();
          } else if (roll < 0.2) {
            faults.cut++;
            res.writeHead(answer.statusCode ?? 502, {
              ...answer.headers,
              'content-length': String(body.length),
            });
            res.write(body.subarray(0, Math.floor(body.length / 2)));
            setTimeout(() => req.socket.destroy(), 5);
          } else if (roll < 0.3) {
            faults.delayed++;
            setTimeout(() => res.writeHead(answer.statusCode ?? 502, answer.headers).end(body), 300);
          } else {
            faults.passed++;
            res.writeHead(answer.statusCode ?? 502, answer.headers).end(body);
          }
        });
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  await new Promise((r) => api?.close(r));
  await h?.close();
});

/** Sends until a receipt comes back, with one key throughout (what the widgets' forms do). */
async function untilReceipt<T>(send: (key: string) => Promise<T>): Promise<{ receipt: T; attempts: number }> {
  const key = createIdempotencyKey();
  for (let attempts = 1; attempts <= 30; attempts++) {
    try {
      return { receipt: await send(key), attempts };
    } catch (error) {
      const transient =
        isLadNetworkError(error) ||
        (isLadApiError(error) && (error.status >= 500 || error.code === 'idempotency-in-progress'));
      if (!transient) throw error;
    }
  }
  throw new Error('no receipt after 30 attempts');
}

test(`${N} registrations and proposals through a network that loses 30 % of answers: ${N} records, no duplicate, every receipt`, async () => {
  const run = Math.random().toString(36).slice(2, 8);
  const t = createLadTransport({ baseUrl: proxyUrl, timeout: 1_000, retry: { limit: 2, delay: () => 20 } });
  const events = (await (await h.app.request('/v1/events?limit=100')).json()) as {
    items: {
      id: string;
      registration: { state: string; criteria: { id: string; answer: string }[] } | null;
      topicProposalsCloseAt: string | null;
    }[];
  };
  const open = events.items.find((e) => e.registration?.state === 'open') as (typeof events.items)[number];
  const answers = (open.registration?.criteria ?? []).map((c) => ({
    criterionId: c.id,
    answer: c.answer === 'yes_no' ? 'yes' : 'We work with people on the move.',
  }));
  const session = events.items.find(
    (e) => e.topicProposalsCloseAt && Date.parse(e.topicProposalsCloseAt) > h.clock.now.getTime(),
  ) as { id: string };
  const receipts: string[] = [];
  let attempts = 0;
  const one = async (i: number) => {
    const name = `flaky-${run}-${i}`;
    const result =
      i % 2 === 0
        ? await untilReceipt((key) =>
            submitRegistration(
              t,
              open.id,
              {
                organization: { name, country: 'HT', level: 'local', kinds: ['advocacy'], ledBy: [] },
                representative: { name: 'Flaky Tester', email: `${name}@example.org` },
                answers,
                consent: true,
                joinWaitlist: true,
              },
              { idempotencyKey: key },
            ),
          )
        : await untilReceipt((key) =>
            submitAgendaTopic(
              t,
              session.id,
              {
                title: name,
                summary: 'A topic sent through a flaky network.',
                locale: 'en',
                organization: { name: 'Flaky network CSO', country: 'HT' },
                contact: { name: 'Flaky Tester', email: `${name}@example.org` },
                consent: true,
              },
              { idempotencyKey: key },
            ),
          );
    receipts.push(result.receipt.receipt);
    attempts += result.attempts;
  };
  const queue = Array.from({ length: N }, (_, i) => i);
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) await one(i);
    }),
  );

  const registrations = await h.db.kysely
    .selectFrom('registrations')
    .select(['organization', 'receipt'])
    .execute();
  const proposals = await h.db.kysely.selectFrom('proposals').select(['title', 'receipt']).execute();
  const names = [
    ...registrations.map((r) => (JSON.parse(r.organization) as { name: string }).name),
    ...proposals.map((p) => p.title),
  ].filter((n) => n.startsWith(`flaky-${run}-`));
  const stored = new Set(names);
  console.log(
    `flaky network: sent ${N}, stored ${names.length}, duplicates ${names.length - stored.size}, receipts ${receipts.length}, client attempts ${attempts}; answers dropped ${faults.dropped}, cut ${faults.cut}, delayed ${faults.delayed}, passed ${faults.passed}`,
  );
  expect(faults.dropped + faults.cut).toBeGreaterThan(0);
  expect(names).toHaveLength(N);
  expect(stored.size).toBe(N);
  expect(receipts).toHaveLength(N);
  // Each receipt names a stored record.
  const known = new Set([...registrations.map((r) => r.receipt), ...proposals.map((p) => p.receipt)]);
  expect(receipts.every((r) => known.has(r))).toBe(true);
}, 300_000);
