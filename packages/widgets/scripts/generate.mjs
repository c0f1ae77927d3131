// Generated sources the build and the type check need: the locale modules from the XLIFF files
// (lit-localize) and the package version for the define guard. The build and the type check
// may run this at the same time (turbo runs them in parallel): each run works in a folder of its
// own and moves finished files into place, so neither ever reads the other's half-written files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const outDir = new URL('src/generated/', root);
const localesDir = new URL('locales/', outDir);
mkdirSync(localesDir, { recursive: true });

/** Writes `contents` to `target` whole: a temporary file, then a rename. */
function put(target, contents) {
  const temporary = `${fileURLToPath(target)}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, target);
}

put(
  new URL('version.ts', outDir),
  `/** The version of @lad/widgets this copy is (written by scripts/generate.mjs). */\nexport const VERSION = '${version}';\n`,
);

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
  if (!extract) finish();
} finally {
  rmSync(new URL(configFile, root), { force: true });
  rmSync(new URL(`${work}/`, root), { recursive: true, force: true });
}

function finish() {
  const workDir = new URL(`${work}/`, root);
  put(new URL('locale-codes.ts', outDir), readFileSync(new URL('locale-codes.ts', workDir)));
  // A locale module holds only strings. lit-localize makes it import `str` from @lit/localize,
  // which makes bundlers split the localize runtime into a chunk of its own (one more request,
  // worse compression). The tag is a three-line function, so each module gets its own copy —
  // the runtime reads only its `strTag`, `strings` and `values`.
  const own =
    "/** lit-localize's `str` tag (same object shape), so this module imports nothing. */\n" +
    'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });';
  // The participation widgets' messages are modules of their own per language, loaded only on
  // pages that show one: every form's (drafts, checks, sending), the registration form's and
  // selection report's, the proposal form's, and the meetings' (calendar, directory). A page with
  // the tracker alone downloads only its words.
  const CHUNKS = {
    form: /^'form\./,
    registration: /^'(reg|org|report)\./,
    proposals: /^'proposal\./,
    meetings: /^'(cal|dir)\./,
  };
  for (const file of readdirSync(new URL('locales/', workDir))) {
    if (!/^[a-z]{2}\.ts$/.test(file)) continue;
    const source = readFileSync(new URL(`locales/${file}`, workDir), 'utf8').replace(
      "import {str} from '@lit/localize';",
      own,
    );
    const lines = source.split('\n');
    const open = lines.findIndex((l) => l.includes('export const templates = {'));
    const close = lines.findIndex((l, i) => i > open && /^\s*\};?\s*$/.test(l));
    const entries = lines.slice(open + 1, close);
    const head = lines.slice(0, open + 1);
    const tail = lines.slice(close);
    const chunkOf = (line) => Object.keys(CHUNKS).find((c) => CHUNKS[c].test(line.trim()));
    put(new URL(file, localesDir), [...head, ...entries.filter((l) => !chunkOf(l)), ...tail].join('\n'));
    for (const chunk of Object.keys(CHUNKS)) {
      const mine = entries.filter((l) => chunkOf(l) === chunk);
      put(new URL(file.replace('.ts', `-${chunk}.ts`), localesDir), [...head, ...mine, ...tail].join('\n'));
    }
  }
}
