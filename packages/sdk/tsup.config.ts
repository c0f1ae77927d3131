import { defineConfig } from 'tsup';

// The ES modules (dist/**/*.js, one per source file so bundlers keep only what is used) come
// from `tsc -p tsconfig.build.json`; this builds the rest.
export default defineConfig([
  {
    // The CommonJS entry for `require('@lad/sdk')`.
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    // ky 1.x is ESM-only: `require('ky')` from CJS gives `ky.create is not a function`, so the
    // CJS build carries its own copy (see the SDK README, "CommonJS").
    noExternal: ['ky'],
  },
  {
    // One ES module with its dependencies (ky, zod) inside, for a page without a bundler:
    // `<script type="module">import { createLadClient } from '…/lad-sdk.js'</script>`.
    entry: { 'lad-sdk': 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    noExternal: [/.*/],
    dts: false,
    clean: false,
  },
]);
