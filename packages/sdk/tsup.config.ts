import { defineConfig } from 'tsup';

// The ES modules (dist/**/*.js, one per source file so bundlers keep only what is used) come
// from `tsc -p tsconfig.build.json`; this builds the CommonJS entry for `require('@lad/sdk')`.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  // ky 1.x is ESM-only: `require('ky')` from CJS gives `ky.create is not a function`, so the
  // CJS build carries its own copy (see TOOLCHAIN.md, pitfall 2).
  noExternal: ['ky'],
});
