// What the build ships: bytes a page downloads (the budgets) and the
// custom-elements manifest editors and tools read. Runs after `pnpm build` (turbo's test task
// depends on it).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { measure } from '../scripts/sizes.mjs';

const root = new URL('..', import.meta.url);
const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const KB = 1024;

describe('bytes a page downloads (gzip, first load, everything included)', () => {
  const sizes = measure();
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  for (const [group, rows] of Object.entries(sizes)) {
    for (const [name, v] of Object.entries(rows as Record<string, { gz: number; br: number }>)) {
      console.log(
        `${group.padEnd(8)} ${name.padEnd(44)} gz ${kb(v.gz).padStart(8)}  br ${kb(v.br).padStart(8)}`,
      );
    }
  }

  // The size ceilings (gzip -9, first load, everything in): every widget ≤ 48 KB, a second
  // widget on the same page ≤ 12 KB, the all-in-one file ≤ 78 KB, each language module ≤ 3 KB.
  // The stack sets the floor: Lit 6.6 KB, ky 5 KB, zod/mini with the schemas of what is read
  // about 10 KB, @lit/localize 1.3 KB (README, "Size").
  test.each(Object.keys(sizes.widgets).filter((name) => !name.endsWith('(lazy)')))(
    '%s: first load at most 48 KB',
    (name) => {
      const size = sizes.widgets[name]?.gz ?? Number.NaN;
      console.log(`${name}: ${kb(size)} gz of 48 KB`);
      expect(size).toBeLessThanOrEqual(48 * KB);
    },
  );

  test('every widget is measured', () => {
    expect(
      Object.keys(sizes.widgets)
        .filter((name) => !name.endsWith('(lazy)'))
        .sort(),
    ).toEqual([
      'commitment-tracker',
      'committee-directory',
      'progress-summary',
      'proposal-form',
      'registration-form',
      'selection-report',
      'session-calendar',
    ]);
  });

  test('the all-in-one CDN file with its chunks: at most 78 KB', () => {
    const all = sizes.cdn['lad-widgets.js (every widget)']?.gz ?? Number.NaN;
    expect(all).toBeLessThanOrEqual(78 * KB);
  });

  test('a second widget on the page adds at most 12 KB', () => {
    const pairs = Object.entries(sizes.second);
    expect(pairs.length).toBe(42);
    for (const [pair, v] of pairs) expect(v.gz, pair).toBeLessThanOrEqual(12 * KB);
  });

  test('no classic zod in any browser file: zod/mini only, so bundles keep just what they call', () => {
    const files = readdirSync(new URL('dist/cdn', root), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => new URL(`dist/cdn/${f}`, root).pathname);
    expect(files.length).toBeGreaterThan(20);
    // The SDK's prebuilt module for pages without a bundler (`@lad/sdk/browser`, lad-sdk.js).
    const sdk = require.resolve('@lad/sdk/browser');
    expect(sdk).toMatch(/\/lad-sdk\.js$/);
    const mini = new Set<string>();
    for (const file of [...files, sdk]) {
      const code = readFileSync(file, 'utf8');
      // Classic zod registers its classes by these names; zod/mini's are "ZodMini…".
      expect(/["'](ZodString|ZodObject|ZodType)["']/.test(code), `classic zod in ${file}`).toBe(false);
      if (/["']ZodMiniObject["']/.test(code)) mini.add(file);
    }
    // So the names are there to be found: the widgets' shared chunk and the SDK module hold zod/mini.
    expect(mini.has(sdk), 'lad-sdk.js has zod/mini inside').toBe(true);
    expect(mini.size, 'the widgets’ shared chunk with zod/mini').toBeGreaterThan(1);
  });

  test('each language other than English is its own lazy module of at most 3 KB; each group of widgets’ words too', () => {
    expect(Object.keys(sizes.locales).sort()).toEqual(
      ['es', 'fr', 'ht', 'pt']
        .flatMap((l) => [l, `${l}-form`, `${l}-registration`, `${l}-proposals`, `${l}-meetings`])
        .sort(),
    );
    for (const [locale, v] of Object.entries(sizes.locales)) expect(v.gz, locale).toBeLessThanOrEqual(3 * KB);
  });

  test('a commitment’s details load only when one is opened', () => {
    expect(sizes.widgets['details (lazy)']).toBeDefined();
    const tracker = sizes.widgets['commitment-tracker']?.files ?? [];
    expect(tracker.some((f: string) => /details-/.test(f))).toBe(false);
  });
});

describe('custom elements manifest', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const pkg = JSON.parse(read('package.json'));
  const elements = Object.fromEntries(
    manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) =>
      (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]),
    ),
  );

  test('package.json points to it', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
  });

  test.each([
    [
      'lad-commitment-tracker',
      [
        'api-base',
        'lang',
        'country',
        'pillar',
        'action-package',
        'mechanism',
        'status',
        'q',
        'page-size',
        'layout',
        'hide-filters',
        'sync-url',
      ],
      ['lad-filter-change', 'lad-commitment-select', 'lad-locale-change'],
    ],
    [
      'lad-progress-summary',
      ['api-base', 'lang', 'group-by', 'mechanism', 'country', 'chart'],
      ['lad-group-select', 'lad-locale-change'],
    ],
    [
      'lad-registration-form',
      ['api-base', 'lang', 'event'],
      ['lad-registration-submit', 'lad-locale-change'],
    ],
    [
      'lad-proposal-form',
      ['api-base', 'lang', 'kind', 'event', 'committee'],
      ['lad-proposal-submit', 'lad-locale-change'],
    ],
    ['lad-selection-report', ['api-base', 'lang', 'event'], ['lad-locale-change']],
    [
      'lad-session-calendar',
      ['api-base', 'lang', 'kind', 'country', 'committee', 'view', 'from', 'time-zone'],
      ['lad-event-select', 'lad-registration-open', 'lad-locale-change'],
    ],
    ['lad-committee-directory', ['api-base', 'lang'], ['lad-locale-change']],
  ])('%s: every attribute, event and part documented', (tag, attributes, events) => {
    const element = elements[tag];
    expect(element, tag).toBeDefined();
    expect(element.attributes.map((a: { name: string }) => a.name).sort()).toEqual([...attributes].sort());
    expect(element.events.map((e: { name: string }) => e.name).sort()).toEqual([...events].sort());
    for (const a of element.attributes) expect(a.description, `${tag} ${a.name}`).toBeTruthy();
    expect(element.cssParts.length).toBeGreaterThan(4);
  });

  test('each widget has its own module export', () => {
    expect(Object.keys(pkg.exports)).toEqual(
      expect.arrayContaining([
        './commitment-tracker',
        './progress-summary',
        './registration-form',
        './proposal-form',
        './selection-report',
        './session-calendar',
        './committee-directory',
        './cdn/lad-widgets.js',
      ]),
    );
  });
});
