import * as v from 'valibot';
import { Email, HttpUrl, Id, Name, objectRule, plainText, Title, withRules } from './common.js';
import { CountryCode } from './country.js';
import { Locale, LocalizedTitle } from './locale.js';

/** Ways to reach a committee contact, published only when that person consented. */
export const ContactDetails = v.object({
  email: v.optional(Email),
  phone: v.optional(plainText(40)),
  url: v.optional(HttpUrl),
});
export type ContactDetails = v.InferOutput<typeof ContactDetails>;

/**
 * A committee coordinator or designated civil-society representative (R4). Contact details
 * appear only where `consentToPublish` is true; without consent, readers are pointed to the
 * technical secretariat instead.
 */
export const CommitteeContact = withRules(
  v.object({
    name: Name,
    organization: v.nullable(Name),
    role: v.picklist(['coordinator', 'cso_representative']),
    country: v.nullable(CountryCode),
    languages: v.array(Locale),
    /** Whether this person agreed to have their contact details published. */
    consentToPublish: v.boolean(),
    contact: v.nullable(ContactDetails),
  }),
  objectRule<{ consentToPublish: boolean; contact: unknown }>(
    'contact_without_consent',
    ['consentToPublish', 'contact'],
    'contact',
    (c) => c.consentToPublish || c.contact === null,
    'Contact details can only be published with consent.',
  ),
);
export type CommitteeContact = v.InferOutput<typeof CommitteeContact>;

/** An action-package committee: who coordinates it and who represents civil society on it (R4). */
export const Committee = v.object({
  id: Id,
  actionPackageId: Id,
  name: LocalizedTitle,
  coordinator: v.nullable(CommitteeContact),
  csoRepresentative: v.nullable(CommitteeContact),
  /** Countries taking part, leads first. */
  countries: v.array(CountryCode),
  /** When proposals sent to this committee are answered publicly. */
  acceptsProposals: v.boolean(),
});
export type Committee = v.InferOutput<typeof Committee>;

/** A member of the technical secretariat; CSO seats are marked (R1). */
export const SecretariatMember = v.object({
  id: Id,
  name: Name,
  organization: Name,
  role: Title,
  /** True for seats held by civil-society organisations. */
  csoSeat: v.boolean(),
  country: v.nullable(CountryCode),
  contact: v.nullable(ContactDetails),
});
export type SecretariatMember = v.InferOutput<typeof SecretariatMember>;
