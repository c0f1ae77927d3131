import { randomBytes } from 'node:crypto';
import {
  type Account,
  type AccountRole,
  type CoreLocale,
  Email,
  isCountryCode,
  type PendingInvitation,
  type Person,
  type Role,
} from '@lad/sdk';
import type { Kysely, Selectable } from 'kysely';
import * as z from 'zod/mini';
import type { Database } from '../db/index.js';
import type { AccountTable, InvitationTable } from '../db/schema.js';
import type { Actor } from '../http/env.js';
import { type AuditActor, audit } from './audit.js';
import { getReference } from './reference.js';
import { COMMAND_LINE } from './tokens.js';
import { iso, newId, sha256 } from './util.js';

/** How long an invitation link works. */
export const INVITATION_HOURS = 72;

/**
 * Session lifetimes: a session ends after 8 hours without a request or 7 days after sign-in,
 * whichever comes first; `last_seen_at` is written at most once a minute.
 */
export const SESSION_LIMITS = { idleMs: 8 * 3_600_000, absoluteMs: 7 * 86_400_000, touchMs: 60_000 } as const;

/** How long a WebAuthn challenge can be answered. */
export const CHALLENGE_MS = 5 * 60_000;

/** An email as stored and compared: trimmed, lower case. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** 256 random bits, as URL-safe text: invitation tokens and session cookies. */
const secret256 = (): string => randomBytes(32).toString('base64url');

/** What a secret sent back to us must look like (43 base64url characters) before it is hashed. */
export const SECRET_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/**
 * Why `role` cannot have `scope`, or `null` when it can: the secretariat has no scope, a country
 * a country code, a committee an action package that exists, a mechanism a regional mechanism
 * that exists (`crm`, `mirps`, `caricom`…). The same rule for tokens, invitations and roles
 * given from the console.
 */
export async function scopeProblem(
  db: Kysely<Database>,
  role: Role,
  scope: string | null,
  what: 'token' | 'invitation' | 'role',
): Promise<string | null> {
  if (role === 'secretariat') return scope ? `A secretariat ${what} has no scope.` : null;
  if (role === 'country')
    return scope && isCountryCode(scope)
      ? null
      : `A country ${what} needs --scope <ISO country code>, e.g. HT.`;
  if (role === 'mechanism')
    return scope && (await getReference(db, 'mechanism', scope))
      ? null
      : `A mechanism ${what} needs --scope <regional mechanism id>, e.g. crm; see GET /v1/mechanisms.`;
  return scope && (await getReference(db, 'action_package', scope))
    ? null
    : `A committee ${what} needs --scope <action package id>; see GET /v1/action-packages.`;
}

/** A person acting in no role: the actor of their own sign-ins, sign-outs and passkeys. */
export const personActor = (account: { id: string; name: string }): AuditActor => ({
  tokenId: null,
  accountId: account.id,
  role: null,
  scope: null,
  label: account.name,
});

export async function accountByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom('accounts').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

/** The pairs a person holds, secretariat first, then by role and scope. */
export async function rolesOf(db: Kysely<Database>, accountId: string): Promise<AccountRole[]> {
  const rows = await db
    .selectFrom('account_roles')
    .select(['role', 'scope'])
    .where('account_id', '=', accountId)
    .execute();
  const order = (r: string) => ['secretariat', 'committee', 'country', 'mechanism'].indexOf(r);
  return rows
    .map((r) => ({ role: r.role as Role, scope: r.scope }))
    .sort((a, b) => order(a.role) - order(b.role) || (a.scope ?? '').localeCompare(b.scope ?? ''));
}

/** The person as `GET /v1/auth/me` shows them. */
export async function accountView(db: Kysely<Database>, accountId: string): Promise<Account> {
  const row = await db
    .selectFrom('accounts')
    .selectAll()
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  const passkeys = await db
    .selectFrom('passkeys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale as Account['locale'],
    roles: await rolesOf(db, accountId),
    passkeys: Number(passkeys.n),
  };
}

// Invitations ---------------------------------------------------------------------------------

/**
 * Invites a person to the console in one role: a link with 256 random bits, valid 72 hours,
 * returned once — only the token's SHA-256 is kept. Inviting the email of an existing account
 * adds the role to it once accepted. Throws with a message for the command line when the email,
 * role or scope will not do. Audited, without the email.
 */
export async function inviteUser(
  db: Kysely<Database>,
  input: {
    email: string;
    role: Role;
    scope: string | null;
    name?: string | null | undefined;
    /** The language of their console, chosen by the secretariat (the console's invitation form). */
    locale?: CoreLocale | null | undefined;
  },
  now: Date,
  options: { publicUrl: string; by?: Actor },
): Promise<{ id: string; token: string; link: string; expiresAt: string }> {
  const email = normalizeEmail(input.email);
  if (!z.safeParse(Email, email).success) throw new Error('--email must be an email address.');
  const problem = await scopeProblem(db, input.role, input.scope, 'invitation');
  if (problem) throw new Error(problem);
  const existing = await accountByEmail(db, email);
  if (existing?.disabled_at) throw new Error(`The account of ${email} is disabled.`);
  const name = input.name?.trim() || null;
  if (name && name.length > 200) throw new Error('--name takes at most 200 characters.');
  const id = newId('inv');
  const token = secret256();
  const expiresAt = iso(new Date(now.getTime() + INVITATION_HOURS * 3_600_000));
  await db
    .insertInto('invitations')
    .values({
      id,
      hash: sha256(token),
      email,
      name,
      role: input.role,
      scope: input.scope,
      created_at: iso(now),
      expires_at: expiresAt,
      used_at: null,
      account_id: null,
      ...(input.locale ? { locale: input.locale } : {}),
    })
    .execute();
  await audit(
    db,
    options.by ?? COMMAND_LINE,
    'invitation.create',
    { type: 'invitation', id },
    {
      role: { from: null, to: input.role },
      scope: { from: null, to: input.scope },
      accountId: { from: null, to: existing?.id ?? null },
      expiresAt: { from: null, to: expiresAt },
    },
    now,
  );
  return { id, token, link: `${options.publicUrl}/console/#/invite/${token}`, expiresAt };
}

/**
 * The invitation `token` names, if it can still be accepted: known, unused, unexpired, and not
 * for a disabled account. Anything else is `undefined`, all alike.
 */
export async function findInvitation(db: Kysely<Database>, token: string, now: Date) {
  if (!SECRET_FORMAT.test(token)) return undefined;
  const row = await db
    .selectFrom('invitations')
    .selectAll()
    .where('hash', '=', sha256(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', iso(now))
    .executeTakeFirst();
  if (!row) return undefined;
  const account = await accountByEmail(db, row.email);
  if (account?.disabled_at) return undefined;
  return { ...row, account: account ?? null };
}

export type OpenInvitation = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

/**
 * Uses an invitation: creates the account (with `create`: its name, language and password
 * hash) or takes the existing one, and gives it the invitation's role unless it holds it
 * already — in one transaction, which only one request can win. `null` when the invitation was
 * used or expired meanwhile. Audited as the person.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  invitation: OpenInvitation,
  create: { name: string; locale: string; passwordHash: string } | null,
  now: Date,
): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('invitations')
      .set({ used_at: iso(now) })
      .where('id', '=', invitation.id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', iso(now))
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) === 0) return null;
    let account = invitation.account;
    if (!account) {
      if (!create) throw new Error('A new account needs a name, a language and a password.');
      account = {
        id: newId('acc'),
        email: invitation.email,
        name: create.name,
        locale: create.locale,
        created_at: iso(now),
        disabled_at: null,
        last_sign_in_at: null,
      };
      await trx.insertInto('accounts').values(account).execute();
      await trx
        .insertInto('password_credentials')
        .values({ account_id: account.id, hash: create.passwordHash, created_at: iso(now) })
        .execute();
    }
    const held = await rolesOf(trx, account.id);
    const added = !held.some((p) => p.role === invitation.role && p.scope === invitation.scope);
    if (added)
      await trx
        .insertInto('account_roles')
        .values({
          account_id: account.id,
          role: invitation.role,
          scope: invitation.scope,
          created_at: iso(now),
        })
        .execute();
    await trx
      .updateTable('invitations')
      .set({ account_id: account.id })
      .where('id', '=', invitation.id)
      .execute();
    await audit(
      trx,
      personActor(account),
      'invitation.accept',
      { type: 'invitation', id: invitation.id },
      {
        accountId: { from: null, to: account.id },
        role: { from: null, to: invitation.role },
        scope: { from: null, to: invitation.scope },
        ...(invitation.account ? {} : { accountCreated: { from: null, to: true } }),
      },
      now,
    );
    return account.id;
  });
}

/**
 * Creates an account directly, with its roles and password hash — for tests and fixtures that
 * need people without going through an invitation. Not audited (no one did it).
 */
export async function createAccount(
  db: Kysely<Database>,
  input: { email: string; name: string; locale?: string; passwordHash: string; roles: AccountRole[] },
  now: Date,
): Promise<string> {
  const id = newId('acc');
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('accounts')
      .values({
        id,
        email: normalizeEmail(input.email),
        name: input.name,
        locale: input.locale ?? 'es',
        created_at: iso(now),
        disabled_at: null,
        last_sign_in_at: null,
      })
      .execute();
    await trx
      .insertInto('password_credentials')
      .values({ account_id: id, hash: input.passwordHash, created_at: iso(now) })
      .execute();
    for (const pair of input.roles)
      await trx
        .insertInto('account_roles')
        .values({ account_id: id, role: pair.role, scope: pair.scope, created_at: iso(now) })
        .execute();
  });
  return id;
}

// Passwords -----------------------------------------------------------------------------------

export async function passwordHashOf(db: Kysely<Database>, accountId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('password_credentials')
    .select('hash')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row?.hash;
}

// Sessions ------------------------------------------------------------------------------------

/** A checked console session, with the person and the roles they hold. */
export interface Session {
  id: string;
  account: { id: string; email: string; name: string; locale: string };
  roles: AccountRole[];
}

/**
 * Starts a session for a person: a cookie value of 256 random bits, returned once — the
 * session's id is its SHA-256. Records the sign-in time.
 */
export async function createSession(
  db: Kysely<Database>,
  accountId: string,
  now: Date,
): Promise<{ id: string; cookie: string }> {
  const cookie = secret256();
  const id = sha256(cookie);
  await db
    .insertInto('sessions')
    .values({ id, account_id: accountId, created_at: iso(now), last_seen_at: iso(now), revoked_at: null })
    .execute();
  await db
    .updateTable('accounts')
    .set({ last_sign_in_at: iso(now) })
    .where('id', '=', accountId)
    .execute();
  return { id, cookie };
}

/**
 * The session a cookie value stands for, if it is live: not revoked, its person not disabled,
 * seen within the idle limit and started within the absolute one. A session past either limit
 * is revoked on the spot. Its last-seen time is written at most once a minute.
 */
export async function findSession(
  db: Kysely<Database>,
  cookie: string,
  now: Date,
): Promise<Session | undefined> {
  if (!SECRET_FORMAT.test(cookie)) return undefined;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.id as id',
      'sessions.created_at as created_at',
      'sessions.last_seen_at as last_seen_at',
      'accounts.id as account_id',
      'accounts.email as email',
      'accounts.name as name',
      'accounts.locale as locale',
      'accounts.disabled_at as disabled_at',
    ])
    .where('sessions.id', '=', sha256(cookie))
    .where('sessions.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.disabled_at) return undefined;
  const t = now.getTime();
  if (
    t - Date.parse(row.last_seen_at) >= SESSION_LIMITS.idleMs ||
    t - Date.parse(row.created_at) >= SESSION_LIMITS.absoluteMs
  ) {
    await revokeSession(db, row.id, now);
    return undefined;
  }
  if (t - Date.parse(row.last_seen_at) >= SESSION_LIMITS.touchMs)
    await db
      .updateTable('sessions')
      .set({ last_seen_at: iso(now) })
      .where('id', '=', row.id)
      .execute();
  return {
    id: row.id,
    account: { id: row.account_id, email: row.email, name: row.name, locale: row.locale },
    roles: await rolesOf(db, row.account_id),
  };
}

export async function revokeSession(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: iso(now) })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every session of a person (sign-out everywhere, a disabled account); returns how many. */
export async function revokeAllSessions(db: Kysely<Database>, accountId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: iso(now) })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// Operators' commands -------------------------------------------------------------------------

/** Every account with its roles and last sign-in, for `user list`. */
export async function listAccounts(db: Kysely<Database>) {
  const rows = await db.selectFrom('accounts').selectAll().orderBy('email').execute();
  return Promise.all(rows.map(async (r) => ({ ...r, roles: await rolesOf(db, r.id) })));
}

/**
 * Disables an account: it can no longer sign in, and its sessions end now. False when there
 * is no such account or it was disabled already. Audited.
 */
export async function disableAccount(
  db: Kysely<Database>,
  email: string,
  now: Date,
  by: Actor = COMMAND_LINE,
): Promise<boolean> {
  const account = await accountByEmail(db, email);
  if (!account || account.disabled_at) return false;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({ disabled_at: iso(now) })
      .where('id', '=', account.id)
      .execute();
    const sessions = await revokeAllSessions(trx, account.id, now);
    await audit(
      trx,
      by,
      'account.disable',
      { type: 'account', id: account.id },
      { disabledAt: { from: null, to: iso(now) }, sessionsEnded: { from: null, to: sessions } },
      now,
    );
  });
  return true;
}

// People, as the secretariat manages them from the console -------------------------------------

/** Why a change to people was refused: `last-secretariat`, or a person not found. */
export class PeopleError extends Error {
  constructor(
    readonly code: 'last-secretariat' | 'not-found',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Takes the write lock every change to people waits for, in the writing transaction: the
 * last-secretariat rule is counted after it, so two members suspending each other at once cannot
 * both pass (PostgreSQL's READ COMMITTED reads the other's commit once the lock is granted;
 * SQLite writes one transaction at a time anyway). A no-op update of one fixed row.
 */
async function lockPeople(trx: Kysely<Database>): Promise<void> {
  await trx
    .updateTable('meta')
    .set((eb) => ({ value: eb.ref('value') }))
    .where('key', '=', 'revision')
    .execute();
}

/** How many people can sign in and hold the secretariat role (`except` left out). */
async function activeSecretariat(trx: Kysely<Database>, except: string): Promise<number> {
  const row = await trx
    .selectFrom('account_roles')
    .innerJoin('accounts', 'accounts.id', 'account_roles.account_id')
    .select((eb) => eb.fn.count<number>('accounts.id').distinct().as('n'))
    .where('account_roles.role', '=', 'secretariat')
    .where('accounts.disabled_at', 'is', null)
    .where('accounts.id', '!=', except)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const LAST_SECRETARIAT =
  'This is the last active member of the secretariat: invite or let in another one first, or the console would have no one to manage it.';

const pairKey = (p: { role: string; scope: string | null }) => `${p.role}:${p.scope ?? ''}`;
/** A pair as the audit log and `X-LAD-Role` write it: `country:HT`, `secretariat`. */
const pairName = (p: { role: string; scope: string | null }) => (p.scope ? `${p.role}:${p.scope}` : p.role);

/** A person as `GET /v1/people` lists them. */
async function personView(db: Kysely<Database>, row: Selectable<AccountTable>): Promise<Person> {
  const passkeys = await db
    .selectFrom('passkeys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', row.id)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale as Person['locale'],
    roles: await rolesOf(db, row.id),
    status: row.disabled_at ? 'suspended' : 'active',
    suspendedAt: row.disabled_at,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
    passkeys: Number(passkeys.n),
  };
}

/** An invitation as the secretariat sees it (never its token, which is not stored). */
export const invitationView = (row: Selectable<InvitationTable>): PendingInvitation => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  scope: row.scope,
  locale: (row.locale ?? null) as PendingInvitation['locale'],
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/** Everyone with an account (by email), and the invitations neither used nor expired (newest first). */
export async function listPeople(
  db: Kysely<Database>,
  now: Date,
): Promise<{ items: Person[]; invitations: PendingInvitation[] }> {
  const rows = await db.selectFrom('accounts').selectAll().orderBy('email').execute();
  const invitations = await db
    .selectFrom('invitations')
    .selectAll()
    .where('used_at', 'is', null)
    .where('expires_at', '>', iso(now))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return {
    items: await Promise.all(rows.map((r) => personView(db, r))),
    invitations: invitations.map(invitationView),
  };
}

export async function getPerson(db: Kysely<Database>, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? personView(db, row) : undefined;
}

export async function getInvitation(db: Kysely<Database>, id: string): Promise<PendingInvitation> {
  return invitationView(
    await db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );
}

/**
 * Changes a person: adds and removes role/scope pairs (scopes checked by the caller with
 * {@link scopeProblem}), suspends them — no more sign-in, every session ended at once — or lets
 * them in again. The last active secretariat member can neither lose the role nor be suspended
 * ({@link PeopleError} `last-secretariat`). One transaction, one audit entry (`account.update`,
 * roles and status before and after, without email or name).
 */
export async function updatePerson(
  db: Kysely<Database>,
  id: string,
  patch: { addRoles?: AccountRole[]; removeRoles?: AccountRole[]; suspended?: boolean },
  now: Date,
  by: Actor,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockPeople(trx);
    const row = await trx.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new PeopleError('not-found', 'No such person.');
    const before = await rolesOf(trx, id);
    const removing = new Set((patch.removeRoles ?? []).map(pairKey));
    const kept = before.filter((p) => !removing.has(pairKey(p)));
    const adding = (patch.addRoles ?? []).filter(
      (p, i, all) =>
        !kept.some((k) => pairKey(k) === pairKey(p)) && all.findIndex((q) => pairKey(q) === pairKey(p)) === i,
    );
    const after = [...kept, ...adding];
    const suspendedAfter = patch.suspended ?? row.disabled_at !== null;
    const secretariatBefore = row.disabled_at === null && before.some((p) => p.role === 'secretariat');
    const secretariatAfter = !suspendedAfter && after.some((p) => p.role === 'secretariat');
    if (secretariatBefore && !secretariatAfter && (await activeSecretariat(trx, id)) === 0)
      throw new PeopleError('last-secretariat', LAST_SECRETARIAT);
    for (const p of before.filter((p) => removing.has(pairKey(p)))) {
      let q = trx.deleteFrom('account_roles').where('account_id', '=', id).where('role', '=', p.role);
      q = p.scope === null ? q.where('scope', 'is', null) : q.where('scope', '=', p.scope);
      await q.execute();
    }
    for (const p of adding)
      await trx
        .insertInto('account_roles')
        .values({ account_id: id, role: p.role, scope: p.scope, created_at: iso(now) })
        .execute();
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (adding.length || after.length !== before.length)
      changes.roles = { from: before.map(pairName), to: after.map(pairName) };
    if (patch.suspended === true && row.disabled_at === null) {
      await trx
        .updateTable('accounts')
        .set({ disabled_at: iso(now) })
        .where('id', '=', id)
        .execute();
      changes.status = { from: 'active', to: 'suspended' };
      changes.sessionsEnded = { from: null, to: await revokeAllSessions(trx, id, now) };
    } else if (patch.suspended === false && row.disabled_at !== null) {
      await trx.updateTable('accounts').set({ disabled_at: null }).where('id', '=', id).execute();
      changes.status = { from: 'suspended', to: 'active' };
    }
    if (Object.keys(changes).length)
      await audit(trx, by, 'account.update', { type: 'account', id }, changes, now);
  });
}

/**
 * Removes a person: their account, roles, password, passkeys and sessions are deleted and their
 * open invitations closed; audit entries keep their id (and name, as the actor's label). Not the
 * last active secretariat member ({@link PeopleError} `last-secretariat`). Audited as
 * `account.remove`. Answers how many sessions it ended.
 */
export async function removePerson(db: Kysely<Database>, id: string, now: Date, by: Actor): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await lockPeople(trx);
    const row = await trx.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new PeopleError('not-found', 'No such person.');
    const roles = await rolesOf(trx, id);
    if (
      row.disabled_at === null &&
      roles.some((p) => p.role === 'secretariat') &&
      (await activeSecretariat(trx, id)) === 0
    )
      throw new PeopleError('last-secretariat', LAST_SECRETARIAT);
    const sessions = await revokeAllSessions(trx, id, now);
    const passkeys = await trx.deleteFrom('passkeys').where('account_id', '=', id).executeTakeFirst();
    // Deleted one by one rather than by the foreign keys' cascade: the same on both databases,
    // whatever a connection's settings.
    await trx.deleteFrom('sessions').where('account_id', '=', id).execute();
    await trx.deleteFrom('auth_challenges').where('account_id', '=', id).execute();
    await trx.deleteFrom('password_credentials').where('account_id', '=', id).execute();
    await trx.deleteFrom('account_roles').where('account_id', '=', id).execute();
    await trx.updateTable('invitations').set({ account_id: null }).where('account_id', '=', id).execute();
    await trx
      .updateTable('invitations')
      .set({ expires_at: iso(now) })
      .where('email', '=', row.email)
      .where('used_at', 'is', null)
      .where('expires_at', '>', iso(now))
      .execute();
    await trx.deleteFrom('accounts').where('id', '=', id).execute();
    await audit(
      trx,
      by,
      'account.remove',
      { type: 'account', id },
      {
        roles: { from: roles.map(pairName), to: [] },
        sessionsEnded: { from: null, to: sessions },
        passkeysRemoved: { from: null, to: Number(passkeys.numDeletedRows) },
      },
      now,
    );
    return sessions;
  });
}

// Passkeys and their challenges ---------------------------------------------------------------

/** Keeps a WebAuthn challenge for five minutes (with the person, for a registration). */
export async function saveChallenge(
  db: Kysely<Database>,
  challenge: string,
  purpose: 'register' | 'authenticate',
  accountId: string | null,
  now: Date,
): Promise<void> {
  await db
    .insertInto('auth_challenges')
    .values({
      challenge,
      purpose,
      account_id: accountId,
      expires_at: iso(new Date(now.getTime() + CHALLENGE_MS)),
    })
    .execute();
}

/**
 * Uses up a challenge: true once for a challenge handed out for `purpose` (and, for a
 * registration, to this person) that has not expired; false for anything else, ever after.
 */
export async function consumeChallenge(
  db: Kysely<Database>,
  challenge: string,
  purpose: 'register' | 'authenticate',
  accountId: string | null,
  now: Date,
): Promise<boolean> {
  let query = db
    .deleteFrom('auth_challenges')
    .where('challenge', '=', challenge)
    .where('purpose', '=', purpose)
    .where('expires_at', '>', iso(now));
  query = accountId ? query.where('account_id', '=', accountId) : query.where('account_id', 'is', null);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function passkeysOf(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
}

export async function findPasskey(db: Kysely<Database>, id: string) {
  return db.selectFrom('passkeys').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Drops expired challenges and sessions that ended more than a day ago (the sign-in time stays on the account). */
export async function sweepAuth(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('auth_challenges').where('expires_at', '<=', iso(now)).execute();
  const dayAgo = iso(new Date(now.getTime() - 86_400_000));
  await db.deleteFrom('sessions').where('revoked_at', '<=', dayAgo).execute();
  await db
    .deleteFrom('sessions')
    .where('created_at', '<=', iso(new Date(now.getTime() - SESSION_LIMITS.absoluteMs - 86_400_000)))
    .execute();
}
