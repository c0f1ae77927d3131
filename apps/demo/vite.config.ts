import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { pageTitle } from './src/i18n.js';

// The demo site: plain pages that load the widgets the way a partner site does — from the
// server's /cdn/lad-widgets.js — so what you see is what an embed gets. Every .html file here is
// a page.
const pages = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.html'));

/**
 * What every page shares, written once. A page file holds only its own parts:
 *   <head>…</head>   optional: what it adds to the shared head (partner.html: its stylesheet);
 *   <main>…</main>   its content;
 *   <script …>       optional, after </main>: its own scripts, which run after the shared one.
 * Around them: the doctype, <html lang="en">, the charset and viewport, the page's title (in
 * English; src/demo.ts sets the same, translated, once it runs), <body data-page> (the file's
 * name) and src/demo.ts (the site's header, language switch and styles, and the widgets).
 */
function sharedFrame(): Plugin {
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return {
    name: 'lad-demo-shared-frame',
    transformIndexHtml: {
      // Before Vite reads the page's scripts and stylesheets, so the shared ones are bundled too.
      order: 'pre',
      handler(html, { filename }) {
        const parts = /^\s*(?:<head>([\s\S]*?)<\/head>\s*)?(<main>[\s\S]*<\/main>)\s*([\s\S]*?)\s*$/.exec(
          html,
        );
        if (!parts) throw new Error(`${filename}: expected [<head>…</head>] <main>…</main> [<script>…]`);
        const [, head = '', main, scripts] = parts;
        const page = basename(filename, '.html');
        return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${text(pageTitle(page, 'en'))}</title>
${head.trim()}
</head>
<body data-page="${page}">
${main}
<script type="module" src="/src/demo.ts"></script>
${scripts}
</body>
</html>
`;
      },
    },
  };
}

export default defineConfig({
  plugins: [sharedFrame()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(pages.map((f) => [basename(f, '.html'), resolve(import.meta.dirname, f)])),
    },
  },
});
