import * as z from 'zod/mini';
import { HttpUrl, Id, Name } from './common.js';
import { CountryCode } from './country.js';

/** The level an organisation works at (R2). */
export const OrganizationLevel = z.enum(['local', 'national', 'regional']);
export type OrganizationLevel = z.infer<typeof OrganizationLevel>;

/** What an organisation does (R2). */
export const OrganizationKind = z.enum([
  'service_provider',
  'research',
  'advocacy',
  'university',
  'community_group',
  'other',
]);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** Who leads an organisation (R2); `none` means none of the others. */
export const LedBy = z.enum(['indigenous', 'refugee', 'migrant', 'afro_descendant', 'women', 'none']);
export type LedBy = z.infer<typeof LedBy>;

function unique(values: readonly string[]) {
  return new Set(values).size === values.length;
}

const organizationShape = {
  name: Name,
  country: CountryCode,
  level: OrganizationLevel,
  kinds: z
    .array(OrganizationKind)
    .check(
      z.minLength(1, { error: 'Choose at least one kind of work.' }),
      z.refine(unique, { error: 'Each kind only once.', params: { reason: 'duplicate' } }),
    ),
  ledBy: z.array(LedBy).check(
    z.refine(unique, { error: 'Each answer only once.', params: { reason: 'duplicate' } }),
    z.refine((v) => !v.includes('none') || v.length === 1, {
      error: '"None of these" cannot be combined with another answer.',
      params: { reason: 'none_with_others' },
    }),
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
export type Organization = z.infer<typeof Organization>;
