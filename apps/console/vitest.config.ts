import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';

// Debian's Chromium, never a downloaded browser — the widgets' launch options
// (packages/widgets/vitest.config.ts).
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

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM))
  throw new Error(
    `The console's browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH). \`pnpm test\` installs it with the widgets' tests when it can.`,
  );

/** A free port on this machine. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

// The real API (test/server.ts starts it) answers under the test page's own origin: the test
// server forwards /v1 to it, as the LAD server serves the console and the API on one origin.
// So the session cookie, the console's headers and the API's same-origin checks all work as in
// production.
// The API knows that origin as its public URL: passkeys are made for it, and writes must come
// from it.
const apiPort = Number(process.env.LAD_CONSOLE_TEST_API_PORT) || (await freePort());
process.env.LAD_CONSOLE_TEST_API_PORT = String(apiPort);
const pagePort = Number(process.env.LAD_CONSOLE_TEST_PAGE_PORT) || (await freePort());
process.env.LAD_CONSOLE_TEST_PAGE_PORT = String(pagePort);

/** The API's command line (apps/api/dist/cli.js) on the test database. */
const API_CLI = new URL('../api/dist/cli.js', import.meta.url).pathname;

/**
 * Invites `email` with `pnpm --filter @lad/api user invite` (the CLI an operator uses for the
 * first person) and hands back the token of the link it prints.
 */
const invite: BrowserCommand<[email: string, role: string, scope: string | null]> = async (
  _context,
  email,
  role,
  scope,
) => {
  const args = [
    API_CLI,
    'user',
    'invite',
    '--email',
    email,
    '--role',
    role,
    ...(scope ? ['--scope', scope] : []),
  ];
  let printed: string;
  try {
    printed = execFileSync(process.execPath, args, {
      env: { ...process.env, DATABASE_URL: process.env.LAD_CONSOLE_TEST_DATABASE ?? '', LOG_LEVEL: 'error' },
      encoding: 'utf8',
    });
  } catch (error) {
    throw new Error(
      `The API's \`user invite\` command failed: ${String((error as { stderr?: string }).stderr ?? error)}`,
    );
  }
  const token = /\/console\/#\/invite\/([\w.~%-]+)/.exec(printed)?.[1];
  if (!token)
    throw new Error(
      `PENDING on the API: \`user invite\` printed no invitation link (…/console/#/invite/<token>). It printed:\n${printed}`,
    );
  return decodeURIComponent(token);
};

/**
 * Gives the test page a platform authenticator (Chromium's virtual one, over the DevTools
 * protocol) that says yes at once, so passkeys can be registered and used; `false` removes it.
 */
const authenticators = new WeakMap<object, { session: import('playwright').CDPSession; id: string }>();
const virtualAuthenticator: BrowserCommand<[on: boolean]> = async (context, on) => {
  const page = context.page;
  const known = authenticators.get(page);
  if (known) {
    await known.session.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: known.id });
    authenticators.delete(page);
  }
  if (!on) return;
  const session = await page.context().newCDPSession(page);
  await session.send('WebAuthn.enable');
  const { authenticatorId } = await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  authenticators.set(page, { session, id: authenticatorId });
};

/**
 * A tracking matrix as an Excel workbook (`.xlsx`), made with the API's own writer (`toXlsx` of
 * `@lad/api`, the one behind its templates and exports), handed to the page as base64: the
 * walk-through (src/walkthrough.test.ts) imports it as a ministry's file.
 */
const xlsx: BrowserCommand<[columns: string[], rows: Record<string, string>[]]> = async (
  _context,
  columns,
  rows,
) => {
  const { toXlsx } = await import('@lad/api');
  return (await toXlsx(columns, rows)).toString('base64');
};

/** A message as the test SMTP server received it, as the `mailbox` command hands it to the page. */
export interface Mail {
  /** The `To` header's addresses, and the envelope's (`RCPT TO`). */
  to: string[];
  envelopeTo: string[];
  from: string;
  subject: string;
  /** The plain-text part (`null`: the message had none). */
  text: string | null;
  html: string | null;
  /** `Content-Language`: the language it is written in. */
  language: string | null;
  /** `X-LAD-Message`: the outbox message's id. */
  messageId: string | null;
  autoSubmitted: string | null;
  /**
   * Every address in the message: `href` and `src` of the HTML, then what looks like one in the
   * text — absolute, or starting with `/v1/` or `#/`, so that a relative link shows too.
   */
  links: string[];
}

/**
 * What the test SMTP server (test/server.ts starts it in this process, and the API sends to it)
 * received for `address` — the `To` header or the envelope — in the order it arrived.
 */
const mailbox: BrowserCommand<[address: string]> = async (_context, address) => {
  const smtp = (globalThis as { [key: symbol]: import('@lad/api/testing').TestSmtp | undefined })[
    Symbol.for('lad.console.test-smtp')
  ];
  if (!smtp) throw new Error('No test SMTP server: test/server.ts (the global setup) starts it.');
  const wanted = address.toLowerCase();
  return smtp
    .messages()
    .filter((m) => [...m.to, ...m.envelopeTo].some((a) => a.toLowerCase() === wanted))
    .map(
      (m): Mail => ({
        to: m.to,
        envelopeTo: m.envelopeTo,
        from: m.from,
        subject: m.subject,
        text: m.text ?? null,
        html: m.html ?? null,
        language: m.header('content-language') ?? null,
        messageId: m.header('x-lad-message') ?? null,
        autoSubmitted: m.header('auto-submitted') ?? null,
        links: [
          ...[...(m.html ?? '').matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/gi)].map((x) => x[1] as string),
          ...[...(m.text ?? '').matchAll(/(?:https?:\/\/|\/v1\/|#\/)\S+/g)].map((x) => x[0]),
        ],
      }),
    );
};

/**
 * The API's own e-mail texts (`MAIL_TEXTS`, apps/api/src/mail/texts.ts) in the five languages,
 * the sentences only (the parts with placeholders are functions, left out): a test compares
 * what arrives with them rather than with words of its own.
 */
const mailTexts: BrowserCommand<[]> = async () => {
  const { MAIL_TEXTS } = await import('@lad/api/testing');
  return JSON.parse(JSON.stringify(MAIL_TEXTS));
};

export default defineConfig({
  // `changeOrigin: false`: the API sees the page's own host, as behind the LAD server.
  server: { proxy: { '/v1': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } } },
  test: {
    testTimeout: 40_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'console · chromium',
          include: ['src/**/*.test.ts'],
          globalSetup: ['test/server.ts'],
          browser: {
            enabled: true,
            api: { port: pagePort, strictPort: true },
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM,
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { invite, virtualAuthenticator, xlsx, mailbox, mailTexts },
          },
        },
      },
      {
        extends: true,
        test: { name: 'console · build', include: ['test/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
