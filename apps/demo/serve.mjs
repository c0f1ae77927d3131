// `pnpm start` runs this after the build: one server on http://localhost:8787 (PORT) with
//   /v1 …        the LAD API on its embedded SQLite file (seeded on first start),
//   /docs        the API reference,
//   /cdn/…       the widget files and the SDK for pages without a bundler (lad-sdk.js), also
//                under /cdn/v<version>/…, cached for a year,
//   /console/    the operators' console (apps/console), its index.html for every address under it,
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
const sdkRoot = join(dirname(require.resolve('@lad/sdk/package.json')), 'dist/browser');
const siteRoot = new URL('./dist', import.meta.url).pathname;
const consoleRoot = join(dirname(require.resolve('@lad/console/package.json')), 'dist');

const integrity = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/**
 * What an embed snippet needs: the versioned file and its Subresource Integrity hash; the same
 * for the SDK's browser module (`sdk`).
 */
function manifest() {
  return {
    version,
    path: `/cdn/v${version}/lad-widgets.js`,
    integrity: integrity(join(cdnRoot, 'lad-widgets.js')),
    sdk: { path: `/cdn/v${version}/lad-sdk.js`, integrity: integrity(join(sdkRoot, 'lad-sdk.js')) },
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
    let rel;
    try {
      rel = decodeURIComponent(c.req.path.slice(strip.length)) || '/';
    } catch {
      // A malformed escape (`/%`, `/%E0%A4%A`) names no file.
      return c.text('Bad Request: the path is not valid percent-encoding.', 400);
    }
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
    const headers = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': maxAge,
    };
    // The CDN files carry no `sourceMappingURL` comment (bytes on every page); developer
    // tools find their maps through this header.
    if (path.endsWith('.js') && path.startsWith(cdnRoot)) headers.sourcemap = `${rel.split('/').pop()}.map`;
    return c.body(body, 200, headers);
  };
}

/**
 * The console's page for any address under /console/ that names no file: its router reads the
 * hash, so a bookmark or a reload of any screen opens the app. Its scripts are files only (no
 * inline script): the API's Content-Security-Policy on every answer (default-src 'self',
 * script-src 'self') holds, and the page's own <meta> policy adds Trusted Types on top.
 */
function consolePage() {
  const index = join(consoleRoot, 'index.html');
  let body;
  return async (c, next) => {
    // A missing script or style is a 404, not the page.
    if (c.req.path.startsWith('/console/assets/')) return next();
    try {
      body ??= await readFile(index);
    } catch {
      return c.text('The console is not built: run pnpm build (pnpm start does).', 503);
    }
    return c.body(body, 200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
  };
}

export function extend(app) {
  const info = manifest();
  app.get('/cdn/manifest.json', (c) => c.json(info, 200, { 'cache-control': 'no-cache' }));
  const year = 'public, max-age=31536000, immutable';
  app.get(`/cdn/v${version}/lad-sdk.js*`, files(sdkRoot, `/cdn/v${version}`, year));
  app.get('/cdn/lad-sdk.js*', files(sdkRoot, '/cdn', 'public, max-age=300'));
  app.get(`/cdn/v${version}/*`, files(cdnRoot, `/cdn/v${version}`, year));
  app.get('/cdn/*', files(cdnRoot, '/cdn', 'public, max-age=300'));
  // The console's built files have their hash in their names: cached for a year.
  app.get('/console', (c) => c.redirect('/console/', 301));
  app.get('/console/assets/*', files(join(consoleRoot, 'assets'), '/console/assets', year));
  app.get('/console/*', files(consoleRoot, '/console', 'no-cache'), consolePage());
  app.get('/*', files(siteRoot, '', 'no-cache'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await start({
    extend,
    onListen: (url, { accounts }) => {
      console.log(
        `\nLAD Widgets demo: ${url}\n  console ${url}/console/ · API ${url}/v1 · reference ${url}/docs · widgets ${url}/cdn/lad-widgets.js\n  Ctrl-C stops it.\n`,
      );
      // A fresh database: nobody can sign in to the console until someone is invited.
      if (!accounts)
        console.log(
          '  No one can sign in to the console yet. Invite the first person (in another terminal):\n' +
            '    pnpm --filter @lad/api user invite --email you@example.org --role secretariat --name "Your name"\n' +
            '  and open the link it prints.\n',
        );
    },
  });
}
