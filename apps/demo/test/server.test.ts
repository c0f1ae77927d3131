import { readdirSync } from 'node:fs';
import { createHarness } from '@lad/api/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { extend } from '../serve.mjs';

// The demo server (site, widget files, SDK file, API on one origin) answers any path with a
// 2xx, 3xx, 4xx — never a 500 — and never hands out a file outside its folders.

let h: Awaited<ReturnType<typeof createHarness>>;
beforeAll(async () => {
  h = await createHarness({ logLevel: 'silent' }, { demo: false });
  extend(h.app);
});
afterAll(() => h?.close());

const get = (path: string) => h.app.request(`http://localhost${path}`);

test('malformed escapes are a 400 or 404, not a 500', async () => {
  for (const path of [
    '/%',
    '/cdn/%E0%A4%A',
    '/cdn/%',
    '/%ZZ',
    '/v1/%',
    '/cdn/v0.1.0/%C0',
    '/docs/%',
    '/console/%',
    '/console/assets/%',
  ]) {
    const status = (await get(path)).status;
    expect([400, 404], path).toContain(status);
  }
});

test('fuzzed paths (1,000): never a 5xx, never a file outside the site and widget folders', async () => {
  const segment = fc.oneof(
    fc.constantFrom(
      '',
      '.',
      '..',
      '%2e%2e',
      '%2F',
      '%5C',
      '%00',
      '%',
      '%E0%A4',
      '%C0%AF',
      'cdn',
      'v1',
      'docs',
      'lad-widgets.js',
      'serve.mjs',
      'package.json',
    ),
    fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
    fc.stringMatching(/^[%0-9A-Fa-f./\\]{1,8}$/),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(segment, { minLength: 1, maxLength: 5 }),
      fc.constantFrom('/', '/cdn/', '/cdn/v0.1.0/', '/v1/', '/docs/', '/console/', '/console/assets/'),
      async (parts, prefix) => {
        const path = `${prefix}${parts.join('/')}`;
        const response = await get(path);
        expect(response.status, path).toBeLessThan(500);
        if (response.status === 200) {
          const body = await response.text();
          expect(body, path).not.toMatch(
            /"name": "@lad\/(demo|api|widgets|console)"|createHarness|DATABASE_URL/,
          );
        }
      },
    ),
    { numRuns: 1_000 },
  );
});

test('every page is served with the shared head and its own title', async () => {
  // The page files (index.html, tracker.html, …): each must be built and served.
  const files = readdirSync(new URL('..', import.meta.url)).filter((f) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(1);
  const titles = new Set<string>();
  for (const file of files) {
    const page = file.slice(0, -'.html'.length);
    const response = await get(page === 'index' ? '/' : `/${file}`);
    expect(response.status, file).toBe(200);
    const html = await response.text();
    expect(html, file).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n/);
    const head = /<head>([\s\S]*)<\/head>/.exec(html)?.[1] ?? '';
    expect(head, file).toContain('<meta charset="utf-8" />');
    expect(head, file).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
    // src/demo.ts, bundled: its stylesheet, and the script itself (or, where the page's own
    // script imports it, preloaded).
    expect(head, file).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/demo-[\w-]+\.css">/);
    expect(head, file).toMatch(
      /<script type="module" crossorigin src="\/assets\/demo-[\w-]+\.js"><\/script>|<link rel="modulepreload" crossorigin href="\/assets\/demo-[\w-]+\.js">/,
    );
    expect(html, file).toContain(`<body data-page="${page}">`);
    // Its title is its heading and the site's name, as src/demo.ts sets it in English.
    const title = /<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '';
    const heading = /<h1 data-t="\w+">([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
    expect(title, file).toBe(page === 'index' ? heading : `${heading} · LAD Widgets — demo`);
    titles.add(title);
  }
  expect(titles.size).toBe(files.length);
});

test('the console: its page at /console/ and at any address under it, its files, no inline script, a strict policy', async () => {
  const first = await get('/console/');
  expect(first.status).toBe(200);
  expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const html = await first.text();
  expect(html).toContain('<lad-console></lad-console>');
  // Scripts are files: no inline script, and the page's own policy (Trusted Types for Lit).
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';[^"]*require-trusted-types-for 'script'; trusted-types lit-html"/,
  );
  const policy = first.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  // Any address under /console/ is the same page (the router reads the hash).
  for (const path of ['/console/index.html', '/console/commitments', '/console/a/b/c']) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(await response.text(), path).toBe(html);
  }
  expect((await get('/console')).headers.get('location')).toBe('/console/');
  // Its scripts, cached for a year (their names change with their content); a missing one is a 404.
  const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)?.[1] as string;
  const js = await get(script);
  expect(js.status).toBe(200);
  expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(js.headers.get('cache-control')).toContain('immutable');
  expect((await get('/console/assets/none.js')).status).toBe(404);
  expect((await get('/console/../package.json')).status).not.toBe(200);
});
