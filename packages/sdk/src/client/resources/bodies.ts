import {
  CommitteeMember,
  type CommitteeMemberInput,
  CommitteeRoster,
  type MechanismPatch,
  SecretariatSeat,
  type SecretariatSeatInput,
} from '../../schemas/bodies.js';
import { RegionalMechanism } from '../../schemas/mechanism.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc, items } from '../util.js';

// The committees' members, the secretariat's seats and the regional mechanisms' membership, as
// curators edit them (R1, R4, R12). Every detail of a person carries the consent to publish it;
// the public answers (`listCommittees`, `listSecretariat`) hold only the consented ones.

/**
 * Curation (the secretariat, or the committee's own coordinator): a committee and all its
 * members, every detail with its recorded consent.
 *
 * @example
 * const { members } = await getCommitteeRoster(transport, 'cmte-labor-mobility');
 */
export const getCommitteeRoster = (t: LadTransport, committeeId: string, opts?: RequestOptions) =>
  t.get(CommitteeRoster, `committees/${enc(committeeId)}/members`, undefined, opts);

/**
 * Curation: add a coordinator or CSO representative to a committee. The API records who set each
 * consent and when.
 *
 * @example
 * await addCommitteeMember(transport, 'cmte-labor-mobility', {
 *   role: 'cso_representative',
 *   name: 'Nadège Joseph',
 *   email: 'nadege@example.org',
 *   phone: '+509 0000 0000',
 *   consent: { name: { given: true, how: 'written_form' }, email: { given: true, how: 'email' } },
 * });
 */
export const addCommitteeMember = (
  t: LadTransport,
  committeeId: string,
  input: CommitteeMemberInput,
  opts?: RequestOptions,
) => t.send(CommitteeMember, 'post', `committees/${enc(committeeId)}/members`, input, opts);

/** Curation: replace a committee member's details and consents (a consent left out is withdrawn). */
export const updateCommitteeMember = (
  t: LadTransport,
  committeeId: string,
  memberId: string,
  input: CommitteeMemberInput,
  opts?: RequestOptions,
) => t.send(CommitteeMember, 'put', `committees/${enc(committeeId)}/members/${enc(memberId)}`, input, opts);

/** Curation: take a member off a committee; answers the committee's members that remain. */
export const removeCommitteeMember = (
  t: LadTransport,
  committeeId: string,
  memberId: string,
  opts?: RequestOptions,
) =>
  t.send(CommitteeRoster, 'post', `committees/${enc(committeeId)}/members/${enc(memberId)}/remove`, {}, opts);

/** Curation (the secretariat): every member of the technical secretariat, with each detail's consent. */
export const listSecretariatSeats = async (t: LadTransport, opts?: RequestOptions) =>
  (await t.get(items(SecretariatSeat), 'secretariat/members', undefined, opts)).items;

/** Curation (the secretariat): add a member of the secretariat, a CSO seat or not. */
export const addSecretariatSeat = (t: LadTransport, input: SecretariatSeatInput, opts?: RequestOptions) =>
  t.send(SecretariatSeat, 'post', 'secretariat/members', input, opts);

/** Curation (the secretariat): replace a secretariat member's details and consents. */
export const updateSecretariatSeat = (
  t: LadTransport,
  id: string,
  input: SecretariatSeatInput,
  opts?: RequestOptions,
) => t.send(SecretariatSeat, 'put', `secretariat/members/${enc(id)}`, input, opts);

/** Curation (the secretariat): remove a member of the secretariat; answers the members that remain. */
export const removeSecretariatSeat = async (t: LadTransport, id: string, opts?: RequestOptions) =>
  (await t.send(items(SecretariatSeat), 'post', `secretariat/members/${enc(id)}/remove`, {}, opts)).items;

/**
 * Curation (the secretariat): change a regional mechanism's members, associates or note. The
 * commitments a mechanism shares are set on each commitment (`mechanisms`).
 *
 * @example
 * await updateMechanism(transport, 'crm', { members: ['MX', 'GT', 'HN'], membersAsOf: null });
 */
export const updateMechanism = (t: LadTransport, id: string, patch: MechanismPatch, opts?: RequestOptions) =>
  t.send(RegionalMechanism, 'patch', `mechanisms/${enc(id)}`, patch, opts);

/** Committees' members, the secretariat and the mechanisms' membership, for curators. */
export function bodiesClient(t: LadTransport) {
  return {
    committees: {
      roster: (committeeId: string, opts?: RequestOptions) => getCommitteeRoster(t, committeeId, opts),
      addMember: (committeeId: string, input: CommitteeMemberInput, opts?: RequestOptions) =>
        addCommitteeMember(t, committeeId, input, opts),
      updateMember: (
        committeeId: string,
        memberId: string,
        input: CommitteeMemberInput,
        opts?: RequestOptions,
      ) => updateCommitteeMember(t, committeeId, memberId, input, opts),
      removeMember: (committeeId: string, memberId: string, opts?: RequestOptions) =>
        removeCommitteeMember(t, committeeId, memberId, opts),
    },
    secretariat: {
      list: (opts?: RequestOptions) => listSecretariatSeats(t, opts),
      add: (input: SecretariatSeatInput, opts?: RequestOptions) => addSecretariatSeat(t, input, opts),
      update: (id: string, input: SecretariatSeatInput, opts?: RequestOptions) =>
        updateSecretariatSeat(t, id, input, opts),
      remove: (id: string, opts?: RequestOptions) => removeSecretariatSeat(t, id, opts),
    },
    mechanisms: {
      update: (id: string, patch: MechanismPatch, opts?: RequestOptions) =>
        updateMechanism(t, id, patch, opts),
    },
  };
}
