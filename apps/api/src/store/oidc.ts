import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { accountByEmail, normalizeEmail, personActor, SECRET_FORMAT } from './accounts.js';
import { audit } from './audit.js';
import { iso, sha256 } from './util.js';

// Single sign-on through an OpenID Connect provider: the sign-ins under way (kept server-side,
// good once) and the provider subjects linked to accounts. Linking never creates an account
// nor gives a role: only a person who accepted an invitation has an account to link to.

/** How long a person has at the provider before the sign-in must start again. */
export const OIDC_LOGIN_MS = 10 * 60_000;

/** What a sign-in under way remembers between `/start` and `/callback`. */
export interface OidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The console page to open afterwards (`#/commitments/…`), if the person was on one. */
  next: string | null;
}

/**
 * Records a sign-in that starts, and returns the value of the browser cookie that binds it to
 * this browser (256 random bits; only its SHA-256 is kept). Forgets the expired ones meanwhile.
 */
export async function saveOidcLogin(db: Kysely<Database>, login: OidcLogin, now: Date): Promise<string> {
  const cookie = randomBytes(32).toString('base64url');
  await db.deleteFrom('oidc_logins').where('expires_at', '<=', iso(now)).execute();
  await db
    .insertInto('oidc_logins')
    .values({
      id: sha256(cookie),
      state: login.state,
      nonce: login.nonce,
      code_verifier: login.codeVerifier,
      next: login.next,
      expires_at: iso(new Date(now.getTime() + OIDC_LOGIN_MS)),
    })
    .execute();
  return cookie;
}

/**
 * The sign-in the cookie stands for, taken once: a second callback with the same cookie finds
 * nothing (a replayed or doubled callback is refused). `undefined` when unknown or expired.
 */
export async function takeOidcLogin(
  db: Kysely<Database>,
  cookie: string,
  now: Date,
): Promise<OidcLogin | undefined> {
  if (!SECRET_FORMAT.test(cookie)) return undefined;
  const row = await db
    .deleteFrom('oidc_logins')
    .where('id', '=', sha256(cookie))
    .returningAll()
    .executeTakeFirst();
  if (!row || row.expires_at <= iso(now)) return undefined;
  return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, next: row.next };
}

/** What the provider said about the person (from the ID token, else its userinfo endpoint). */
export interface OidcProfile {
  issuer: string;
  subject: string;
  email: string | undefined;
  /** `email_verified === true`, or Microsoft Entra's `xms_edov === true` when it sends no `email_verified`. */
  emailVerified: boolean;
}

export type OidcOutcome =
  | { ok: true; account: { id: string; name: string }; linked: boolean }
  | {
      ok: false;
      /** What the console shows (`#/sign-in?sso=<code>`). */
      code: 'no-account' | 'email-not-verified' | 'disabled' | 'failed';
      /** What the audit keeps. */
      reason: string;
      account?: { id: string; name: string };
    };

/**
 * The account a provider's person signs in to. A subject linked before signs in to its account,
 * whatever email the provider now gives. Otherwise the provider must vouch for the email
 * (`emailVerified`), and an account with that email must exist — made by accepting an
 * invitation: nothing here creates one or gives a role. The first such sign-in links the subject
 * to the account (audited `auth.oidc-link`); an account links one subject per provider.
 */
export async function resolveOidcAccount(
  db: Kysely<Database>,
  profile: OidcProfile,
  now: Date,
): Promise<OidcOutcome> {
  const linked = await db
    .selectFrom('oidc_identities')
    .innerJoin('accounts', 'accounts.id', 'oidc_identities.account_id')
    .select(['accounts.id as id', 'accounts.name as name', 'accounts.disabled_at as disabled_at'])
    .where('oidc_identities.issuer', '=', profile.issuer)
    .where('oidc_identities.subject', '=', profile.subject)
    .executeTakeFirst();
  if (linked) {
    const account = { id: linked.id, name: linked.name };
    if (linked.disabled_at) return { ok: false, code: 'disabled', reason: 'disabled', account };
    await db
      .updateTable('oidc_identities')
      .set({ last_used_at: iso(now) })
      .where('issuer', '=', profile.issuer)
      .where('subject', '=', profile.subject)
      .execute();
    return { ok: true, account, linked: false };
  }
  if (!profile.email) return { ok: false, code: 'email-not-verified', reason: 'no-email' };
  if (!profile.emailVerified) return { ok: false, code: 'email-not-verified', reason: 'email-not-verified' };
  const row = await accountByEmail(db, normalizeEmail(profile.email));
  if (!row) return { ok: false, code: 'no-account', reason: 'no-account' };
  const account = { id: row.id, name: row.name };
  if (row.disabled_at) return { ok: false, code: 'disabled', reason: 'disabled', account };
  // A person's provider account that was replaced (or an email handed to someone else at the
  // provider) does not take over an account linked to another subject: the secretariat decides.
  const other = await db
    .selectFrom('oidc_identities')
    .select('subject')
    .where('account_id', '=', row.id)
    .where('issuer', '=', profile.issuer)
    .executeTakeFirst();
  if (other) return { ok: false, code: 'failed', reason: 'linked-to-another-subject', account };
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('oidc_identities')
        .values({
          issuer: profile.issuer,
          subject: profile.subject,
          account_id: row.id,
          created_at: iso(now),
          last_used_at: iso(now),
        })
        .execute();
      await audit(
        trx,
        personActor(account),
        'auth.oidc-link',
        { type: 'account', id: row.id },
        { issuer: { from: null, to: profile.issuer } },
        now,
      );
    });
  } catch {
    // Two callbacks of one person at once: the other one linked it first.
    const again = await db
      .selectFrom('oidc_identities')
      .select('account_id')
      .where('issuer', '=', profile.issuer)
      .where('subject', '=', profile.subject)
      .executeTakeFirst();
    if (again?.account_id !== row.id) return { ok: false, code: 'failed', reason: 'link-conflict', account };
    return { ok: true, account, linked: false };
  }
  return { ok: true, account, linked: true };
}
