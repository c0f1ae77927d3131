// Builds @lad/widgets:
// 1. generated sources (locale modules from the XLIFF files, the version);
// 2. the npm modules (tsc: one ES module per source file, with types);
// 3. the CDN files (esbuild, then a second pass with terser): dist/cdn/lad-widgets.js, defining
//    every widget, and one bundle per widget in dist/cdn/widgets/ sharing chunks, so a second widget on a page loads
//    little more; each language other than English, and the tracker's details, are lazy chunks.
//    Each build writes a metafile (dist/cdn/**/meta.json) that the size test reads;
// 4. custom-elements.json (the Custom Elements Manifest, from the classes' JSDoc).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { squeeze } from './minify-literals.mjs';
import { terse } from './terse.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const node = (script, args) =>
  execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
node('scripts/generate.mjs', []);
node(require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.build.json']);

export const WIDGETS = {
  'commitment-tracker': 'src/components/commitment-tracker/lad-commitment-tracker.ts',
  'progress-summary': 'src/components/progress-summary/lad-progress-summary.ts',
  'registration-form': 'src/components/registration-form/lad-registration-form.ts',
  'proposal-form': 'src/components/proposal-form/lad-proposal-form.ts',
  'selection-report': 'src/components/selection-report/lad-selection-report.ts',
  'session-calendar': 'src/components/session-calendar/lad-session-calendar.ts',
  'committee-directory': 'src/components/committee-directory/lad-committee-directory.ts',
};

/** Smaller template and style literals, and no translator notes, before esbuild compiles. */
const literals = {
  name: 'lad-literals',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, (args) => ({
      contents: squeeze(readFileSync(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

/** One esbuild bundle of the given entries into dist/cdn/<dir>. */
async function bundle(dir, entryPoints) {
  const outdir = `dist/cdn${dir ? `/${dir}` : ''}`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    metafile: true,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: 'tsconfig.json',
    plugins: [literals],
    logLevel: 'warning',
  });
  writeFileSync(new URL(`../${outdir}/meta.json`, import.meta.url), JSON.stringify(result.metafile));
}

await bundle('', { 'lad-widgets': 'src/cdn.ts' });
await bundle('widgets', WIDGETS);
await terse('dist/cdn', root);

node(require.resolve('@custom-elements-manifest/analyzer/cem.js'), [
  'analyze',
  '--litelement',
  '--globs',
  'src/components/**/*.ts',
  'src/internal/base-element.ts',
  'src/internal/form/form-element.ts',
  '--exclude',
  'src/**/*.test.ts',
  'src/**/*.stories.ts',
]);

// The analyzer also lists each `dispatchEvent(new LadXEvent(…))` as a nameless event; the
// named ones come from the classes' `@event` tags. Keep those.
const manifestPath = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
for (const mod of manifest.modules)
  for (const declaration of mod.declarations ?? [])
    if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
