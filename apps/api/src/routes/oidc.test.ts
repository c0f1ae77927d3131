import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { acceptInvitation, disableAccount, findInvitation, inviteUser } from '../store/accounts.js';
import { listAudit } from '../store/audit.js';
import { hashPassword } from '../store/passwords.js';
import { createHarness, type Harness } from '../testing/harness.js';

// Single sign-on against a real OpenID provider (`oidc-provider`, started here on a free port,
// with its development login form standing in for Entra, Google or Keycloak): the browser's
// steps are replayed with fetch, cookies kept between them, redirects followed by hand — on
// SQLite and on PostgreSQL.

const CLIENT_ID = 'lad-console';
const CLIENT_SECRET = 'a client secret of the LAD console, long enough';

/** What the provider says about each of its people (by the login typed on its form). */
interface ProviderPerson {
  email?: string;
  email_verified?: boolean;
  /** Microsoft Entra's "email domain owner verified". */
  xms_edov?: boolean;
}
const directory = new Map<string, ProviderPerson>();

let h: Harness;
let idp: { issuer: string; server: Server };
let REDIRECT_URI: string;
let CONSOLE: string;

/** A client address of its own per sign-in, so that the per-address limit is per test. */
let nextAddress = 0;
const address = () => `198.51.100.${++nextAddress}`;

async function startProvider(redirectUri: string): Promise<{ issuer: string; server: Server }> {
  let handle: RequestListener = (_req, res) => res.end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, ...directory.get(id) }),
    }),
    cookies: { keys: ['a cookie key for the test provider'] },
  });
  handle = provider.callback();
  return { issuer, server };
}

/** Cookies as a browser keeps them for one site (names only: the provider's paths never collide). */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0$/i.test(a),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  clear(): void {
    this.cookies.clear();
  }
  header(): string {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
  }
}

interface Flow {
  /** The API's answer to the callback. */
  callback: Response;
  /** Where it sends the browser. */
  location: string;
  /** The console's session cookie, when it set one. */
  session: string | undefined;
  /** What the browser sent to the callback. */
  sent: { path: string; cookie: string };
}

/**
 * One person signing in: the console's button (`/start`), the provider's login and consent
 * forms (as `login`), and the provider's redirect back to the API — which `tamper` may change,
 * as an attacker would.
 */
async function signIn(
  login: string,
  options: {
    next?: string;
    tamper?: (callback: URL, apiCookies: Jar) => void;
    ip?: string;
  } = {},
): Promise<Flow> {
  const ip = options.ip ?? address();
  const api = new Jar();
  const start = await h.app.request(
    `/v1/auth/oidc/start${options.next ? `?next=${encodeURIComponent(options.next)}` : ''}`,
    { headers: { 'x-forwarded-for': ip } },
  );
  expect(start.status).toBe(302);
  api.take(start);
  let url = new URL(start.headers.get('location') as string);
  expect(url.origin).toBe(idp.issuer);
  const browser = new Jar();
  for (let step = 0; !url.href.startsWith(REDIRECT_URI); step++) {
    if (step > 10) throw new Error(`The provider kept redirecting: ${url.pathname}`);
    let response = await fetch(url, { redirect: 'manual', headers: { cookie: browser.header() } });
    browser.take(response);
    if (response.status === 200) {
      // One of the provider's forms: the login (any password will do) or the consent.
      const html = await response.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!prompt) throw new Error(`Not a form of the provider: ${html.slice(0, 200)}`);
      response = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: browser.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt }),
      });
      browser.take(response);
    }
    const location = response.headers.get('location');
    if (!location) throw new Error(`The provider answered ${response.status} at ${url.pathname}`);
    url = new URL(location, url);
  }
  options.tamper?.(url, api);
  const cookie = api.header();
  const callback = await h.app.request(`${url.pathname}${url.search}`, {
    headers: { 'x-forwarded-for': ip, ...(cookie ? { cookie } : {}) },
  });
  const session = /lad_session=([^;]*)/.exec(callback.headers.get('set-cookie') ?? '')?.[1] || undefined;
  return {
    callback,
    location: callback.headers.get('location') ?? '',
    session,
    sent: { path: `${url.pathname}${url.search}`, cookie },
  };
}

const me = (session: string) =>
  h.app.request('/v1/auth/me', { headers: { cookie: `lad_session=${session}` } });

let invitations = 0;
/** A person invited in `role`, who accepted (so has an account with a password). */
async function invitedPerson(email: string, role: 'committee' | 'country', scope: string) {
  const { token } = await inviteUser(
    h.db.kysely,
    { email, role, scope, name: `Invited ${++invitations}` },
    h.clock.now,
    { publicUrl: h.deps.config.publicUrl },
  );
  const invitation = await findInvitation(h.db.kysely, token, h.clock.now);
  if (!invitation) throw new Error('The invitation was not found.');
  const id = await acceptInvitation(
    h.db.kysely,
    invitation,
    {
      name: invitation.name ?? 'Someone',
      locale: 'fr',
      passwordHash: await hashPassword('a long passphrase'),
    },
    h.clock.now,
  );
  return id as string;
}

const countAccounts = async () =>
  Number(
    (
      await h.db.kysely
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const auditOf = async (action: string) =>
  ((await listAudit(h.db.kysely, { limit: 500 }))?.items ?? []).filter((e) => e.action === action);

const signInRoute = (code: string) => `${CONSOLE}#/sign-in?sso=${code}`;

beforeAll(async () => {
  const publicUrl = 'http://localhost:8787';
  REDIRECT_URI = `${publicUrl}/v1/auth/oidc/callback`;
  CONSOLE = `${publicUrl}/console/`;
  idp = await startProvider(REDIRECT_URI);
  h = await createHarness({
    publicUrl,
    oidc: {
      issuer: idp.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      name: 'Keycloak',
      redirectUri: REDIRECT_URI,
    },
  });
});

afterAll(async () => {
  await h?.close();
  idp?.server.closeAllConnections();
  await new Promise((resolve) => idp?.server.close(resolve));
});

describe('the console learns whether to show the button', () => {
  test('configured: enabled, with the provider’s name', async () => {
    const response = await h.app.request('/v1/auth/oidc');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ enabled: true, name: 'Keycloak' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  test('not configured: disabled, and starting a sign-in is a 404', async () => {
    const was = h.deps.config.oidc;
    h.deps.config.oidc = null;
    try {
      expect(await (await h.app.request('/v1/auth/oidc')).json()).toEqual({ enabled: false, name: null });
      expect((await h.app.request('/v1/auth/oidc/start')).status).toBe(404);
      expect((await h.app.request('/v1/auth/oidc/callback?code=x&state=y')).status).toBe(404);
    } finally {
      h.deps.config.oidc = was;
    }
  });

  test('the routes are in the OpenAPI document', () => {
    const paths = Object.keys((h.openapi as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/v1/auth/oidc', '/v1/auth/oidc/start', '/v1/auth/oidc/callback']),
    );
  });
});

describe('signing in', () => {
  test('an invited person who accepted signs in by SSO, with the roles of their invitation', async () => {
    const id = await invitedPerson('ana.sso@ministerio.example', 'country', 'HT');
    directory.set('ana', { email: 'Ana.SSO@ministerio.example', email_verified: true });
    const flow = await signIn('ana');
    expect(flow.callback.status).toBe(303);
    expect(flow.location).toBe(`${CONSOLE}#/`);
    expect(flow.session).toBeDefined();
    // The login cookie is spent.
    expect(flow.callback.headers.get('set-cookie')).toMatch(/lad_oidc=;/);
    const response = await me(flow.session as string);
    expect(response.status).toBe(200);
    const account = await response.json();
    expect(account).toMatchObject({
      id,
      email: 'ana.sso@ministerio.example',
      roles: [{ role: 'country', scope: 'HT' }],
    });
    const signIns = (await auditOf('auth.sign-in')).filter((e) => e.entity.id === id);
    expect(signIns.map((e) => e.changes)).toContainEqual({ method: { from: null, to: 'oidc' } });
    const links = (await auditOf('auth.oidc-link')).filter((e) => e.entity.id === id);
    expect(links).toHaveLength(1);
    expect(links[0]?.changes).toEqual({ issuer: { from: null, to: idp.issuer } });
  });

  test('the next sign-in goes by the linked subject, even when the provider changed the email', async () => {
    const id = await invitedPerson('jo.sso@ministerio.example', 'committee', 'labor-mobility');
    directory.set('jo', { email: 'jo.sso@ministerio.example', email_verified: true });
    expect((await signIn('jo')).session).toBeDefined();
    // Jo's address changes at the provider — not even verified yet: the subject still is Jo.
    directory.set('jo', { email: 'jo.new@ministerio.example', email_verified: false });
    const again = await signIn('jo');
    expect(again.location).toBe(`${CONSOLE}#/`);
    const account = await (await me(again.session as string)).json();
    expect(account).toMatchObject({ id, email: 'jo.sso@ministerio.example' });
    expect((await auditOf('auth.oidc-link')).filter((e) => e.entity.id === id)).toHaveLength(1);
  });

  test('a person sent to sign in from a page comes back to it; another site’s address is ignored', async () => {
    await invitedPerson('marie.sso@ministerio.example', 'country', 'HT');
    directory.set('marie', { email: 'marie.sso@ministerio.example', email_verified: true });
    expect((await signIn('marie', { next: '#/commitments?pillar=II' })).location).toBe(
      `${CONSOLE}#/commitments?pillar=II`,
    );
    expect((await signIn('marie', { next: 'https://evil.example/#/' })).location).toBe(`${CONSOLE}#/`);
  });

  test('Microsoft Entra: no email_verified, but xms_edov true, links; xms_edov false does not', async () => {
    const id = await invitedPerson('luis.sso@ministerio.example', 'country', 'HT');
    directory.set('luis', { email: 'luis.sso@ministerio.example', xms_edov: false });
    expect((await signIn('luis')).location).toBe(signInRoute('email-not-verified'));
    directory.set('luis', { email: 'luis.sso@ministerio.example', xms_edov: true });
    const flow = await signIn('luis');
    expect((await (await me(flow.session as string)).json()).id).toBe(id);
  });
});

describe('refusals', () => {
  test('an email with no account: back to sign-in with no-account, and no account is made', async () => {
    // Even a pending invitation for the email: accepting it is what gives the role.
    await inviteUser(
      h.db.kysely,
      { email: 'pending.sso@ministerio.example', role: 'secretariat', scope: null },
      h.clock.now,
      { publicUrl: h.deps.config.publicUrl },
    );
    directory.set('nobody', { email: 'nobody.sso@ministerio.example', email_verified: true });
    directory.set('pending', { email: 'pending.sso@ministerio.example', email_verified: true });
    const before = await countAccounts();
    for (const login of ['nobody', 'pending']) {
      const flow = await signIn(login);
      expect(flow.callback.status).toBe(303);
      expect(flow.location).toBe(signInRoute('no-account'));
      expect(flow.session).toBeUndefined();
    }
    expect(await countAccounts()).toBe(before);
    const pending = await h.db.kysely
      .selectFrom('invitations')
      .select('used_at')
      .where('email', '=', 'pending.sso@ministerio.example')
      .executeTakeFirstOrThrow();
    expect(pending.used_at).toBeNull();
    const failures = (await auditOf('auth.sign-in-failed')).filter(
      (e) => (e.changes as Record<string, { to: unknown }>).reason?.to === 'no-account',
    );
    expect(failures.length).toBeGreaterThanOrEqual(2);
    // By a keyed hash of the email, never the email itself.
    expect(JSON.stringify(failures)).not.toContain('nobody.sso');
    expect(failures[0]?.entity.type).toBe('email');
    expect(failures[0]?.changes).toMatchObject({ method: { from: null, to: 'oidc' } });
  });

  test('an email the provider has not verified signs no one in and links nothing', async () => {
    const id = await invitedPerson('eva.sso@ministerio.example', 'country', 'HT');
    directory.set('eva', { email: 'eva.sso@ministerio.example', email_verified: false });
    const flow = await signIn('eva');
    expect(flow.location).toBe(signInRoute('email-not-verified'));
    expect(flow.session).toBeUndefined();
    const links = await h.db.kysely
      .selectFrom('oidc_identities')
      .selectAll()
      .where('account_id', '=', id)
      .execute();
    expect(links).toEqual([]);
    // No email at all is no better.
    directory.set('eva', {});
    expect((await signIn('eva')).location).toBe(signInRoute('email-not-verified'));
  });

  test('a tampered state is refused, and the sign-in cannot be finished afterwards', async () => {
    await invitedPerson('tom.sso@ministerio.example', 'country', 'HT');
    directory.set('tom', { email: 'tom.sso@ministerio.example', email_verified: true });
    let genuine = '';
    const flow = await signIn('tom', {
      tamper: (url) => {
        genuine = url.search;
        url.searchParams.set('state', 'an-attackers-state');
      },
    });
    expect(flow.location).toBe(signInRoute('state-mismatch'));
    expect(flow.session).toBeUndefined();
    // The same browser sending the genuine answer now: the sign-in was spent.
    const replay = await h.app.request(`/v1/auth/oidc/callback${genuine}`, {
      headers: { 'x-forwarded-for': address(), cookie: flow.sent.cookie },
    });
    expect(replay.headers.get('location')).toBe(signInRoute('state-mismatch'));
    expect(replay.headers.get('set-cookie') ?? '').not.toMatch(/lad_session=[^;]/);
  });

  test('a callback this browser did not start (login CSRF) is refused', async () => {
    await invitedPerson('mallory.sso@ministerio.example', 'country', 'HT');
    directory.set('mallory', { email: 'mallory.sso@ministerio.example', email_verified: true });
    // The attacker's own genuine code and state, sent to a victim's browser without the cookie.
    const flow = await signIn('mallory', { tamper: (_url, jar) => jar.clear() });
    expect(flow.sent.cookie).toBe('');
    expect(flow.location).toBe(signInRoute('state-mismatch'));
    expect(flow.session).toBeUndefined();
    const failures = (await auditOf('auth.sign-in-failed')).filter(
      (e) => (e.changes as Record<string, { to: unknown }>).reason?.to === 'state-mismatch',
    );
    expect(failures.length).toBeGreaterThanOrEqual(1);
  });

  test('a disabled account cannot sign in by SSO either', async () => {
    await invitedPerson('old.sso@ministerio.example', 'country', 'HT');
    directory.set('old', { email: 'old.sso@ministerio.example', email_verified: true });
    expect((await signIn('old')).session).toBeDefined();
    await disableAccount(h.db.kysely, 'old.sso@ministerio.example', h.clock.now);
    const flow = await signIn('old');
    expect(flow.location).toBe(signInRoute('disabled'));
    expect(flow.session).toBeUndefined();
  });

  test('sign-ins are limited per client address, as password sign-ins are', async () => {
    const was = h.deps.config.signInLimitPerIp;
    h.deps.config.signInLimitPerIp = 1;
    try {
      const ip = address();
      const first = await h.app.request('/v1/auth/oidc/start', { headers: { 'x-forwarded-for': ip } });
      expect(new URL(first.headers.get('location') as string).origin).toBe(idp.issuer);
      const second = await h.app.request('/v1/auth/oidc/start?next=%23%2Fcommitments', {
        headers: { 'x-forwarded-for': ip },
      });
      expect(second.headers.get('location')).toBe(
        `${CONSOLE}#/sign-in?sso=rate-limited&next=${encodeURIComponent('#/commitments')}`,
      );
    } finally {
      h.deps.config.signInLimitPerIp = was;
    }
  });
});
