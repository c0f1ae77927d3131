import {
  AcceptInvitationInput,
  Account,
  type CoreLocale,
  Invitation,
  type Role,
  resolveLocale,
  SignedIn,
  SignInInput,
} from '@lad/sdk';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../http/env.js';
import { clientKey } from '../http/middleware.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { clearSessionCookie, currentSession, sessionCookieOf, setSessionCookie } from '../http/session.js';
import { readJson } from '../http/validate.js';
import {
  acceptInvitation,
  accountByEmail,
  accountView,
  consumeChallenge,
  createSession,
  findInvitation,
  findPasskey,
  normalizeEmail,
  passkeysOf,
  passwordHashOf,
  personActor,
  revokeAllSessions,
  revokeSession,
  type Session,
  saveChallenge,
} from '../store/accounts.js';
import { type AuditActor, audit, NOBODY } from '../store/audit.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../store/passwords.js';
import { hit } from '../store/rate-limit.js';
import { hmac, iso, sha256 } from '../store/util.js';
import { deps } from './shared.js';

const TAG = 'Accounts';

/** The same answer for a wrong email and a wrong password. */
const wrongCredentials = () =>
  new ProblemError(401, 'unauthorized', { detail: 'The email or the password is not right.' });

// WebAuthn bodies: only their outline is checked here; @simplewebauthn/server checks the rest.
const b64url = (max: number) => z.string().check(z.regex(/^[A-Za-z0-9_-]*$/), z.maxLength(max));
const Transports = z.optional(z.array(z.string().check(z.maxLength(20))).check(z.maxLength(10)));

/** What `navigator.credentials.create()` gave, as JSON (`PublicKeyCredential.toJSON()`). */
const PasskeyRegistration = z.looseObject({
  id: b64url(1400),
  rawId: b64url(1400),
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: b64url(10_000),
    attestationObject: b64url(100_000),
    transports: Transports,
  }),
  clientExtensionResults: z.optional(z.record(z.string(), z.unknown())),
  authenticatorAttachment: z.optional(z.string().check(z.maxLength(40))),
});

/** What `navigator.credentials.get()` gave, as JSON (`PublicKeyCredential.toJSON()`). */
const PasskeyAssertion = z.looseObject({
  id: b64url(1400),
  rawId: b64url(1400),
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: b64url(10_000),
    authenticatorData: b64url(10_000),
    signature: b64url(2_000),
    userHandle: z.optional(z.nullable(b64url(200))),
  }),
  clientExtensionResults: z.optional(z.record(z.string(), z.unknown())),
  authenticatorAttachment: z.optional(z.string().check(z.maxLength(40))),
});

/** Options for `navigator.credentials.create()` / `.get()` (`PublicKeyCredential.parse…OptionsFromJSON`). */
const PasskeyCreationOptions = z.looseObject({
  challenge: z.string(),
  rp: z.looseObject({ id: z.string() }),
});
const PasskeyRequestOptions = z.looseObject({ challenge: z.string(), rpId: z.string() });

/** The relying party: the public URL's host name and origin. */
function relyingParty(c: Context<AppEnv>) {
  const url = new URL(deps(c).config.publicUrl);
  return { id: url.hostname, origin: url.origin, name: 'LAD console' };
}

/** Counts a sign-in attempt against the caller's address and, when given, the account email. */
async function limitSignIn(c: Context<AppEnv>, email?: string): Promise<void> {
  const { db, config, now, secret } = deps(c);
  const buckets: [string, number][] = [[`sign-in:ip:${clientKey(c)}`, config.signInLimitPerIp]];
  if (email !== undefined) buckets.push([`sign-in:email:${hmac(secret, email)}`, config.signInLimitPerEmail]);
  for (const [bucket, limit] of buckets) {
    const result = await hit(db.kysely, bucket, limit, config.signInWindowSeconds, now());
    if (!result.allowed) {
      throw new ProblemError(429, 'rate-limited', {
        detail: 'Too many sign-in attempts; wait before trying again.',
        retryAfter: result.retryAfter,
        headers: { 'retry-after': String(result.retryAfter) },
      });
    }
  }
}

/**
 * Signs a person in: a new session (the request's old one, if any, ends), its cookie, the
 * audit entry, and the `{ account }` answer.
 */
async function signIn(
  c: Context<AppEnv>,
  account: { id: string; name: string },
  method: 'password' | 'passkey',
) {
  const { db, now } = deps(c);
  const old = sessionCookieOf(c);
  if (old) await revokeSession(db.kysely, sha256(old), now());
  const session = await createSession(db.kysely, account.id, now());
  await audit(
    db.kysely,
    personActor(account),
    'auth.sign-in',
    { type: 'account', id: account.id },
    { method: { from: null, to: method } },
    now(),
  );
  setSessionCookie(c, session.cookie);
  return c.json({ account: await accountView(db.kysely, account.id) });
}

/** A failed sign-in in the audit: by the account when there is one, else by a keyed hash of the email. */
async function auditFailure(
  c: Context<AppEnv>,
  entity: { type: string; id: string },
  method: 'password' | 'passkey',
  reason: string,
  actor: AuditActor = NOBODY,
) {
  const { db, now } = deps(c);
  await audit(
    db.kysely,
    actor,
    'auth.sign-in-failed',
    entity,
    { method: { from: null, to: method }, reason: { from: null, to: reason } },
    now(),
  );
}

/** The session this route needs (`access: 'session'` checked it). */
const sessionOf = (c: Context<AppEnv>): Session => c.get('session') as Session;

export function registerAuth(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/auth/invitations/{token}',
      operationId: 'getInvitation',
      summary: 'An invitation to the console, before accepting it',
      description:
        'The token is the last part of the link `user invite` prints. Unknown, used and expired invitations all answer 404.',
      tag: TAG,
      access: 'console',
      response: { status: 200, description: 'The invitation.', schema: Invitation },
      errors: [404],
      cache: 'none',
    },
    async (c) => {
      const invitation = await findInvitation(deps(c).db.kysely, c.req.param('token') ?? '', deps(c).now());
      if (!invitation)
        throw new ProblemError(404, 'not-found', { detail: 'This invitation cannot be used.' });
      return c.json({
        email: invitation.email,
        role: invitation.role as Role,
        scope: invitation.scope,
        name: invitation.name,
        existingAccount: invitation.account !== null,
        expiresAt: invitation.expires_at,
        ...(invitation.locale ? { locale: invitation.locale as CoreLocale } : {}),
      } satisfies z.output<typeof Invitation>);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/auth/invitations/{token}/accept',
      operationId: 'acceptInvitation',
      summary: 'Accept an invitation: create the account (or add the role to it) and sign in',
      description:
        'A new account takes `name` (else the invitation’s), `password` (12–256 characters) and `locale` (else the Accept-Language). For an email that already has an account, `password` is its current password (or send the request with that account’s session); the role is added to it. Sets the `lad_session` cookie.',
      tag: TAG,
      access: 'console',
      body: { schema: AcceptInvitationInput, contentType: 'application/json' },
      response: { status: 200, description: 'Signed in.', schema: SignedIn },
      errors: [400, 401, 403, 404, 409, 413, 415, 422, 429],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const body = await readJson(c, AcceptInvitationInput);
      const invitation = await findInvitation(db.kysely, c.req.param('token') ?? '', now());
      if (!invitation)
        throw new ProblemError(404, 'not-found', { detail: 'This invitation cannot be used.' });
      let create: { name: string; locale: CoreLocale; passwordHash: string } | null = null;
      if (invitation.account) {
        // The link alone must not hand over an account that exists: its holder proves they
        // are its person, with its password or a session of it.
        const session = await currentSession(c);
        if (session?.account.id !== invitation.account.id) {
          await limitSignIn(c, invitation.email);
          const stored = await passwordHashOf(db.kysely, invitation.account.id);
          if (!stored || !(await verifyPassword(body.password, stored))) {
            await auditFailure(
              c,
              { type: 'account', id: invitation.account.id },
              'password',
              'wrong-password',
            );
            throw new ProblemError(401, 'unauthorized', {
              detail: 'This email already has an account: enter its current password.',
            });
          }
        }
      } else {
        const name = body.name ?? invitation.name;
        if (!name)
          throw validationProblem([{ path: ['name'], code: 'required', message: 'Give your name.' }]);
        const locale =
          body.locale ??
          (invitation.locale as CoreLocale | null | undefined) ??
          (resolveLocale(acceptedLanguages(c)) as CoreLocale);
        create = { name, locale, passwordHash: await hashPassword(body.password) };
      }
      const accountId = await acceptInvitation(db.kysely, invitation, create, now());
      if (!accountId) throw new ProblemError(404, 'not-found', { detail: 'This invitation cannot be used.' });
      return signIn(c, { id: accountId, name: create?.name ?? invitation.account?.name ?? '' }, 'password');
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/auth/sign-in',
      operationId: 'signIn',
      summary: 'Sign in with an email and a password',
      description:
        'Sets the `lad_session` cookie. A wrong email and a wrong password get the same 401, in about the same time. Attempts are limited per account email and per client address (by default 10 and 30 per 15 minutes; then 429 with Retry-After).',
      tag: TAG,
      access: 'console',
      body: { schema: SignInInput, contentType: 'application/json' },
      response: { status: 200, description: 'Signed in.', schema: SignedIn },
      errors: [400, 401, 403, 413, 415, 422, 429],
      cache: 'none',
    },
    async (c) => {
      const { db, secret } = deps(c);
      const body = await readJson(c, SignInInput);
      const email = normalizeEmail(body.email);
      await limitSignIn(c, email);
      const account = await accountByEmail(db.kysely, email);
      const stored = account ? await passwordHashOf(db.kysely, account.id) : undefined;
      // An unknown email costs the same hash as a known one.
      const matches = stored
        ? await verifyPassword(body.password, stored)
        : await verifyAgainstDummy(body.password);
      if (!account || !matches || account.disabled_at) {
        await auditFailure(
          c,
          account
            ? { type: 'account', id: account.id }
            : { type: 'email', id: hmac(secret, `email:${email}`) },
          'password',
          !account ? 'unknown-email' : !matches ? 'wrong-password' : 'disabled',
        );
        throw wrongCredentials();
      }
      return signIn(c, account, 'password');
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/auth/sign-out',
      operationId: 'signOut',
      summary: 'Sign out: end this session',
      tag: TAG,
      access: 'console',
      response: { status: 204, description: 'Signed out (also when there was no session).' },
      errors: [403],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const session = await currentSession(c);
      if (session) {
        await revokeSession(db.kysely, session.id, now());
        await audit(
          db.kysely,
          personActor(session.account),
          'auth.sign-out',
          { type: 'account', id: session.account.id },
          null,
          now(),
        );
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/auth/sign-out-everywhere',
      operationId: 'signOutEverywhere',
      summary: 'Sign out everywhere: end every session of the signed-in person',
      tag: TAG,
      access: 'session',
      response: { status: 204, description: 'Every session ended.' },
      errors: [401, 403],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const { account } = sessionOf(c);
      const ended = await revokeAllSessions(db.kysely, account.id, now());
      await audit(
        db.kysely,
        personActor(account),
        'auth.sign-out-everywhere',
        { type: 'account', id: account.id },
        { sessionsEnded: { from: null, to: ended } },
        now(),
      );
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/auth/me',
      operationId: 'getMe',
      summary: 'The signed-in person: name, language, roles, how many passkeys',
      tag: TAG,
      access: 'session',
      response: { status: 200, description: 'The person.', schema: Account },
      errors: [401],
      cache: 'none',
    },
    async (c) => c.json(await accountView(deps(c).db.kysely, sessionOf(c).account.id)),
  );

  r.add(
    {
      method: 'post',
      path: '/v1/auth/passkeys/registration-options',
      operationId: 'passkeyRegistrationOptions',
      summary: 'Start adding a passkey: options for navigator.credentials.create()',
      description:
        'Pass the answer to `PublicKeyCredential.parseCreationOptionsFromJSON()` (or @simplewebauthn/browser’s `startRegistration`). Its challenge is good once, for 5 minutes.',
      tag: TAG,
      access: 'session',
      response: { status: 200, description: 'Creation options (JSON form).', schema: PasskeyCreationOptions },
      errors: [401, 403],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const { account } = sessionOf(c);
      const rp = relyingParty(c);
      const options = await generateRegistrationOptions({
        rpName: rp.name,
        rpID: rp.id,
        userName: account.email,
        userDisplayName: account.name,
        // The same user handle every time: an authenticator replaces its passkey for this
        // person rather than keeping two.
        userID: new TextEncoder().encode(account.id),
        attestationType: 'none',
        excludeCredentials: (await passkeysOf(db.kysely, account.id)).map((p) => ({
          id: p.id,
          transports: JSON.parse(p.transports),
        })),
        // A discoverable credential, so that signing in needs no email; and always verified
        // (PIN, fingerprint), since it is the only factor.
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });
      await saveChallenge(db.kysely, options.challenge, 'register', account.id, now());
      return c.json(options);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/auth/passkeys/registration',
      operationId: 'registerPasskey',
      summary: 'Finish adding a passkey: the credential navigator.credentials.create() made',
      tag: TAG,
      access: 'session',
      body: { schema: PasskeyRegistration, contentType: 'application/json' },
      response: {
        status: 200,
        description: 'Added; the person, with their passkey count.',
        schema: SignedIn,
      },
      errors: [400, 401, 403, 409, 413, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const { account } = sessionOf(c);
      const body = await readJson(c, PasskeyRegistration);
      const rp = relyingParty(c);
      let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
      try {
        verification = await verifyRegistrationResponse({
          response: { clientExtensionResults: {}, ...body } as RegistrationResponseJSON,
          expectedChallenge: (challenge) =>
            consumeChallenge(db.kysely, challenge, 'register', account.id, now()),
          expectedOrigin: rp.origin,
          expectedRPID: rp.id,
          requireUserVerification: true,
        });
      } catch {
        verification = { verified: false };
      }
      if (!verification.verified)
        throw new ProblemError(400, 'malformed-request', {
          detail: 'The passkey could not be verified; start again from the registration options.',
        });
      const { credential } = verification.registrationInfo;
      await db.kysely
        .insertInto('passkeys')
        .values({
          id: credential.id,
          account_id: account.id,
          public_key: Buffer.from(credential.publicKey).toString('base64url'),
          counter: credential.counter,
          transports: JSON.stringify(credential.transports ?? []),
          created_at: iso(now()),
          last_used_at: null,
        })
        .execute();
      await audit(
        db.kysely,
        personActor(account),
        'passkey.add',
        { type: 'passkey', id: credential.id },
        { accountId: { from: null, to: account.id } },
        now(),
      );
      return c.json({ account: await accountView(db.kysely, account.id) });
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/auth/passkeys/authentication-options',
      operationId: 'passkeyAuthenticationOptions',
      summary: 'Start signing in with a passkey: options for navigator.credentials.get()',
      description:
        'No email is asked (a body, if sent, is ignored): the browser offers the passkeys it holds for this site, so the answer never tells whether an email has an account. The challenge is good once, for 5 minutes. Counted against the client address’s sign-in attempts.',
      tag: TAG,
      access: 'console',
      response: { status: 200, description: 'Request options (JSON form).', schema: PasskeyRequestOptions },
      errors: [403, 429],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      await limitSignIn(c);
      const options = await generateAuthenticationOptions({
        rpID: relyingParty(c).id,
        userVerification: 'required',
      });
      await saveChallenge(db.kysely, options.challenge, 'authenticate', null, now());
      return c.json(options);
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/auth/passkeys/authentication',
      operationId: 'signInWithPasskey',
      summary: 'Sign in with a passkey: the assertion navigator.credentials.get() made',
      description: 'Sets the `lad_session` cookie.',
      tag: TAG,
      access: 'console',
      body: { schema: PasskeyAssertion, contentType: 'application/json' },
      response: { status: 200, description: 'Signed in.', schema: SignedIn },
      errors: [400, 401, 403, 413, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const body = await readJson(c, PasskeyAssertion);
      const passkey = await findPasskey(db.kysely, body.id);
      if (!passkey) throw wrongPasskey();
      const account = await db.kysely
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', passkey.account_id)
        .executeTakeFirstOrThrow();
      const rp = relyingParty(c);
      let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>> | undefined;
      try {
        verification = await verifyAuthenticationResponse({
          response: {
            clientExtensionResults: {},
            ...body,
            response: { ...body.response, userHandle: body.response.userHandle ?? undefined },
          } as AuthenticationResponseJSON,
          expectedChallenge: (challenge) =>
            consumeChallenge(db.kysely, challenge, 'authenticate', null, now()),
          expectedOrigin: rp.origin,
          expectedRPID: rp.id,
          credential: {
            id: passkey.id,
            publicKey: new Uint8Array(Buffer.from(passkey.public_key, 'base64url')),
            counter: Number(passkey.counter),
            transports: JSON.parse(passkey.transports),
          },
          requireUserVerification: true,
        });
      } catch {
        verification = undefined;
      }
      // The user handle, when the authenticator gives one, is the account id it was made for.
      const handle = body.response.userHandle;
      const sameUser = !handle || Buffer.from(handle, 'base64url').toString('utf8') === account.id;
      if (!verification?.verified || !sameUser || account.disabled_at) {
        await auditFailure(
          c,
          { type: 'account', id: account.id },
          'passkey',
          account.disabled_at ? 'disabled' : 'not-verified',
        );
        throw wrongPasskey();
      }
      await db.kysely
        .updateTable('passkeys')
        .set({ counter: verification.authenticationInfo.newCounter, last_used_at: iso(now()) })
        .where('id', '=', passkey.id)
        .execute();
      return signIn(c, account, 'passkey');
    },
  );
}

const wrongPasskey = () =>
  new ProblemError(401, 'unauthorized', { detail: 'This passkey could not sign you in.' });

/** The Accept-Language tags, for the language of a new account. */
function acceptedLanguages(c: Context<AppEnv>): string[] {
  return (c.req.header('accept-language') ?? '')
    .split(',')
    .map((l) => l.split(';')[0]?.trim() ?? '')
    .filter(Boolean)
    .slice(0, 20);
}
