import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { migrate, openDatabase } from '../db/index.js';
import { migrationProvider } from '../db/migrations.js';
import {
  acceptInvitation,
  createAccount,
  createSession,
  disableAccount,
  findInvitation,
  inviteUser,
  SESSION_LIMITS,
} from '../store/accounts.js';
import { listAudit } from '../store/audit.js';
import { hashPassword } from '../store/passwords.js';
import { sha256 } from '../store/util.js';
import { bearer, client, createHarness, type Harness } from '../testing/harness.js';

// People signing in to the console: invitations, passwords, sessions and their limits, the
// CSRF rule, the role a person acts in, rate limits, passkeys (with a software authenticator)
// and what the audit keeps — on SQLite and on PostgreSQL.

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
/** One hash for the people made directly in the database (scrypt is slow on purpose). */
let HASH: string;
const PASSWORD = 'kreyòl ayisyen 2026!';
/** Where the console is served in the harness (`LAD_PUBLIC_URL` is not set there). */
let ORIGIN: string;

/** A client address of its own per test, so that the per-address sign-in limit is per test. */
let nextAddress = 0;
const address = () => `198.51.100.${++nextAddress}`;

/** What the console sends: its Origin, its header, the session cookie when there is one. */
const fromConsole = (cookie?: string, extra: Record<string, string> = {}) => ({
  origin: ORIGIN,
  'x-lad-console': '1',
  ...(cookie ? { cookie: `lad_session=${cookie}` } : {}),
  ...extra,
});

const cookieOf = (response: Response): string | undefined =>
  /lad_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];

/** The token of the link `user invite` prints. */
const tokenOf = (link: string) => link.split('/').at(-1) as string;

let people = 0;
/** A person with these roles, made in the database, and a session of theirs. */
async function person(roles: { role: 'secretariat' | 'committee' | 'country'; scope: string | null }[]) {
  const email = `person${++people}@lad.example.org`;
  const id = await createAccount(
    h.db.kysely,
    { email, name: `Person ${people}`, passwordHash: HASH, roles },
    h.clock.now,
  );
  const { cookie } = await createSession(h.db.kysely, id, h.clock.now);
  return { id, email, cookie };
}

beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  secretariat = await h.token('secretariat');
  HASH = await hashPassword(PASSWORD);
  ORIGIN = new URL(h.deps.config.publicUrl).origin;
});
afterAll(() => h?.close());

/** Runs `work` with the clock moved, and puts it back. */
async function later<T>(work: () => Promise<T>): Promise<T> {
  const was = h.clock.now;
  try {
    return await work();
  } finally {
    h.clock.set(was);
  }
}

async function auditLog() {
  return (await api.json(await api.get('/v1/audit?limit=100', bearer(secretariat)))).items as {
    action: string;
    actor: Record<string, unknown>;
    entity: { type: string; id: string };
    changes: Record<string, { from: unknown; to: unknown }> | null;
  }[];
}

describe('invitation, password, session', () => {
  test('invite → look → accept → me → sign out → sign in; wrong email and wrong password look alike', async () => {
    const invited = await inviteUser(
      h.db.kysely,
      { email: '  Ana.Perez@Example.org ', role: 'secretariat', scope: null, name: 'Ana Pérez' },
      h.clock.now,
      { publicUrl: h.deps.config.publicUrl },
    );
    expect(invited.link).toMatch(/^http:\/\/localhost:8787\/console\/#\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(invited.link);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(Date.parse(invited.expiresAt) - h.clock.now.getTime()).toBe(72 * 3_600_000);
    const stored = await h.db.kysely.selectFrom('invitations').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.find((i) => i.id === invited.id)?.hash).toBe(sha256(token));

    const look = await api.get(`/v1/auth/invitations/${token}`);
    expect(look.status).toBe(200);
    expect(look.headers.get('cache-control')).toBe('no-store');
    expect(await look.json()).toEqual({
      email: 'ana.perez@example.org',
      role: 'secretariat',
      scope: null,
      name: 'Ana Pérez',
      existingAccount: false,
      expiresAt: invited.expiresAt,
    });

    const accept = (body: unknown, headers = fromConsole()) =>
      api.post(`/v1/auth/invitations/${token}/accept`, body, { ...headers, 'x-forwarded-for': address() });
    const short = await accept({ name: 'Ana Pérez', password: 'corto' });
    expect(short.status).toBe(422);
    expect(await short.json()).toMatchObject({
      code: 'validation-failed',
      errors: [expect.objectContaining({ path: ['password'] })],
    });
    expect((await accept({ password: PASSWORD }, { 'x-lad-console': '1' } as never)).status).toBe(403);
    const ok = await accept({ password: PASSWORD, locale: 'ht' });
    expect(ok.status).toBe(200);
    const setCookie = ok.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^lad_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; Max-Age=604800/);
    // Plain HTTP on localhost: a Secure cookie would never come back.
    expect(setCookie).not.toMatch(/Secure/);
    const { account } = await ok.json();
    expect(account).toEqual({
      id: expect.stringMatching(/^acc_/),
      email: 'ana.perez@example.org',
      name: 'Ana Pérez',
      locale: 'ht',
      roles: [{ role: 'secretariat', scope: null }],
      passkeys: 0,
    });
    const cookie = cookieOf(ok) as string;
    // Used: the link works once.
    expect((await api.get(`/v1/auth/invitations/${token}`)).status).toBe(404);
    expect((await accept({ password: PASSWORD })).status).toBe(404);

    const me = await api.get('/v1/auth/me', fromConsole(cookie));
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual(account);
    expect((await api.get('/v1/auth/me')).status).toBe(401);

    const out = await api.post('/v1/auth/sign-out', undefined, fromConsole(cookie));
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/lad_session=;.*Max-Age=0/);
    expect((await api.get('/v1/auth/me', fromConsole(cookie))).status).toBe(401);

    const signIn = (email: string, password: string) =>
      api.post('/v1/auth/sign-in', { email, password }, { ...fromConsole(), 'x-forwarded-for': address() });
    const wrongPassword = await signIn('ana.perez@example.org', 'not the password at all');
    const unknownEmail = await signIn('nobody@example.org', PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(cookieOf(wrongPassword)).toBeUndefined();
    expect(await unknownEmail.json()).toEqual(await wrongPassword.json());
    // Both also cost one scrypt hash (an unknown email is checked against a dummy hash,
    // verifyAgainstDummy): timings are not asserted here, a loaded machine makes them noise.

    const back = await signIn(' ANA.perez@example.org', PASSWORD);
    expect(back.status).toBe(200);
    expect((await back.json()).account).toEqual(account);
    expect((await api.get('/v1/auth/me', fromConsole(cookieOf(back)))).status).toBe(200);

    // The audit: who and what, never a password, an email or a secret.
    const log = await auditLog();
    const mine = log.filter(
      (e) => e.entity.id === account.id || e.entity.id === invited.id || e.actor.accountId === account.id,
    );
    expect(mine.map((e) => e.action).reverse()).toEqual([
      'invitation.create',
      'invitation.accept',
      'auth.sign-in',
      'auth.sign-out',
      'auth.sign-in-failed',
      'auth.sign-in',
    ]);
    expect(mine[5]?.actor).toEqual({
      tokenId: 'cli',
      accountId: null,
      role: 'secretariat',
      scope: null,
      label: 'command line',
    });
    expect(mine[4]?.actor).toEqual({
      tokenId: null,
      accountId: account.id,
      role: null,
      scope: null,
      label: 'Ana Pérez',
    });
    expect(mine[0]?.changes?.method?.to).toBe('password');
    expect(mine[1]?.changes).toMatchObject({ reason: { to: 'wrong-password' } });
    const unknown = log.find((e) => e.action === 'auth.sign-in-failed' && e.entity.type === 'email');
    expect(unknown?.entity.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(unknown?.actor).toEqual({ tokenId: null, accountId: null, role: null, scope: null, label: null });
    const everything = JSON.stringify({
      log,
      logs: h.logs,
      sessions: await h.db.kysely.selectFrom('sessions').selectAll().execute(),
      passwords: await h.db.kysely.selectFrom('password_credentials').selectAll().execute(),
    });
    for (const secret of [PASSWORD, 'not the password at all', 'nobody@example.org', cookie, token])
      expect(everything).not.toContain(secret);
    expect(JSON.stringify(log)).not.toContain('ana.perez');
    const hash = await h.db.kysely
      .selectFrom('password_credentials')
      .select('hash')
      .where('account_id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(hash.hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  test('expired, used and unknown invitations all answer the same 404', async () => {
    const invited = await inviteUser(
      h.db.kysely,
      { email: 'late@example.org', role: 'country', scope: 'HT' },
      h.clock.now,
      { publicUrl: h.deps.config.publicUrl },
    );
    const token = tokenOf(invited.link);
    const bodies = await later(async () => {
      h.clock.advance(72 * 3_600_000);
      const expired = await api.get(`/v1/auth/invitations/${token}`);
      const accepting = await api.post(
        `/v1/auth/invitations/${token}/accept`,
        { name: 'Tard', password: PASSWORD },
        fromConsole(),
      );
      expect(accepting.status).toBe(404);
      return [
        expired,
        await api.get(`/v1/auth/invitations/${randomBytes(32).toString('base64url')}`),
        await api.get('/v1/auth/invitations/not-a-token'),
      ];
    });
    for (const response of bodies) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        code: 'not-found',
        detail: 'This invitation cannot be used.',
      });
    }
    // Before it expires it works; afterwards the account exists.
    expect((await api.get(`/v1/auth/invitations/${token}`)).status).toBe(200);
  });

  test('an invitation for an existing account adds the role, with that account’s password', async () => {
    const { id, email } = await person([{ role: 'country', scope: 'HT' }]);
    const invited = await inviteUser(
      h.db.kysely,
      { email: email.toUpperCase(), role: 'committee', scope: 'labor-mobility' },
      h.clock.now,
      { publicUrl: h.deps.config.publicUrl },
    );
    const token = tokenOf(invited.link);
    expect(await (await api.get(`/v1/auth/invitations/${token}`)).json()).toMatchObject({
      email,
      existingAccount: true,
    });
    const accept = (password: string) =>
      api.post(
        `/v1/auth/invitations/${token}/accept`,
        { password },
        { ...fromConsole(), 'x-forwarded-for': address() },
      );
    // The link alone does not hand over the account.
    expect((await accept('someone else’s new password')).status).toBe(401);
    const ok = await accept(PASSWORD);
    expect(ok.status).toBe(200);
    expect((await ok.json()).account).toMatchObject({
      id,
      roles: [
        { role: 'committee', scope: 'labor-mobility' },
        { role: 'country', scope: 'HT' },
      ],
    });
  });

  test('sessions end after 8 idle hours or 7 days, whichever comes first, and are revoked', async () => {
    const me = (cookie: string) => api.get('/v1/auth/me', fromConsole(cookie));
    const row = (cookie: string) =>
      h.db.kysely
        .selectFrom('sessions')
        .selectAll()
        .where('id', '=', sha256(cookie))
        .executeTakeFirstOrThrow();
    await later(async () => {
      const idle = await person([{ role: 'secretariat', scope: null }]);
      h.clock.advance(SESSION_LIMITS.idleMs - 60_000);
      expect((await me(idle.cookie)).status).toBe(200);
      h.clock.advance(SESSION_LIMITS.idleMs);
      expect((await me(idle.cookie)).status).toBe(401);
      expect((await row(idle.cookie)).revoked_at).toBe(h.clock.now.toISOString());
    });
    await later(async () => {
      const busy = await person([{ role: 'secretariat', scope: null }]);
      // Active every 7 hours: never idle, yet done after 7 days.
      for (let hours = 7; hours < 7 * 24; hours += 7) {
        h.clock.advance(7 * 3_600_000);
        expect((await me(busy.cookie)).status, `${hours} h`).toBe(200);
      }
      h.clock.advance(7 * 3_600_000);
      expect((await me(busy.cookie)).status).toBe(401);
      expect((await row(busy.cookie)).revoked_at).not.toBeNull();
    });
    await later(async () => {
      // last_seen_at is written at most once a minute.
      const { cookie } = await person([{ role: 'secretariat', scope: null }]);
      const first = (await row(cookie)).last_seen_at;
      h.clock.advance(30_000);
      await me(cookie);
      expect((await row(cookie)).last_seen_at).toBe(first);
      h.clock.advance(31_000);
      await me(cookie);
      expect((await row(cookie)).last_seen_at).toBe(h.clock.now.toISOString());
    });
  });

  test('sign out everywhere ends every session of the person, and only theirs', async () => {
    const a = await person([{ role: 'secretariat', scope: null }]);
    const { cookie: second } = await createSession(h.db.kysely, a.id, h.clock.now);
    const other = await person([{ role: 'secretariat', scope: null }]);
    expect(
      (await api.post('/v1/auth/sign-out-everywhere', undefined, { cookie: `lad_session=${a.cookie}` }))
        .status,
    ).toBe(403);
    expect((await api.post('/v1/auth/sign-out-everywhere', undefined, fromConsole())).status).toBe(401);
    const done = await api.post('/v1/auth/sign-out-everywhere', undefined, fromConsole(a.cookie));
    expect(done.status).toBe(204);
    for (const cookie of [a.cookie, second])
      expect((await api.get('/v1/auth/me', fromConsole(cookie))).status).toBe(401);
    expect((await api.get('/v1/auth/me', fromConsole(other.cookie))).status).toBe(200);
  });

  test('a disabled person is signed out at once and cannot sign in again', async () => {
    const p = await person([{ role: 'secretariat', scope: null }]);
    expect(await disableAccount(h.db.kysely, p.email, h.clock.now)).toBe(true);
    expect((await api.get('/v1/auth/me', fromConsole(p.cookie))).status).toBe(401);
    expect((await api.get('/v1/audit', fromConsole(p.cookie))).status).toBe(401);
    const again = await api.post(
      '/v1/auth/sign-in',
      { email: p.email, password: PASSWORD },
      { ...fromConsole(), 'x-forwarded-for': address() },
    );
    expect(again.status).toBe(401);
    await expect(
      inviteUser(h.db.kysely, { email: p.email, role: 'secretariat', scope: null }, h.clock.now, {
        publicUrl: h.deps.config.publicUrl,
      }),
    ).rejects.toThrow(/disabled/);
  });
});

describe('curation with a session', () => {
  let haiti: string;
  let mexico: string;
  const title = (text: string) => ({ title: { original: 'es', text: { es: text } } });
  beforeAll(async () => {
    const make = async (country: string) => {
      const made = await api.post(
        '/v1/commitments',
        { country, pillar: 'II', status: 'limited', ...title(`Compromiso de ${country}`) },
        bearer(secretariat),
      );
      expect(made.status).toBe(201);
      return (await made.json()).id as string;
    };
    haiti = await make('HT');
    mexico = await make('MX');
  });

  test('a country person edits their country’s commitments from the console, and nothing else', async () => {
    const p = await person([{ role: 'country', scope: 'HT' }]);
    const ok = await api.patch(
      `/v1/commitments/${haiti}`,
      title('Editado en la consola'),
      fromConsole(p.cookie),
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect((await api.patch(`/v1/commitments/${mexico}`, title('No'), fromConsole(p.cookie))).status).toBe(
      403,
    );
    // The change is the person's in the audit, in the role they acted in.
    const entry = (await auditLog()).find((e) => e.entity.id === haiti && e.actor.accountId === p.id);
    expect(entry?.actor).toEqual({
      tokenId: null,
      accountId: p.id,
      role: 'country',
      scope: 'HT',
      label: 'Person ' + p.email.match(/\d+/)?.[0],
    });

    // CSRF: without the console's header, from another origin, or with no Origin: refused.
    for (const headers of [
      { cookie: `lad_session=${p.cookie}`, origin: ORIGIN } as Record<string, string>,
      fromConsole(p.cookie, { origin: 'https://evil.example' }),
      { cookie: `lad_session=${p.cookie}`, 'x-lad-console': '1' },
      fromConsole(p.cookie, { 'x-lad-console': 'yes' }),
    ]) {
      const refused = await api.patch(`/v1/commitments/${haiti}`, title('CSRF'), headers);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'csrf' });
    }
    // Reads need no such header; bearer tokens are unaffected by the rule.
    expect((await api.get('/v1/registrations?limit=1', { cookie: `lad_session=${p.cookie}` })).status).toBe(
      200,
    );
    const token = await h.token('country', 'HT');
    expect((await api.patch(`/v1/commitments/${haiti}`, title('Con token'), bearer(token))).status).toBe(200);
    // A request with both: the bearer token decides.
    expect(
      (
        await api.patch(`/v1/commitments/${haiti}`, title('Ambos'), {
          ...bearer(token),
          cookie: `lad_session=${p.cookie}`,
        })
      ).status,
    ).toBe(200);
  });

  test('a person with two roles says which one they act in (X-LAD-Role)', async () => {
    const p = await person([
      { role: 'country', scope: 'HT' },
      { role: 'committee', scope: 'labor-mobility' },
    ]);
    const list = (role?: string) =>
      api.get('/v1/registrations?limit=1', fromConsole(p.cookie, role ? { 'x-lad-role': role } : {}));
    const ask = await list();
    expect(ask.status).toBe(400);
    expect(await ask.json()).toMatchObject({
      code: 'role-required',
      roles: [
        { role: 'committee', scope: 'labor-mobility' },
        { role: 'country', scope: 'HT' },
      ],
    });
    expect((await list('country')).status).toBe(200);
    expect((await list('country:HT')).status).toBe(200);
    expect((await list('committee:labor-mobility')).status).toBe(200);
    expect((await list('country:MX')).status).toBe(403);
    expect((await list('secretariat')).status).toBe(403);
    // The audit log is the secretariat's, whatever role is chosen.
    expect((await api.get('/v1/audit', fromConsole(p.cookie, { 'x-lad-role': 'country:HT' }))).status).toBe(
      403,
    );
    const edit = await api.patch(
      `/v1/commitments/${haiti}`,
      title('Como país'),
      fromConsole(p.cookie, { 'x-lad-role': 'country:HT' }),
    );
    expect(edit.status).toBe(200);
    expect(
      (
        await api.patch(
          `/v1/commitments/${haiti}`,
          title('Como comité'),
          fromConsole(p.cookie, { 'x-lad-role': 'committee' }),
        )
      ).status,
    ).toBe(403);
  });
});

describe('rate limits', () => {
  test('10 sign-in attempts per email and 30 per address per 15 minutes, then 429 with Retry-After', async () => {
    const p = await person([{ role: 'secretariat', scope: null }]);
    const attempt = (email: string, from: string, password = 'wrong but long enough') =>
      api.post('/v1/auth/sign-in', { email, password }, { ...fromConsole(), 'x-forwarded-for': from });
    for (let i = 0; i < 10; i++) expect((await attempt(p.email, address())).status).toBe(401);
    const limited = await attempt(p.email, address(), PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'rate-limited', retryAfter: expect.any(Number) });

    const from = address();
    for (let i = 0; i < 30; i++)
      expect((await attempt(`nobody${i}@example.org`, from, 'x')).status, `attempt ${i + 1}`).toBe(401);
    expect((await attempt('nobody-else@example.org', from)).status).toBe(429);
    // After the window, the person signs in again.
    await later(async () => {
      h.clock.advance(15 * 60_000);
      expect((await attempt(p.email, address(), PASSWORD)).status).toBe(200);
    });
  }, 120_000); // forty password checks (scrypt), each a CPU burst: slow on a busy machine
});

/** A software authenticator: a P-256 key, attestation `none`, assertions signed by hand. */
function softAuthenticator() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const id = randomBytes(16);
  let counter = 0;
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
  const digest = (data: string | Uint8Array) => createHash('sha256').update(data).digest();
  const authData = (rpId: string, flags: number, credential?: Uint8Array) => {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    const parts: Uint8Array[] = [digest(rpId), Buffer.from([flags]), count];
    if (credential) {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(id.length);
      parts.push(Buffer.alloc(16), length, id, credential);
    }
    return Buffer.concat(parts);
  };
  const clientData = (type: string, challenge: string, origin: string) =>
    Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  return {
    id: b64(id),
    /** What `navigator.credentials.create()` gives, from the registration options. */
    create(options: { challenge: string; rp: { id: string } }, origin: string) {
      const cose = isoCBOR.encode(
        new Map<number, number | Uint8Array>([
          [1, 2],
          [3, -7],
          [-1, 1],
          [-2, new Uint8Array(Buffer.from(jwk.x as string, 'base64url'))],
          [-3, new Uint8Array(Buffer.from(jwk.y as string, 'base64url'))],
        ]),
      );
      // User present, user verified, attested credential data.
      const data = authData(options.rp.id, 0x45, cose);
      const attestation = isoCBOR.encode(
        new Map<string, string | Uint8Array | Map<string, string>>([
          ['fmt', 'none'],
          ['attStmt', new Map<string, string>()],
          ['authData', new Uint8Array(data)],
        ]),
      );
      return {
        id: b64(id),
        rawId: b64(id),
        type: 'public-key',
        response: {
          clientDataJSON: b64(clientData('webauthn.create', options.challenge, origin)),
          attestationObject: b64(attestation),
          transports: ['internal'],
        },
        clientExtensionResults: {},
      };
    },
    /** What `navigator.credentials.get()` gives, from the authentication options. */
    get(options: { challenge: string; rpId: string }, origin: string, userHandle: string) {
      counter++;
      const data = authData(options.rpId, 0x05);
      const json = clientData('webauthn.get', options.challenge, origin);
      const signature = sign('sha256', Buffer.concat([data, digest(json)]), privateKey);
      return {
        id: b64(id),
        rawId: b64(id),
        type: 'public-key',
        response: {
          clientDataJSON: b64(json),
          authenticatorData: b64(data),
          signature: b64(signature),
          userHandle,
        },
        clientExtensionResults: {},
      };
    },
  };
}

describe('passkeys', () => {
  test('add a passkey while signed in, then sign in with it; challenges are good once, for 5 minutes', async () => {
    const p = await person([{ role: 'country', scope: 'HT' }]);
    const authenticator = softAuthenticator();
    const post = (path: string, body?: unknown, cookie?: string) =>
      api.post(path, body, { ...fromConsole(cookie), 'x-forwarded-for': address() });

    expect((await post('/v1/auth/passkeys/registration-options')).status).toBe(401);
    const options = await (await post('/v1/auth/passkeys/registration-options', undefined, p.cookie)).json();
    expect(options).toMatchObject({
      rp: { id: 'localhost' },
      user: { name: p.email },
      attestation: 'none',
      excludeCredentials: [],
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    });
    const userHandle = options.user.id as string;
    expect(Buffer.from(userHandle, 'base64url').toString()).toBe(p.id);

    const credential = authenticator.create(options, ORIGIN);
    // From another site's page, the credential is refused (the origin is in what was signed).
    const elsewhere = authenticator.create(
      await (await post('/v1/auth/passkeys/registration-options', undefined, p.cookie)).json(),
      'https://evil.example',
    );
    expect((await post('/v1/auth/passkeys/registration', elsewhere, p.cookie)).status).toBe(400);
    const added = await post('/v1/auth/passkeys/registration', credential, p.cookie);
    expect(added.status).toBe(200);
    expect((await added.json()).account).toMatchObject({ id: p.id, passkeys: 1 });
    // The same answer twice: its challenge was used up.
    expect((await post('/v1/auth/passkeys/registration', credential, p.cookie)).status).toBe(400);
    const again = await (await post('/v1/auth/passkeys/registration-options', undefined, p.cookie)).json();
    expect(again.excludeCredentials).toEqual([
      { id: authenticator.id, type: 'public-key', transports: ['internal'] },
    ]);

    // Signing in: no email asked, the browser offers the passkey.
    const request = await (await post('/v1/auth/passkeys/authentication-options')).json();
    expect(request).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
    expect(request.allowCredentials ?? []).toEqual([]);
    const assertion = authenticator.get(request, ORIGIN, userHandle);
    const signedIn = await post('/v1/auth/passkeys/authentication', assertion);
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).account).toMatchObject({
      id: p.id,
      roles: [{ role: 'country', scope: 'HT' }],
    });
    const cookie = cookieOf(signedIn) as string;
    expect((await api.get('/v1/auth/me', fromConsole(cookie))).status).toBe(200);
    // Replayed: refused.
    expect((await post('/v1/auth/passkeys/authentication', assertion)).status).toBe(401);
    // A challenge older than 5 minutes: refused.
    await later(async () => {
      const stale = await (await post('/v1/auth/passkeys/authentication-options')).json();
      h.clock.advance(5 * 60_000);
      expect(
        (await post('/v1/auth/passkeys/authentication', authenticator.get(stale, ORIGIN, userHandle))).status,
      ).toBe(401);
    });
    // Another person's user handle on this passkey: refused.
    const fresh = await (await post('/v1/auth/passkeys/authentication-options')).json();
    expect(
      (
        await post(
          '/v1/auth/passkeys/authentication',
          authenticator.get(fresh, ORIGIN, Buffer.from('acc_other').toString('base64url')),
        )
      ).status,
    ).toBe(401);
    // An unknown credential: refused.
    const stranger = softAuthenticator();
    const unknown = await (await post('/v1/auth/passkeys/authentication-options')).json();
    expect(
      (await post('/v1/auth/passkeys/authentication', stranger.get(unknown, ORIGIN, userHandle))).status,
    ).toBe(401);

    const log = await auditLog();
    expect(
      log.find((e) => e.action === 'passkey.add' && e.entity.id === authenticator.id)?.actor,
    ).toMatchObject({
      accountId: p.id,
    });
    expect(
      log.find(
        (e) =>
          e.action === 'auth.sign-in' && e.actor.accountId === p.id && e.changes?.method?.to === 'passkey',
      ),
    ).toBeDefined();
    const row = await h.db.kysely
      .selectFrom('passkeys')
      .selectAll()
      .where('id', '=', authenticator.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.counter)).toBeGreaterThan(0);
    expect(row.last_used_at).not.toBeNull();
  });
});

describe('same-origin only, and documented', () => {
  test('no CORS grant for the auth routes or for requests with the session cookie; never credentials', async () => {
    const preflight = await api.request('OPTIONS', '/v1/auth/sign-in', undefined, {
      origin: 'https://elsewhere.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, x-lad-console',
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const p = await person([{ role: 'secretariat', scope: null }]);
    const read = await api.get('/v1/audit', {
      cookie: `lad_session=${p.cookie}`,
      origin: 'https://elsewhere.example',
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    for (const response of [preflight, read])
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  test('the auth routes are in the OpenAPI document; curation accepts a bearer token or the session', async () => {
    const doc = await api.json(await api.get('/v1/openapi.json'));
    for (const path of [
      '/v1/auth/invitations/{token}',
      '/v1/auth/invitations/{token}/accept',
      '/v1/auth/sign-in',
      '/v1/auth/sign-out',
      '/v1/auth/sign-out-everywhere',
      '/v1/auth/me',
      '/v1/auth/passkeys/registration-options',
      '/v1/auth/passkeys/registration',
      '/v1/auth/passkeys/authentication-options',
      '/v1/auth/passkeys/authentication',
    ])
      expect(doc.paths[path], path).toBeDefined();
    expect(doc.paths['/v1/auth/me'].get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Account',
    });
    expect(doc.paths['/v1/audit'].get.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(doc.components.securitySchemes.session).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'lad_session',
    });
  });
});

describe('with LAD_PUBLIC_URL set (HTTPS)', () => {
  let s: Harness;
  beforeAll(async () => {
    s = await createHarness({ publicUrl: 'https://lad.example.org', publicUrlSet: true }, { demo: false });
  });
  afterAll(() => s?.close());

  test('the cookie is Secure, and only the public URL’s origin counts as the console', async () => {
    const invited = await inviteUser(
      s.db.kysely,
      { email: 'secure@example.org', role: 'secretariat', scope: null, name: 'Segura' },
      s.clock.now,
      { publicUrl: s.deps.config.publicUrl },
    );
    expect(invited.link).toMatch(/^https:\/\/lad\.example\.org\/console\/#\/invite\//);
    const accept = (origin: string) =>
      s.app.request(`/v1/auth/invitations/${tokenOf(invited.link)}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, 'x-lad-console': '1' },
        body: JSON.stringify({ password: PASSWORD }),
      });
    // The request's own origin is not enough once the public URL is known.
    expect((await accept('http://localhost')).status).toBe(403);
    const ok = await accept('https://lad.example.org');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/; Secure/);
  });
});

test('the store refuses a second use of one invitation, even two at once', async () => {
  const invited = await inviteUser(
    h.db.kysely,
    { email: 'twice@example.org', role: 'secretariat', scope: null, name: 'Dos' },
    h.clock.now,
    { publicUrl: h.deps.config.publicUrl },
  );
  const open = await findInvitation(h.db.kysely, tokenOf(invited.link), h.clock.now);
  if (!open) throw new Error('the invitation should be open');
  const create = { name: 'Dos', locale: 'es', passwordHash: HASH };
  const results = await Promise.allSettled([
    acceptInvitation(h.db.kysely, open, create, h.clock.now),
    acceptInvitation(h.db.kysely, open, create, h.clock.now),
  ]);
  const accounts = results.filter((r) => r.status === 'fulfilled' && r.value).length;
  expect(accounts).toBe(1);
  expect(
    await h.db.kysely.selectFrom('accounts').selectAll().where('email', '=', 'twice@example.org').execute(),
  ).toHaveLength(1);
});

test('the audit entries written before accounts stay readable, with no account', async () => {
  // Each dialect's migration: SQLite copies the audit table, PostgreSQL alters it in place
  // (PGlite here, so the test needs no server).
  const db = await openDatabase(process.env.LAD_TEST_DB === 'postgres' ? 'pglite:memory' : 'file::memory:');
  try {
    const migrator = new Migrator({ db: db.kysely, provider: migrationProvider(db.dialect) });
    expect((await migrator.migrateTo('0005_token_lifetimes')).error).toBeUndefined();
    await db.kysely
      .insertInto('audit')
      .values({
        uid: 'aud_before',
        at: '2026-01-05T10:00:00.000Z',
        token_id: 'tok_old',
        role: 'country',
        scope: 'HT',
        label: 'Haiti lead',
        action: 'commitment.update',
        entity_type: 'commitment',
        entity_id: 'cmt_1',
        changes: '{"status":{"from":"limited","to":"complete"}}',
      } as never)
      .execute();
    await migrate(db);
    const page = await listAudit(db.kysely, {});
    expect(page?.items).toEqual([
      {
        id: 'aud_before',
        at: '2026-01-05T10:00:00.000Z',
        actor: { tokenId: 'tok_old', accountId: null, role: 'country', scope: 'HT', label: 'Haiti lead' },
        action: 'commitment.update',
        entity: { type: 'commitment', id: 'cmt_1' },
        changes: { status: { from: 'limited', to: 'complete' } },
      },
    ]);
    // New entries follow the old ones.
    await db.kysely
      .insertInto('audit')
      .values({
        uid: 'aud_after',
        at: '2026-03-02T15:00:00.000Z',
        token_id: null,
        account_id: 'acc_1',
        role: null,
        scope: null,
        label: 'Ana',
        action: 'auth.sign-in',
        entity_type: 'account',
        entity_id: 'acc_1',
        changes: null,
      })
      .execute();
    expect((await listAudit(db.kysely, {}))?.items.map((e) => e.id)).toEqual(['aud_after', 'aud_before']);
  } finally {
    await db.close();
  }
}, 120_000); // every migration on PGlite, in process: a minute on a busy machine
