import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAccount, createSession, disableAccount, revokeSession } from '../store/accounts.js';
import { createToken, revokeToken } from '../store/tokens.js';
import { createHarness, type Harness } from '../testing/harness.js';

// No one gets in who should not: every curation endpoint against anonymous, the secretariat,
// two committees, two countries, two regional mechanisms and a revoked token — and people signed
// in to the console in those roles, signed out, or disabled — 401 without a valid token or
// session, 403 for a role the endpoint does not allow, and neither for one it does (scopes within
// a role are checked resource by resource in the route suites).

let h: Harness;
/** A token, or a session cookie sent as the console sends it; `dead` ones are no longer valid. */
const actors: Record<string, { role: string | null; token: string | null; cookie?: string; dead?: boolean }> =
  {};

beforeAll(async () => {
  h = await createHarness({ logLevel: 'silent' });
  const make = async (role: 'secretariat' | 'committee' | 'country' | 'mechanism', scope: string | null) =>
    (await createToken(h.db.kysely, role, scope, 'matrix', h.clock.now)).token;
  actors.anonymous = { role: null, token: null };
  actors.secretariat = { role: 'secretariat', token: await make('secretariat', null) };
  actors['committee A'] = { role: 'committee', token: await make('committee', 'labor-mobility') };
  actors['committee B'] = { role: 'committee', token: await make('committee', 'refugee-resettlement') };
  actors['country HT'] = { role: 'country', token: await make('country', 'HT') };
  actors['country MX'] = { role: 'country', token: await make('country', 'MX') };
  actors['mechanism CRM'] = { role: 'mechanism', token: await make('mechanism', 'crm') };
  actors['mechanism MIRPS'] = { role: 'mechanism', token: await make('mechanism', 'mirps') };
  const revoked = await createToken(h.db.kysely, 'secretariat', null, 'revoked', h.clock.now);
  await revokeToken(h.db.kysely, revoked.id, h.clock.now);
  actors.revoked = { role: 'secretariat', token: revoked.token, dead: true };
  let people = 0;
  const person = async (
    role: 'secretariat' | 'committee' | 'country' | 'mechanism',
    scope: string | null,
  ) => {
    const email = `matrix${++people}@example.org`;
    const id = await createAccount(
      h.db.kysely,
      // Never checked here: these people are given sessions directly.
      { email, name: `Matrix ${people}`, passwordHash: 'scrypt$unused', roles: [{ role, scope }] },
      h.clock.now,
    );
    return { email, ...(await createSession(h.db.kysely, id, h.clock.now)) };
  };
  actors['person secretariat'] = {
    role: 'secretariat',
    token: null,
    cookie: (await person('secretariat', null)).cookie,
  };
  actors['person committee A'] = {
    role: 'committee',
    token: null,
    cookie: (await person('committee', 'labor-mobility')).cookie,
  };
  actors['person country HT'] = {
    role: 'country',
    token: null,
    cookie: (await person('country', 'HT')).cookie,
  };
  actors['person mechanism CRM'] = {
    role: 'mechanism',
    token: null,
    cookie: (await person('mechanism', 'crm')).cookie,
  };
  const signedOut = await person('secretariat', null);
  await revokeSession(h.db.kysely, signedOut.id, h.clock.now);
  actors['person signed out'] = { role: 'secretariat', token: null, cookie: signedOut.cookie, dead: true };
  const disabled = await person('secretariat', null);
  await disableAccount(h.db.kysely, disabled.email, h.clock.now);
  actors['person disabled'] = { role: 'secretariat', token: null, cookie: disabled.cookie, dead: true };
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
      if (actor.cookie)
        Object.assign(headers, {
          cookie: `lad_session=${actor.cookie}`,
          origin: new URL(h.deps.config.publicUrl).origin,
          'x-lad-console': '1',
        });
      const init: RequestInit = { method: route.method.toUpperCase(), headers };
      if (route.method !== 'get') init.body = route.body?.contentType === 'text/csv' ? 'externalId\n' : '{}';
      const status = (await h.app.request(path, init)).status;
      const signedIn = !!(actor.token || actor.cookie) && !actor.dead;
      const allowed = signedIn && !!actor.role && (route.access as readonly string[]).includes(actor.role);
      const expected = !signedIn ? 401 : allowed ? null : 403;
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
  // Console sessions likewise: a session's id is the hash of its cookie.
  const sessions = await h.db.kysely.selectFrom('sessions').selectAll().execute();
  for (const actor of Object.values(actors))
    if (actor.cookie) expect(JSON.stringify(sessions)).not.toContain(actor.cookie);
  expect(sessions.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
});

test('scope attribution: valid bodies that cross scopes are refused on every write that sets scope', async () => {
  const as = (name: string) => ({
    authorization: `Bearer ${actors[name]?.token}`,
    'content-type': 'application/json',
  });
  const send = async (method: string, path: string, who: string, body: unknown) =>
    (await h.app.request(path, { method, headers: as(who), body: JSON.stringify(body) })).status;
  const title = (text: string) => ({ original: 'es', text: { es: text } });
  const commitment = (extra: Record<string, unknown>) => ({
    pillar: 'II',
    status: 'limited',
    title: title('Compromiso de prueba'),
    ...extra,
  });
  const event = (extra: Record<string, unknown>) => ({
    kind: 'national_consultation',
    title: title('Reunión de prueba'),
    startsAt: '2026-06-01T15:00:00Z',
    endsAt: '2026-06-01T17:00:00Z',
    timeZone: 'America/Port-au-Prince',
    format: 'online',
    onlineUrl: 'https://meet.example.org/x',
    languages: ['es'],
    ...extra,
  });
  const created = async (path: string, who: string, body: unknown) => {
    const response = await h.app.request(path, {
      method: 'POST',
      headers: as(who),
      body: JSON.stringify(body),
    });
    expect(response.status, `${who} ${path}`).toBe(201);
    return (await response.json()) as { id: string };
  };
  // Records in each scope, made by the secretariat.
  const haiti = await created('/v1/commitments', 'secretariat', commitment({ country: 'HT' }));
  const labor = await created(
    '/v1/commitments',
    'secretariat',
    commitment({ country: 'GT', actionPackages: ['labor-mobility'] }),
  );
  const crmShared = await created(
    '/v1/commitments',
    'secretariat',
    commitment({ country: 'GT', mechanisms: ['crm'] }),
  );
  const mirpsOnly = await created(
    '/v1/commitments',
    'secretariat',
    commitment({ country: 'CR', mechanisms: ['mirps'] }),
  );
  const haitiEvent = await created('/v1/events', 'secretariat', event({ country: 'HT' }));
  const laborEvent = await created(
    '/v1/events',
    'secretariat',
    event({ committeeId: 'cmte-labor-mobility' }),
  );

  const cases: [string, string, string, unknown, number][] = [
    // Commitments: a country token gives its own country only, and no action package…
    ['POST', '/v1/commitments', 'country HT', commitment({ country: 'MX' }), 403],
    [
      'POST',
      '/v1/commitments',
      'country HT',
      commitment({ country: 'HT', actionPackages: ['labor-mobility'] }),
      403,
    ],
    ['POST', '/v1/commitments', 'country HT', commitment({ country: 'HT' }), 201],
    ['PATCH', `/v1/commitments/${haiti.id}`, 'country HT', { country: 'MX' }, 403],
    ['PATCH', `/v1/commitments/${haiti.id}`, 'country HT', { actionPackages: ['labor-mobility'] }, 403],
    ['PATCH', `/v1/commitments/${haiti.id}`, 'country HT', { title: title('Nuevo título') }, 200],
    // …a committee token its own action package only, and no country.
    [
      'POST',
      '/v1/commitments',
      'committee A',
      commitment({ country: 'HT', actionPackages: ['labor-mobility'] }),
      403,
    ],
    ['PATCH', `/v1/commitments/${labor.id}`, 'committee A', { country: 'MX' }, 403],
    [
      'PATCH',
      `/v1/commitments/${labor.id}`,
      'committee A',
      { actionPackages: ['labor-mobility', 'refugee-resettlement'] },
      403,
    ],
    ['PATCH', `/v1/commitments/${labor.id}`, 'committee A', { actionPackages: [] }, 403],
    ['PATCH', `/v1/commitments/${labor.id}`, 'committee A', { title: title('Otro título') }, 200],
    [
      'PATCH',
      `/v1/commitments/${labor.id}`,
      'committee B',
      { actionPackages: ['labor-mobility', 'refugee-resettlement'] },
      403,
    ],
    // …a mechanism token edits what its mechanism shares, and moves it nowhere: not out of its
    // mechanism's set, not to another mechanism, country or action package; it creates none.
    ['PATCH', `/v1/commitments/${crmShared.id}`, 'mechanism CRM', { title: title('Título CRM') }, 200],
    ['PATCH', `/v1/commitments/${mirpsOnly.id}`, 'mechanism CRM', { title: title('No') }, 403],
    ['PATCH', `/v1/commitments/${crmShared.id}`, 'mechanism MIRPS', { title: title('No') }, 403],
    ['PATCH', `/v1/commitments/${crmShared.id}`, 'mechanism CRM', { mechanisms: [] }, 403],
    ['PATCH', `/v1/commitments/${crmShared.id}`, 'mechanism CRM', { mechanisms: ['mirps'] }, 403],
    ['PATCH', `/v1/commitments/${crmShared.id}`, 'mechanism CRM', { mechanisms: ['crm', 'mirps'] }, 403],
    ['PATCH', `/v1/commitments/${crmShared.id}`, 'mechanism CRM', { country: 'MX' }, 403],
    [
      'PATCH',
      `/v1/commitments/${crmShared.id}`,
      'mechanism CRM',
      { actionPackages: ['labor-mobility'] },
      403,
    ],
    ['POST', '/v1/commitments', 'mechanism CRM', commitment({ country: 'GT', mechanisms: ['crm'] }), 403],
    // …and neither a country nor a committee token ties a record to a mechanism.
    ['PATCH', `/v1/commitments/${haiti.id}`, 'country HT', { mechanisms: ['crm'] }, 403],
    ['POST', '/v1/commitments', 'country HT', commitment({ country: 'HT', mechanisms: ['crm'] }), 403],
    ['PATCH', `/v1/commitments/${labor.id}`, 'committee A', { mechanisms: ['crm'] }, 403],
    // Indicators of a shared commitment are the mechanism's too; others are not.
    [
      'POST',
      '/v1/indicators',
      'mechanism CRM',
      { kind: 'qualitative', name: title('I'), commitmentId: crmShared.id },
      201,
    ],
    [
      'POST',
      '/v1/indicators',
      'mechanism CRM',
      { kind: 'qualitative', name: title('I'), commitmentId: mirpsOnly.id },
      403,
    ],
    [
      'POST',
      '/v1/indicators',
      'mechanism CRM',
      { kind: 'qualitative', name: title('I'), country: 'GT' },
      403,
    ],
    // Events: a country token cannot attach its event to a committee (which would hand it over).
    ['POST', '/v1/events', 'country HT', event({ country: 'HT', committeeId: 'cmte-labor-mobility' }), 403],
    ['POST', '/v1/events', 'country HT', event({ country: 'MX' }), 403],
    ['POST', '/v1/events', 'country HT', event({ country: 'HT' }), 201],
    ['PATCH', `/v1/events/${haitiEvent.id}`, 'country HT', { committeeId: 'cmte-labor-mobility' }, 403],
    ['PATCH', `/v1/events/${haitiEvent.id}`, 'country HT', { country: 'MX' }, 403],
    // A committee token cannot give its event a country, nor another committee.
    ['POST', '/v1/events', 'committee A', event({ committeeId: 'cmte-labor-mobility', country: 'HT' }), 403],
    ['POST', '/v1/events', 'committee A', event({ committeeId: 'cmte-refugee-resettlement' }), 403],
    ['POST', '/v1/events', 'committee A', event({ committeeId: 'cmte-labor-mobility' }), 201],
    ['PATCH', `/v1/events/${laborEvent.id}`, 'committee A', { country: 'HT' }, 403],
    [
      'PATCH',
      `/v1/events/${laborEvent.id}`,
      'committee A',
      { committeeId: 'cmte-refugee-resettlement' },
      403,
    ],
    // Indicators: never of a country the token does not own.
    ['POST', '/v1/indicators', 'country HT', { kind: 'qualitative', name: title('I'), country: 'MX' }, 403],
    [
      'POST',
      '/v1/indicators',
      'country HT',
      { kind: 'qualitative', name: title('I'), commitmentId: haiti.id, country: 'MX' },
      403,
    ],
    ['POST', '/v1/indicators', 'country HT', { kind: 'qualitative', name: title('I'), country: 'HT' }, 201],
    ['POST', '/v1/indicators', 'committee A', { kind: 'qualitative', name: title('I'), country: 'GT' }, 403],
    [
      'POST',
      '/v1/indicators',
      'committee A',
      { kind: 'qualitative', name: title('I'), commitmentId: labor.id, country: 'HT' },
      403,
    ],
    [
      'POST',
      '/v1/indicators',
      'committee A',
      { kind: 'qualitative', name: title('I'), commitmentId: labor.id },
      201,
    ],
  ];
  const wrong: string[] = [];
  for (const [method, path, who, body, expected] of cases) {
    const status = await send(method, path, who, body);
    if (status !== expected)
      wrong.push(
        `${method} ${path} as ${who} ${JSON.stringify(body).slice(0, 80)}: ${status}, expected ${expected}`,
      );
  }
  // The tracking-matrix import: rows outside the scope are refused, row by row.
  const csv = [
    'externalId,country,pillar,status,original,title_es,actionPackages',
    'SCOPE-1,MX,II,limited,es,Fila de otro país,',
    'SCOPE-2,HT,II,limited,es,Fila con paquete,labor-mobility',
    'SCOPE-3,HT,II,limited,es,Fila propia,',
  ].join('\n');
  const imported = await h.app.request('/v1/import/commitments?dryRun=true', {
    method: 'POST',
    headers: { ...as('country HT'), 'content-type': 'text/csv' },
    body: csv,
  });
  const result = (await imported.json()) as { errors: { row: number; code: string }[]; created: number };
  expect(result.errors.filter((e) => e.code === 'forbidden').map((e) => e.row)).toEqual([1, 2]);
  expect(result.created).toBe(1);
  console.log(
    `scope attribution: ${cases.length} writes with valid bodies across scopes, ${wrong.length} wrong`,
  );
  expect(wrong).toEqual([]);
});

test('tokens: 256 random bits, an expiry, a last-used time; creating and revoking them is audited', async () => {
  const made = await createToken(h.db.kysely, 'country', 'HT', 'expiry probe', h.clock.now, { days: 30 });
  expect(made.token).toMatch(/^lad_[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(made.token.slice(4), 'base64url')).toHaveLength(32);
  const use = () => h.app.request('/v1/audit', { headers: { authorization: `Bearer ${made.token}` } });
  // A country token may not read the audit log (403), which proves it was recognised.
  expect((await use()).status).toBe(403);
  const row = await h.db.kysely
    .selectFrom('tokens')
    .selectAll()
    .where('id', '=', made.id)
    .executeTakeFirstOrThrow();
  expect(row.last_used_at).toBe(h.clock.now.toISOString());
  expect(Date.parse(row.expires_at ?? '') - h.clock.now.getTime()).toBe(30 * 86_400_000);
  // Past its expiry it is no token at all.
  const was = h.clock.now;
  h.clock.advance(31 * 86_400_000);
  try {
    expect((await use()).status).toBe(401);
  } finally {
    h.clock.set(was);
  }
  await revokeToken(h.db.kysely, made.id, h.clock.now);
  const secretariat = actors.secretariat?.token as string;
  const log = await (
    await h.app.request('/v1/audit?limit=100', { headers: { authorization: `Bearer ${secretariat}` } })
  ).json();
  const mine = log.items.filter((e: { entity: { id: string } }) => e.entity.id === made.id);
  expect(mine.map((e: { action: string }) => e.action)).toEqual(['token.revoke', 'token.create']);
  expect(mine[1].changes).toMatchObject({
    role: { to: 'country' },
    scope: { to: 'HT' },
    expiresAt: { to: row.expires_at },
  });
  expect(JSON.stringify(log)).not.toContain(made.token);
});
