import { resolveLocale } from '@lad/sdk';
import type { Context } from 'hono';

/**
 * The language a calendar file is written in: its `locale` parameter, else the reader's
 * Accept-Language, resolved to one of the five languages (`de, fr` → `fr`). The one value that
 * both makes the file and keys its caches, so two requests that get the same file share one
 * cache entry and one ETag, and two that get different files never do.
 */
export function feedLocale(c: Context): string {
  const asked = c.req.query('locale');
  return resolveLocale(
    asked ??
      c.req
        .header('accept-language')
        ?.split(',')
        .map((l) => l.split(';')[0]?.trim() ?? '')
        .filter(Boolean)
        .slice(0, 20),
  );
}
