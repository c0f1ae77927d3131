import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';

// Debian's Chromium, never a downloaded browser (.ci/run installs Debian's package).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * Cuts the browser off from the API (requests to `url` fail as a lost connection does) or
 * reconnects it. Only the API: taking the whole browser off line would also cut the test
 * runner's own connection.
 */
const cutNetwork: BrowserCommand<[url: string, cut: boolean]> = async (context, url, cut) => {
  const pattern = `${url}/**`;
  if (cut) await context.context.route(pattern, (route) => route.abort('internetdisconnected'));
  else await context.context.unroute(pattern);
};

/** Requests seen by {@link flaky} per URL pattern: method, idempotency key, what happened. */
const seen = new Map<string, { method: string; key: string | null; outcome: 'dropped' | 'passed' }[]>();

/**
 * Makes the connection to `url` flaky *after* the API handled the request: the first `drop`
 * requests other than GET reach the API (which stores what they carry), then their answers are
 * lost as on a dropped connection. Every request is logged with its idempotency key (see
 * `requests`). `drop: -1` removes the route.
 */
const flaky: BrowserCommand<[url: string, drop: number]> = async (context, url, drop) => {
  if (drop < 0) {
    await context.context.unroute(url);
    return;
  }
  const log: { method: string; key: string | null; outcome: 'dropped' | 'passed' }[] = [];
  seen.set(url, log);
  let left = drop;
  await context.context.route(url, async (route) => {
    const request = route.request();
    if (request.method() === 'GET') return route.continue();
    const key = (await request.allHeaders())['idempotency-key'] ?? null;
    const response = await route.fetch();
    if (left > 0) {
      left--;
      log.push({ method: request.method(), key, outcome: 'dropped' });
      return route.abort('connectionreset');
    }
    log.push({ method: request.method(), key, outcome: 'passed' });
    return route.fulfill({ response });
  });
};

const requests: BrowserCommand<[url: string]> = async (_context, url) => seen.get(url) ?? [];

/**
 * Opens `url` in a new tab of the test browser, as a visitor would, and reports every Content
 * Security Policy violation there and the text each widget shows once it matches `expect`
 * (selector → regular expression), or after 15 s.
 */
const visit: BrowserCommand<[url: string, expect: Record<string, string>]> = async (context, url, expect) => {
  const page = await context.context.newPage();
  try {
    await page.addInitScript(() => {
      const found: string[] = [];
      (window as unknown as { violations: string[] }).violations = found;
      document.addEventListener('securitypolicyviolation', (e) =>
        found.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    await page.goto(url);
    // What each widget shows (its shadow tree's text); written out twice because functions
    // passed to the page must be self-contained, and `eval` is what this page forbids.
    await page
      .waitForFunction(
        (wanted) =>
          Object.entries(wanted).every(([s, re]) =>
            new RegExp(re).test(
              (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
            ),
          ),
        expect,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    return await page.evaluate((wanted) => {
      const texts: Record<string, string> = {};
      for (const s of Object.keys(wanted))
        texts[s] = (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
      return { violations: (window as unknown as { violations: string[] }).violations, texts };
    }, expect);
  } finally {
    await page.close();
  }
};

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'widgets · chromium',
          include: ['src/**/*.test.ts'],
          // The real API (seeded demo data), the CDN files and a strict-CSP page, for the tests.
          globalSetup: ['test/server.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { cutNetwork, visit, flaky, requests },
          },
        },
      },
      {
        extends: true,
        test: { name: 'widgets · build', include: ['test/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
