import * as z from 'zod/mini';
import { AccountRole } from './account.js';
import { Count, checked, DateTime, Email, Id, Name, plainText } from './common.js';
import { Role } from './curation.js';
import { CoreLocale } from './locale.js';

// People and API tokens as the secretariat manages them (`/v1/people`, `/v1/tokens`). No answer
// ever holds a password hash, a session, an invitation token after it is created, or a token's
// secret after it is created.

/** Whether a person can sign in: `suspended` people cannot, and their sessions have ended. */
export const PersonStatus = z.enum(['active', 'suspended']);
export type PersonStatus = z.output<typeof PersonStatus>;

/** A person with an account in the console, as `GET /v1/people` lists them. */
export const Person = z.object({
  id: Id,
  email: Email,
  name: Name,
  /** The language the console is shown in for them. */
  locale: CoreLocale,
  roles: z.array(AccountRole),
  status: PersonStatus,
  /** When they were suspended; `null` while active. */
  suspendedAt: z.nullable(DateTime),
  createdAt: DateTime,
  /** Their last sign-in; `null` if never. */
  lastSignInAt: z.nullable(DateTime),
  /** How many passkeys they have registered. */
  passkeys: Count,
});
export type Person = z.output<typeof Person>;

/** An invitation sent and not yet accepted (nor expired). */
export const PendingInvitation = z.object({
  id: Id,
  email: Email,
  name: z.nullable(Name),
  role: Role,
  scope: z.nullable(z.string()),
  locale: z.nullable(CoreLocale),
  createdAt: DateTime,
  expiresAt: DateTime,
});
export type PendingInvitation = z.output<typeof PendingInvitation>;

/** `GET /v1/people`: everyone with an account, by email, and the invitations still open. */
export const PeopleList = z.object({
  items: z.array(Person),
  invitations: z.array(PendingInvitation),
});
export type PeopleList = z.output<typeof PeopleList>;

/**
 * Inviting a person from the console (`POST /v1/people/invitations`): the role and its scope —
 * none for the secretariat, an ISO country code for a country, an action-package id for a
 * committee, a mechanism id (`crm`) for a regional mechanism —, the name to offer in the form
 * and the language of their console.
 */
export const PersonInvitationInput = z.object({
  email: Email,
  role: Role,
  scope: z.optional(z.nullable(checked(z.string(), z.maxLength(64)))),
  name: z.optional(Name),
  locale: z.optional(CoreLocale),
});
export type PersonInvitationInput = z.input<typeof PersonInvitationInput>;

/** An invitation just made: its one-time `link` is shown this once and never stored. */
export const CreatedInvitation = z.object({
  invitation: PendingInvitation,
  /** `<public URL>/console/#/invite/<token>`: works once, for 72 hours. */
  link: z.string(),
});
export type CreatedInvitation = z.output<typeof CreatedInvitation>;

/**
 * A change to a person (`PATCH /v1/people/{id}`): role/scope pairs to add and to remove, and
 * `suspended` to suspend (their sessions end at once) or let them in again.
 */
export const PersonPatch = z.object({
  addRoles: z.optional(checked(z.array(AccountRole), z.maxLength(20))),
  removeRoles: z.optional(checked(z.array(AccountRole), z.maxLength(20))),
  suspended: z.optional(z.boolean()),
});
export type PersonPatch = z.input<typeof PersonPatch>;

/** What removing a person did: their sessions, password and passkeys are gone. */
export const RemovedPerson = z.object({
  id: Id,
  sessionsEnded: Count,
});
export type RemovedPerson = z.output<typeof RemovedPerson>;

/** Whether a token still works. */
export const ApiTokenStatus = z.enum(['active', 'expired', 'revoked']);
export type ApiTokenStatus = z.output<typeof ApiTokenStatus>;

/** A curation token for automation, as `GET /v1/tokens` lists it: never its secret. */
export const ApiToken = z.object({
  id: Id,
  label: z.nullable(plainText(200)),
  role: Role,
  scope: z.nullable(z.string()),
  status: ApiTokenStatus,
  createdAt: DateTime,
  expiresAt: z.nullable(DateTime),
  /** When it last authenticated a request (to the nearest few minutes); `null` if never. */
  lastUsedAt: z.nullable(DateTime),
  revokedAt: z.nullable(DateTime),
});
export type ApiToken = z.output<typeof ApiToken>;

/** `GET /v1/tokens`: every token, newest first. */
export const ApiTokenList = z.object({ items: z.array(ApiToken) });
export type ApiTokenList = z.output<typeof ApiTokenList>;

/** How long a token may live, in days. */
export const TOKEN_LIFETIME_DAYS = { default: 90, max: 730 } as const;

/** Creating a token (`POST /v1/tokens`): what it is for, its role and scope, and how many days it lives. */
export const ApiTokenInput = z.object({
  label: plainText(200),
  role: Role,
  scope: z.optional(z.nullable(checked(z.string(), z.maxLength(64)))),
  expiresInDays: z.optional(
    checked(z.int(), z.minimum(1), z.maximum(TOKEN_LIFETIME_DAYS.max, 'A token lives at most 730 days.')),
  ),
});
export type ApiTokenInput = z.input<typeof ApiTokenInput>;

/** A token just made: `secret` is shown this once; only its hash is stored. */
export const CreatedApiToken = z.object({
  token: ApiToken,
  secret: z.string(),
});
export type CreatedApiToken = z.output<typeof CreatedApiToken>;
