// `pnpm start` runs this after the build: one server on http://localhost:8787 (PORT) with
//   /v1 …        the LAD API on its embedded SQLite file (seeded on first start),
//   /docs        the API reference,
//   /cdn/…       the widget files (also under /cdn/v<version>/…, cached for a year),
//   /            the demo site.
// Ctrl-C stops it cleanly.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { start } from '@lad/api';

const require = createRequire(import.meta.url);
const widgetsRoot = dirname(require.resolve('@lad/widgets/package.json'));
const { version } = JSON.parse(readFileSync(join(widgetsRoot, 'package.json'), 'utf8'));
const cdnRoot = join(widgetsRoot, 'dist/cdn');
const siteRoot = new URL('./dist', import.meta.url).pathname;

/** What an embed snippet needs: the versioned file and its Subresource Integrity hash. */
function manifest() {
  const file = readFileSync(join(cdnRoot, 'lad-widgets.js'));
  return {
    version,
    path: `/cdn/v${version}/lad-widgets.js`,
    integrity: `sha384-${createHash('sha384').update(file).digest('base64')}`,
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Files under `root` (whole, from memory after the first read: they are small and never change
 * while the server runs). Nothing outside `root` is reachable.
 */
function files(root, strip, maxAge) {
  const cache = new Map();
  return async (c, next) => {
    let rel = decodeURIComponent(c.req.path.slice(strip.length)) || '/';
    if (rel.endsWith('/')) rel += 'index.html';
    const path = normalize(join(root, rel));
    if (!path.startsWith(root + sep)) return next();
    let body = cache.get(path);
    if (!body) {
      try {
        body = await readFile(path);
      } catch {
        return next();
      }
      cache.set(path, body);
    }
    return c.body(body, 200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': maxAge,
    });
  };
}

export function extend(app) {
  const info = manifest();
  app.get('/cdn/manifest.json', (c) => c.json(info, 200, { 'cache-control': 'no-cache' }));
  app.get(`/cdn/v${version}/*`, files(cdnRoot, `/cdn/v${version}`, 'public, max-age=31536000, immutable'));
  app.get('/cdn/*', files(cdnRoot, '/cdn', 'public, max-age=300'));
  app.get('/*', files(siteRoot, '', 'no-cache'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await start({
    extend,
    onListen: (url) =>
      console.log(
        `\nLAD Widgets demo: ${url}\n  API ${url}/v1 · reference ${url}/docs · widgets ${url}/cdn/lad-widgets.js\n  Ctrl-C stops it.\n`,
      ),
  });
}
