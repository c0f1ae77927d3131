// The screenshots of apps/console/README.md, taken again: `pnpm --filter @lad/console screenshots`
// (after `pnpm build`). It starts what `pnpm start` starts (apps/demo/serve.mjs) on a fresh
// SQLite file with the public record and the demo data, invites a secretariat member with the
// API's CLI, accepts the invitation, starts an import of a matrix with two bad rows, and
// photographs each page in Debian's Chromium at 1280 × 860 into docs/screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApi } from '@lad/api/spawn';
import { chromium } from 'playwright';

const here = new URL('..', import.meta.url).pathname;
const demo = join(here, '../demo');
const out = join(here, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const dir = mkdtempSync(join(tmpdir(), 'lad-screens-'));
const database = `file:${join(dir, 'lad.sqlite')}`;
const server = await spawnApi({
  script: join(demo, 'serve.mjs'),
  cwd: demo,
  database,
  env: { LOG_LEVEL: 'error', PORT: '0' },
  ready: /LAD Widgets demo: (http:\/\/\S+)/,
  host: 'localhost',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

try {
  const printed = execFileSync(
    process.execPath,
    [
      join(here, '../api/dist/cli.js'),
      'user',
      'invite',
      '--email',
      'ana@example.org',
      '--role',
      'secretariat',
      '--name',
      'Ana Pérez',
    ],
    { env: { ...process.env, DATABASE_URL: database, LOG_LEVEL: 'error' }, encoding: 'utf8' },
  );
  const token = decodeURIComponent(/\/console\/#\/invite\/([\w.~%-]+)/.exec(printed)?.[1] ?? '');
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${server.url}/console/#/invite/${token}`);
  await page.waitForLoadState('networkidle');
  await shot(page, 'invitation');

  // Signed in as the console signs in: the invitation accepted with a password.
  const api = (path, init = {}) =>
    page.evaluate(
      async ([path, init]) => {
        const r = await fetch(path, {
          credentials: 'include',
          ...init,
          headers: { 'x-lad-console': '1', ...(init.headers ?? {}) },
        });
        return { status: r.status, body: await r.json().catch(() => null) };
      },
      [path, init],
    );
  const accepted = await api(`/v1/auth/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Ana Pérez', password: 'a long and private phrase', locale: 'en' }),
  });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);

  // A ministry's matrix: one changed title, one new commitment, two bad rows.
  const matrix = [
    'externalId,country,pillar,status,title_en',
    'lad-2022-CA-01,CA,III,substantial,"Welcome up to 4,000 people from the Americas by 2028"',
    'CR-2026-01,CR,II,not_started,Regularization of long-term residents',
    'CR-2026-02,CR,IX,limited,A pillar that does not exist',
    'CR-2026-03,CR,II,halfway,A status not on the scale',
  ].join('\n');
  const job = await api('/v1/import/jobs?kind=commitments&filename=matrix-costa-rica.csv', {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: matrix,
  });
  if (job.status !== 202) throw new Error(`import: ${job.status} ${JSON.stringify(job.body)}`);
  for (let i = 0; i < 100; i++) {
    const now = await api(`/v1/import/jobs/${job.body.id}`);
    if (now.body.status !== 'checking') break;
    await page.waitForTimeout(100);
  }

  const indicators = await page.evaluate(
    async () => (await (await fetch('/v1/export/indicators.csv')).text()).split('\n')[1],
  );
  const withIndicator = /lad-\d{4}-[A-Z]{2}-\d{2}/.exec(indicators ?? '')?.[0] ?? 'lad-2022-BZ-01';

  // [name, address, what to do before the picture, whether to take the whole page]
  const pages = [
    ['home', '#/'],
    ['commitments', '#/commitments'],
    ['editor', '#/commitments/lad-2022-CA-01'],
    ['progress', `#/commitments/${withIndicator}/progress`, null, true],
    ['import', `#/import/${job.body.id}`],
    [
      'translations',
      '#/translations',
      () => page.locator('lad-translations-page select').first().selectOption('ht'),
    ],
    ['audit', '#/audit'],
  ];
  // The shell read "signed out" when the invitation opened: it reads the session again on a new load.
  await page.goto(`${server.url}/console/`);
  await page.reload();
  for (const [name, hash, act, fullPage] of pages) {
    await page.goto(`${server.url}/console/${hash}`);
    await page.waitForLoadState('networkidle');
    if (act) {
      await act();
      await page.waitForLoadState('networkidle');
    }
    await page.waitForTimeout(300);
    await shot(page, name, fullPage);
  }
  await context.close();
} finally {
  await browser.close();
  await server.stop('SIGINT');
  rmSync(dir, { recursive: true, force: true });
}

async function shot(page, name, fullPage = false) {
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.log(`docs/screenshots/${name}.png`);
}
