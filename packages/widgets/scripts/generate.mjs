// Generated sources the build and the type check need: the locale modules from the XLIFF files
// (lit-localize) and the package version for the define guard.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
mkdirSync(new URL('src/generated/', root), { recursive: true });
writeFileSync(
  new URL('src/generated/version.ts', root),
  `/** The version of @lad/widgets this copy is (written by scripts/generate.mjs). */\nexport const VERSION = '${version}';\n`,
);
const require = createRequire(import.meta.url);
const cli = require.resolve('@lit/localize-tools/bin/lit-localize.js');
execFileSync(
  process.execPath,
  [cli, process.argv[2] === 'extract' ? 'extract' : 'build', '--config', 'lit-localize.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

// A locale module holds only strings. lit-localize makes it import `str` from @lit/localize,
// which makes bundlers split the localize runtime into a chunk of its own (one more request,
// worse compression). The tag is a three-line function, so each module gets its own copy —
// the runtime reads only its `strTag`, `strings` and `values`.
const localesDir = new URL('src/generated/locales/', root);
for (const file of readdirSync(localesDir)) {
  const path = new URL(file, localesDir);
  const source = readFileSync(path, 'utf8');
  const own =
    "/** lit-localize's `str` tag (same object shape), so this module imports nothing. */\n" +
    'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });';
  writeFileSync(path, source.replace("import {str} from '@lit/localize';", own));
}

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
for (const file of readdirSync(localesDir)) {
  if (!/^[a-z]{2}\.ts$/.test(file)) continue;
  const path = new URL(file, localesDir);
  const lines = readFileSync(path, 'utf8').split('\n');
  const open = lines.findIndex((l) => l.includes('export const templates = {'));
  const close = lines.findIndex((l, i) => i > open && /^\s*\};?\s*$/.test(l));
  const entries = lines.slice(open + 1, close);
  const head = lines.slice(0, open + 1);
  const tail = lines.slice(close);
  const chunkOf = (line) => Object.keys(CHUNKS).find((c) => CHUNKS[c].test(line.trim()));
  writeFileSync(path, [...head, ...entries.filter((l) => !chunkOf(l)), ...tail].join('\n'));
  for (const chunk of Object.keys(CHUNKS)) {
    const mine = entries.filter((l) => chunkOf(l) === chunk);
    writeFileSync(
      new URL(file.replace('.ts', `-${chunk}.ts`), localesDir),
      [...head, ...mine, ...tail].join('\n'),
    );
  }
}
