import { ACTION_PACKAGES, type Committee, type Country, MECHANISMS, PILLARS, SIGNATORIES } from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { putReference } from '../store/reference.js';

/** Every committee follows one public action package: `cmte-<package id>`. */
export const committeeIdOf = (actionPackageId: string) => `cmte-${actionPackageId}`;

/**
 * Countries that appear in mechanisms but did not endorse the Declaration: their names come
 * from the runtime's CLDR data in Spanish, English, Portuguese and French. There is no Creole
 * data anywhere to take them from, so Creole readers see the French name, marked as a fallback.
 */
function otherCountries(): Country[] {
  const known = new Set(SIGNATORIES.map((c) => c.code));
  const codes = new Set<string>();
  for (const m of MECHANISMS)
    for (const code of [...(m.members ?? []), ...m.associates]) if (!known.has(code)) codes.add(code);
  const names = Object.fromEntries(
    (['es', 'en', 'pt', 'fr'] as const).map((l) => [
      l,
      new Intl.DisplayNames([l === 'es' ? 'es-419' : l === 'pt' ? 'pt-BR' : l], { type: 'region' }),
    ]),
  );
  return [...codes].sort().map((code) => ({
    code,
    name: {
      original: 'en',
      text: Object.fromEntries(Object.entries(names).map(([l, n]) => [l, n.of(code) ?? code])),
    },
    signatory: false,
    endorsedOn: null,
    specialCoordinator: null,
    sources: [],
  }));
}

/** Loads the facts from `@lad/sdk` (pillars, countries, action packages, mechanisms) and empty committees. */
export async function seedReference(db: Kysely<Database>): Promise<void> {
  await putReference(
    db,
    'pillar',
    PILLARS.map((p) => ({ id: p.id, data: p })),
  );
  await putReference(
    db,
    'country',
    [...SIGNATORIES, ...otherCountries()].map((c) => ({ id: c.code, data: c })),
  );
  await putReference(
    db,
    'action_package',
    ACTION_PACKAGES.map((a) => ({ id: a.id, data: { ...a, committeeId: committeeIdOf(a.id) } })),
  );
  const committees: Committee[] = ACTION_PACKAGES.map((a) => ({
    id: committeeIdOf(a.id),
    actionPackageId: a.id,
    name: {
      original: 'en',
      text: Object.fromEntries(
        Object.entries(a.name.text).map(([l, t]) => [
          l,
          {
            en: `${t} Committee`,
            es: `Comité de ${t}`,
            pt: `Comitê de ${t}`,
            fr: `Comité « ${t} »`,
            ht: `Komite ${t}`,
          }[l] ?? t,
        ]),
      ),
    },
    coordinator: null,
    csoRepresentative: null,
    countries: [...a.leads, ...a.participants],
    acceptsProposals: true,
  }));
  await putReference(
    db,
    'committee',
    committees.map((c) => ({ id: c.id, data: c })),
  );
  await putReference(
    db,
    'mechanism',
    MECHANISMS.map((m) => ({ id: m.id, data: m })),
  );
}
