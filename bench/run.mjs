// `pnpm bench`: how big, how fast, how steady — for this commit, printed as a table and written
// to bench/results.json, then compared with the results.json already in the repository (any
// figure more than 10 % worse is flagged). Timings are reported, never asserted: shared
// machines are noisy. Byte budgets are enforced by the widgets' tests.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import {
  commitmentFields,
  createToken,
  insertCommitment,
  migrate,
  openDatabase,
  seed,
  toCsv,
  toXlsx,
  XLSX_TYPE,
} from '@lad/api';
import { spawnApi } from '@lad/api/spawn';
import { ACTION_PACKAGES, COMMITMENT_STATUSES, MECHANISMS, PILLARS, SIGNATORIES } from '@lad/sdk';
import autocannon from 'autocannon';
import pg from 'pg';
import { chromium } from 'playwright';
import { measure as measureBytes } from '../packages/widgets/scripts/sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const resultsPath = join(root, 'bench/results.json');
const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : null;
const quick = process.argv.includes('--quick');
const DURATION = quick ? 2 : 5;
const KB = 1024;
const results = {
  commit: gitCommit(),
  date: new Date().toISOString(),
  machine: machine(),
  bytes: [],
  render: [],
  api: [],
  imports: [],
  matrices: [],
};

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
function machine() {
  const cpus = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0;
  return `${cpus} cores, Node ${process.versions.node}`;
}
const log = (...args) => console.error(...args);

// ——— Bytes ————————————————————————————————————————————————————————————————————————————
function bytes() {
  const sizes = measureBytes();
  // The ceilings of the zod issue (also enforced by the widgets' tests).
  for (const [name, v] of Object.entries(sizes.widgets))
    results.bytes.push({
      name: `${name} (first load)`,
      gz: v.gz,
      br: v.br,
      budget: name.endsWith('(lazy)') ? null : 48 * KB,
    });
  for (const [name, v] of Object.entries(sizes.cdn))
    results.bytes.push({ name, gz: v.gz, br: v.br, budget: 78 * KB });
  for (const [name, v] of Object.entries(sizes.locales))
    results.bytes.push({ name: `locale ${name}`, gz: v.gz, br: v.br, budget: 3 * KB });
  const second = Object.entries(sizes.second).sort((a, b) => b[1].gz - a[1].gz);
  const [worst, v] = second[0];
  results.bytes.push({ name: `second widget, worst: ${worst}`, gz: v.gz, br: v.br, budget: 12 * KB });
  const [best, w] = second.at(-1);
  results.bytes.push({ name: `second widget, best: ${best}`, gz: w.gz, br: w.br, budget: 12 * KB });
}

// ——— A page server for the rendering runs ————————————————————————————————————————————
const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.map': 'application/json',
};
const cdnRoot = join(root, 'packages/widgets/dist/cdn');

function eventFixture(i, now) {
  const start = new Date(now + (i - 20) * 3 * 86_400_000);
  start.setUTCHours(14, 0, 0, 0);
  return {
    id: `evt-${i}`,
    kind: 'information_session',
    title: { original: 'en', text: { en: `Quarterly information session ${i}` } },
    description: null,
    committeeId: null,
    country: null,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
    timeZone: 'America/New_York',
    format: 'online',
    venue: null,
    onlineUrl: 'https://meet.example.org/lad',
    languages: ['es', 'en'],
    interpretation: [],
    topicProposalsCloseAt: null,
    registration: null,
    agenda: null,
    outcome: null,
    sequence: 0,
    createdAt: new Date(now - 86_400_000).toISOString(),
    updatedAt: new Date(now - 86_400_000).toISOString(),
    demo: true,
  };
}

function pageServer() {
  const now = Date.now();
  const api = {
    '/v1/countries': { items: SIGNATORIES },
    '/v1/pillars': { items: PILLARS },
    '/v1/action-packages': { items: ACTION_PACKAGES },
    '/v1/mechanisms': { items: MECHANISMS },
    '/v1/committees': { items: [] },
    '/v1/events': { items: Array.from({ length: 60 }, (_, i) => eventFixture(i, now)), nextCursor: null },
  };
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/cdn/lad-widgets.js"></script>
<script type="module" src="/bench.js"></script></head><body></body></html>`;
  const script = `
const statuses = ${JSON.stringify(COMMITMENT_STATUSES)};
const countries = ${JSON.stringify(SIGNATORIES.map((c) => c.code))};
function make(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: 'c-' + i, externalId: null, country: countries[i % countries.length], pillar: ['I', 'II', 'III'][i % 3],
    status: statuses[i % 5], actionPackages: [], mechanisms: [],
    title: { original: 'en', text: { en: 'Commitment number ' + i + ' on regular pathways and protection' } },
    description: null, announcedOn: '2022-06-10', announcedAt: null, startDate: null, dueDate: null, amountUsd: null,
    sources: [], consultation: null, indicatorIds: [], lastUpdatedOn: '2026-01-15',
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', demo: true,
  }));
}
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
async function tracker() {
  await customElements.whenDefined('lad-commitment-tracker');
  const el = document.createElement('lad-commitment-tracker');
  el.setAttribute('api-base', location.origin);
  el.setAttribute('lang', 'en');
  el.style.blockSize = '600px';
  document.body.append(el);
  await el.updateComplete; await frame();
  return el;
}
window.bench = {
  async render(n) {
    const el = await tracker();
    const data = make(n);
    const t0 = performance.now();
    el.commitments = data;
    await el.updateComplete; await frame();
    const ms = performance.now() - t0;
    el.remove();
    return ms;
  },
  async filter(n) {
    const el = await tracker();
    el.commitments = make(n);
    await el.updateComplete; await frame();
    const t0 = performance.now();
    el.status = 'complete';
    await el.updateComplete; await frame();
    const ms = performance.now() - t0;
    el.remove();
    return ms;
  },
  async month() {
    await customElements.whenDefined('lad-session-calendar');
    const el = document.createElement('lad-session-calendar');
    el.setAttribute('api-base', location.origin);
    el.setAttribute('lang', 'en');
    el.setAttribute('view', 'month');
    document.body.append(el);
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.chip'); i++) await new Promise((r) => setTimeout(r, 25));
    const next = el.shadowRoot.querySelector('button[aria-label="Next month"]');
    const times = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      next.click();
      await el.updateComplete; await frame();
      times.push(performance.now() - t0);
    }
    el.remove();
    return times.sort((a, b) => a - b)[3];
  },
};
`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/bench.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (path === '/cls.html') {
      const q = new URL(req.url, 'http://x').searchParams;
      const tag = q.get('tag');
      return res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/cdn/lad-widgets.js"></script>
${q.get('reserve') ? `<style>${tag}{display:block;min-block-size:${q.get('reserve')}px}</style>` : ''}</head><body><h1>Partner page</h1>
<${tag} api-base="${q.get('api')}" lang="en" ${q.get('attrs')}></${tag}><p>After the widget</p></body></html>`);
    }
    if (path === '/bench.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    if (api[path])
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(api[path]));
    if (path.startsWith('/cdn/')) {
      const file = normalize(join(cdnRoot, path.slice(5)));
      if (file.startsWith(cdnRoot) && existsSync(file))
        return res
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' })
          .end(readFileSync(file));
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404}');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function rendering(browser, apiUrl) {
  const server = await pageServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/bench.html`);
  await page.waitForFunction(() => !!window.bench);
  const runs = quick ? 3 : 5;
  const time = async (fn, arg) => {
    const xs = [];
    for (let i = 0; i < runs; i++) xs.push(await page.evaluate(([f, a]) => window.bench[f](a), [fn, arg]));
    return median(xs);
  };
  await time('render', 1000); // warm-up
  const r1k = await time('render', 1_000);
  const r10k = await time('render', 10_000);
  results.render.push({ name: 'tracker: 1,000 commitments, data → next frame', ms: r1k });
  results.render.push({ name: 'tracker: 10,000 commitments, data → next frame', ms: r10k });
  results.render.push({ name: 'tracker: 10k ÷ 1k', ratio: r10k / r1k, target: 1.5 });
  results.render.push({
    name: 'tracker: filter change over 10,000',
    ms: await time('filter', 10_000),
    target: 50,
  });
  results.render.push({ name: 'calendar: month switch', ms: await time('month') });
  await page.close();
  server.close();

  // Layout shift of every widget from loading to loaded, against the seeded API.
  const widgets = [
    ['lad-commitment-tracker', 'country="MX"'],
    ['lad-progress-summary', ''],
    ['lad-registration-form', 'event="demo-evt-ministerial-next"'],
    ['lad-proposal-form', 'kind="policy" committee="cmte-labor-mobility"'],
    ['lad-selection-report', 'event="demo-evt-ministerial-past"'],
    ['lad-session-calendar', 'view="month"'],
    ['lad-committee-directory', ''],
  ];
  const cdnServer = await pageServer();
  const cdn = `http://127.0.0.1:${cdnServer.address().port}`;
  for (const [tag, attrs] of widgets) {
    // Twice: as pasted bare, then with the space the embed builder's snippet reserves (the
    // widget's rendered height) until the file has loaded.
    let height = 0;
    for (const reserve of [0, 1]) {
      const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await p.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const query = { tag, api: apiUrl, attrs, ...(reserve ? { reserve: String(height) } : {}) };
      await p.goto(`${cdn}/cls.html?${new URLSearchParams(query)}`);
      await p
        .waitForFunction(
          (t) => {
            const root = document.querySelector(t)?.shadowRoot;
            return (
              !!root && !root.querySelector('[aria-busy="true"]') && !/Loading…/.test(root.textContent ?? '')
            );
          },
          tag,
          { timeout: 20_000 },
        )
        .catch(() => undefined);
      await p.waitForTimeout(500);
      height = await p.evaluate(
        (t) => Math.round(document.querySelector(t).getBoundingClientRect().height),
        tag,
      );
      results.render.push({
        name: `CLS ${tag}, loading → loaded${reserve ? ', space reserved' : ', bare embed'}`,
        cls: await p.evaluate(() => window.__cls),
        ...(reserve ? { target: 0 } : {}),
      });
      await p.close();
    }
  }
  cdnServer.close();
}

// ——— API ——————————————————————————————————————————————————————————————————————————————
async function prepare(url, label) {
  log(`${label}: migrating, seeding the demo data and 10,000 more commitments…`);
  const db = await openDatabase(url);
  await migrate(db);
  await seed(db.kysely, { demo: true });
  const now = new Date();
  const countries = SIGNATORIES.map((c) => c.code);
  for (let start = 0; start < 10_000; start += 500) {
    await db.kysely.transaction().execute(async (trx) => {
      for (let i = start; i < start + 500; i++) {
        const fields = commitmentFields({
          country: countries[i % countries.length],
          pillar: ['I', 'II', 'III'][i % 3],
          status: COMMITMENT_STATUSES[i % 5],
          title: {
            original: 'en',
            text: { en: `Benchmark commitment ${i} on regular pathways and protection` },
          },
          announcedOn: '2022-06-10',
          sources: [],
        });
        await insertCommitment(trx, fields, new Date(now.getTime() - i * 60_000), {
          id: `bench-${i}`,
          demo: true,
        });
      }
    });
  }
  const { token } = await createToken(db.kysely, 'secretariat', null, 'benchmark', now, { days: 1 });
  await db.close();
  return token;
}

/** A plain node:http server answering every request with `body`, in its own process. */
function startBaseline(body) {
  // The body goes through a file: as an environment variable it can pass the kernel's
  // 128 KB limit for one string.
  const file = join(dir, 'baseline-body.json');
  writeFileSync(file, body);
  const code = `const b = require('node:fs').readFileSync(process.env.BODY_FILE);
require('node:http').createServer((q, r) => { r.writeHead(200, { 'content-type': 'application/json', 'content-length': b.length }); r.end(b); })
.listen(0, '127.0.0.1', function () { console.log('PORT ' + this.address().port); });`;
  const child = spawn(process.execPath, ['-e', code], {
    env: { ...process.env, BODY_FILE: file },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => {
    child.stdout.on('data', (d) => {
      const m = /PORT (\d+)/.exec(String(d));
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}` });
    });
  });
}

function cannon(url, options = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 50, duration: DURATION, ...options }, (error, r) => {
      if (error) reject(error);
      else
        resolve({
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          errors: r.errors + r.timeouts + (r.non2xx - (options.expect304 ? (r['3xx'] ?? 0) : 0)),
        });
    });
  });
}

const peakRss = (pid) => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : null;
};

async function apiRuns(label, url, baseline, token) {
  const { child, url: base, stop } = await spawnApi({ database: url });
  try {
    const list = `${base}/v1/commitments?limit=50`;
    const first = await fetch(list);
    const etag = first.headers.get('etag');
    await first.arrayBuffer();
    const runs = [
      [
        '/v1/commitments page of 50 over 10,000 — uncached',
        list,
        { headers: { 'cache-control': 'no-cache' } },
        0.12,
      ],
      ['/v1/commitments page of 50 — cached 200', list, {}, 0.6],
      [
        '/v1/commitments — 304 by If-None-Match',
        list,
        { headers: { 'if-none-match': etag }, expect304: true },
        0.9,
      ],
      ['/v1/events.ics', `${base}/v1/events.ics`, {}, null],
      ['/v1/progress', `${base}/v1/progress`, {}, null],
    ];
    for (const [name, target, options, ratioTarget] of runs) {
      log(`${label}: ${name}`);
      const r = await cannon(target, options);
      results.api.push({ db: label, name, ...r, ratio: r.rps / baseline.rps, target: ratioTarget });
    }
    log(`${label}: 1,000 requests/s for ${DURATION * 2} s`);
    const fixed = await cannon(list, { overallRate: 1000, duration: DURATION * 2 });
    results.api.push({
      db: label,
      name: 'fixed rate 1,000 req/s (cached 200)',
      ...fixed,
      target: null,
      p99Target: 100,
    });
    results.api.push({ db: label, name: 'API process peak memory', rss: peakRss(child.pid) });
    await importRun(label, base, token);
    await matrixRuns(label, base, token);
  } finally {
    await stop();
  }
}

/** Health-check latencies, one request after another, until `until()` (or `count` of them). */
async function healthLatencies(base, until, count = Number.POSITIVE_INFINITY) {
  const out = [];
  while (!until() && out.length < count) {
    const t = performance.now();
    await (await fetch(`${base}/v1/health`)).arrayBuffer();
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 5));
  }
  return out.sort((a, b) => a - b);
}
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** A 20,000-row tracking matrix imported while /v1/health is polled: does the API stay responsive? */
async function importRun(label, base, token) {
  const ROWS = 20_000;
  const lines = ['externalId,country,pillar,status,title_en,title_es'];
  for (let i = 0; i < ROWS; i++)
    lines.push(`bench-import-${i},MX,II,limited,Imported commitment ${i},Compromiso importado ${i}`);
  log(`${label}: importing ${ROWS.toLocaleString('en')} rows while /v1/health is polled`);
  const idle = await healthLatencies(base, () => false, 200);
  let done = false;
  const started = performance.now();
  const importing = fetch(`${base}/v1/import/commitments`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: lines.join('\n'),
  }).then(async (r) => {
    const body = await r.json();
    done = true;
    if (r.status !== 200 || body.created !== ROWS)
      throw new Error(`import: ${r.status} ${JSON.stringify(body).slice(0, 200)}`);
  });
  const during = await healthLatencies(base, () => done);
  await importing;
  results.imports.push({
    db: label,
    rows: ROWS,
    ms: Math.round(performance.now() - started),
    checks: during.length,
    idleP50: pct(idle, 0.5),
    p50: pct(during, 0.5),
    p99: pct(during, 0.99),
    max: during.at(-1) ?? 0,
  });
}

/**
 * A 5,000-row tracking matrix, as CSV and as an Excel workbook: how long a dry run takes to check
 * it, and an import to check and apply it (every row new).
 */
async function matrixRuns(label, base, token) {
  const ROWS = 5_000;
  const columns = [
    'externalId',
    'country',
    'pillar',
    'status',
    'title_en',
    'title_es',
    'dueDate',
    'amountUsd',
  ];
  for (const format of ['csv', 'xlsx']) {
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      externalId: `bench-matrix-${format}-${i}`,
      country: 'PE',
      pillar: 'III',
      status: 'limited',
      title_en: `Matrix commitment ${i}`,
      title_es: `Compromiso de la matriz ${i}`,
      dueDate: '2027-06-30',
      amountUsd: String(10_000 + i),
    }));
    const body = format === 'csv' ? toCsv(columns, rows) : new Uint8Array(await toXlsx(columns, rows));
    const post = async (dryRun) => {
      const started = performance.now();
      const r = await fetch(`${base}/v1/import/commitments?dryRun=${dryRun}`, {
        method: 'POST',
        headers: {
          'content-type': format === 'csv' ? 'text/csv' : XLSX_TYPE,
          authorization: `Bearer ${token}`,
        },
        body,
      });
      const result = await r.json();
      if (r.status !== 200 || result.created !== ROWS)
        throw new Error(`matrix ${format}: ${r.status} ${JSON.stringify(result).slice(0, 200)}`);
      return performance.now() - started;
    };
    log(
      `${label}: a ${ROWS.toLocaleString('en')}-row matrix as ${format}, checked, then checked and applied`,
    );
    const checkMs = await post(true);
    const applyMs = await post(false);
    results.matrices.push({ db: label, format, rows: ROWS, bytes: body.length, checkMs, applyMs });
  }
}

async function postgresUrl() {
  const baseUrl =
    process.env.LAD_BENCH_DATABASE_URL ??
    process.env.LAD_TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/test';
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS lad_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE lad_bench');
  await admin.end();
  const u = new URL(baseUrl);
  u.pathname = '/lad_bench';
  return u.toString();
}

// ——— Report ———————————————————————————————————————————————————————————————————————————
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const ms = (n) => (typeof n === 'number' ? `${n.toFixed(1)} ms` : '—');

function flags() {
  if (!previous) return [];
  const out = [];
  const worse = (now, then, higherIsWorse) =>
    then > 0 && (higherIsWorse ? now > then * 1.1 : now < then * 0.9);
  const find = (list, item, key = 'name') => list?.find((x) => x[key] === item[key] && x.db === item.db);
  for (const b of results.bytes) {
    const p = find(previous.bytes, b);
    if (p && worse(b.gz, p.gz, true)) out.push(`bytes ${b.name}: ${kb(p.gz)} → ${kb(b.gz)}`);
  }
  for (const r of results.render) {
    const p = find(previous.render, r);
    if (p && r.ms !== undefined && worse(r.ms, p.ms, true))
      out.push(`render ${r.name}: ${ms(p.ms)} → ${ms(r.ms)}`);
  }
  for (const m of results.matrices) {
    const p = previous.matrices?.find((x) => x.db === m.db && x.format === m.format);
    if (p && worse(m.applyMs, p.applyMs, true))
      out.push(`matrix ${m.db} ${m.format}: ${ms(p.applyMs)} → ${ms(m.applyMs)}`);
  }
  for (const a of results.api) {
    const p = find(previous.api, a);
    if (!p) continue;
    if (a.rps !== undefined && worse(a.rps, p.rps, false))
      out.push(`api ${a.db} ${a.name}: ${Math.round(p.rps)} → ${Math.round(a.rps)} req/s`);
    if (a.p99 !== undefined && a.p99 > 5 && worse(a.p99, p.p99, true))
      out.push(`api ${a.db} ${a.name}: p99 ${p.p99} → ${a.p99} ms`);
  }
  return out;
}

function table() {
  const lines = [];
  const mark = (ok) => (ok === null ? '' : ok ? 'met' : '**missed**');
  lines.push(`Commit ${results.commit}, ${results.date.slice(0, 16)}Z, ${results.machine}.`, '');
  lines.push(
    '| bytes (first load, all-in) | gzip | brotli | budget | |',
    '| --- | ---: | ---: | ---: | --- |',
  );
  for (const b of results.bytes)
    lines.push(
      `| ${b.name} | ${kb(b.gz)} | ${kb(b.br)} | ${b.budget ? kb(b.budget) : '—'} | ${b.budget ? mark(b.gz <= b.budget) : ''} |`,
    );
  lines.push('', '| rendering (headless Chromium) | figure | target | |', '| --- | ---: | ---: | --- |');
  for (const r of results.render) {
    const figure =
      r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : r.cls !== undefined ? r.cls.toFixed(4) : ms(r.ms);
    const value = r.ratio ?? r.cls ?? r.ms;
    const target =
      r.target === undefined
        ? '—'
        : r.ratio !== undefined
          ? `≤ ${r.target}×`
          : r.cls !== undefined
            ? `${r.target}`
            : `≤ ${r.target} ms`;
    lines.push(
      `| ${r.name} | ${figure} | ${target} | ${r.target === undefined ? '' : mark(value <= r.target)} |`,
    );
  }
  lines.push(
    '',
    '| API (autocannon, 50 connections, loopback) | db | req/s | p50 | p99 | errors | ÷ baseline | target | |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const a of results.api) {
    if (a.rss !== undefined) {
      lines.push(`| ${a.name} | ${a.db} | | | | | | | ${(a.rss / 1024 / 1024).toFixed(0)} MB |`);
      continue;
    }
    const ok =
      a.p99Target !== undefined
        ? a.p99 <= a.p99Target && a.errors === 0
        : a.target
          ? a.ratio >= a.target
          : null;
    lines.push(
      `| ${a.name} | ${a.db} | ${Math.round(a.rps)} | ${a.p50} ms | ${a.p99} ms | ${a.errors} | ${a.ratio === undefined ? '' : `${(a.ratio * 100).toFixed(0)} %`} | ${a.p99Target ? `p99 ≤ ${a.p99Target} ms, 0 errors` : a.target ? `≥ ${a.target * 100} %` : '—'} | ${mark(ok)} |`,
    );
  }
  lines.push(
    '',
    '| health check while a matrix is imported | db | rows | import | checks answered | idle p50 | p50 | p99 | max |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const i of results.imports)
    lines.push(
      `| /v1/health, polled during POST /v1/import/commitments | ${i.db} | ${i.rows} | ${ms(i.ms)} | ${i.checks} | ${ms(i.idleP50)} | ${ms(i.p50)} | ${ms(i.p99)} | ${ms(i.max)} |`,
    );
  lines.push(
    '',
    '| tracking matrix, POST /v1/import/commitments | db | rows | file | checked (dry run) | checked and applied |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  );
  for (const m of results.matrices)
    lines.push(
      `| ${m.format === 'csv' ? 'CSV' : 'Excel workbook'} | ${m.db} | ${m.rows} | ${kb(m.bytes)} | ${ms(m.checkMs)} | ${ms(m.applyMs)} |`,
    );
  return lines.join('\n');
}

// ——— Run ——————————————————————————————————————————————————————————————————————————————
const started = performance.now();
bytes();
const dir = mkdtempSync(join(tmpdir(), 'lad-bench-'));
const sqliteUrl = `file:${join(dir, 'bench.sqlite')}`;
const sqliteToken = await prepare(sqliteUrl, 'sqlite');
const body = Buffer.from(
  await (async () => {
    const { url, stop } = await spawnApi({ database: sqliteUrl });
    const text = await (await fetch(`${url}/v1/commitments?limit=50`)).text();
    await stop();
    return text;
  })(),
);
const baselineServer = await startBaseline(body);
log('baseline: node:http, a fixed buffer of the same size');
const baseline = await cannon(baselineServer.url);
results.api.push({
  db: '—',
  name: `baseline: node:http, fixed ${kb(body.length)} buffer`,
  ...baseline,
  ratio: 1,
  target: null,
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const { url, stop } = await spawnApi({ database: sqliteUrl });
  try {
    log('rendering in Chromium…');
    await rendering(browser, url);
  } finally {
    await stop();
  }
} finally {
  await browser.close();
}

await apiRuns('sqlite', sqliteUrl, baseline, sqliteToken);
try {
  const pgUrl = await postgresUrl();
  const pgToken = await prepare(pgUrl, 'postgres');
  await apiRuns('postgres', pgUrl, baseline, pgToken);
} catch (error) {
  log(`PostgreSQL: not measured (${error.message})`);
  results.api.push({ db: 'postgres', name: `not measured: ${error.message}`, rss: 0 });
}
baselineServer.child.kill();
rmSync(dir, { recursive: true, force: true });

writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
const regressions = flags();
results.regressions = regressions;
results.seconds = Math.round((performance.now() - started) / 1000);
const report = table();
console.log(report);
console.log(
  regressions.length
    ? `\nWorse than the previous results.json by more than 10 %:\n${regressions.map((r) => `- ${r}`).join('\n')}`
    : previous
      ? '\nNothing more than 10 % worse than the previous results.json.'
      : '\nNo previous results.json to compare with.',
);
console.log(`\n(${results.seconds} s)`);
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, 'bench/latest.md'), `${report}\n`);
