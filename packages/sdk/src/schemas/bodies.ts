import * as z from 'zod/mini';
import { CommitteeRole } from './committee.js';
import { CalendarDate, Certainty, checked, DateTime, Email, Id, Name, plainText } from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedTitle } from './locale.js';

// The people of the committees (R4) and of the technical secretariat (R1) as curators keep them,
// and changes to the regional mechanisms' membership (R12). Only curators' calls use these, so
// they live apart from the public schemas the widgets bundle.

// Every detail of a person has the person's recorded consent to publish it; public answers
// (`Committee`, `SecretariatMember`) carry a detail only where its consent is given.

/** The details of a member that are published only with the person's consent, one by one. */
export const PUBLISHABLE_DETAILS = [
  'name',
  'organization',
  'email',
  'phone',
  'country',
  'languages',
] as const;
export const PublishableDetail = z.enum(PUBLISHABLE_DETAILS);
export type PublishableDetail = z.output<typeof PublishableDetail>;

/** How a person gave (or withdrew) consent: a signed form, an e-mail, in person, by phone, other. */
export const ConsentMethod = z.enum(['written_form', 'email', 'in_person', 'phone', 'other']);
export type ConsentMethod = z.output<typeof ConsentMethod>;

/** The consent to publish one detail, as recorded. */
export const DetailConsent = z.object({
  /** Whether the detail may be published. */
  given: z.boolean(),
  /** The day the person gave or withdrew it; `null` when not said. */
  on: z.nullable(CalendarDate),
  /** How they gave or withdrew it. */
  how: z.nullable(ConsentMethod),
  /** When it was recorded (set by the API); `null` for consent kept before it was recorded per detail. */
  recordedAt: z.nullable(DateTime),
  /** Who recorded it (set by the API): the person's account or the token, and their name or label. */
  recordedBy: z.nullable(
    z.object({
      accountId: z.nullable(z.string()),
      tokenId: z.nullable(z.string()),
      name: z.nullable(z.string()),
    }),
  ),
});
export type DetailConsent = z.output<typeof DetailConsent>;

/**
 * The consent to publish one detail, as sent. A consent given, new or changed, must say `how`
 * (422 `consent_how_required` at `consent.<detail>.how`); `on` is the day it is recorded unless
 * said.
 */
export const DetailConsentInput = z.object({
  given: z.boolean(),
  on: z.optional(z.nullable(CalendarDate)),
  how: z.optional(z.nullable(ConsentMethod)),
});
export type DetailConsentInput = z.input<typeof DetailConsentInput>;

/** The consent to publish each detail. */
export const DetailConsents = z.object({
  name: DetailConsent,
  organization: DetailConsent,
  email: DetailConsent,
  phone: DetailConsent,
  country: DetailConsent,
  languages: DetailConsent,
});
export type DetailConsents = z.output<typeof DetailConsents>;

/** The consent to publish each detail, as sent: a detail left out is not to be published. */
export const DetailConsentsInput = z.object({
  name: z.optional(DetailConsentInput),
  organization: z.optional(DetailConsentInput),
  email: z.optional(DetailConsentInput),
  phone: z.optional(DetailConsentInput),
  country: z.optional(DetailConsentInput),
  languages: z.optional(DetailConsentInput),
});
export type DetailConsentsInput = z.input<typeof DetailConsentsInput>;

const Phone = plainText(40);
const Languages = checked(z.array(Locale), z.maxLength(12));

// The fields are written out in each schema, never spread from a shared object: a bundler
// cannot tell that a spread has no side effects, and would keep these schemas in every widget.
/** A committee's coordinator or CSO representative as curators see them: every detail and its consent. */
export const CommitteeMember = z.object({
  id: Id,
  role: CommitteeRole,
  name: Name,
  organization: z.nullable(Name),
  email: z.nullable(Email),
  phone: z.nullable(Phone),
  country: z.nullable(CountryCode),
  languages: z.array(Locale),
  consent: DetailConsents,
  updatedAt: DateTime,
});
export type CommitteeMember = z.output<typeof CommitteeMember>;

/**
 * A committee member as sent (`POST /v1/committees/{id}/members`, `PUT …/members/{memberId}`,
 * which replaces the member): the details, and the consent to publish each.
 *
 * @example
 * const input: CommitteeMemberInput = {
 *   role: 'cso_representative',
 *   name: 'Nadège Joseph',
 *   email: 'nadege@example.org',
 *   phone: '+509 0000 0000',
 *   consent: { name: { given: true, how: 'written_form' }, email: { given: true, how: 'email' } },
 * };
 */
export const CommitteeMemberInput = z.object({
  role: CommitteeRole,
  name: Name,
  organization: z.optional(z.nullable(Name)),
  email: z.optional(z.nullable(Email)),
  phone: z.optional(z.nullable(Phone)),
  country: z.optional(z.nullable(CountryCode)),
  languages: z.optional(Languages),
  consent: z.optional(DetailConsentsInput),
});
export type CommitteeMemberInput = z.input<typeof CommitteeMemberInput>;

/** A committee and its members as curators see them (`GET /v1/committees/{id}/members`). */
export const CommitteeRoster = z.object({
  committeeId: Id,
  actionPackageId: Id,
  name: LocalizedTitle,
  members: z.array(CommitteeMember),
});
export type CommitteeRoster = z.output<typeof CommitteeRoster>;

/** A member of the technical secretariat as the secretariat sees them: every detail and its consent (R1). */
export const SecretariatSeat = z.object({
  id: Id,
  /** The member's role, in the languages it was given in. */
  role: LocalizedTitle,
  /** True for seats held by civil-society organisations. */
  csoSeat: z.boolean(),
  name: Name,
  organization: z.nullable(Name),
  email: z.nullable(Email),
  phone: z.nullable(Phone),
  country: z.nullable(CountryCode),
  languages: z.array(Locale),
  consent: DetailConsents,
  updatedAt: DateTime,
});
export type SecretariatSeat = z.output<typeof SecretariatSeat>;

/**
 * A secretariat member as sent. Without `role`, a new member's is "Technical secretariat" or,
 * for a CSO seat, "Civil-society seat" (in the five languages); an edit keeps the role unless the
 * seat changes kind.
 */
export const SecretariatSeatInput = z.object({
  csoSeat: z.boolean(),
  role: z.optional(LocalizedTitle),
  name: Name,
  organization: z.optional(z.nullable(Name)),
  email: z.optional(z.nullable(Email)),
  phone: z.optional(z.nullable(Phone)),
  country: z.optional(z.nullable(CountryCode)),
  languages: z.optional(Languages),
  consent: z.optional(DetailConsentsInput),
});
export type SecretariatSeatInput = z.input<typeof SecretariatSeatInput>;

/**
 * A change to a mechanism's membership (`PATCH /v1/mechanisms/{id}`); fields left out stay as
 * they are. Which commitments a mechanism shares is edited on each commitment (`mechanisms`).
 */
export const MechanismPatch = z.object({
  members: z.optional(z.nullable(checked(z.array(CountryCode), z.maxLength(60)))),
  /** `null` removes the date: the list is current. */
  membersAsOf: z.optional(z.nullable(CalendarDate)),
  membersCertainty: z.optional(Certainty),
  associates: z.optional(checked(z.array(CountryCode), z.maxLength(60))),
  associatesRole: z.optional(z.nullable(z.enum(['observer', 'associate', 'cooperating']))),
  note: z.optional(z.nullable(plainText(1_000))),
});
export type MechanismPatch = z.input<typeof MechanismPatch>;
