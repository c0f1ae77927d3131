import * as z from 'zod/mini';
import { checked, HttpUrl, Id, Name, rule } from './common.js';
import { CountryCode } from './country.js';

/** The level an organisation works at (R2). */
export const OrganizationLevel = z.enum(['local', 'national', 'regional']);
export type OrganizationLevel = z.output<typeof OrganizationLevel>;

/** What an organisation does (R2). */
export const OrganizationKind = z.enum([
  'service_provider',
  'research',
  'advocacy',
  'university',
  'community_group',
  'other',
]);
export type OrganizationKind = z.output<typeof OrganizationKind>;

/** Who leads an organisation (R2); `none` means none of the others. */
export const LedBy = z.enum(['indigenous', 'refugee', 'migrant', 'afro_descendant', 'women', 'none']);
export type LedBy = z.output<typeof LedBy>;

function unique<T>(values: readonly T[]) {
  return new Set(values).size === values.length;
}

function noneAlone(values: readonly LedBy[]) {
  return !values.includes('none') || values.length === 1;
}

const organizationShape = {
  name: Name,
  country: CountryCode,
  level: OrganizationLevel,
  kinds: checked(
    z.array(OrganizationKind),
    z.minLength(1, 'Choose at least one kind of work.'),
    rule<OrganizationKind[]>('duplicate', unique, 'Each kind only once.'),
  ),
  ledBy: checked(
    z.array(LedBy),
    rule<LedBy[]>('duplicate', unique, 'Each answer only once.'),
    rule<LedBy[]>('none_with_others', noneAlone, '"None of these" cannot be combined with another answer.'),
  ),
  website: z.optional(z.nullable(HttpUrl)),
};

/** A civil-society organisation as given in a registration or proposal. */
export const OrganizationInput = z.strictObject(organizationShape);
export type OrganizationInput = z.input<typeof OrganizationInput>;

/** A civil-society organisation (CSO) known to the API. */
export const Organization = z.object({
  id: Id,
  ...organizationShape,
  website: z.nullable(HttpUrl),
  /** Whether the organisation agreed to be listed publicly as a participant. */
  listedPublicly: z.boolean(),
});
export type Organization = z.output<typeof Organization>;
