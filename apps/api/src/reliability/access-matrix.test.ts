import { afterAll, beforeAll, expect, test } from 'vitest';
import { createToken, revokeToken } from '../store/tokens.js';
import { createHarness, type Harness } from '../testing/harness.js';

// No one gets in who should not: every curation endpoint against anonymous, the secretariat,
// two committees, two countries and a revoked token — 401 without a valid token, 403 for a
// role the endpoint does not allow, and neither for one it does (scopes within a role are
// checked resource by resource in the route suites).

let h: Harness;
const actors: Record<string, { role: string | null; token: string | null }> = {};

beforeAll(async () => {
  h = await createHarness({ logLevel: 'silent' });
  const make = async (role: 'secretariat' | 'committee' | 'country', scope: string | null) =>
    (await createToken(h.db.kysely, role, scope, 'matrix', h.clock.now)).token;
  actors.anonymous = { role: null, token: null };
  actors.secretariat = { role: 'secretariat', token: await make('secretariat', null) };
  actors['committee A'] = { role: 'committee', token: await make('committee', 'labor-mobility') };
  actors['committee B'] = { role: 'committee', token: await make('committee', 'refugee-resettlement') };
  actors['country HT'] = { role: 'country', token: await make('country', 'HT') };
  actors['country MX'] = { role: 'country', token: await make('country', 'MX') };
  const revoked = await createToken(h.db.kysely, 'secretariat', null, 'revoked', h.clock.now);
  await revokeToken(h.db.kysely, revoked.id, h.clock.now);
  actors.revoked = { role: 'secretariat', token: revoked.token };
});
afterAll(() => h?.close());

test('role × endpoint: exactly the specified 401 / 403 / allowed', async () => {
  const curation = h.routes.filter((r) => Array.isArray(r.access));
  expect(curation.length).toBeGreaterThan(10);
  let cells = 0;
  const wrong: string[] = [];
  for (const route of curation) {
    const path = route.path.replace(/\{[^}]+\}/g, 'matrix-probe');
    for (const [name, actor] of Object.entries(actors)) {
      const headers: Record<string, string> = {
        'content-type': route.body?.contentType ?? 'application/json',
      };
      if (actor.token) headers.authorization = `Bearer ${actor.token}`;
      const init: RequestInit = { method: route.method.toUpperCase(), headers };
      if (route.method !== 'get') init.body = route.body?.contentType === 'text/csv' ? 'externalId\n' : '{}';
      const status = (await h.app.request(path, init)).status;
      const allowed =
        !!actor.role && name !== 'revoked' && (route.access as readonly string[]).includes(actor.role);
      const expected = !actor.token || name === 'revoked' ? 401 : allowed ? null : 403;
      cells++;
      const ok = expected === null ? status !== 401 && status !== 403 : status === expected;
      if (!ok)
        wrong.push(
          `${route.method} ${route.path} as ${name}: ${status}, expected ${expected ?? 'neither 401 nor 403'}`,
        );
    }
  }
  console.log(
    `access matrix: ${curation.length} curation endpoints × ${Object.keys(actors).length} actors = ${cells} cells, ${wrong.length} wrong`,
  );
  expect(wrong).toEqual([]);
});

test('tokens are stored as hashes only; a token is found by its hash, never compared as text', async () => {
  const rows = await h.db.kysely.selectFrom('tokens').selectAll().execute();
  const stored = JSON.stringify(rows);
  for (const actor of Object.values(actors)) if (actor.token) expect(stored).not.toContain(actor.token);
  expect(rows.every((r) => /^[0-9a-f]{64}$/.test(String(r.hash)))).toBe(true);
});
