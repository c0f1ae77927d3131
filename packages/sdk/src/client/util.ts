import * as z from 'zod/mini';
import type { Schema } from '../schemas/common.js';
import type { Page } from '../schemas/page.js';

/** A list answer `{ items }`. */
/* @__NO_SIDE_EFFECTS__ */
export const items = <T extends Schema>(item: T) => z.object({ items: z.array(item) });

export const enc = encodeURIComponent;

/** Page size and position of a cursor-paginated list. */
export type Cursor = { cursor?: string | undefined; limit?: number | undefined };

/**
 * Walks a cursor-paginated list, yielding every item: asks for the first page without a cursor,
 * then passes each page's `nextCursor` back until it is `null`. A page is fetched only when the
 * items before it have been consumed, so breaking out of the loop stops the requests. Every
 * `iterate…` call is this with its own `list…` call.
 */
export async function* pages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  signal: AbortSignal | undefined,
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    signal?.throwIfAborted();
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
