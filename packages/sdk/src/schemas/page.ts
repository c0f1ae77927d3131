import * as z from 'zod/mini';
import { Count, checked, type Schema } from './common.js';

/** A page size in a query string: a whole number from 1 to 100. */
export const PageLimit = z.pipe(
  z.pipe(z.union([z.number(), z.string()]), z.transform(Number)),
  checked(z.int(), z.minimum(1), z.maximum(100)),
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
export function Page<T extends Schema>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.optional(Count),
  });
}
export type Page<T> = { items: T[]; nextCursor: string | null; total?: number | undefined };
