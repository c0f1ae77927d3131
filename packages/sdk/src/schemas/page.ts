import * as v from 'valibot';
import { Count } from './common.js';

/** A page size in a query string: a whole number from 1 to 100. */
export const PageLimit = v.pipe(
  v.union([v.number(), v.string()]),
  v.transform(Number),
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(100),
);

/**
 * One page of a cursor-paginated list. Pass `nextCursor` back as `cursor` to get the next page;
 * it is `null` on the last page. Lists that can count cheaply give `total` (all matching items)
 * on the first page.
 *
 * @example
 * const CommitmentPage = Page(Commitment);
 * type CommitmentPage = Page<Commitment>;
 */
/* @__NO_SIDE_EFFECTS__ */
export function Page<T extends v.GenericSchema>(item: T) {
  return v.object({
    items: v.array(item),
    nextCursor: v.nullable(v.string()),
    total: v.optional(Count),
  });
}
export type Page<T> = { items: T[]; nextCursor: string | null; total?: number | undefined };
