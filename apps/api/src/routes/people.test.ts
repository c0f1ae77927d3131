import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAccount, createSession } from '../store/accounts.js';
import { hashPassword } from '../store/passwords.js';
import { bearer, client, createHarness, type Harness } from '../testing/harness.js';

// The secretariat's people and tokens (`/v1/people`, `/v1/tokens`) and the regional-mechanism
// role: invite from the console, change roles, suspend (sessions end), remove, the last
// secretariat member kept; tokens created, listed without secrets and revoked; a mechanism
// officer curating what her mechanism shares and nothing else — on SQLite and PostgreSQL.

let h: Harness;
let api: ReturnType<typeof client>;
let ORIGIN: string;
let HASH: string;
const PASSWORD = 'mekanis rejyonal 2026!';
/** The secretariat member who does everything here, signed in to the console. */
let ana: { id: string; email: string; cookie: string };

let nextAddress = 0;
const address = () => `192.0.2.${++nextAddress}`;

/** What the console sends: its Origin, its header, the session cookie. */
const fromConsole = (cookie?: string, extra: Record<string, string> = {}) => ({
  origin: ORIGIN,
  'x-lad-console': '1',
  'x-forwarded-for': address(),
  ...(cookie ? { cookie: `lad_session=${cookie}` } : {}),
  ...extra,
});

const cookieOf = (response: Response): string | undefined =>
  /lad_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];

let people = 0;
type Pair = { role: 'secretariat' | 'committee' | 'country' | 'mechanism'; scope: string | null };
async function person(roles: Pair[], name?: string) {
  const email = `people${++people}@lad.example.org`;
  const id = await createAccount(
    h.db.kysely,
    { email, name: name ?? `People ${people}`, passwordHash: HASH, roles },
    h.clock.now,
  );
  const { cookie } = await createSession(h.db.kysely, id, h.clock.now);
  return { id, email, cookie };
}

const signIn = (email: string, password = PASSWORD) =>
  api.post('/v1/auth/sign-in', { email, password }, fromConsole());

async function auditLog(): Promise<
  { action: string; entity: { id: string }; changes: unknown; actor: any }[]
> {
  const token = await h.token('secretariat');
  return (await api.json(await api.get('/v1/audit?limit=100', bearer(token)))).items;
}

beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  ORIGIN = new URL(h.deps.config.publicUrl).origin;
  HASH = await hashPassword(PASSWORD);
  ana = await person([{ role: 'secretariat', scope: null }], 'Ana Pérez');
});
afterAll(() => h?.close());

describe('only the secretariat', () => {
  test('every people and token route answers 401 to nobody and 403 to other roles', async () => {
    const committee = await h.token('committee', 'labor-mobility');
    const mechanism = await h.token('mechanism', 'crm');
    const country = await person([{ role: 'country', scope: 'HT' }]);
    const calls: [string, string, unknown][] = [
      ['GET', '/v1/people', undefined],
      ['POST', '/v1/people/invitations', { email: 'x@example.org', role: 'secretariat' }],
      ['PATCH', `/v1/people/${ana.id}`, { suspended: true }],
      ['DELETE', `/v1/people/${ana.id}`, undefined],
      ['GET', '/v1/tokens', undefined],
      ['POST', '/v1/tokens', { label: 'x', role: 'secretariat' }],
      ['DELETE', '/v1/tokens/tok-nothing', undefined],
    ];
    for (const [method, path, body] of calls) {
      expect((await api.request(method, path, body)).status, `${method} ${path} anonymous`).toBe(401);
      expect((await api.request(method, path, body, bearer(committee))).status, `${method} ${path}`).toBe(
        403,
      );
      expect((await api.request(method, path, body, bearer(mechanism))).status, `${method} ${path}`).toBe(
        403,
      );
      expect(
        (await api.request(method, path, body, fromConsole(country.cookie))).status,
        `${method} ${path} as a country coordinator`,
      ).toBe(403);
    }
    // Nothing happened to Ana.
    expect((await api.get('/v1/auth/me', fromConsole(ana.cookie))).status).toBe(200);
  });
});

describe('people', () => {
  test('the list: roles, status, last sign-in and passkeys — never a hash or a session', async () => {
    const jo = await person([
      { role: 'committee', scope: 'labor-mobility' },
      { role: 'country', scope: 'GT' },
    ]);
    const response = await api.get('/v1/people', fromConsole(ana.cookie));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await api.json(response);
    const listed = body.items.find((p: { id: string }) => p.id === jo.id);
    expect(listed).toMatchObject({
      email: jo.email,
      status: 'active',
      suspendedAt: null,
      lastSignInAt: expect.any(String),
      passkeys: 0,
      roles: [
        { role: 'committee', scope: 'labor-mobility' },
        { role: 'country', scope: 'GT' },
      ],
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain(jo.cookie);
  });

  test('invited from the console as a CRM officer: the link once, she accepts in the language chosen', async () => {
    const email = `lucia.${Date.now()}@crm.example.org`;
    const invited = await api.post(
      '/v1/people/invitations',
      {
        email: ` ${email.toUpperCase()} `.trim(),
        role: 'mechanism',
        scope: 'crm',
        name: 'Lucía Gómez',
        locale: 'es',
      },
      fromConsole(ana.cookie),
    );
    expect(invited.status).toBe(201);
    const { invitation, link } = await api.json(invited);
    expect(invitation).toMatchObject({
      email,
      role: 'mechanism',
      scope: 'crm',
      name: 'Lucía Gómez',
      locale: 'es',
    });
    expect(link).toMatch(/\/console\/#\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = link.split('/').at(-1) as string;

    // Listed as open, without its link.
    const list = await api.json(await api.get('/v1/people', fromConsole(ana.cookie)));
    expect(list.invitations.map((i: { id: string }) => i.id)).toContain(invitation.id);
    expect(JSON.stringify(list)).not.toContain(token);

    // The person's side: the role and language, then accepting without saying a language.
    const seen = await api.json(await api.get(`/v1/auth/invitations/${token}`, fromConsole()));
    expect(seen).toMatchObject({ role: 'mechanism', scope: 'crm', locale: 'es', name: 'Lucía Gómez' });
    const accepted = await api.post(
      `/v1/auth/invitations/${token}/accept`,
      { password: PASSWORD },
      fromConsole(undefined, { 'accept-language': 'en' }),
    );
    expect(accepted.status).toBe(200);
    expect((await api.json(accepted)).account).toMatchObject({
      email,
      name: 'Lucía Gómez',
      locale: 'es',
      roles: [{ role: 'mechanism', scope: 'crm' }],
    });

    // The audit names who invited, never the link or the email.
    const log = await auditLog();
    const created = log.find((e) => e.action === 'invitation.create' && e.entity.id === invitation.id);
    expect(created?.actor).toMatchObject({ accountId: ana.id, role: 'secretariat', label: 'Ana Pérez' });
    expect(created?.changes).toMatchObject({ role: { to: 'mechanism' }, scope: { to: 'crm' } });
    expect(JSON.stringify(log)).not.toContain(token);
    expect(JSON.stringify(log)).not.toContain(email);
  });

  test('scopes are checked: an unknown mechanism, a secretariat with a scope, a suspended person', async () => {
    const send = (body: unknown) => api.post('/v1/people/invitations', body, fromConsole(ana.cookie));
    const unknown = await send({ email: 'a@example.org', role: 'mechanism', scope: 'nowhere' });
    expect(unknown.status).toBe(422);
    expect((await api.json(unknown)).errors[0]).toMatchObject({ path: ['scope'], code: 'unknown_reference' });
    const missing = await send({ email: 'a@example.org', role: 'mechanism' });
    expect(missing.status).toBe(422);
    const scoped = await send({ email: 'a@example.org', role: 'secretariat', scope: 'crm' });
    expect((await api.json(scoped)).errors[0]).toMatchObject({ path: ['scope'], code: 'scope_not_allowed' });
    const bad = await send({ email: 'not an email', role: 'country', scope: 'HT' });
    expect((await api.json(bad)).errors[0].path).toEqual(['email']);

    const gone = await person([{ role: 'country', scope: 'HT' }]);
    await api.patch(`/v1/people/${gone.id}`, { suspended: true }, fromConsole(ana.cookie));
    const again = await send({ email: gone.email, role: 'country', scope: 'MX' });
    expect(again.status).toBe(409);
  });

  test('roles added and removed; a scope that does not exist is refused at its field', async () => {
    const marie = await person([{ role: 'country', scope: 'HT' }]);
    const changed = await api.patch(
      `/v1/people/${marie.id}`,
      {
        addRoles: [
          { role: 'mechanism', scope: 'caricom' },
          { role: 'mechanism', scope: 'caricom' },
        ],
        removeRoles: [{ role: 'country', scope: 'HT' }],
      },
      fromConsole(ana.cookie),
    );
    expect(changed.status).toBe(200);
    expect((await api.json(changed)).roles).toEqual([{ role: 'mechanism', scope: 'caricom' }]);
    // She acts as CARICOM now, no longer as Haiti.
    expect(
      (
        await api.get(
          '/v1/translations/queue?locale=ht',
          fromConsole(marie.cookie, { 'x-lad-role': 'country:HT' }),
        )
      ).status,
    ).toBe(403);
    expect((await api.get('/v1/translations/queue?locale=ht', fromConsole(marie.cookie))).status).toBe(200);

    const wrong = await api.patch(
      `/v1/people/${marie.id}`,
      { addRoles: [{ role: 'committee', scope: 'no-such-package' }] },
      fromConsole(ana.cookie),
    );
    expect(wrong.status).toBe(422);
    expect((await api.json(wrong)).errors[0].path).toEqual(['addRoles', 0, 'scope']);
    expect(
      (await api.patch('/v1/people/acc-nobody', { suspended: true }, fromConsole(ana.cookie))).status,
    ).toBe(404);

    const entry = (await auditLog()).find((e) => e.action === 'account.update' && e.entity.id === marie.id);
    expect(entry?.changes).toEqual({ roles: { from: ['country:HT'], to: ['mechanism:caricom'] } });
  });

  test('suspended: her open session ends at once, she cannot sign in; let in again, she can', async () => {
    const officer = await person([{ role: 'mechanism', scope: 'mirps' }]);
    expect((await api.get('/v1/auth/me', fromConsole(officer.cookie))).status).toBe(200);
    const suspended = await api.patch(
      `/v1/people/${officer.id}`,
      { suspended: true },
      fromConsole(ana.cookie),
    );
    expect(suspended.status).toBe(200);
    expect(await api.json(suspended)).toMatchObject({
      status: 'suspended',
      suspendedAt: h.clock.now.toISOString(),
    });
    expect((await api.get('/v1/auth/me', fromConsole(officer.cookie))).status).toBe(401);
    expect((await api.get('/v1/commitments?limit=1', fromConsole(officer.cookie))).status).toBe(200); // public
    expect((await api.get('/v1/translations/queue?locale=es', fromConsole(officer.cookie))).status).toBe(401);
    expect((await signIn(officer.email)).status).toBe(401);

    const back = await api.patch(`/v1/people/${officer.id}`, { suspended: false }, fromConsole(ana.cookie));
    expect((await api.json(back)).status).toBe('active');
    // The old session stays ended; a new sign-in works.
    expect((await api.get('/v1/auth/me', fromConsole(officer.cookie))).status).toBe(401);
    const signedIn = await signIn(officer.email);
    expect(signedIn.status).toBe(200);
    expect(cookieOf(signedIn)).toBeTruthy();

    const log = (await auditLog()).filter((e) => e.action === 'account.update' && e.entity.id === officer.id);
    expect(log.map((e) => e.changes)).toEqual([
      { status: { from: 'suspended', to: 'active' } },
      { status: { from: 'active', to: 'suspended' }, sessionsEnded: { from: null, to: 1 } },
    ]);
  });

  test('removed: sessions and credentials gone, the audit keeps her id', async () => {
    const leaving = await person([{ role: 'country', scope: 'MX' }], 'Leaving Soon');
    // Something she did, in the audit under her id.
    const made = await api.post(
      '/v1/commitments',
      {
        country: 'MX',
        pillar: 'II',
        status: 'limited',
        title: { original: 'es', text: { es: 'Compromiso' } },
      },
      fromConsole(leaving.cookie),
    );
    expect(made.status).toBe(201);
    const removed = await api.request(
      'DELETE',
      `/v1/people/${leaving.id}`,
      undefined,
      fromConsole(ana.cookie),
    );
    expect(removed.status).toBe(200);
    expect(await api.json(removed)).toEqual({ id: leaving.id, sessionsEnded: 1 });
    expect((await api.get('/v1/auth/me', fromConsole(leaving.cookie))).status).toBe(401);
    expect((await signIn(leaving.email)).status).toBe(401);
    const db = h.db.kysely;
    for (const table of ['sessions', 'password_credentials', 'passkeys', 'account_roles'] as const)
      expect(await db.selectFrom(table).selectAll().where('account_id', '=', leaving.id).execute()).toEqual(
        [],
      );
    expect(await db.selectFrom('accounts').selectAll().where('id', '=', leaving.id).execute()).toEqual([]);
    const people = await api.json(await api.get('/v1/people', fromConsole(ana.cookie)));
    expect(people.items.some((p: { id: string }) => p.id === leaving.id)).toBe(false);

    const log = await auditLog();
    expect(
      log.find((e) => e.action === 'commitment.create' && e.actor.accountId === leaving.id),
    ).toBeTruthy();
    expect(log.find((e) => e.action === 'account.remove' && e.entity.id === leaving.id)?.changes).toEqual({
      roles: { from: ['country:MX'], to: [] },
      sessionsEnded: { from: null, to: 1 },
      passkeysRemoved: { from: null, to: 0 },
    });
    expect(
      (await api.request('DELETE', `/v1/people/${leaving.id}`, undefined, fromConsole(ana.cookie))).status,
    ).toBe(404);
  });

  test('the last active secretariat member can be neither suspended, removed nor stripped of the role', async () => {
    // Everyone else in the secretariat is suspended first (the harness may hold others).
    const everyone = await api.json(await api.get('/v1/people', fromConsole(ana.cookie)));
    for (const p of everyone.items as { id: string; status: string; roles: Pair[] }[])
      if (p.id !== ana.id && p.status === 'active' && p.roles.some((r) => r.role === 'secretariat'))
        expect(
          (await api.patch(`/v1/people/${p.id}`, { suspended: true }, fromConsole(ana.cookie))).status,
        ).toBe(200);
    const refusals = [
      await api.patch(`/v1/people/${ana.id}`, { suspended: true }, fromConsole(ana.cookie)),
      await api.patch(
        `/v1/people/${ana.id}`,
        { removeRoles: [{ role: 'secretariat', scope: null }] },
        fromConsole(ana.cookie),
      ),
      await api.request('DELETE', `/v1/people/${ana.id}`, undefined, fromConsole(ana.cookie)),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(409);
      expect(await api.json(refused)).toMatchObject({
        code: 'last-secretariat',
        type: '/v1/problems/last-secretariat',
      });
    }
    expect((await api.get('/v1/auth/me', fromConsole(ana.cookie))).status).toBe(200);

    // With a second member, either may go.
    const second = await person([{ role: 'secretariat', scope: null }]);
    const suspended = await api.patch(
      `/v1/people/${second.id}`,
      { suspended: true },
      fromConsole(ana.cookie),
    );
    expect(suspended.status).toBe(200);
    // …but then Ana is the last one again.
    expect(
      (await api.patch(`/v1/people/${ana.id}`, { suspended: true }, fromConsole(ana.cookie))).status,
    ).toBe(409);
    await api.patch(`/v1/people/${second.id}`, { suspended: false }, fromConsole(ana.cookie));
    const removed = await api.request(
      'DELETE',
      `/v1/people/${second.id}`,
      undefined,
      fromConsole(ana.cookie),
    );
    expect(removed.status).toBe(200);
  });
});

describe('tokens', () => {
  test('created with its secret once, listed without it, used, revoked and refused — all audited', async () => {
    const created = await api.post(
      '/v1/tokens',
      { label: 'CRM nightly import', role: 'mechanism', scope: 'crm', expiresInDays: 30 },
      fromConsole(ana.cookie),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { token, secret } = await api.json(created);
    expect(secret).toMatch(/^lad_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({
      label: 'CRM nightly import',
      role: 'mechanism',
      scope: 'crm',
      status: 'active',
      lastUsedAt: null,
      revokedAt: null,
      expiresAt: new Date(h.clock.now.getTime() + 30 * 86_400_000).toISOString(),
    });

    // It works, as a mechanism token.
    expect((await api.get('/v1/translations/queue?locale=fr', bearer(secret))).status).toBe(200);
    const listed = await api.json(await api.get('/v1/tokens', fromConsole(ana.cookie)));
    expect(listed.items[0]).toMatchObject({ id: token.id, lastUsedAt: h.clock.now.toISOString() });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(JSON.stringify(listed)).not.toMatch(/"hash"/);

    const revoked = await api.request('DELETE', `/v1/tokens/${token.id}`, undefined, fromConsole(ana.cookie));
    expect(revoked.status).toBe(200);
    expect(await api.json(revoked)).toMatchObject({
      status: 'revoked',
      revokedAt: h.clock.now.toISOString(),
    });
    expect((await api.get('/v1/translations/queue?locale=fr', bearer(secret))).status).toBe(401);
    // Revoking again changes nothing; an unknown token is a 404.
    expect(
      (await api.request('DELETE', `/v1/tokens/${token.id}`, undefined, fromConsole(ana.cookie))).status,
    ).toBe(200);
    expect(
      (await api.request('DELETE', '/v1/tokens/tok-none', undefined, fromConsole(ana.cookie))).status,
    ).toBe(404);

    const log = await auditLog();
    const mine = log.filter((e) => e.entity.id === token.id);
    expect(mine.map((e) => e.action)).toEqual(['token.revoke', 'token.create']);
    expect(mine[1]?.actor).toMatchObject({ accountId: ana.id, tokenId: null });
    expect(JSON.stringify(log)).not.toContain(secret);
  });

  test('label, lifetime and scope are checked', async () => {
    const send = (body: unknown) => api.post('/v1/tokens', body, fromConsole(ana.cookie));
    expect((await send({ label: 'x', role: 'country', scope: 'HT', expiresInDays: 731 })).status).toBe(422);
    expect((await send({ label: 'x', role: 'country', scope: 'HT', expiresInDays: 0 })).status).toBe(422);
    expect((await send({ role: 'country', scope: 'HT' })).status).toBe(422);
    const scope = await send({ label: 'x', role: 'committee', scope: 'crm' });
    expect((await api.json(scope)).errors[0].path).toEqual(['scope']);
    const made = await api.json(await send({ label: 'Default lifetime', role: 'secretariat' }));
    expect(Date.parse(made.token.expiresAt) - h.clock.now.getTime()).toBe(90 * 86_400_000);
  });
});

describe('the regional-mechanism role', () => {
  const title = (text: string) => ({ original: 'es', text: { es: text } });
  let shared: string;
  let other: string;
  let officer: { id: string; cookie: string };

  beforeAll(async () => {
    const secretariat = await h.token('secretariat');
    const make = async (body: unknown) => {
      const response = await api.post('/v1/commitments', body, bearer(secretariat));
      expect(response.status).toBe(201);
      return (await api.json(response)).id as string;
    };
    shared = await make({
      country: 'GT',
      pillar: 'II',
      status: 'limited',
      title: title('Visas de trabajo temporal'),
      mechanisms: ['crm', 'mirps'],
    });
    other = await make({
      country: 'CR',
      pillar: 'II',
      status: 'limited',
      title: title('Reasentamiento'),
      mechanisms: ['mirps'],
    });
    officer = await person([{ role: 'mechanism', scope: 'crm' }], 'Lucía Gómez');
  });

  test('a CRM officer edits a commitment CRM shares, records its progress, and is refused another', async () => {
    const as = fromConsole(officer.cookie);
    const edited = await api.patch(
      `/v1/commitments/${shared}`,
      { title: title('Visas de trabajo temporal (CRM)') },
      as,
    );
    expect(edited.status).toBe(200);
    const update = await api.post(
      `/v1/commitments/${shared}/updates`,
      { date: '2026-03-01', status: 'substantial', summary: title('Primeras visas emitidas') },
      as,
    );
    expect(update.status).toBe(201);
    expect((await api.patch(`/v1/commitments/${other}`, { title: title('No') }, as)).status).toBe(403);
    expect(
      (
        await api.post(
          `/v1/commitments/${other}/updates`,
          { date: '2026-03-01', status: 'complete', summary: title('No') },
          as,
        )
      ).status,
    ).toBe(403);
    // She cannot move it out of CRM's set, hand it to another mechanism, give it another country
    // or an action package, nor create a commitment.
    for (const patch of [
      { mechanisms: ['mirps'] },
      { mechanisms: [] },
      { mechanisms: ['crm', 'mirps', 'caricom'] },
      { country: 'MX' },
      { actionPackages: ['labor-mobility'] },
    ])
      expect((await api.patch(`/v1/commitments/${shared}`, patch, as)).status, JSON.stringify(patch)).toBe(
        403,
      );
    expect(
      (
        await api.post(
          '/v1/commitments',
          { country: 'GT', pillar: 'II', status: 'limited', title: title('Nuevo'), mechanisms: ['crm'] },
          as,
        )
      ).status,
    ).toBe(403);
    // The audit names her and the mechanism she acted for.
    const entry = (await auditLog()).find((e) => e.action === 'commitment.update' && e.entity.id === shared);
    expect(entry?.actor).toMatchObject({ accountId: officer.id, role: 'mechanism', scope: 'crm' });
  });

  test('her translation queue and her imports are limited to what CRM shares', async () => {
    const as = fromConsole(officer.cookie);
    const queue = await api.json(await api.get('/v1/translations/queue?locale=ht', as));
    const ids = new Set(queue.items.map((i: { id: string }) => i.id));
    expect(ids.has(shared)).toBe(true);
    expect(ids.has(other)).toBe(false);
    const csv = ['id,title_fr', `${shared},Visas de travail temporaire`, `${other},Réinstallation`].join(
      '\n',
    );
    const imported = await api.request('POST', '/v1/import/commitments?dryRun=true', csv, {
      ...as,
      'content-type': 'text/csv',
    });
    expect(imported.status).toBe(200);
    const result = await api.json(imported);
    expect(
      result.errors
        .filter((e: { code: string }) => e.code === 'forbidden')
        .map((e: { row: number }) => e.row),
    ).toEqual([2]);
    expect(result.updated).toBe(1);
  });

  test('a country coordinator can no longer tie a commitment to a mechanism (it would hand it over)', async () => {
    const country = await h.token('country', 'GT');
    expect(
      (await api.patch(`/v1/commitments/${shared}`, { mechanisms: ['crm'] }, bearer(country))).status,
    ).toBe(403);
    expect(
      (await api.patch(`/v1/commitments/${shared}`, { title: title('Visas (GT)') }, bearer(country))).status,
    ).toBe(200);
  });
});
