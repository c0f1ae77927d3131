import * as z from 'zod/mini';
import { Email, HttpUrl, Id, Name, objectRule, plainText, withRules } from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedTitle } from './locale.js';

/** Ways to reach a committee contact, published only when that person consented. */
export const ContactDetails = z.object({
  email: z.optional(Email),
  phone: z.optional(plainText(40)),
  url: z.optional(HttpUrl),
});
export type ContactDetails = z.output<typeof ContactDetails>;

/**
 * A committee coordinator or designated civil-society representative (R4). Contact details
 * appear only where `consentToPublish` is true; without consent, readers are pointed to the
 * technical secretariat instead.
 */
export const CommitteeContact = withRules(
  z.object({
    name: Name,
    organization: z.nullable(Name),
    role: z.enum(['coordinator', 'cso_representative']),
    country: z.nullable(CountryCode),
    languages: z.array(Locale),
    /** Whether this person agreed to have their contact details published. */
    consentToPublish: z.boolean(),
    contact: z.nullable(ContactDetails),
  }),
  objectRule<{ consentToPublish: boolean; contact: unknown }>(
    'contact_without_consent',
    ['consentToPublish', 'contact'],
    'contact',
    (c) => c.consentToPublish || c.contact === null,
    'Contact details can only be published with consent.',
  ),
);
export type CommitteeContact = z.output<typeof CommitteeContact>;

/** What a member of a committee is: its coordinator, or a civil-society (CSO) representative. */
export const CommitteeRole = z.enum(['coordinator', 'cso_representative']);
export type CommitteeRole = z.output<typeof CommitteeRole>;

/**
 * A committee member as the public sees them (`members` of {@link Committee}): only the details
 * the person consented to publish, each on its own; `null` (or `[]`) for every other one. A
 * member who did not consent to their name is still shown as a seat that is filled.
 */
export const PublicCommitteeMember = z.object({
  role: CommitteeRole,
  name: z.nullable(Name),
  organization: z.nullable(Name),
  country: z.nullable(CountryCode),
  languages: z.array(Locale),
  /** The email and phone the person consented to publish; `null` for neither. */
  contact: z.nullable(ContactDetails),
});
export type PublicCommitteeMember = z.output<typeof PublicCommitteeMember>;

/** An action-package committee: who coordinates it and who represents civil society on it (R4). */
export const Committee = z.object({
  id: Id,
  actionPackageId: Id,
  name: LocalizedTitle,
  coordinator: z.nullable(CommitteeContact),
  csoRepresentative: z.nullable(CommitteeContact),
  /** Countries taking part, leads first. */
  countries: z.array(CountryCode),
  /** When proposals sent to this committee are answered publicly. */
  acceptsProposals: z.boolean(),
  /**
   * Every coordinator and CSO representative, with only the details each consented to publish.
   * `coordinator` and `csoRepresentative` are the first of each role who consented to their name.
   */
  members: z.optional(z.array(PublicCommitteeMember)),
});
export type Committee = z.output<typeof Committee>;

/** A member of the technical secretariat; CSO seats are marked (R1). */
export const SecretariatMember = z.object({
  id: Id,
  name: Name,
  organization: Name,
  /** The member's role, in the languages it was given in ("Technical secretariat"). */
  role: LocalizedTitle,
  /** True for seats held by civil-society organisations. */
  csoSeat: z.boolean(),
  country: z.nullable(CountryCode),
  contact: z.nullable(ContactDetails),
});
export type SecretariatMember = z.output<typeof SecretariatMember>;
