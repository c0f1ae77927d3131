import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const br = promisify(brotliCompress);
const gz = promisify(gzip);
const COMPRESSIBLE = /^(application\/(json|problem\+json|x-ndjson|javascript)|text\/)/i;

/** The encoding a client accepts that we use: Brotli, else gzip, else none. */
export function chooseEncoding(accept: string): 'br' | 'gzip' | null {
  return /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
}

/** `body` encoded for the client (small bodies stay as they are). */
export async function encodeBody(body: Buffer, encoding: 'br' | 'gzip' | null): Promise<Buffer | null> {
  if (!encoding || body.length < 1024) return null;
  return encoding === 'br'
    ? br(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gz(body, { level: 6 });
}

/**
 * Brotli or gzip for text answers over 1 KB, as the client accepts. Streams (the import's
 * progress lines) pass through untouched.
 */
export function compress(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const accept = c.req.header('accept-encoding') ?? '';
    const type = res.headers.get('content-type') ?? '';
    if (
      !res.body ||
      res.headers.has('content-encoding') ||
      !COMPRESSIBLE.test(type) ||
      type.includes('ndjson')
    )
      return;
    const encoding = chooseEncoding(accept);
    if (!/accept-encoding/i.test(res.headers.get('vary') ?? ''))
      res.headers.append('vary', 'Accept-Encoding');
    if (!encoding) return;
    const body = Buffer.from(await res.arrayBuffer());
    const packed = await encodeBody(body, encoding);
    if (!packed) {
      c.res = new Response(body, res);
      return;
    }
    const headers = new Headers(res.headers);
    headers.set('content-encoding', encoding);
    headers.delete('content-length');
    c.res = new Response(new Uint8Array(packed), { status: res.status, headers });
  };
}
