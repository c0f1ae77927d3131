import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listCommitments } from '../store/commitments.js';
import { listEvents } from '../store/events.js';
import { claimKey, completeKey, LeaseLostError, releaseKey } from '../store/idempotency.js';
import { hit } from '../store/rate-limit.js';
import { createHarness, type Harness, T0 } from '../testing/harness.js';
import { currentRevision, migrate } from './index.js';

// The storage contract, on whichever database this project runs (SQLite or PostgreSQL).
let h: Harness;
let captured: { sql: string; parameters: readonly unknown[] }[] = [];
beforeAll(async () => {
  h = await createHarness({}, { onQuery: (sql, parameters) => captured.push({ sql, parameters }) });
});
afterAll(() => h?.close());

/** The query plan of the last statement `run` issued, with index-less ordering discouraged. */
async function planOf(run: () => Promise<unknown>): Promise<string> {
  captured = [];
  await run();
  const query = captured.filter((q) => /^select/i.test(q.sql) && /order by/i.test(q.sql))[0];
  expect(query).toBeDefined();
  const db = h.db.kysely;
  if (h.db.dialect === 'sqlite') {
    const compiled = {
      sql: `explain query plan ${query!.sql}`,
      parameters: query!.parameters,
      query: { kind: 'RawNode' },
    } as never;
    const result = await db.executeQuery(compiled);
    return (result.rows as { detail: string }[]).map((r) => r.detail).join('\n');
  }
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_sort = off`.execute(trx);
    await sql`set local enable_seqscan = off`.execute(trx);
    const compiled = {
      sql: `explain ${query!.sql}`,
      parameters: query!.parameters,
      query: { kind: 'RawNode' },
    } as never;
    const result = await trx.executeQuery(compiled);
    return (result.rows as Record<string, string>[]).map((r) => Object.values(r)[0]).join('\n');
  });
}

function expectIndexedOrder(plan: string) {
  if (h.db.dialect === 'sqlite') {
    expect(plan).not.toContain('TEMP B-TREE FOR ORDER BY');
    expect(plan).toMatch(/USING (COVERING )?INDEX/);
  } else {
    expect(plan).not.toMatch(/^\s*(->\s*)?Sort\b/m);
    expect(plan).toMatch(/Index (Only )?Scan/);
  }
}

describe('indexes match every list sort and filter', () => {
  const commitmentFilters = [
    {},
    { country: 'HT' },
    { pillar: 'II' },
    { status: 'limited' },
    { actionPackage: 'labor-mobility' },
    { mechanism: 'caricom' },
    { country: 'HT', q: 'lekol' },
    { cursor: Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'x'])).toString('base64url') },
  ];
  for (const filters of commitmentFilters) {
    test(`commitments ${JSON.stringify(filters)}`, async () => {
      expectIndexedOrder(await planOf(() => listCommitments(h.db.kysely, { ...filters, limit: 20 })));
    });
  }
  for (const filters of [
    {},
    { kind: 'information_session' },
    { country: 'HT' },
    { committee: 'cmte-labor-mobility' },
    { from: '2026-04-01' },
  ]) {
    test(`events ${JSON.stringify(filters)}`, async () => {
      expectIndexedOrder(await planOf(() => listEvents(h.db.kysely, { ...filters, limit: 20 }, T0)));
    });
  }
});

describe('contract', () => {
  test('migrations run again without effect', async () => {
    await migrate(h.db);
    await migrate(h.db);
    const tables = await h.db.kysely.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'commitments',
        'events',
        'registrations',
        'idempotency_keys',
        'rate_limits',
        'audit',
      ]),
    );
  });

  test('foreign keys are enforced', async () => {
    await expect(
      h.db.kysely
        .insertInto('commitment_updates')
        .values({
          id: 'orphan',
          commitment_id: 'no-such-commitment',
          date: '2026-01-01',
          data: '{}',
          created_at: T0.toISOString(),
        })
        .execute(),
    ).rejects.toThrow();
  });

  test('a transaction that fails leaves nothing behind and the revision unchanged', async () => {
    const revision = await currentRevision(h.db.kysely);
    await expect(
      h.db.kysely.transaction().execute(async (trx) => {
        await trx.updateTable('meta').set({ value: 'temporary' }).where('key', '=', 'revision').execute();
        await trx
          .insertInto('commitment_updates')
          .values({ id: 'x', commitment_id: 'nope', date: '2026-01-01', data: '{}', created_at: '' })
          .execute();
      }),
    ).rejects.toThrow();
    expect(await currentRevision(h.db.kysely)).toBe(revision);
  });

  test('rate-limit counters count every concurrent hit exactly once', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => hit(h.db.kysely, 'ip:concurrent', 15, 600, T0)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(15);
    expect(results.filter((r) => !r.allowed)).toHaveLength(5);
  });

  test('one owner per idempotency key, however many claim it at once', async () => {
    const claims = await Promise.all(
      Array.from({ length: 10 }, () =>
        claimKey(h.db.kysely, 'POST /x', 'same-key', 'hash', T0, { ttlHours: 24, leaseMs: 15_000 }),
      ),
    );
    expect(claims.filter((c) => c.kind === 'owner')).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'in-progress')).toHaveLength(9);
  });

  test('a request whose lease ran out cannot record once a resend took the key over', async () => {
    const options = { ttlHours: 24, leaseMs: 1_000 };
    const slow = await claimKey(h.db.kysely, 'POST /y', 'slow-key', 'hash', T0, options);
    expect(slow.kind).toBe('owner');
    const later = new Date(T0.getTime() + 1_500);
    const resend = await claimKey(h.db.kysely, 'POST /y', 'slow-key', 'hash', later, options);
    expect(resend.kind).toBe('owner');
    if (slow.kind !== 'owner' || resend.kind !== 'owner') return;
    // The slow request finally tries to seal its write: refused (its transaction rolls back).
    await expect(
      completeKey(h.db.kysely, 'POST /y', 'slow-key', slow.lease, 201, '{"a":1}'),
    ).rejects.toBeInstanceOf(LeaseLostError);
    // Nor can it release the key the resend now holds.
    await releaseKey(h.db.kysely, 'POST /y', 'slow-key', slow.lease);
    await completeKey(h.db.kysely, 'POST /y', 'slow-key', resend.lease, 201, '{"b":2}');
    const replay = await claimKey(h.db.kysely, 'POST /y', 'slow-key', 'hash', later, options);
    expect(replay).toEqual({ kind: 'replay', status: 201, body: '{"b":2}' });
  });
});
