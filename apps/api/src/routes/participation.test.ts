import type { Event, Page, RegistrationInput } from '@lad/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { claimKey } from '../store/idempotency.js';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
let open: Event;
let full: Event;
let notYet: Event;
let closed: Event;
beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  secretariat = await h.token('secretariat');
  const all: Event[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Event> = await api.json(
      await api.get(`/v1/events?limit=100${cursor ? `&cursor=${cursor}` : ''}`),
    );
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  open = all.find((e) => e.kind === 'high_level_meeting' && e.registration?.state === 'open')!;
  full = all.find((e) => e.registration?.state === 'full')!;
  notYet = all.find((e) => e.registration?.state === 'not_yet_open')!;
  closed = all.find((e) => e.kind === 'high_level_meeting' && e.registration?.state === 'closed')!;
});
afterAll(() => h?.close());
beforeEach(() => h.clock.set(T0));

let n = 0;
const registration = (extra: Partial<RegistrationInput> = {}): RegistrationInput => {
  n++;
  return {
    organization: {
      name: 'Sant Kore Fanm Migran',
      country: 'HT',
      level: 'national',
      kinds: ['service_provider'],
      ledBy: ['women'],
    },
    representative: {
      name: 'Mirlande Désir',
      email: `mirlande${n}@korefanm.example.org`,
      languages: ['ht', 'fr'],
    },
    answers: [{ criterionId: 'crit-1', answer: 'Nou akeyi fanmi ki retounen depi 2015.' }],
    consent: true,
    listPublicly: false,
    signals: { startedAt: new Date(T0.getTime() - 5 * 60_000).toISOString(), trap: '' },
    ...extra,
  };
};
const key = () => `key-${Math.random().toString(36).slice(2)}`;
const register = (eventId: string, body: unknown, k = key(), headers: Record<string, string> = {}) =>
  api.post(`/v1/events/${eventId}/registrations`, body, { 'idempotency-key': k, ...headers });
const count = async (table: 'registrations' | 'proposals') =>
  Number(
    (
      await h.db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('registration', () => {
  test('a valid application gets a receipt, never its personal data back, and is not cached', async () => {
    const body = registration();
    const response = await register(open.id, body);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const receipt = await response.json();
    expect(receipt).toEqual({
      id: expect.any(String),
      receipt: expect.stringMatching(/^LAD-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
      eventId: open.id,
      status: 'submitted',
      createdAt: T0.toISOString(),
    });
    expect(JSON.stringify(receipt)).not.toContain('Mirlande');
    const event = await api.json<Event>(await api.get(`/v1/events/${open.id}`));
    expect(event.registration?.seatsTaken).toBe((open.registration?.seatsTaken ?? 0) + 1);
  });

  test('the same key and body replay the first answer: one record however many retries', async () => {
    const body = registration();
    const k = key();
    const before = await count('registrations');
    const first = await register(open.id, body, k);
    const second = await register(open.id, body, k);
    const third = await register(open.id, body, k);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const [a, b, c] = await Promise.all([first.json(), second.json(), third.json()]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(await count('registrations')).toBe(before + 1);
  });

  test('the same key with another body is refused (422)', async () => {
    const k = key();
    await register(open.id, registration(), k);
    const response = await register(open.id, registration(), k);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'idempotency-key-reused' });
  });

  test('while the first request is being processed, a duplicate gets 409 with Retry-After', async () => {
    const body = JSON.stringify(registration());
    const k = key();
    const { sha256 } = await import('../store/util.js');
    await claimKey(h.db.kysely, `POST /v1/events/${open.id}/registrations`, k, sha256(body), h.clock.now, {
      ttlHours: 24,
      leaseMs: 15_000,
    });
    const response = await register(open.id, body, k);
    expect(response.status).toBe(409);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ code: 'idempotency-in-progress' });
    // A request that died holding the key (a crash) gives it up after the lease.
    h.clock.advance(16_000);
    expect((await register(open.id, body, k)).status).toBe(201);
  });

  test('concurrent duplicates make exactly one record', async () => {
    const body = registration();
    const k = key();
    const before = await count('registrations');
    const responses = await Promise.all(Array.from({ length: 6 }, () => register(open.id, body, k)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    expect(await count('registrations')).toBe(before + 1);
    const receipts = new Set(
      await Promise.all(responses.filter((r) => r.status === 201).map(async (r) => (await r.json()).receipt)),
    );
    expect(receipts.size).toBe(1);
  });

  test('a failed attempt releases the key: fix the form and send again with the same key', async () => {
    const k = key();
    const bad = registration({ representative: { name: 'Mirlande Désir', email: 'not-an-email' } });
    const first = await register(open.id, bad, k);
    expect(first.status).toBe(422);
    expect((await first.json()).errors).toEqual([
      expect.objectContaining({ path: ['representative', 'email'], code: 'invalid_format' }),
    ]);
    expect((await register(open.id, registration(), k)).status).toBe(201);
  });

  test('without an Idempotency-Key the write is refused', async () => {
    const response = await api.post(`/v1/events/${open.id}/registrations`, registration());
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'idempotency-key-required' });
  });

  test('an empty body: `required` for each missing field, never "unrecognized"', async () => {
    const response = await register(open.id, {});
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      expect.objectContaining({ path: ['organization'], code: 'required' }),
      expect.objectContaining({ path: ['representative'], code: 'required' }),
      expect.objectContaining({ path: ['answers'], code: 'required' }),
      expect.objectContaining({ path: ['consent'], code: 'required' }),
    ]);
  });

  test('every field-error code of the SDK comes through the 422 body with its path', async () => {
    const r = registration();
    const { email: _email, ...noEmail } = r.representative;
    const body = {
      ...r,
      extra: 1,
      answers: 'yes',
      consent: false,
      locale: 'kreyòl',
      representative: { ...noEmail, name: 'x'.repeat(201) },
      organization: {
        ...r.organization,
        country: 'ht',
        kinds: [],
        level: 'global',
        ledBy: ['none', 'women'],
        website: 'javascript:alert(1)',
      },
    };
    const response = await register(open.id, body);
    expect(response.status).toBe(422);
    const codes = Object.fromEntries(
      (await response.json()).errors.map((e: any) => [e.path.join('.'), e.code]),
    );
    expect(codes).toEqual({
      extra: 'unrecognized_key',
      answers: 'invalid_type',
      consent: 'invalid_value',
      locale: 'language_tag',
      'representative.email': 'required',
      'representative.name': 'too_big',
      'organization.country': 'country_code',
      'organization.kinds': 'too_small',
      'organization.level': 'invalid_value',
      'organization.ledBy': 'none_with_others',
      'organization.website': 'http_url',
    });
    // Formats and plain text, one field each: path → code and params, as a form reads them.
    const byPath = async (response: Response) => {
      expect(response.status).toBe(422);
      return Object.fromEntries(
        (await response.json()).errors.map((e: any) => [
          e.path.join('.'),
          { code: e.code, params: e.params },
        ]),
      );
    };
    const format = (name: string) => ({ code: 'invalid_format', params: { format: name } });
    expect(
      await byPath(
        await register(open.id, {
          ...r,
          organization: { ...r.organization, name: 'Sant\u0007' },
          representative: { ...r.representative, email: 'no' },
          answers: [{ criterionId: 'not an id!', answer: 'Wi' }],
          signals: { startedAt: '2026-03-05 14:00', trap: '' },
        }),
      ),
    ).toEqual({
      'organization.name': { code: 'plain_text' },
      'representative.email': format('email'),
      'answers.0.criterionId': format('regex'),
      'signals.startedAt': format('iso_timestamp'),
    });
    // What curators send: an event ending before it starts, in an unknown time zone; one with a
    // fractional capacity; a commitment with a date that is not ISO.
    const event = {
      kind: 'national_consultation',
      title: { original: 'ht', text: { ht: 'Reyinyon nasyonal' } },
      country: 'HT',
      startsAt: '2026-05-05T14:00:00Z',
      endsAt: '2026-05-05T16:00:00Z',
      timeZone: 'America/Port-au-Prince',
      format: 'in_person',
      languages: ['ht'],
    };
    const curate = (path: string, body: unknown) => api.post(path, body, bearer(secretariat));
    expect(
      await byPath(
        await curate('/v1/events', { ...event, endsAt: '2026-05-05T13:00:00Z', timeZone: 'Mars/Olympus' }),
      ),
    ).toEqual({ endsAt: { code: 'end_before_start' }, timeZone: { code: 'time_zone' } });
    const window = {
      opensAt: '2026-04-01T00:00:00Z',
      closesAt: '2026-04-20T00:00:00Z',
      capacity: 2.5,
      waitlist: false,
      role: 'participant',
      retentionDays: 365,
    };
    expect(await byPath(await curate('/v1/events', { ...event, registration: window }))).toEqual({
      'registration.capacity': format('integer'),
    });
    const commitment = await curate('/v1/commitments', { announcedOn: '10/06/2022' });
    expect((await byPath(commitment)).announcedOn).toEqual(format('iso_date'));
  });

  test('every invalid field is reported with its path; unknown fields too', async () => {
    const body = {
      ...registration(),
      consent: false,
      extra: 1,
      organization: { ...registration().organization, country: 'ht', kinds: [] },
    };
    const response = await register(open.id, body);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const paths = (await response.json()).errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['consent', 'extra', 'organization.country', 'organization.kinds']),
    );
  });

  test('required selection criteria must be answered', async () => {
    const response = await register(open.id, registration({ answers: [] }));
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      expect.objectContaining({ path: ['answers', 'crit-1'], code: 'required' }),
    ]);
  });

  test('windows: not yet open, closed', async () => {
    const early = await register(notYet.id, registration());
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({
      code: 'registration-not-open',
      opensAt: notYet.registration?.opensAt,
    });
    const late = await register(closed.id, registration());
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: 'registration-closed' });
  });

  test('a full event offers its waiting list', async () => {
    const response = await register(full.id, registration());
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: 'event-full', waitlist: true });
    const waitlisted = await register(full.id, registration({ joinWaitlist: true }));
    expect(waitlisted.status).toBe(201);
    expect(await waitlisted.json()).toMatchObject({ status: 'waitlisted' });
  });

  test('the last seat cannot be taken twice', async () => {
    const created = await api.json<Event>(
      await api.post(
        '/v1/events',
        {
          kind: 'coordinators_meeting',
          title: { original: 'en', text: { en: 'Two observer seats' } },
          startsAt: '2026-04-01T14:00:00Z',
          endsAt: '2026-04-01T16:00:00Z',
          timeZone: 'America/Panama',
          format: 'online',
          onlineUrl: 'https://meet.example.org/two',
          languages: ['es'],
          registration: {
            opensAt: '2026-03-01T00:00:00Z',
            closesAt: '2026-03-20T00:00:00Z',
            capacity: 2,
            waitlist: false,
            role: 'observer',
            retentionDays: 90,
          },
        },
        bearer(secretariat),
      ),
    );
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => register(created.id, registration({ answers: [] }))),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 201, 409, 409, 409]);
    const rows = await h.db.kysely
      .selectFrom('registrations')
      .select('id')
      .where('event_id', '=', created.id)
      .execute();
    expect(rows).toHaveLength(2);
  });

  test('anti-abuse: a filled honeypot is answered like a person and stored nowhere; a form sent too fast is refused', async () => {
    const before = await count('registrations');
    const bot = await register(open.id, registration({ signals: { trap: 'http://spam.example' } }));
    expect(bot.status).toBe(201);
    expect(await bot.json()).toMatchObject({ receipt: expect.stringMatching(/^LAD-/) });
    expect(await count('registrations')).toBe(before);
    const fast = await register(
      open.id,
      registration({ signals: { startedAt: new Date(T0.getTime() - 800).toISOString() } }),
    );
    expect(fast.status).toBe(422);
    expect(await fast.json()).toMatchObject({ code: 'submitted-too-fast' });
  });

  test('malformed bodies: not JSON, not UTF-8, wrong type, too large', async () => {
    const broken = await register(open.id, '{"organization": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ code: 'malformed-request' });
    const latin1 = await h.app.request(`/v1/events/${open.id}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key() },
      body: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expect(latin1.status).toBe(400);
    expect(await latin1.json()).toMatchObject({ detail: expect.stringContaining('UTF-8') });
    const form = await api.request('POST', `/v1/events/${open.id}/registrations`, 'a=1', {
      'content-type': 'application/x-www-form-urlencoded',
      'idempotency-key': key(),
    });
    expect(form.status).toBe(415);
    const huge = await register(open.id, {
      ...registration(),
      answers: [{ criterionId: 'crit-1', answer: 'x'.repeat(400_000) }],
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'payload-too-large' });
  });

  test('rate limits per address and per email (any case) answer 429 with Retry-After', async () => {
    const limited = await createHarness(
      { rateLimitPerIp: 3, rateLimitPerEmail: 2, rateLimitWindowSeconds: 600 },
      { demo: true },
    );
    try {
      const local = client(limited);
      const events: Page<Event> = await local.json(await local.get('/v1/events?limit=100'));
      const openOnes = events.items.filter((e) => e.registration?.state === 'open').slice(0, 4);
      expect(openOnes.length).toBe(4);
      const send = (eventId: string, email: string, ip: string) =>
        local.post(
          `/v1/events/${eventId}/registrations`,
          registration({
            representative: { name: 'Ana', email },
            answers: (openOnes.find((e) => e.id === eventId)?.registration?.criteria ?? []).map((c) => ({
              criterionId: c.id,
              answer: c.answer === 'yes_no' ? 'yes' : 'Sí',
            })),
          }),
          { 'idempotency-key': key(), 'x-forwarded-for': ip },
        );
      // One email, three events: the third application is over the per-email limit.
      expect((await send(openOnes[0]!.id, 'a@example.org', '198.51.100.1')).status).toBe(201);
      expect((await send(openOnes[1]!.id, 'a@example.org', '198.51.100.2')).status).toBe(201);
      const perEmail = await send(openOnes[2]!.id, 'A@Example.ORG', '198.51.100.3');
      expect(perEmail.status).toBe(429);
      expect(Number(perEmail.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await send(openOnes[0]!.id, 'b@example.org', '198.51.100.9')).status).toBe(201);
      expect((await send(openOnes[0]!.id, 'c@example.org', '198.51.100.9')).status).toBe(201);
      expect((await send(openOnes[0]!.id, 'd@example.org', '198.51.100.9')).status).toBe(201);
      const perIp = await send(openOnes[3]!.id, 'e@example.org', '198.51.100.9');
      expect(perIp.status).toBe(429);
      expect(await perIp.json()).toMatchObject({ code: 'rate-limited', retryAfter: expect.any(Number) });
    } finally {
      await limited.close();
    }
  });

  test('one application per person and event, whatever the spelling of the address', async () => {
    const send = (email: string) =>
      register(open.id, registration({ representative: { name: 'Victim', email } }), key(), {
        'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}`,
      });
    expect((await send('Victim.Person@gmail.com')).status).toBe(201);
    for (const variant of [
      'victim.person@gmail.com',
      'VICTIM.PERSON@GMAIL.COM',
      'victimperson@gmail.com',
      'victim.person+1@gmail.com',
      'v.i.c.t.i.m.p.e.r.s.o.n+lad@googlemail.com',
    ]) {
      const again = await send(variant);
      expect(again.status, variant).toBe(409);
      const problem = await again.json();
      expect(problem.code).toBe('already-registered');
      // Nothing about the other application: no receipt, name, status or date.
      expect(JSON.stringify(problem)).not.toMatch(/LAD-|Victim|submitted|selected|20\d\d-/);
    }
    // At a domain whose sub-addressing is not known, `+` and dots are the address's own.
    expect((await send('victim+1@example.org')).status).toBe(201);
    expect((await send('victim+2@example.org')).status).toBe(201);
    expect((await send('Victim+1@Example.org')).status).toBe(409);
  });

  test('the honeypot is counted against the limits and answered exactly as a person would be', async () => {
    const limited = await createHarness({ rateLimitPerIp: 2, rateLimitPerEmail: 100 }, { demo: true });
    try {
      const local = client(limited);
      const trapped = (eventId: string, ip: string, extra = {}) =>
        local.post(
          `/v1/events/${eventId}/registrations`,
          registration({
            signals: { startedAt: new Date(T0.getTime() - 300_000).toISOString(), trap: 'bot' },
            ...extra,
          }),
          { 'idempotency-key': key(), 'x-forwarded-for': ip },
        );
      const person = (eventId: string, ip: string, extra = {}) =>
        local.post(`/v1/events/${eventId}/registrations`, registration(extra), {
          'idempotency-key': key(),
          'x-forwarded-for': ip,
        });
      // A closed event: the same 409 for both.
      const a = await trapped(closed.id, '198.51.100.70');
      const b = await person(closed.id, '198.51.100.71');
      expect([a.status, (await a.json()).code]).toEqual([b.status, (await b.json()).code]);
      expect(a.status).toBe(409);
      // An open one: a receipt of the same shape; nothing stored for the bot.
      const before = await limited.db.kysely.selectFrom('registrations').select('id').execute();
      const fake = await trapped(open.id, '198.51.100.72');
      expect(fake.status).toBe(201);
      const receipt = await fake.json();
      expect(Object.keys(receipt).sort()).toEqual(['createdAt', 'eventId', 'id', 'receipt', 'status']);
      expect(receipt.receipt).toMatch(/^LAD-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(receipt.id).toMatch(/^reg_/);
      expect((await limited.db.kysely.selectFrom('registrations').select('id').execute()).length).toBe(
        before.length,
      );
      // Its requests count against the per-address limit like anyone's.
      expect((await trapped(open.id, '198.51.100.70')).status).toBe(201);
      expect((await trapped(open.id, '198.51.100.70')).status).toBe(429);
      // Proposals too: closed is closed for both, and the limit counts the bot.
      const topic = {
        title: 'Tema',
        summary: 'Resumen',
        locale: 'es',
        organization: { name: 'Org', country: 'HT' },
        contact: { name: 'Ana', email: 'ana@example.org' },
        consent: true,
      };
      const committee = 'cmte-labor-mobility';
      const p1 = await local.post(
        `/v1/events/${closed.id}/agenda-topics`,
        { ...topic, signals: { trap: 'x' } },
        { 'idempotency-key': key(), 'x-forwarded-for': '198.51.100.80' },
      );
      const p2 = await local.post(`/v1/events/${closed.id}/agenda-topics`, topic, {
        'idempotency-key': key(),
        'x-forwarded-for': '198.51.100.81',
      });
      expect(p1.status).toBe(p2.status);
      const body = { ...topic, body: 'Texto', signals: { trap: 'x' } };
      delete (body as { summary?: string }).summary;
      const q1 = await local.post(`/v1/committees/${committee}/proposals`, body, {
        'idempotency-key': key(),
        'x-forwarded-for': '198.51.100.82',
      });
      expect(q1.status).toBe(201);
      expect((await q1.json()).id).toMatch(/^pol_/);
    } finally {
      await limited.close();
    }
  });
});

describe('the client address behind trusted proxies', () => {
  test('a client cannot dodge the per-address limit by writing X-Forwarded-For entries of its own', async () => {
    const limited = await createHarness({ rateLimitPerIp: 3, rateLimitPerEmail: 100 }, { demo: true });
    try {
      const local = client(limited);
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        // The client prepends a random address; the one proxy appends the address it saw.
        const forged = `203.0.113.${Math.floor(Math.random() * 250)}`;
        const response = await local.post(
          `/v1/events/${open.id}/registrations`,
          registration({ representative: { name: 'Ana', email: `spoof${i}@example.org` } }),
          { 'idempotency-key': key(), 'x-forwarded-for': `${forged}, 198.51.100.50` },
        );
        statuses.push(response.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  test('with two trusted proxies, the address the outer one saw', async () => {
    const { forwardedClient } = await import('../http/middleware.js');
    expect(forwardedClient('10.9.9.9, 198.51.100.7, 192.0.2.1', 2)).toBe('198.51.100.7');
    expect(forwardedClient('198.51.100.7, 192.0.2.1', 1)).toBe('192.0.2.1');
    // Fewer entries than trusted proxies: the leftmost there is.
    expect(forwardedClient('198.51.100.7', 2)).toBe('198.51.100.7');
    expect(forwardedClient(undefined, 1)).toBeUndefined();
    expect(forwardedClient('198.51.100.7', 0)).toBeUndefined();
    const { loadConfig } = await import('../config.js');
    expect(loadConfig({ LAD_TRUST_PROXY: 'true' }).trustedProxies).toBe(1);
    expect(loadConfig({ LAD_TRUST_PROXY: '2' }).trustedProxies).toBe(2);
    expect(loadConfig({}).trustedProxies).toBe(0);
  });
});

describe('agenda topics and policy proposals', () => {
  const topic = (extra = {}) => ({
    title: "<script>alert('x')</script> Robert'); DROP TABLE proposals;--",
    summary: 'Nou pwopoze yon pwen sou aksè a dokiman.\n<img src=x onerror=alert(1)>',
    locale: 'ht',
    organization: { name: 'Rezo Fwontalye Jano Siksè', country: 'HT' },
    contact: { name: 'Jean Baptiste', email: 'jb.secret@example.org' },
    consent: true,
    listPublicly: false,
    ...extra,
  });
  const session = () => `demo-evt-integration-host-communities-1`;

  test('a topic is stored as typed (SQL and HTML inert), listed publicly once a committee takes it up, never with the contact or the receipt', async () => {
    const response = await api.post(`/v1/events/${session()}/agenda-topics`, topic(), {
      'idempotency-key': key(),
    });
    expect(response.status).toBe(201);
    const sent = await response.json();
    const listed = async () =>
      api.json(
        await api.get(`/v1/events/${session()}/agenda-topics?limit=100`, { 'cache-control': 'no-cache' }),
      );
    // Moderation (the default): not public before a committee has taken it up.
    expect((await listed()).items.find((t: any) => t.id === sent.id)).toBeUndefined();
    const decided = await api.patch(
      `/v1/agenda-topics/${sent.id}`,
      { status: 'under_review' },
      bearer(secretariat),
    );
    expect(decided.status).toBe(200);
    const after = await listed();
    const mine = after.items.find((t: any) => t.id === sent.id);
    expect(mine).toMatchObject({
      title: topic().title,
      summary: topic().summary,
      organizationName: null,
      status: 'under_review',
    });
    // The receipt is the sender's proof: in the sender's answer, never in a public list.
    expect(mine.receipt).toBeUndefined();
    expect(JSON.stringify(after)).not.toContain(sent.receipt);
    expect(JSON.stringify(after)).not.toContain('jb.secret@example.org');
    expect(await count('proposals')).toBeGreaterThan(0);
  });

  test('LAD_PROPOSALS_PUBLIC=on_receipt lists a topic as soon as it is received', async () => {
    const open = await createHarness({ proposalsPublic: 'on_receipt' }, { demo: true });
    try {
      const local = client(open);
      const sent = await local.json(
        await local.post(`/v1/events/${session()}/agenda-topics`, topic(), { 'idempotency-key': key() }),
      );
      const listed = await local.json(await local.get(`/v1/events/${session()}/agenda-topics?limit=100`));
      expect(listed.items.find((t: any) => t.id === sent.id)).toMatchObject({ status: 'received' });
      expect(JSON.stringify(listed)).not.toContain(sent.receipt);
    } finally {
      await open.close();
    }
  });

  test('topics close when the agenda freezes', async () => {
    const event = await api.json<Event>(await api.get(`/v1/events/${session()}`));
    h.clock.set(new Date(Date.parse(event.topicProposalsCloseAt ?? '') + 1));
    const response = await api.post(`/v1/events/${session()}/agenda-topics`, topic(), {
      'idempotency-key': key(),
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: 'proposals-closed' });
  });

  test('a policy proposal to a committee, answered publicly by the committee', async () => {
    const body = {
      ...topic({ listPublicly: true }),
      body: 'Pwopozisyon ekri.',
      links: ['https://example.org/doc.pdf'],
    };
    delete (body as any).summary;
    const sent = await api.post('/v1/committees/cmte-labor-mobility/proposals', body, {
      'idempotency-key': key(),
    });
    expect(sent.status).toBe(201);
    const { id } = await sent.json();
    const labor = await h.token('committee', 'labor-mobility');
    const other = await h.token('committee', 'refugee-resettlement');
    const decision = {
      status: 'answered',
      response: { original: 'es', text: { es: 'Gracias: lo veremos en la sesión.' } },
    };
    expect((await api.patch(`/v1/proposals/${id}`, decision, bearer(other))).status).toBe(403);
    const answered = await api.patch(`/v1/proposals/${id}`, decision, bearer(labor));
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ contact: { email: 'jb.secret@example.org' } });
    const listed = await api.json(await api.get('/v1/committees/cmte-labor-mobility/proposals'));
    const mine = listed.items.find((p: any) => p.id === id);
    expect(mine).toMatchObject({
      status: 'answered',
      organizationName: 'Rezo Fwontalye Jano Siksè',
      response: { text: decision.response },
    });
    expect(JSON.stringify(listed)).not.toContain('jb.secret');
    const silent = await api.patch(`/v1/proposals/${id}`, { status: 'declined' }, bearer(labor));
    expect(silent.status).toBe(422);
    expect(JSON.stringify(await silent.json())).toContain('reason_required');
    const merged = await api.patch(
      `/v1/proposals/${id}`,
      {
        status: 'merged',
        response: { original: 'fr', text: { fr: 'Fusionnée avec la proposition sur les visas.' } },
      },
      bearer(labor),
    );
    expect(await merged.json()).toMatchObject({ status: 'merged' });
    expect((await api.post('/v1/committees/nope/proposals', body, { 'idempotency-key': key() })).status).toBe(
      404,
    );
  });
});

describe('personal data', () => {
  test('curators of the scope read applications; others do not', async () => {
    const haiti = await h.token('country', 'HT');
    const page = await api.json(await api.get(`/v1/registrations?event=${open.id}`, bearer(secretariat)));
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items[0].representative.email).toMatch(/@/);
    const none = await api.json(await api.get(`/v1/registrations?event=${open.id}`, bearer(haiti)));
    expect(none.items).toEqual([]);
    expect(
      (await api.patch(`/v1/registrations/${page.items[0].id}`, { status: 'selected' }, bearer(haiti)))
        .status,
    ).toBe(403);
    const declined = await api.patch(
      `/v1/registrations/${page.items[0].id}`,
      { status: 'not_selected' },
      bearer(secretariat),
    );
    expect(declined.status).toBe(422);
    const ok = await api.patch(
      `/v1/registrations/${page.items[0].id}`,
      { status: 'not_selected', reason: 'Kapasite plen.' },
      bearer(secretariat),
    );
    expect(await ok.json()).toMatchObject({ status: 'not_selected', reason: 'Kapasite plen.' });
    const csv = await api.get('/v1/registrations.csv', bearer(secretariat));
    expect(await csv.text()).toContain('@korefanm.example.org');
    expect((await api.get('/v1/registrations.csv', bearer(haiti))).status).toBe(403);
  });

  test('no public response and no log line ever contains a registrant or proposer email or name', async () => {
    const publicGets = h.routes.filter(
      (r) => r.access === 'public' && r.method === 'get' && !r.path.includes('{'),
    );
    const texts: string[] = [];
    for (const route of publicGets) texts.push(await (await api.get(route.path)).text());
    for (const id of [open.id, closed.id, full.id]) {
      for (const path of [
        `/v1/events/${id}`,
        `/v1/events/${id}/agenda-topics`,
        `/v1/events/${id}.ics`,
        `/v1/events/${id}/selection-report`,
      ]) {
        texts.push(await (await api.get(path)).text());
      }
    }
    const everything = texts.join('\n') + JSON.stringify(h.logs);
    expect(everything).not.toMatch(
      /korefanm\.example\.org|Mirlande|jb\.secret|participant\d+@example\.org|Demo Participant/,
    );
  });

  test('purge erases personal data past retention and keeps the anonymous counts', async () => {
    const { purgePersonalData } = await import('../store/participation.js');
    const before = await api.json(await api.get(`/v1/events/${closed.id}/selection-report`));
    const result = await purgePersonalData(h.db.kysely, new Date(T0.getTime() + 400 * 86_400_000));
    expect(result.registrations).toBeGreaterThan(30);
    const rows = await api.json(
      await api.get(`/v1/registrations?event=${closed.id}&limit=100`, bearer(secretariat)),
    );
    expect(rows.items.every((r: any) => r.representative === null)).toBe(true);
    expect(await api.json(await api.get(`/v1/events/${closed.id}/selection-report`))).toEqual(before);
  });
});
