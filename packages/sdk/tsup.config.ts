import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    // ky 1.x is ESM-only: `require('ky')` from CJS gives `ky.create is not a function`, so the
    // CJS build carries its own copy (see TOOLCHAIN.md, pitfall 2). ESM keeps ky external so
    // bundlers share one copy.
    noExternal: ['ky'],
  },
]);
