import { defineConfig, type Plugin } from 'vite';

/**
 * The console's Content-Security-Policy, in a `<meta>` of the built page, so it holds wherever
 * the files are served: only this origin's scripts (none inline), styles, images and API;
 * Lit's trusted-types policy the only one that may write HTML. A server's own header policy
 * (the LAD server sends default-src 'self' on every answer) applies on top: a browser enforces
 * both.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'lad-console-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n<meta http-equiv="Content-Security-Policy" content="${CONSOLE_CSP}" />`,
      ),
  };
}

// Served at /console/ by the LAD server (apps/demo/serve.mjs), next to the API it calls.
export default defineConfig({
  base: '/console/',
  plugins: [contentSecurityPolicy()],
  build: { target: 'es2022' },
});
