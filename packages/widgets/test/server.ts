import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { serve } from '@hono/node-server';
import { createHarness } from '@lad/api/testing';
import type { TestProject } from 'vitest/node';

// For the browser tests: the real API over a fresh seeded database, the built CDN files under
// /cdn/, and a partner page served with a strict Content-Security-Policy.

const CDN = new URL('../dist/cdn/', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const cspPage = (origin: string) => `<!doctype html>
<html lang="ht">
<head><meta charset="utf-8"><title>Strict CSP partner page</title>
<script type="module" src="/cdn/lad-widgets.js"></script>
</head>
<body>
<h1>Paj patnè</h1>
<lad-commitment-tracker api-base="${origin}" country="HT"></lad-commitment-tracker>
<lad-progress-summary api-base="${origin}" mechanism="CRM"></lad-progress-summary>
<lad-registration-form api-base="${origin}" event="demo-evt-ministerial-next"></lad-registration-form>
<lad-selection-report api-base="${origin}" event="demo-evt-ministerial-past"></lad-selection-report>
<lad-proposal-form api-base="${origin}" kind="policy" committee="cmte-labor-mobility"></lad-proposal-form>
<lad-session-calendar api-base="${origin}" view="month" from="2026-03"></lad-session-calendar>
<lad-committee-directory api-base="${origin}"></lad-committee-directory>
</body>
</html>`;

export default async function setup(project: TestProject) {
  const harness = await createHarness({ logLevel: 'silent' });
  let origin = '';
  harness.app.get('/csp.html', (c) => c.html(cspPage(origin), 200, { 'content-security-policy': CSP }));
  harness.app.get('/cdn/*', async (c) => {
    const path = normalize(join(CDN, c.req.path.slice('/cdn/'.length)));
    if (!path.startsWith(CDN)) return c.notFound();
    try {
      return c.body(new Uint8Array(await readFile(path)), 200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
    } catch {
      return c.notFound();
    }
  });
  // The API sets its own CSP on every answer; the partner page keeps the strict one.
  const fetch = async (request: Request) => {
    const response = await harness.app.fetch(request);
    if (/\/csp\.html$/.test(new URL(request.url).pathname))
      response.headers.set('content-security-policy', CSP);
    return response;
  };
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  project.provide('apiUrl', origin);
  // A secretariat's token, so the form tests can check what the API stored (and only that).
  const secretariat = await harness.token('secretariat');
  project.provide('secretariatToken', secretariat);
  // The public record ties no commitment to an action package or a regional mechanism; a
  // curator does. These make the package and mechanism filters testable.
  for (const [country, pillar, actionPackages, mechanisms, title] of [
    ['HT', 'II', ['labor-mobility'], ['caricom', 'crm'], 'Travay sezonye pou jèn yo'],
    ['GT', 'I', ['integration-host-communities'], ['crm', 'mirps'], 'Acogida en comunidades de frontera'],
    ['MX', 'II', ['labor-mobility'], ['crm', 'mirps'], 'Visas de trabajo temporal en el sur'],
  ] as const) {
    const created = await harness.app.request('/v1/commitments', {
      method: 'POST',
      headers: { authorization: `Bearer ${secretariat}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        country,
        pillar,
        status: 'limited',
        actionPackages,
        mechanisms,
        title: {
          original: country === 'HT' ? 'ht' : 'es',
          text: { [country === 'HT' ? 'ht' : 'es']: title },
        },
      }),
    });
    if (created.status !== 201) throw new Error(`test data: ${created.status} ${await created.text()}`);
  }
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await harness.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    secretariatToken: string;
  }
}
