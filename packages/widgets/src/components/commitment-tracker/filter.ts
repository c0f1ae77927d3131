import type { Commitment, LocalizedText } from '@lad/sdk';
import type { TrackerFilters } from './events.js';

const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const searchable = new WeakMap<Commitment, string>();

function haystack(c: Commitment): string {
  let value = searchable.get(c);
  if (value === undefined) {
    const texts = (t: LocalizedText | null) => (t ? Object.values(t.text) : []);
    value = fold([...texts(c.title), ...texts(c.description), c.externalId ?? '', c.country].join('\n'));
    searchable.set(c, value);
  }
  return value;
}

/**
 * Filters commitments given to the tracker directly, the way the API filters: every filter
 * must match; search words match any language, accents and case ignored.
 */
export function matches(items: readonly Commitment[], f: TrackerFilters): Commitment[] {
  const words = f.q ? fold(f.q).split(/\s+/).filter(Boolean) : [];
  return items.filter(
    (c) =>
      (!f.country || c.country === f.country) &&
      (!f.pillar || c.pillar === f.pillar) &&
      (!f.status || c.status === f.status) &&
      (!f.actionPackage || c.actionPackages.includes(f.actionPackage)) &&
      (!f.mechanism || c.mechanisms.includes(f.mechanism)) &&
      (!words.length || words.every((w) => haystack(c).includes(w))),
  );
}
