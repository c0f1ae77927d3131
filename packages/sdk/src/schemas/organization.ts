import * as v from 'valibot';
import { HttpUrl, Id, Name, rule } from './common.js';
import { CountryCode } from './country.js';

/** The level an organisation works at (R2). */
export const OrganizationLevel = v.picklist(['local', 'national', 'regional']);
export type OrganizationLevel = v.InferOutput<typeof OrganizationLevel>;

/** What an organisation does (R2). */
export const OrganizationKind = v.picklist([
  'service_provider',
  'research',
  'advocacy',
  'university',
  'community_group',
  'other',
]);
export type OrganizationKind = v.InferOutput<typeof OrganizationKind>;

/** Who leads an organisation (R2); `none` means none of the others. */
export const LedBy = v.picklist(['indigenous', 'refugee', 'migrant', 'afro_descendant', 'women', 'none']);
export type LedBy = v.InferOutput<typeof LedBy>;

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
  kinds: v.pipe(
    v.array(OrganizationKind),
    v.minLength(1, 'Choose at least one kind of work.'),
    rule<OrganizationKind[]>('duplicate', unique, 'Each kind only once.'),
  ),
  ledBy: v.pipe(
    v.array(LedBy),
    rule<LedBy[]>('duplicate', unique, 'Each answer only once.'),
    rule<LedBy[]>('none_with_others', noneAlone, '"None of these" cannot be combined with another answer.'),
  ),
  website: v.optional(v.nullable(HttpUrl)),
};

/** A civil-society organisation as given in a registration or proposal. */
export const OrganizationInput = v.strictObject(organizationShape);
export type OrganizationInput = v.InferInput<typeof OrganizationInput>;

/** A civil-society organisation (CSO) known to the API. */
export const Organization = v.object({
  id: Id,
  ...organizationShape,
  website: v.nullable(HttpUrl),
  /** Whether the organisation agreed to be listed publicly as a participant. */
  listedPublicly: v.boolean(),
});
export type Organization = v.InferOutput<typeof Organization>;
