import { ACTION_PACKAGES, type Committee, type Country, MECHANISMS, PILLARS, SIGNATORIES } from '@lad/sdk';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import { getReference, type ReferenceKind } from '../store/reference.js';
import { toJson } from '../store/util.js';
import { RECORD_COMMITMENTS } from './record/commitments.js';
import { reconcile, type SeedReport } from './state.js';

/** Every committee follows one public action package: `cmte-<package id>`. */
export const committeeIdOf = (actionPackageId: string) => `cmte-${actionPackageId}`;

/**
 * Countries that appear in mechanisms or in the record but did not endorse the Declaration
 * (Spain, an observer state, made a commitment): their names come from the runtime's CLDR
 * data in Spanish, English, Portuguese and French. There is no Creole data anywhere to take
 * them from, so Creole readers see the French name, marked as a fallback.
 */
function otherCountries(): Country[] {
  const known = new Set(SIGNATORIES.map((c) => c.code));
  const codes = new Set<string>();
  for (const m of MECHANISMS)
    for (const code of [...(m.members ?? []), ...m.associates]) if (!known.has(code)) codes.add(code);
  for (const c of RECORD_COMMITMENTS) if (!known.has(c.country)) codes.add(c.country);
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

/** The parts of a committee the seed owns; its people (coordinator, CSO representative) are the operators'. */
type CommitteeFacts = Pick<Committee, 'id' | 'actionPackageId' | 'name' | 'countries' | 'acceptsProposals'>;

function committeeFacts(): CommitteeFacts[] {
  return ACTION_PACKAGES.map((a) => ({
    id: committeeIdOf(a.id),
    actionPackageId: a.id,
    name: {
      original: 'en',
      text: Object.fromEntries(
        Object.entries(a.name.text).map(([l, t]) => [
          l,
          {
            en: `${t} Committee`,
            es: `Comité “${t}”`,
            pt: `Comitê “${t}”`,
            fr: `Comité «\u202F${t}\u202F»`,
            ht: `Komite ${t}`,
          }[l] ?? t,
        ]),
      ),
    },
    countries: [...a.leads, ...a.participants],
    acceptsProposals: true,
  }));
}

const pickFacts = (c: Committee): CommitteeFacts => ({
  id: c.id,
  actionPackageId: c.actionPackageId,
  name: c.name,
  countries: c.countries,
  acceptsProposals: c.acceptsProposals,
});

/**
 * Reconciles one kind of reference record, in order. `own` gives the part of a stored record
 * the seed owns (the whole record by default) and `merge` what to store from the stored record
 * and the seed's part.
 */
async function seedKind<T extends object, S extends object = T>(
  db: Kysely<Database>,
  report: SeedReport,
  now: Date,
  kind: ReferenceKind,
  rows: { id: string; data: S }[],
  own: (stored: T) => S = (stored) => stored as unknown as S,
  merge: (stored: T | undefined, next: S) => T = (_stored, next) => next as unknown as T,
) {
  for (const [position, { id, data }] of rows.entries()) {
    const stored = await getReference<T>(db, kind, id);
    await reconcile(
      db,
      report,
      { kind: `reference:${kind}`, id, next: data, current: stored ? own(stored) : undefined, now },
      async () => {
        const values = { kind, id, position, data: toJson(merge(stored, data)) };
        await db
          .insertInto('reference')
          .values(values)
          .onConflict((oc) => oc.columns(['kind', 'id']).doUpdateSet({ position, data: values.data }))
          .execute();
      },
    );
  }
}

/** Loads the facts from `@lad/sdk` (pillars, countries, action packages, mechanisms) and the committees. */
export async function seedReference(db: Kysely<Database>, now: Date, report: SeedReport): Promise<void> {
  await seedKind(
    db,
    report,
    now,
    'pillar',
    PILLARS.map((p) => ({ id: p.id, data: p })),
  );
  await seedKind(
    db,
    report,
    now,
    'country',
    [...SIGNATORIES, ...otherCountries()].map((c) => ({ id: c.code, data: c })),
  );
  await seedKind(
    db,
    report,
    now,
    'action_package',
    ACTION_PACKAGES.map((a) => ({ id: a.id, data: { ...a, committeeId: committeeIdOf(a.id) } })),
  );
  await seedKind<Committee, CommitteeFacts>(
    db,
    report,
    now,
    'committee',
    committeeFacts().map((c) => ({ id: c.id, data: c })),
    pickFacts,
    (stored, next) => ({ coordinator: null, csoRepresentative: null, ...stored, ...next }),
  );
  await seedKind(
    db,
    report,
    now,
    'mechanism',
    MECHANISMS.map((m) => ({ id: m.id, data: m })),
  );
}
