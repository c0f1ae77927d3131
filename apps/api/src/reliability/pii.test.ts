import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHarness, type Harness } from '../testing/harness.js';

// Personal data never goes public: known names, emails and phone numbers are submitted through
// every public write, then every public endpoint (each event, committee and path filled in),
// every export, the ICS feeds, the OpenAPI document and the API's logs are searched.

let h: Harness;
const NAME = 'Wideline Pétion-Saintil';
const EMAIL = 'wideline.pii-probe@example.org';
const PHONE = '+509 3712 4455';
const ORG_PRIVATE = 'Rezo Prive Pa Lis';

beforeAll(async () => {
  h = await createHarness({
    rateLimitPerIp: 100_000,
    rateLimitPerEmail: 100_000,
    minFillMs: 0,
    logLevel: 'info',
  });
});
afterAll(() => h?.close());

test('no public answer, export, feed, API document or log line holds the submitted personal data', async () => {
  const events = (
    (await (await h.app.request('/v1/events?limit=100')).json()) as {
      items: {
        id: string;
        registration: { state: string; criteria: { id: string; answer: string }[] } | null;
        topicProposalsCloseAt: string | null;
      }[];
    }
  ).items;
  const committees = ((await (await h.app.request('/v1/committees')).json()) as { items: { id: string }[] })
    .items;
  let writes = 0;
  for (const event of events.filter(
    (e) => e.registration && ['open', 'full'].includes(e.registration.state),
  )) {
    const r = await h.app.request(`/v1/events/${event.id}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `pii-r-${event.id}` },
      body: JSON.stringify({
        organization: { name: ORG_PRIVATE, country: 'HT', level: 'local', kinds: ['advocacy'], ledBy: [] },
        representative: { name: NAME, email: EMAIL, role: 'Kowòdonatris', needs: `Rele m: ${PHONE}` },
        answers: (event.registration?.criteria ?? []).map((c) => ({
          criterionId: c.id,
          answer: c.answer === 'yes_no' ? 'yes' : `Ekri ${NAME} nan ${EMAIL}`,
        })),
        consent: true,
        listPublicly: false,
        joinWaitlist: true,
      }),
    });
    expect(r.status, event.id).toBe(201);
    writes++;
  }
  for (const event of events.filter(
    (e) => e.topicProposalsCloseAt && Date.parse(e.topicProposalsCloseAt) > h.clock.now.getTime(),
  )) {
    const r = await h.app.request(`/v1/events/${event.id}/agenda-topics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `pii-t-${event.id}` },
      body: JSON.stringify({
        title: 'Yon sijè',
        summary: 'Rezime piblik.',
        locale: 'ht',
        organization: { name: ORG_PRIVATE, country: 'HT' },
        contact: { name: NAME, email: EMAIL },
        consent: true,
        listPublicly: false,
      }),
    });
    expect(r.status).toBe(201);
    writes++;
  }
  for (const committee of committees) {
    const r = await h.app.request(`/v1/committees/${committee.id}/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `pii-p-${committee.id}` },
      body: JSON.stringify({
        title: 'Pwopozisyon',
        body: 'Tèks piblik.',
        locale: 'ht',
        organization: { name: ORG_PRIVATE, country: 'HT' },
        contact: { name: NAME, email: EMAIL },
        consent: true,
      }),
    });
    expect(r.status).toBe(201);
    writes++;
  }

  // Every public read, with each event and committee in its path.
  const fill = (path: string) => {
    if (!path.includes('{')) return [path];
    if (path.includes('/events/')) return events.map((e) => path.replace('{id}', e.id));
    if (path.includes('/committees/')) return committees.map((c) => path.replace('{id}', c.id));
    return [];
  };
  const paths = h.routes
    .filter((r) => r.access === 'public' && r.method === 'get')
    .flatMap((r) => fill(r.honoPath ?? r.path).map((p) => p.replace(/:id\{[^}]*\}/, events[0]?.id ?? '')));
  paths.push('/v1/openapi.json', '/docs');
  const answers: string[] = [];
  for (const path of paths) answers.push(await (await h.app.request(path)).text());
  const everything = `${answers.join('\n')}\n${JSON.stringify(h.logs)}`;
  const found = [NAME, EMAIL, PHONE, '3712 4455', ORG_PRIVATE, 'pii-probe'].filter((s) =>
    everything.includes(s),
  );
  console.log(
    `PII scan: ${writes} submissions with known personal data; ${paths.length} public answers and ${h.logs.length} log lines searched; ${found.length} hits`,
  );
  expect(found).toEqual([]);
  // The curators of the scope do see them (the data were stored).
  const secretariat = await h.token('secretariat');
  const records = await h.app.request('/v1/registrations?limit=100', {
    headers: { authorization: `Bearer ${secretariat}` },
  });
  expect(await records.text()).toContain(EMAIL);
});
