// The locale modules the build and the type check need, generated from the XLIFF files by
// lit-localize (`node scripts/generate.mjs extract` writes new messages into the XLIFF files
// instead). The build and the type check may run this at the same time (turbo runs them in
// parallel): each run works in a folder of its own and moves finished files into place, so
// neither ever reads the other's half-written files — as packages/widgets/scripts/generate.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const outDir = new URL('src/generated/', root);
mkdirSync(new URL('locales/', outDir), { recursive: true });

/** Writes `contents` to `target` whole: a temporary file, then a rename. */
function put(target, contents) {
  const temporary = `${fileURLToPath(target)}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, target);
}

const require = createRequire(import.meta.url);
const cli = require.resolve('@lit/localize-tools/bin/lit-localize.js');
const extract = process.argv[2] === 'extract';
const work = `.generated-${process.pid}`;
const config = JSON.parse(readFileSync(new URL('lit-localize.json', root), 'utf8'));
if (!extract) {
  config.output.outputDir = `./${work}/locales`;
  config.output.localeCodesModule = `./${work}/locale-codes.ts`;
}
const configFile = `.lit-localize-${process.pid}.json`;
writeFileSync(new URL(configFile, root), JSON.stringify(config));
try {
  execFileSync(process.execPath, [cli, extract ? 'extract' : 'build', '--config', configFile], {
    cwd: root,
    stdio: 'inherit',
  });
  if (!extract) {
    const workDir = new URL(`${work}/`, root);
    put(new URL('locale-codes.ts', outDir), readFileSync(new URL('locale-codes.ts', workDir)));
    for (const file of readdirSync(new URL('locales/', workDir)))
      put(new URL(`locales/${file}`, outDir), readFileSync(new URL(`locales/${file}`, workDir)));
  }
} finally {
  rmSync(new URL(configFile, root), { force: true });
  rmSync(new URL(`${work}/`, root), { recursive: true, force: true });
}
