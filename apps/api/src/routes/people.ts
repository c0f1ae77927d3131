import {
  ApiToken,
  ApiTokenInput,
  ApiTokenList,
  CreatedApiToken,
  CreatedInvitation,
  type FieldError,
  PeopleList,
  Person,
  PersonInvitationInput,
  PersonPatch,
  RemovedPerson,
  type Role,
} from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import type { Registry } from '../http/registry.js';
import { idParam, readJson } from '../http/validate.js';
import {
  accountByEmail,
  getInvitation,
  getPerson,
  inviteUser,
  listPeople,
  PeopleError,
  removePerson,
  scopeProblem,
  updatePerson,
} from '../store/accounts.js';
import { createToken, getToken, listTokens, revokeToken, TOKEN_DAYS, tokenView } from '../store/tokens.js';
import { actorOf, deps } from './shared.js';

// The secretariat's people and API tokens, managed from the console: invite, change roles and
// scopes, suspend, remove; create, list and revoke tokens. Every route is the secretariat's,
// every change audited; no answer holds a password hash, a session or — past the answer that
// creates it — an invitation link or a token's secret.

const TAG = 'People';
const SECRETARIAT = ['secretariat'] as const;

/** A field error for a role's scope that will not do, at `path`. */
async function scopeError(
  db: Kysely<Database>,
  role: Role,
  scope: string | null,
  what: 'token' | 'invitation' | 'role',
  path: (string | number)[],
): Promise<FieldError | null> {
  const problem = await scopeProblem(db, role, scope, what);
  return problem
    ? {
        path,
        code: role === 'secretariat' ? 'scope_not_allowed' : 'unknown_reference',
        message: problem.replace(/--scope /g, 'scope '),
      }
    : null;
}

/** What a people store error is as an answer. */
function asProblem(error: unknown): unknown {
  if (!(error instanceof PeopleError)) return error;
  return error.code === 'last-secretariat'
    ? new ProblemError(409, 'last-secretariat', { detail: error.message })
    : new ProblemError(404, 'not-found', { detail: error.message });
}

export function registerPeople(r: Registry): void {
  r.add(
    {
      method: 'get',
      path: '/v1/people',
      operationId: 'listPeople',
      summary: 'Everyone with an account in the console, and the open invitations (secretariat only)',
      description:
        'Each person with their role/scope pairs, status (`active` or `suspended`), last sign-in and number of passkeys; never a password hash or a session. `invitations`: those neither used nor expired.',
      tag: TAG,
      access: SECRETARIAT,
      response: {
        status: 200,
        description: 'People by email, invitations newest first.',
        schema: PeopleList,
      },
      errors: [401, 403],
      cache: 'none',
    },
    async (c) => c.json(await listPeople(deps(c).db.kysely, deps(c).now())),
  );

  r.add(
    {
      method: 'post',
      path: '/v1/people/invitations',
      operationId: 'invitePerson',
      summary: 'Invite a person to the console in one role (secretariat only)',
      description:
        'As `user invite` does: a link `<LAD_PUBLIC_URL>/console/#/invite/<token>` that works once for 72 hours, in this answer only (only its SHA-256 is stored). The scope is checked as for tokens: none for the secretariat, an ISO country code, an action-package id, a regional mechanism id. Inviting the email of an existing account adds the role to it once accepted (with that account’s password); a suspended person cannot be invited (409). Audited as `invitation.create`, without the email.',
      tag: TAG,
      access: SECRETARIAT,
      body: { schema: PersonInvitationInput, contentType: 'application/json' },
      response: {
        status: 201,
        description: 'The invitation and its one-time link.',
        schema: CreatedInvitation,
      },
      errors: [400, 401, 403, 409, 413, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now, config } = deps(c);
      const input = await readJson(c, PersonInvitationInput);
      const scope = input.scope ?? null;
      const error = await scopeError(db.kysely, input.role, scope, 'invitation', ['scope']);
      if (error) throw validationProblem([error]);
      if ((await accountByEmail(db.kysely, input.email))?.disabled_at)
        throw new ProblemError(409, 'conflict', {
          detail: 'This person’s account is suspended: let them in again instead of inviting them.',
        });
      const made = await inviteUser(
        db.kysely,
        {
          email: input.email,
          role: input.role,
          scope,
          name: input.name ?? null,
          locale: input.locale ?? null,
        },
        now(),
        { publicUrl: config.publicUrl, by: actorOf(c) },
      );
      return c.json({ invitation: await getInvitation(db.kysely, made.id), link: made.link }, 201);
    },
  );

  r.add(
    {
      method: 'patch',
      path: '/v1/people/{id}',
      operationId: 'updatePerson',
      summary: 'Change a person’s roles, suspend them or let them in again (secretariat only)',
      description:
        '`addRoles` and `removeRoles` are role/scope pairs (scopes checked as for invitations); `suspended: true` stops their sign-ins and ends every session of theirs at once, `false` lets them in again. The last active secretariat member can neither lose that role nor be suspended (409 `last-secretariat`). Audited as `account.update`.',
      tag: TAG,
      access: SECRETARIAT,
      body: { schema: PersonPatch, contentType: 'application/json' },
      response: { status: 200, description: 'The person as changed.', schema: Person },
      errors: [400, 401, 403, 404, 409, 413, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const id = idParam(c);
      const patch = await readJson(c, PersonPatch);
      const errors: FieldError[] = [];
      for (const [i, pair] of (patch.addRoles ?? []).entries()) {
        const error = await scopeError(db.kysely, pair.role, pair.scope, 'role', ['addRoles', i, 'scope']);
        if (error) errors.push(error);
      }
      if (errors.length) throw validationProblem(errors);
      try {
        await updatePerson(
          db.kysely,
          id,
          {
            ...(patch.addRoles ? { addRoles: patch.addRoles } : {}),
            ...(patch.removeRoles ? { removeRoles: patch.removeRoles } : {}),
            ...(patch.suspended !== undefined ? { suspended: patch.suspended } : {}),
          },
          now(),
          actorOf(c),
        );
      } catch (error) {
        throw asProblem(error);
      }
      return c.json(await getPerson(db.kysely, id));
    },
  );

  r.add(
    {
      method: 'delete',
      path: '/v1/people/{id}',
      operationId: 'removePerson',
      summary: 'Remove a person from the console (secretariat only)',
      description:
        'Their account, roles, password, passkeys and sessions are deleted, and their open invitations closed; the audit log keeps their id. Not the last active secretariat member (409 `last-secretariat`). Audited as `account.remove`.',
      tag: TAG,
      access: SECRETARIAT,
      response: { status: 200, description: 'Removed.', schema: RemovedPerson },
      errors: [401, 403, 404, 409],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const id = idParam(c);
      try {
        const sessionsEnded = await removePerson(db.kysely, id, now(), actorOf(c));
        return c.json({ id, sessionsEnded });
      } catch (error) {
        throw asProblem(error);
      }
    },
  );

  r.add(
    {
      method: 'get',
      path: '/v1/tokens',
      operationId: 'listApiTokens',
      summary: 'Every API token: label, role, scope, dates, status — never its secret (secretariat only)',
      tag: TAG,
      access: SECRETARIAT,
      response: { status: 200, description: 'Newest first.', schema: ApiTokenList },
      errors: [401, 403],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const rows = await listTokens(db.kysely);
      return c.json({ items: rows.reverse().map((row) => tokenView(row, now())) });
    },
  );

  r.add(
    {
      method: 'post',
      path: '/v1/tokens',
      operationId: 'createApiToken',
      summary: 'Create an API token for automation (secretariat only)',
      description: `As \`token create\` does: 256 random bits, in this answer only (only its SHA-256 is stored), valid \`expiresInDays\` days (default ${TOKEN_DAYS.default}, at most ${TOKEN_DAYS.max}); the scope is checked as for invitations. Audited as \`token.create\`.`,
      tag: TAG,
      access: SECRETARIAT,
      body: { schema: ApiTokenInput, contentType: 'application/json' },
      response: {
        status: 201,
        description: 'The token and its secret, shown once.',
        schema: CreatedApiToken,
      },
      errors: [400, 401, 403, 413, 415, 422],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const input = await readJson(c, ApiTokenInput);
      const scope = input.scope ?? null;
      const error = await scopeError(db.kysely, input.role, scope, 'token', ['scope']);
      if (error) throw validationProblem([error]);
      const made = await createToken(db.kysely, input.role, scope, input.label, now(), {
        days: input.expiresInDays ?? TOKEN_DAYS.default,
        by: actorOf(c),
      });
      return c.json({ token: await getToken(db.kysely, made.id, now()), secret: made.token }, 201);
    },
  );

  r.add(
    {
      method: 'delete',
      path: '/v1/tokens/{id}',
      operationId: 'revokeApiToken',
      summary: 'Revoke an API token: it stops working at once (secretariat only)',
      description: 'Revoking a token already revoked changes nothing. Audited as `token.revoke`.',
      tag: TAG,
      access: SECRETARIAT,
      response: { status: 200, description: 'The token, revoked.', schema: ApiToken },
      errors: [401, 403, 404],
      cache: 'none',
    },
    async (c) => {
      const { db, now } = deps(c);
      const id = idParam(c);
      if (!(await getToken(db.kysely, id, now())))
        throw new ProblemError(404, 'not-found', { detail: 'No such token.' });
      await revokeToken(db.kysely, id, now(), actorOf(c));
      return c.json(await getToken(db.kysely, id, now()));
    },
  );
}
