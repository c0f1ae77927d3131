import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const br = promisify(brotliCompress);
const gz = promisify(gzip);
const COMPRESSIBLE = /^(application\/(json|problem\+json|x-ndjson|javascript)|text\/)/i;

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
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    res.headers.append('vary', 'Accept-Encoding');
    if (!encoding) return;
    const body = Buffer.from(await res.arrayBuffer());
    if (body.length < 1024) {
      c.res = new Response(body, res);
      return;
    }
    const packed =
      encoding === 'br'
        ? await br(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          })
        : await gz(body, { level: 6 });
    const headers = new Headers(res.headers);
    headers.set('content-encoding', encoding);
    headers.delete('content-length');
    c.res = new Response(new Uint8Array(packed), { status: res.status, headers });
  };
}
