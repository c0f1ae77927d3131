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

/** Every JSON leaf of a value, by its path: `items.3.title`. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, value);
  return out;
}

/** Every public read (each event and committee in its path), answer by answer. */
async function publicAnswers(h: Harness): Promise<Map<string, string>> {
  const events = ((await (await h.app.request('/v1/events?limit=100')).json()) as { items: { id: string }[] })
    .items;
  const committees = ((await (await h.app.request('/v1/committees')).json()) as { items: { id: string }[] })
    .items;
  const fill = (path: string) => {
    if (!path.includes('{') && !path.includes(':id')) return [path];
    if (path.includes('/events/'))
      return events.map((e) => path.replace('{id}', e.id).replace(/:id\{[^}]*\}/, `${e.id}.ics`));
    if (path.includes('/committees/')) return committees.map((c) => path.replace('{id}', c.id));
    return [];
  };
  const answers = new Map<string, string>();
  for (const path of h.routes
    .filter((r) => r.access === 'public' && r.method === 'get')
    .flatMap((r) => fill(r.honoPath ?? r.path)))
    answers.set(path, await (await h.app.request(path)).text());
  return answers;
}

/**
 * What changed between two sets of answers: for JSON, each leaf that appeared, went or changed
 * (`path → key: before → after`); for other answers, the lines that are new.
 */
function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [path, text] of after) {
    const then = before.get(path) ?? '';
    if (then === text) continue;
    let a: Map<string, unknown> | null = null;
    let b: Map<string, unknown> | null = null;
    try {
      a = leaves(JSON.parse(then));
      b = leaves(JSON.parse(text));
    } catch {
      const old = new Set(then.split(/\r?\n/));
      for (const line of text.split(/\r?\n/)) if (!old.has(line)) out.push(`${path} + ${line}`);
      continue;
    }
    for (const key of new Set([...a.keys(), ...b.keys()]))
      if (a.get(key) !== b.get(key))
        out.push(`${path} → ${key}: ${JSON.stringify(a.get(key))} → ${JSON.stringify(b.get(key))}`);
  }
  return out;
}

test('differencing: every public answer before and after one person takes part tells nothing about them', async () => {
  const d = await createHarness({ rateLimitPerIp: 100_000, rateLimitPerEmail: 100_000, minFillMs: 0 });
  try {
    const person = {
      org: 'Asosyasyon Fanm Vanyan Lagonav',
      name: 'Rosemène Dorvilus',
      email: 'rosemene.diff-probe@example.org',
    };
    const events = (
      (await (await d.app.request('/v1/events?limit=100')).json()) as {
        items: {
          id: string;
          registration: { state: string; criteria: { id: string; answer: string }[] } | null;
          topicProposalsCloseAt: string | null;
        }[];
      }
    ).items;
    const open = events.find((e) => e.registration?.state === 'open');
    const agenda = events.find(
      (e) => e.topicProposalsCloseAt && Date.parse(e.topicProposalsCloseAt) > d.clock.now.getTime(),
    );
    const committee = ((await (await d.app.request('/v1/committees')).json()) as { items: { id: string }[] })
      .items[0];
    expect(open && agenda && committee).toBeTruthy();

    const before = await publicAnswers(d);
    const post = async (path: string, key: string, body: unknown) => {
      const r = await d.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      });
      expect(r.status, path).toBe(201);
      return (await r.json()) as { id: string; receipt: string };
    };
    const registration = await post(`/v1/events/${open?.id}/registrations`, 'diff-r', {
      organization: {
        name: person.org,
        country: 'HT',
        level: 'local',
        kinds: ['advocacy'],
        ledBy: ['women'],
      },
      representative: { name: person.name, email: person.email },
      answers: (open?.registration?.criteria ?? []).map((c) => ({
        criterionId: c.id,
        answer: c.answer === 'yes_no' ? 'yes' : 'Nou travay ak fanm migran yo.',
      })),
      consent: true,
      listPublicly: false,
    });
    const topic = await post(`/v1/events/${agenda?.id}/agenda-topics`, 'diff-t', {
      title: 'Dokiman pou timoun ki fèt sou wout la',
      summary: 'Rezime piblik.',
      locale: 'ht',
      organization: { name: person.org, country: 'HT' },
      contact: { name: person.name, email: person.email },
      consent: true,
      listPublicly: false,
    });
    const proposal = await post(`/v1/committees/${committee?.id}/proposals`, 'diff-p', {
      title: 'Pwoteksyon pou fanm ki vwayaje pou kont yo',
      body: 'Tèks piblik.',
      locale: 'ht',
      organization: { name: person.org, country: 'HT' },
      contact: { name: person.name, email: person.email },
      consent: true,
    });
    const secret = [
      person.org,
      person.name,
      person.email,
      'diff-probe',
      registration.receipt,
      topic.receipt,
      proposal.receipt,
    ];

    // Sent, not yet reviewed: only the event's count of seats taken may move, by one (and the
    // data revision that health reports).
    const sent = await publicAnswers(d);
    const afterSending = changes(before, sent);
    expect(afterSending.filter((c) => secret.some((s) => c.includes(s)))).toEqual([]);
    const unexpected = afterSending.filter(
      (c) =>
        !/→ (items\.\d+\.)?registration\.seatsTaken: (\d+) → (\d+)$/.test(c) &&
        !/^\/v1\/health → revision: /.test(c),
    );
    expect(afterSending.length).toBeGreaterThan(0);
    expect(unexpected).toEqual([]);

    // Reviewed: the registration selected, the topic and proposal taken up and answered.
    const secretariat = await d.token('secretariat');
    const auth = { authorization: `Bearer ${secretariat}`, 'content-type': 'application/json' };
    const decide = async (path: string, body: unknown) =>
      expect(
        (await d.app.request(path, { method: 'PATCH', headers: auth, body: JSON.stringify(body) })).status,
        path,
      ).toBe(200);
    await decide(`/v1/registrations/${registration.id}`, { status: 'selected' });
    const answer = { original: 'es', text: { es: 'Gracias; lo veremos en la sesión.' } };
    await decide(`/v1/agenda-topics/${topic.id}`, { status: 'accepted', response: answer });
    await decide(`/v1/proposals/${proposal.id}`, { status: 'answered', response: answer });
    const reviewed = await publicAnswers(d);
    const afterReview = changes(sent, reviewed);
    expect(afterReview.filter((c) => secret.some((s) => c.includes(s)))).toEqual([]);
    // What appears is what was sent to be published — titles, texts, the answer — under no name.
    const shown = afterReview.filter((c) => /organizationName/.test(c));
    expect(shown.every((c) => c.endsWith('→ null'))).toBe(true);
    expect(afterReview.some((c) => c.includes('Pwoteksyon pou fanm'))).toBe(true);
    // No country, level, kind or led-by of the person shows anywhere it did not before.
    expect(
      afterReview.filter((c) => /"(HT|local|advocacy|women)"$/.test(c) && !/(title|summary|body)/.test(c)),
    ).toEqual([]);
    console.log(
      `differencing: ${before.size} public answers compared before and after one person took part: ${afterSending.length} changes after sending, ${afterReview.length} after review, none about them`,
    );
  } finally {
    await d.close();
  }
});

// Three rounds of every public answer: PostgreSQL on a busy machine needs more than the default timeout.
test('differencing: a committee member’s details reach the public answers one by one, each only with its consent', async () => {
  const d = await createHarness({ logLevel: 'silent' });
  try {
    const person = {
      name: 'Marie-Ange Consent-Probe',
      organization: 'Rezo Konsantman Probe',
      email: 'marie-ange.consent-probe@example.org',
      phone: '+509 3700 1122',
    };
    const secret = [
      person.name,
      person.organization,
      person.email,
      person.phone,
      '3700 1122',
      'consent-probe',
    ];
    const coordinator = await d.token('committee', 'labor-mobility');
    const send = async (method: string, path: string, body: unknown) => {
      const r = await d.app.request(path, {
        method,
        headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(r.status, path).toBeLessThan(300);
      return (await r.json()) as { id: string };
    };
    const member = (consent: Record<string, unknown>) => ({
      role: 'cso_representative',
      ...person,
      country: 'HT',
      languages: ['ht'],
      consent,
    });
    const moved = (c: string) => !/^\/v1\/health → revision: /.test(c);

    // Added with no consent at all: a filled seat, and nothing of the person.
    const before = await publicAnswers(d);
    const added = await send('POST', '/v1/committees/cmte-labor-mobility/members', member({}));
    const seat = await publicAnswers(d);
    const afterAdding = changes(before, seat).filter(moved);
    expect(afterAdding.filter((c) => secret.some((s) => c.includes(s)))).toEqual([]);
    expect(afterAdding.length).toBeGreaterThan(0);
    expect(
      afterAdding.filter(
        (c) =>
          !/^\/v1\/committees → items\.\d+\.members\.\d+\.(role: undefined → "cso_representative"|\w+: undefined → null)$/.test(
            c,
          ),
      ),
    ).toEqual([]);

    // The email consented: the email appears, and nothing else moves.
    await send(
      'PUT',
      `/v1/committees/cmte-labor-mobility/members/${added.id}`,
      member({ email: { given: true, how: 'email' } }),
    );
    // (`contact` itself goes from null to an object: a leaf that goes, not a value.)
    const emailed = changes(seat, await publicAnswers(d))
      .filter(moved)
      .filter((c) => !/\.contact: null → undefined$/.test(c));
    expect(emailed).toEqual([
      expect.stringMatching(
        /^\/v1\/committees → items\.\d+\.members\.\d+\.contact\.email: undefined → "(.+)"$/,
      ),
    ]);
    expect(emailed[0]).toContain(person.email);
    const text = [...(await publicAnswers(d)).values()].join('\n');
    for (const s of [person.name, person.organization, person.phone, '3700 1122'])
      expect(text).not.toContain(s);
    console.log(
      `differencing (committee members): ${before.size} public answers; ${afterAdding.length} changes for a seat with no consent, ${emailed.length} once the email is consented`,
    );
  } finally {
    await d.close();
  }
}, 180_000);
