import {
  ApiToken,
  type ApiTokenInput,
  ApiTokenList,
  CreatedApiToken,
  CreatedInvitation,
  PeopleList,
  Person,
  type PersonInvitationInput,
  type PersonPatch,
  RemovedPerson,
} from '../../schemas/people.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc } from '../util.js';

// The secretariat's people and tokens. Each call is its own function, so a bundle keeps only
// the calls (and schemas) it uses; `peopleClient` and `tokensClient` group them for
// `createLadClient`. Every call needs the secretariat (a token or a person acting in it).

/** Secretariat: everyone with an account (roles, status, last sign-in, passkeys) and the open invitations. */
export const listPeople = (t: LadTransport, opts?: RequestOptions) =>
  t.get(PeopleList, 'people', undefined, opts);

/**
 * Secretariat: invites a person to the console in one role. The answer's `link` works once for
 * 72 hours and is shown only in this answer: hand it to that person alone.
 *
 * @example
 * const { link } = await invitePerson(transport, {
 *   email: 'officer@crm.example.org',
 *   role: 'mechanism',
 *   scope: 'crm',
 *   name: 'Lucía Gómez',
 *   locale: 'es',
 * });
 */
export const invitePerson = (t: LadTransport, input: PersonInvitationInput, opts?: RequestOptions) =>
  t.send(CreatedInvitation, 'post', 'people/invitations', input, opts);

/**
 * Secretariat: adds or removes role/scope pairs, suspends (their sessions end at once) or lets a
 * person in again. The last active secretariat member cannot lose that role nor be suspended
 * (409 `last-secretariat`).
 *
 * @example
 * await updatePerson(transport, 'acc-1', { removeRoles: [{ role: 'country', scope: 'HT' }] });
 * await updatePerson(transport, 'acc-1', { suspended: true });
 */
export const updatePerson = (t: LadTransport, id: string, patch: PersonPatch, opts?: RequestOptions) =>
  t.send(Person, 'patch', `people/${enc(id)}`, patch, opts);

/**
 * Secretariat: removes a person — their sessions, password and passkeys are gone; the audit log
 * keeps their id. Not the last active secretariat member (409 `last-secretariat`).
 */
export const removePerson = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.send(RemovedPerson, 'delete', `people/${enc(id)}`, undefined, opts);

/** Secretariat: every API token, newest first — label, role, scope, dates, status; never a secret. */
export const listApiTokens = (t: LadTransport, opts?: RequestOptions) =>
  t.get(ApiTokenList, 'tokens', undefined, opts);

/**
 * Secretariat: creates an API token for automation. `secret` is in this answer only: copy it
 * now; the API keeps nothing but its hash.
 *
 * @example
 * const { secret } = await createApiToken(transport, {
 *   label: 'CRM nightly import',
 *   role: 'mechanism',
 *   scope: 'crm',
 *   expiresInDays: 30,
 * });
 */
export const createApiToken = (t: LadTransport, input: ApiTokenInput, opts?: RequestOptions) =>
  t.send(CreatedApiToken, 'post', 'tokens', input, opts);

/** Secretariat: revokes a token; it stops working at once. */
export const revokeApiToken = (t: LadTransport, id: string, opts?: RequestOptions) =>
  t.send(ApiToken, 'delete', `tokens/${enc(id)}`, undefined, opts);

/** People with an account in the console (secretariat). */
export function peopleClient(t: LadTransport) {
  return {
    list: (opts?: RequestOptions) => listPeople(t, opts),
    invite: (input: PersonInvitationInput, opts?: RequestOptions) => invitePerson(t, input, opts),
    update: (id: string, patch: PersonPatch, opts?: RequestOptions) => updatePerson(t, id, patch, opts),
    remove: (id: string, opts?: RequestOptions) => removePerson(t, id, opts),
  };
}

/** API tokens for automation (secretariat). */
export function tokensClient(t: LadTransport) {
  return {
    list: (opts?: RequestOptions) => listApiTokens(t, opts),
    create: (input: ApiTokenInput, opts?: RequestOptions) => createApiToken(t, input, opts),
    revoke: (id: string, opts?: RequestOptions) => revokeApiToken(t, id, opts),
  };
}
