import {
  type Committee,
  type CommitteeContact,
  type CommitteeMember,
  type CommitteeMemberInput,
  type DetailConsent,
  type DetailConsents,
  type DetailConsentsInput,
  type LocalizedText,
  PUBLISHABLE_DETAILS,
  type PublicCommitteeMember,
  type PublishableDetail,
  type RegionalMechanism,
  type SecretariatMember,
  type SecretariatSeat,
  type SecretariatSeatInput,
} from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { Actor } from '../http/env.js';
import { getReference, type ReferenceKind } from './reference.js';
import { fromJson, iso, newId, stableJson, toJson } from './util.js';

// The people of the committees (R4) and of the technical secretariat (R1), and the regional
// mechanisms' membership (R12), kept in the reference records they belong to. Every detail of a
// person has its own recorded consent; the public answers are made here, from the consented
// details only, so no other code ever decides what of a person goes out.
//
// A committee's members live in its record (`members`) beside the facts the seed owns (name,
// countries…), which the seed reconciles without touching them. A committee stored before
// members existed has `coordinator` and `csoRepresentative` instead: they are read as members
// (their name, organisation, country and languages were public then; their contact as they
// consented), and the first change writes `members` in their place.

/** A committee as stored: the public shape, with its members once they have been edited. */
export type StoredCommittee = Omit<Committee, 'members'> & { members?: CommitteeMember[] };

/** A secretariat member as stored: a seat with every detail and its consent, or a member stored before consent was kept per detail. */
export type StoredSeat = SecretariatSeat | SecretariatMember;

const isSeat = (m: StoredSeat): m is SecretariatSeat => 'consent' in m && !!m.consent;

const notGiven = (): DetailConsent => ({
  given: false,
  on: null,
  how: null,
  recordedAt: null,
  recordedBy: null,
});
const publicBefore = (given: boolean): DetailConsent => ({ ...notGiven(), given });

const consents = (given: (d: PublishableDetail) => boolean): DetailConsents =>
  Object.fromEntries(PUBLISHABLE_DETAILS.map((d) => [d, publicBefore(given(d))])) as DetailConsents;

/** A committee contact stored before members existed, read as a member. */
function fromContact(committeeId: string, contact: CommitteeContact, at: string): CommitteeMember {
  const contactConsent = contact.consentToPublish && contact.contact !== null;
  return {
    id: `${committeeId}.${contact.role === 'coordinator' ? 'coordinator' : 'cso'}`,
    role: contact.role,
    name: contact.name,
    organization: contact.organization,
    email: contact.contact?.email ?? null,
    phone: contact.contact?.phone ?? null,
    country: contact.country,
    languages: contact.languages,
    consent: consents((d) => (d === 'email' || d === 'phone' ? contactConsent : true)),
    updatedAt: at,
  };
}

/** A committee's members: its `members`, or its older coordinator and CSO representative. */
export function membersOf(committee: StoredCommittee): CommitteeMember[] {
  if (Array.isArray(committee.members)) return committee.members;
  const at = '2022-06-10T00:00:00.000Z';
  return [committee.coordinator, committee.csoRepresentative]
    .filter((c): c is CommitteeContact => !!c)
    .map((c) => fromContact(committee.id, c, at));
}

/** A secretariat member, whichever way stored, as a seat. */
export function seatOf(member: StoredSeat): SecretariatSeat {
  if (isSeat(member)) return member;
  const role: LocalizedText =
    typeof member.role === 'string' ? { original: 'en', text: { en: member.role } } : member.role;
  return {
    id: member.id,
    role,
    csoSeat: member.csoSeat,
    name: member.name,
    organization: member.organization,
    email: member.contact?.email ?? null,
    phone: member.contact?.phone ?? null,
    country: member.country,
    languages: [],
    consent: consents((d) => d !== 'languages'),
    updatedAt: '2022-06-10T00:00:00.000Z',
  };
}

/** A detail's value when its consent is given, else `null`. */
const shown = <T>(m: { consent: DetailConsents }, detail: PublishableDetail, value: T): T | null =>
  m.consent[detail]?.given ? value : null;

/** The contact details a member consented to publish, or `null`. */
function publicContact(m: CommitteeMember | SecretariatSeat) {
  const email = shown(m, 'email', m.email);
  const phone = shown(m, 'phone', m.phone);
  return email || phone ? { ...(email ? { email } : {}), ...(phone ? { phone } : {}) } : null;
}

/** A member as the public sees them: the consented details only. */
export function publicMember(m: CommitteeMember): PublicCommitteeMember {
  return {
    role: m.role,
    name: shown(m, 'name', m.name),
    organization: shown(m, 'organization', m.organization),
    country: shown(m, 'country', m.country),
    languages: shown(m, 'languages', m.languages) ?? [],
    contact: publicContact(m),
  };
}

/** The older single-contact fields: the first member of the role who consented to their name. */
function legacyContact(members: CommitteeMember[], role: CommitteeMember['role']): CommitteeContact | null {
  const m = members.find((x) => x.role === role && x.consent.name.given);
  if (!m) return null;
  const p = publicMember(m);
  return {
    name: m.name,
    organization: p.organization,
    role,
    country: p.country,
    languages: p.languages,
    consentToPublish: p.contact !== null,
    contact: p.contact,
  };
}

/** A committee as `GET /v1/committees` answers it: only what its members consented to publish. */
export function publicCommittee(stored: StoredCommittee): Committee {
  const members = membersOf(stored);
  return {
    id: stored.id,
    actionPackageId: stored.actionPackageId,
    name: stored.name,
    coordinator: legacyContact(members, 'coordinator'),
    csoRepresentative: legacyContact(members, 'cso_representative'),
    countries: stored.countries,
    acceptsProposals: stored.acceptsProposals,
    members: members.map(publicMember),
  };
}

/**
 * A secretariat member as `GET /v1/secretariat` answers it, or `null` — not listed — unless the
 * person consented to publish their name and organisation (the public shape needs both).
 */
export function publicSeat(stored: StoredSeat): SecretariatMember | null {
  const m = seatOf(stored);
  if (!m.consent.name.given || !m.consent.organization.given || !m.organization) return null;
  return {
    id: m.id,
    name: m.name,
    organization: m.organization,
    role: m.role,
    csoSeat: m.csoSeat,
    country: shown(m, 'country', m.country),
    contact: publicContact(m),
  };
}

/** Reads a reference record, locking it until the transaction ends (both databases). */
export async function lockReference<T>(
  trx: Kysely<Database>,
  kind: ReferenceKind,
  id: string,
): Promise<T | undefined> {
  // An update that changes nothing takes the row's write lock in PostgreSQL (and the database's
  // in SQLite): two edits of one committee at once are made one after the other, never lost.
  await trx
    .updateTable('reference')
    .set((eb) => ({ position: eb.ref('position') }))
    .where('kind', '=', kind)
    .where('id', '=', id)
    .execute();
  return getReference<T>(trx, kind, id);
}

/** Replaces a reference record's data (its position kept). */
export async function writeReference(trx: Kysely<Database>, kind: ReferenceKind, id: string, data: unknown) {
  await trx
    .updateTable('reference')
    .set({ data: toJson(data) })
    .where('kind', '=', kind)
    .where('id', '=', id)
    .execute();
}

/** Adds a reference record after the others of its kind. */
export async function appendReference(trx: Kysely<Database>, kind: ReferenceKind, id: string, data: unknown) {
  const last = await trx
    .selectFrom('reference')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('kind', '=', kind)
    .executeTakeFirst();
  await trx
    .insertInto('reference')
    .values({ kind, id, position: Number(last?.position ?? -1) + 1, data: toJson(data) })
    .execute();
}

/** Every secretariat member as stored, in order. */
export async function listSeats(db: Kysely<Database>): Promise<SecretariatSeat[]> {
  const rows = await db
    .selectFrom('reference')
    .select('data')
    .where('kind', '=', 'secretariat')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => seatOf(fromJson<StoredSeat>(r.data)));
}

/** The consent to each detail from what was sent, stamped where it changed. */
function consentFrom(
  input: DetailConsentsInput | undefined,
  before: DetailConsents | null,
  actor: Actor,
  now: Date,
): DetailConsents {
  const out = {} as DetailConsents;
  for (const d of PUBLISHABLE_DETAILS) {
    const sent = input?.[d];
    const given = sent?.given ?? false;
    const how = sent?.how ?? null;
    const was = before?.[d] ?? null;
    // The same consent sent again keeps when and by whom it was recorded.
    if (was && was.given === given && was.how === how && (sent?.on === undefined || sent.on === was.on))
      out[d] = was;
    // Never given and still not: nothing to record.
    else if (!given && !how && !sent?.on && !was?.given) out[d] = was ?? notGiven();
    else
      out[d] = {
        given,
        on: sent?.on ?? iso(now).slice(0, 10),
        how,
        recordedAt: iso(now),
        recordedBy: { accountId: actor.accountId, tokenId: actor.tokenId, name: actor.label },
      };
  }
  return out;
}

type MemberDetailsInput = Omit<CommitteeMemberInput, 'role'>;

/** A member's details and consents from what was sent (over `before` when editing). */
export function detailsFrom(
  input: MemberDetailsInput,
  before: { consent: DetailConsents } | null,
  actor: Actor,
  now: Date,
) {
  return {
    name: input.name,
    organization: input.organization ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    country: input.country ?? null,
    languages: [...new Set(input.languages ?? [])],
    consent: consentFrom(input.consent, before?.consent ?? null, actor, now),
    updatedAt: iso(now),
  };
}

export const newMemberId = () => newId('mbr');

/**
 * The details whose consent is given without saying how. Only a consent recorded before consent
 * was kept per detail (no `recordedAt`) may lack it; one recorded since must say how it was given.
 */
export const consentsWithoutHow = (m: { consent: DetailConsents }): PublishableDetail[] =>
  PUBLISHABLE_DETAILS.filter(
    (d) => m.consent[d].given && !m.consent[d].how && m.consent[d].recordedAt !== null,
  );

/** The roles new secretariat members get, in the five languages. */
export const SEAT_ROLES: Record<'staff' | 'cso', LocalizedText> = {
  staff: {
    original: 'en',
    text: {
      en: 'Technical secretariat',
      es: 'Secretaría técnica',
      pt: 'Secretaria técnica',
      fr: 'Secrétariat technique',
      ht: 'Sekretarya teknik',
    },
  },
  cso: {
    original: 'en',
    text: {
      en: 'Civil-society seat',
      es: 'Puesto de la sociedad civil',
      pt: 'Assento da sociedade civil',
      fr: 'Siège de la société civile',
      ht: 'Plas sosyete sivil la',
    },
  },
};

/** A secretariat member from what was sent (over `before` when editing). */
export function seatFrom(
  id: string,
  input: SecretariatSeatInput,
  before: SecretariatSeat | null,
  actor: Actor,
  now: Date,
): SecretariatSeat {
  const role =
    input.role ??
    (before && before.csoSeat === input.csoSeat ? before.role : SEAT_ROLES[input.csoSeat ? 'cso' : 'staff']);
  return { id, role, csoSeat: input.csoSeat, ...detailsFrom(input, before, actor, now) };
}

type Changes = Record<string, { from: unknown; to: unknown }>;

const consentRecord = (c: DetailConsent | undefined) =>
  c ? { given: c.given, how: c.how, on: c.on } : { given: false, how: null, on: null };

/**
 * What an audit entry keeps of a change to a person: for each detail only whether it had a value
 * before and after (never the value: personal data stays out of the audit log), each consent
 * that changed (given, how, on), and the role or seat.
 */
export function memberChanges(
  before: (CommitteeMember | SecretariatSeat) | null,
  after: (CommitteeMember | SecretariatSeat) | null,
): Changes {
  const changes: Changes = {};
  const had = (m: typeof before, d: PublishableDetail) => {
    if (!m) return false;
    const v = m[d];
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== '';
  };
  for (const d of PUBLISHABLE_DETAILS) {
    const a = before?.[d] ?? null;
    const b = after?.[d] ?? null;
    if (stableJson(a) !== stableJson(b)) changes[d] = { from: had(before, d), to: had(after, d) };
    const ca = before ? consentRecord(before.consent[d]) : null;
    const cb = after ? consentRecord(after.consent[d]) : null;
    if (stableJson(ca) !== stableJson(cb)) changes[`consent.${d}`] = { from: ca, to: cb };
  }
  for (const key of ['role', 'csoSeat'] as const) {
    const a = before && key in before ? (before as Record<string, unknown>)[key] : null;
    const b = after && key in after ? (after as Record<string, unknown>)[key] : null;
    if (stableJson(a ?? null) !== stableJson(b ?? null)) changes[key] = { from: a ?? null, to: b ?? null };
  }
  return changes;
}

/** A mechanism with a patch applied (`null` clears the date of the member list). */
export function patchMechanism(
  m: RegionalMechanism,
  patch: Partial<Record<keyof RegionalMechanism, unknown>>,
): RegionalMechanism {
  const next: Record<string, unknown> = { ...m };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'membersAsOf' && value === null) delete next.membersAsOf;
    else next[key] = Array.isArray(value) ? [...new Set(value as string[])] : value;
  }
  return next as RegionalMechanism;
}
