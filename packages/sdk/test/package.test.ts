import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

// The published entry points, loaded the way Node loads them for users (the package refers to
// itself by name through its `exports` map). `pnpm test` builds before testing.
const require = createRequire(import.meta.url);

const fakeFetch = async () =>
  new Response(JSON.stringify({ status: 'ok', version: '1.0.0', database: 'sqlite', revision: 'r1' }), {
    headers: { 'content-type': 'application/json' },
  });

// Loading a whole built package through vite-node takes seconds on a busy two-core machine: these
// tests check that it loads and works, not how fast (30 s, not the default 5 s).
describe('built package (run `pnpm build` first; `pnpm test` does)', { timeout: 30_000 }, () => {
  test('require("@lad/sdk") works, with ky bundled into the CommonJS build', async () => {
    const sdk = require('@lad/sdk');
    const lad = sdk.createLadClient({ baseUrl: 'https://api.lad.example', fetch: fakeFetch });
    await expect(lad.health()).resolves.toMatchObject({ status: 'ok' });
    expect(sdk.formatDate('2026-03-05', 'ht', { dateStyle: 'long' })).toBe('5 mas 2026');
  });

  test('import("@lad/sdk") works', async () => {
    const sdk = await import(require.resolve('@lad/sdk').replace(/\.cjs$/, '.js'));
    const lad = sdk.createLadClient({ baseUrl: 'https://api.lad.example', fetch: fakeFetch });
    await expect(lad.health()).resolves.toMatchObject({ database: 'sqlite' });
    expect(sdk.Commitment).toBeDefined();
  });
});
