import { AMERICAS_COUNTRY_CODES } from '@lad/sdk';
import { msg } from '@lit/localize';
import { countryName } from './country-name.js';
import type { Choice, FieldSpec } from './form/form-element.js';
import { currentLocale } from './locale.js';

// Words for organisations (R2), shared by the registration form and the selection report.

/** What an organisation does. */
export function kindLabel(kind: string): string {
  switch (kind) {
    case 'service_provider':
      return msg('Service provider', { id: 'org.kind.service_provider' });
    case 'research':
      return msg('Research', { id: 'org.kind.research' });
    case 'advocacy':
      return msg('Advocacy', { id: 'org.kind.advocacy' });
    case 'university':
      return msg('University', { id: 'org.kind.university' });
    case 'community_group':
      return msg('Community group', { id: 'org.kind.community_group' });
    default:
      return msg('Other', { id: 'org.kind.other' });
  }
}

/** Who leads an organisation. */
export function ledByLabel(value: string): string {
  switch (value) {
    case 'indigenous':
      return msg('Indigenous people', { id: 'org.led.indigenous' });
    case 'refugee':
      return msg('Refugees', { id: 'org.led.refugee' });
    case 'migrant':
      return msg('Migrants', { id: 'org.led.migrant' });
    case 'afro_descendant':
      return msg('People of African descent', { id: 'org.led.afro_descendant' });
    case 'women':
      return msg('Women', { id: 'org.led.women' });
    default:
      return msg('None of these', { id: 'org.led.none' });
  }
}

/** The level an organisation works at. */
export function levelLabel(value: string): string {
  switch (value) {
    case 'local':
      return msg('Local', { id: 'org.level.local' });
    case 'national':
      return msg('National', { id: 'org.level.national' });
    default:
      return msg('Regional', { id: 'org.level.regional' });
  }
}

/**
 * The countries and territories of the Americas, where the Declaration's civil society works,
 * named in the page's language and sorted by that name.
 */
export function countryChoices(): Choice[] {
  const locale = currentLocale();
  const collator = new Intl.Collator(locale === 'ht' ? 'fr' : locale);
  return AMERICAS_COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}

/** The fields every participation form asks the same way: organisation, person, consent. */
export const sharedFields = {
  organizationName: (): FieldSpec => ({
    label: () => msg('Name of the organisation', { id: 'reg.org_name' }),
    kind: 'text',
    required: true,
  }),
  country: (): FieldSpec => ({
    label: () => msg('Country', { id: 'reg.country' }),
    kind: 'select',
    required: true,
  }),
  personName: (): FieldSpec => ({
    label: () => msg('Your name', { id: 'reg.rep_name' }),
    kind: 'text',
    required: true,
  }),
  email: (): FieldSpec => ({ label: () => msg('Email', { id: 'reg.email' }), kind: 'email', required: true }),
  consent: (): FieldSpec => ({
    label: () => msg('I agree to the use of these data as described above.', { id: 'reg.consent' }),
    kind: 'consent',
    required: true,
  }),
};
