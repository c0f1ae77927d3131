import type { ActionPackage, Country, LadTransport, Pillar, RegionalMechanism } from '@lad/sdk';
import { listActionPackages, listCountries, listMechanisms, listPillars } from '@lad/sdk';

/** Reference lists every widget names things from. */
export interface Reference {
  countries: Country[];
  pillars: Pillar[];
  actionPackages: ActionPackage[];
  mechanisms: RegionalMechanism[];
}

const cache = new WeakMap<LadTransport, Promise<Reference>>();

/** Loads (once per API) the countries, pillars, action packages and mechanisms. */
export function loadReference(transport: LadTransport, signal?: AbortSignal): Promise<Reference> {
  let pending = cache.get(transport);
  if (!pending) {
    const opts = signal ? { signal } : {};
    pending = Promise.all([
      listCountries(transport, opts),
      listPillars(transport, opts),
      listActionPackages(transport, opts),
      listMechanisms(transport, opts),
    ]).then(([countries, pillars, actionPackages, mechanisms]) => ({
      countries,
      pillars,
      actionPackages,
      mechanisms,
    }));
    pending.catch(() => cache.delete(transport));
    cache.set(transport, pending);
  }
  return pending;
}
