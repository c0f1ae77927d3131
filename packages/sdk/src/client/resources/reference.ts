import type * as z from 'zod/mini';
import { ActionPackage } from '../../schemas/action-package.js';
import { Committee, SecretariatMember } from '../../schemas/committee.js';
import type { Schema } from '../../schemas/common.js';
import { Country } from '../../schemas/country.js';
import { RegionalMechanism } from '../../schemas/mechanism.js';
import { Pillar } from '../../schemas/pillar.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { items } from '../util.js';

/* @__NO_SIDE_EFFECTS__ */
const lister =
  <T extends Schema>(schema: T, path: string) =>
  async (t: LadTransport, opts?: RequestOptions) =>
    (await t.get(items(schema), path, undefined, opts)).items as z.output<T>[];

/** Endorsing countries (with the date each endorsed) and the other countries named. */
export const listCountries = lister(Country, 'countries');
/** The four pillars. */
export const listPillars = lister(Pillar, 'pillars');
/** Action packages with their pillar, leads and participants. */
export const listActionPackages = lister(ActionPackage, 'action-packages');
/** Committees with coordinators and CSO representatives (contacts only with consent). */
export const listCommittees = lister(Committee, 'committees');
/** Regional mechanisms (R12) and their members. */
export const listMechanisms = lister(RegionalMechanism, 'mechanisms');
/** Members of the technical secretariat; CSO seats are marked. */
export const listSecretariat = lister(SecretariatMember, 'secretariat');

/** Countries, pillars, action packages, committees, mechanisms and the secretariat. */
export function referenceClient(t: LadTransport) {
  const bind =
    <T>(list: (t: LadTransport, opts?: RequestOptions) => Promise<T>) =>
    (opts?: RequestOptions) =>
      list(t, opts);
  return {
    countries: { list: bind(listCountries) },
    pillars: { list: bind(listPillars) },
    actionPackages: { list: bind(listActionPackages) },
    committees: { list: bind(listCommittees) },
    mechanisms: { list: bind(listMechanisms) },
    secretariat: { list: bind(listSecretariat) },
  };
}
