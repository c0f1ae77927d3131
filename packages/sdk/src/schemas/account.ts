import * as z from 'zod/mini';
import { Count, checked, DateTime, Email, Id, Name } from './common.js';
import { Role } from './curation.js';
import { CoreLocale } from './locale.js';

/** Password length, in characters: long enough to be a passphrase, short enough to hash cheaply. */
export const PASSWORD_LENGTH = { min: 12, max: 256 } as const;

/** A new password: 12 to 256 characters, any of them (spaces too; nothing is trimmed). */
export const Password = checked(
  z.string(),
  z.minLength(PASSWORD_LENGTH.min, `Use at least ${PASSWORD_LENGTH.min} characters.`),
  z.maxLength(PASSWORD_LENGTH.max, `Use at most ${PASSWORD_LENGTH.max} characters.`),
);

/**
 * One role a person holds, with its scope: `null` for the secretariat, an action-package id for
 * a committee, an ISO country code for a country, a mechanism id for a regional mechanism. A
 * person may hold several.
 */
export const AccountRole = z.object({ role: Role, scope: z.nullable(z.string()) });
export type AccountRole = z.output<typeof AccountRole>;

/** The signed-in person (`GET /v1/auth/me`). */
export const Account = z.object({
  id: Id,
  email: Email,
  name: Name,
  /** The language the console is shown in. */
  locale: CoreLocale,
  roles: z.array(AccountRole),
  /** How many passkeys the person has registered. */
  passkeys: Count,
});
export type Account = z.output<typeof Account>;

/** The answer of every route that signs a person in (the session cookie comes with it). */
export const SignedIn = z.object({ account: Account });
export type SignedIn = z.output<typeof SignedIn>;

/** An invitation, as its link's holder sees it before accepting it. */
export const Invitation = z.object({
  email: Email,
  role: Role,
  scope: z.nullable(z.string()),
  /** The name the secretariat gave when inviting, to fill in the form; `null` if none. */
  name: z.nullable(Name),
  /** True when the email already has an account: accepting adds the role to it, with its password. */
  existingAccount: z.boolean(),
  expiresAt: DateTime,
  /** The language the secretariat chose for the person when inviting from the console, if any. */
  locale: z.optional(z.nullable(CoreLocale)),
});
export type Invitation = z.output<typeof Invitation>;

/**
 * Accepting an invitation. For a new account: the name (else the invitation's) and a new
 * password. For an existing account: its current password (or a session of that account).
 */
export const AcceptInvitationInput = z.object({
  name: z.optional(Name),
  password: Password,
  locale: z.optional(CoreLocale),
});
export type AcceptInvitationInput = z.input<typeof AcceptInvitationInput>;

/** Signing in with a password. Wrong email and wrong password get the same answer. */
export const SignInInput = z.object({
  email: checked(z.string(), z.maxLength(254)),
  password: checked(z.string(), z.minLength(1), z.maxLength(PASSWORD_LENGTH.max)),
});
export type SignInInput = z.input<typeof SignInInput>;
