import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import ICAL from 'ical.js';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, expect, inject, test } from 'vitest';

const url = inject('demoUrl');
const token = inject('secretariatToken');
const shots = new URL('../test-results/screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

let browser: Browser;
let page: Page;
let step = 0;
/** A screenshot of each step, for review (test-results/screenshots). */
const shot = async (name: string) => {
  step++;
  await page.screenshot({ path: `${shots}${String(step).padStart(2, '0')}-${name}.png`, fullPage: true });
};

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'America/New_York',
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
});

test('a new visitor switches to Kreyòl, filters the tracker to Mexico and Pillar II, and reads an indicator’s progress', async () => {
  await page.goto(url);
  await expect.poll(() => page.locator('h1').textContent()).toBe('LAD Widgets — demo');
  await shot('landing');
  await page.selectOption('#site-language', 'ht');
  await expect.poll(() => page.locator('.lede').textContent()).toContain('Deklarasyon Los Angeles');
  await shot('landing-kreyol');
  await page.click('a[href="/tracker.html"] >> nth=0');
  const tracker = page.locator('lad-commitment-tracker').first();
  await expect.poll(() => tracker.locator('.count').textContent(), { timeout: 15_000 }).toMatch(/angajman/);
  await tracker.locator('#f-country').selectOption('MX');
  await tracker.locator('#f-pillar').selectOption('II');
  await expect.poll(() => page.url()).toContain('pillar=II');
  await shot('tracker-mexico-pillar-ii');
  // Open commitments until one shows a measured indicator.
  const toggles = tracker.locator('.item[data-key] button.toggle');
  await expect.poll(() => toggles.count()).toBeGreaterThan(0);
  let meter = '';
  for (let i = 0; i < Math.min(10, await toggles.count()) && !meter; i++) {
    await toggles.nth(i).click();
    const item = tracker.locator('.item[data-key]').nth(i);
    // The details have loaded once their sources ("Sous yo") show.
    await expect.poll(() => item.textContent(), { timeout: 10_000 }).toContain('Sous yo');
    // Its indicators arrive with their own request.
    const meters = item.locator('[role="meter"]');
    await meters
      .first()
      .waitFor({ timeout: 4_000 })
      .catch(() => undefined);
    if (await meters.count()) meter = (await meters.first().getAttribute('aria-label')) ?? '';
    else await toggles.nth(i).click();
  }
  expect(meter).toMatch(/^Pwogrè anvè objektif la: \d+ %$/);
  await shot('tracker-indicator-progress');
});

test('a CSO registers for an open event; the secretariat sees it; no public page shows the email', async () => {
  const email = `e2e.${Date.now()}@example.org`;
  await page.goto(`${url}/registration.html`);
  const form = page.locator('lad-registration-form').first();
  await expect.poll(() => form.locator('form').count(), { timeout: 15_000 }).toBe(1);
  await form.locator('#f-organization-name').fill('Rezo Fanm Ayisyen nan Dyaspora');
  await form.locator('#f-organization-country').selectOption('HT');
  await form.locator('input[name="organization.level"][value="regional"]').check();
  await form.locator('input[name="organization.kinds"][value="advocacy"]').check();
  await form.locator('#f-representative-name').fill('Guerline Jean-Louis');
  await form.locator('#f-representative-email').fill(email);
  for (const radio of await form.locator('input[type="radio"][value="yes"]').all()) await radio.check();
  for (const area of await form.locator('textarea[name^="answers."]').all())
    await area.fill('Nou travay ak fanm migran depi 2012.');
  await form.locator('#f-consent').check();
  await shot('registration-filled');
  // The API turns away forms sent faster than a person fills them in.
  await page.waitForTimeout(3_100);
  await form.locator('button[type="submit"]').click();
  await expect
    .poll(() => form.locator('.receipt .reference').textContent(), { timeout: 20_000 })
    .toMatch(/\w+/);
  await shot('registration-receipt');

  const stored = await fetch(`${url}/v1/registrations?event=demo-evt-ministerial-next&limit=100`, {
    headers: { authorization: `Bearer ${token}` },
  }).then((r) => r.json());
  const mine = stored.items.filter((r: any) => r.representative?.email === email);
  expect(mine).toHaveLength(1);
  expect(mine[0].organization.name).toBe('Rezo Fanm Ayisyen nan Dyaspora');

  for (const path of [
    '/v1/events/demo-evt-ministerial-next',
    '/v1/events/demo-evt-ministerial-past/selection-report',
    '/v1/events?limit=100',
    '/v1/events.ics',
  ])
    expect(await (await fetch(`${url}${path}`)).text(), path).not.toContain(email);
  const report = page.locator('lad-registration-form').nth(2);
  await report.locator('.window button').click();
  await expect
    .poll(() => report.locator('lad-selection-report').locator('table').count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
  expect(await page.content()).not.toContain(email);
  await shot('selection-report');
});

test('the embed builder’s snippet, pasted into a blank page on another origin, renders the widget', async () => {
  await page.goto(`${url}/builder.html`);
  await expect.poll(() => page.locator('#filters select').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.selectOption('#filters select[data-attr="country"]', 'HT');
  await page.selectOption('#lang', 'ht');
  await page.locator('#accent').fill('#8a1538');
  await expect
    .poll(() => page.locator('#preview lad-commitment-tracker .count').textContent(), { timeout: 15_000 })
    .toMatch(/angajman/);
  await shot('builder');
  const snippet = await page.locator('#snippet').inputValue();
  expect(snippet).toMatch(
    /<script type="module" src="http:\/\/[^"]+\/cdn\/v[\d.]+\/lad-widgets\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>/,
  );
  expect(snippet).toContain('--lad-color-accent: #8a1538;');
  expect(snippet).toContain('<lad-commitment-tracker');

  const other: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><h1>Partner page</h1>\n${snippet}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const address = other.address();
  const otherUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  try {
    expect(new URL(otherUrl).origin).not.toBe(new URL(url).origin);
    await page.goto(otherUrl);
    const widget = page.locator('lad-commitment-tracker');
    await expect.poll(() => widget.locator('.count').textContent(), { timeout: 20_000 }).toMatch(/angajman/);
    expect(await widget.locator('#f-country').inputValue()).toBe('HT');
    const accent = await widget.evaluate((el) =>
      getComputedStyle(el).getPropertyValue('--lad-color-accent').trim(),
    );
    expect(accent).toBe('#8a1538');
    await shot('snippet-on-another-origin');
  } finally {
    other.close();
  }
});

/** Serves `html` on another origin (a partner's page) with the given headers while `work` runs. */
async function onAnotherOrigin(
  html: string,
  headers: Record<string, string>,
  work: (at: string) => Promise<void>,
) {
  const other: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(html);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const address = other.address();
  const at = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  try {
    expect(new URL(at).origin).not.toBe(new URL(url).origin);
    await work(at);
  } finally {
    other.close();
  }
}

test('the SDK without a bundler: one module from the CDN, on a strict-CSP page of another origin', async () => {
  const manifest = await (await fetch(`${url}/cdn/manifest.json`)).json();
  expect(manifest.sdk.path).toMatch(/^\/cdn\/v[\d.]+\/lad-sdk\.js$/);
  const file = await fetch(`${url}${manifest.sdk.path}`);
  expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  const bytes = Buffer.from(await file.arrayBuffer());
  const { createHash } = await import('node:crypto');
  expect(`sha384-${createHash('sha384').update(bytes).digest('base64')}`).toBe(manifest.sdk.integrity);
  // No import map, no bundler: the module carries ky and zod inside.
  expect(bytes.toString()).not.toMatch(/from\s*["'](ky|zod)/);

  const html = `<!doctype html><html lang="ht"><head><meta charset="utf-8"><title>SDK</title></head><body>
<h1>Angajman Meksik</h1><ul id="out"></ul><p id="problem"></p>
<script type="module" nonce="n0nce">
import { createLadClient, pickText, isLadApiError } from '${url}${manifest.sdk.path}';
const lad = createLadClient({ baseUrl: '${url}', locale: 'ht' });
const page = await lad.commitments.list({ country: 'MX', limit: 5 });
for (const c of page.items) {
  const li = document.createElement('li');
  li.textContent = pickText(c.title, 'ht').text;
  document.querySelector('#out').append(li);
}
try { await lad.registrations.submit('demo-evt-ministerial-next', {}); }
catch (error) { document.querySelector('#problem').textContent = isLadApiError(error) ? error.fieldErrors.map((e) => e.path.join('.') + ':' + e.code).join(' ') : String(error); }
</script></body></html>`;
  const csp = `default-src 'none'; script-src 'nonce-n0nce' ${url}; connect-src ${url}; require-trusted-types-for 'script'`;
  await onAnotherOrigin(html, { 'content-security-policy': csp }, async (at) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Trusted Type/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(at);
    await expect.poll(() => page.locator('#out li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('#problem').textContent(), { timeout: 15_000 })
      .toBe('organization:required representative:required answers:required consent:required');
    expect(violations).toEqual([]);
  });
});

test('the calendar’s .ics download parses and holds the event', async () => {
  await page.goto(`${url}/calendar.html`);
  const calendar = page.locator('lad-session-calendar');
  await expect.poll(() => calendar.locator('table[aria-busy="false"]').count(), { timeout: 15_000 }).toBe(1);
  // On to the next month with a session.
  for (let i = 0; i < 4 && !(await calendar.locator('.chip').count()); i++)
    await calendar.locator('button[aria-label="Next month"]').click();
  expect(await calendar.locator('.chip').count()).toBeGreaterThan(0);
  await shot('calendar-month');
  await calendar.locator('.chip').first().click();
  const link = calendar.locator('.details a[download]');
  await expect.poll(() => link.count()).toBe(1);
  const title = (await calendar.locator('.details h4').textContent())?.trim() ?? '';
  const id = await calendar.locator('.details article').getAttribute('data-id');
  await shot('calendar-event');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  const calendarData = ICAL.parse(readFileSync(path, 'utf8'));
  const vevents = new ICAL.Component(calendarData).getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const event = new ICAL.Event(vevents[0]);
  expect(event.uid).toContain(id as string);
  expect(title.startsWith(event.summary.slice(0, 20))).toBe(true);
  expect(event.startDate.toJSDate().getTime()).toBeGreaterThan(0);
});

test('on a partner page with aggressive global CSS, the widgets keep their look and leak nothing', async () => {
  await page.goto(`${url}/partner.html`);
  const tracker = page.locator('lad-commitment-tracker');
  await expect.poll(() => tracker.locator('.item[data-key]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const pink = 'rgb(255, 105, 180)';
  // The page's own controls get its CSS…
  expect(await page.locator('#site-language').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    pink,
  );
  // …the widgets' do not.
  const inside = await tracker.locator('#f-country').evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, border: style.borderStyle };
  });
  expect(inside.background).not.toBe(pink);
  expect(inside.border).not.toBe('dashed');
  const toggle = await tracker
    .locator('button.toggle')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(toggle).not.toBe(pink);
  // And nothing of theirs reaches the page.
  expect(await page.locator('.cms-banner').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    'rgb(0, 51, 153)',
  );
  await shot('partner-page');
});

test('the server hands out only the site and the widget files', async () => {
  for (const path of [
    '/..%2Fserve.mjs',
    '/cdn/..%2F..%2Fpackage.json',
    '/..%2F..%2Fapi%2Fdist%2Fmain.js',
    '/%2e%2e/package.json',
  ])
    expect((await fetch(`${url}${path}`)).status, path).toBe(404);
  const manifest = await (await fetch(`${url}/cdn/manifest.json`)).json();
  const file = await fetch(`${url}${manifest.path}`);
  expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(file.headers.get('access-control-allow-origin')).toBe('*');
});

test('the console at /console/: the built app runs under its strict policy, in Kreyòl too', async () => {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { violations: string[] }).violations = found;
    document.addEventListener('securitypolicyviolation', (e) =>
      found.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}/console/`);
  // Nobody is signed in: the sign-in page, by the router.
  await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/\/console\/#\/sign-in$/);
  await page.locator('lad-console #email').waitFor();
  await page.selectOption('lad-console #language', 'ht');
  await expect.poll(() => page.locator('lad-console h1').textContent()).toBe('Konekte');
  await shot('console-sign-in-kreyol');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(errors).toEqual([]);
});
