import type { Event } from '@lad/sdk';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toIcs, vtimezone } from '../ics.js';
import { bearer, client, createHarness, type Harness } from '../testing/harness.js';

// Calendar files can neither be made to block the server (dates out of any sensible range,
// months-long events, a new cache entry per junk parameter) nor be poisoned (the Host header in
// their links; one language's file handed to another).

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
const seen: string[] = [];
beforeAll(async () => {
  h = await createHarness({ publicUrl: 'https://lad.example.org' }, { onQuery: (sql) => seen.push(sql) });
  api = client(h);
  secretariat = await h.token('secretariat');
});
afterAll(() => h?.close());

const event = (extra: Record<string, unknown> = {}) => ({
  kind: 'regional_meeting',
  title: { original: 'es', text: { es: 'Reunión' } },
  startsAt: '2026-06-01T15:00:00Z',
  endsAt: '2026-06-01T17:00:00Z',
  timeZone: 'America/New_York',
  format: 'online',
  onlineUrl: 'https://meet.example.org/x',
  languages: ['es'],
  ...extra,
});

describe('bounded dates and durations', () => {
  test('years outside 1900–2199 and events over 31 days are refused with their field', async () => {
    const ancient = await api.post(
      '/v1/events',
      event({ startsAt: '0001-01-01T00:00:00Z', endsAt: '9999-12-31T00:00:00Z' }),
      bearer(secretariat),
    );
    expect(ancient.status).toBe(422);
    expect((await ancient.json()).errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['startsAt'], code: 'date_out_of_range' }),
        expect.objectContaining({ path: ['endsAt'], code: 'date_out_of_range' }),
      ]),
    );
    const long = await api.post('/v1/events', event({ endsAt: '2026-07-15T17:00:00Z' }), bearer(secretariat));
    expect(long.status).toBe(422);
    expect((await long.json()).errors).toEqual([
      expect.objectContaining({ path: ['endsAt'], code: 'too_long' }),
    ]);
    const day = await api.post(
      '/v1/commitments',
      {
        country: 'MX',
        pillar: 'II',
        status: 'limited',
        title: { original: 'es', text: { es: 'x' } },
        announcedOn: '0001-01-01',
      },
      bearer(secretariat),
    );
    expect((await day.json()).errors).toEqual([
      expect.objectContaining({ path: ['announcedOn'], code: 'date_out_of_range' }),
    ]);
  });

  test('time-zone rules are built around each event only: two events three centuries apart cost two small spans', () => {
    const started = performance.now();
    const lines = vtimezone('America/New_York', [
      [Date.parse('1900-01-14T00:00:00Z'), Date.parse('1900-01-16T00:00:00Z')],
      [Date.parse('2199-07-14T00:00:00Z'), Date.parse('2199-07-16T00:00:00Z')],
    ]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(lines.length).toBeLessThan(20);
    // Each event reads at its own offset: winter 1900 (−05:00, local mean time rules aside) and summer 2199.
    const base: Event = {
      id: 'x',
      kind: 'regional_meeting',
      title: { original: 'en', text: { en: 'x' } },
      description: null,
      committeeId: null,
      country: null,
      timeZone: 'America/New_York',
      format: 'online',
      venue: null,
      onlineUrl: null,
      languages: [],
      interpretation: [],
      topicProposalsCloseAt: null,
      mechanism: null,
      registration: null,
      agenda: null,
      outcome: null,
      status: 'scheduled',
      cancelledAt: null,
      cancellationReason: null,
      agendaPublishedDaysBefore: null,
      sequence: 0,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      demo: false,
      startsAt: '',
      endsAt: '',
    };
    const text = toIcs(
      [
        { ...base, id: 'a', startsAt: '2026-01-15T15:00:00Z', endsAt: '2026-01-15T16:00:00Z' },
        { ...base, id: 'b', startsAt: '2199-07-15T15:00:00Z', endsAt: '2199-07-15T16:00:00Z' },
      ],
      {
        locale: 'en',
        eventUrl: (id) => `https://lad.example.org/e/${id}`,
        calendarName: 'x',
        now: new Date(),
      },
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    for (const e of calendar.getAllSubcomponents('vevent')) {
      const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
      start.zone = zone;
      const expected =
        e.getFirstPropertyValue('uid') === 'a@lad-widgets'
          ? '2026-01-15T15:00:00.000Z'
          : '2199-07-15T15:00:00.000Z';
      expect(start.toJSDate().toISOString()).toBe(expected);
    }
  });
});

describe('calendar caches and links', () => {
  test('a parameter the route does not read makes no new cache entry', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await api.get('/v1/events.ics?locale=es');
    const before = seen.length;
    for (let i = 0; i < 5; i++) {
      const response = await api.get(`/v1/events.ics?locale=es&junk=${i}&cachebuster=${Math.random()}`);
      expect(response.status).toBe(200);
    }
    // Answered from the one cached file: no query beyond reading the data revision.
    expect(seen.slice(before).filter((sql) => !/revision|meta/i.test(sql))).toEqual([]);
  });

  test('the language variant is the resolved language: de, fr and de, pt differ; de, fr and fr are one file', async () => {
    const tag = async (lang: string) =>
      (await api.get('/v1/events.ics', { 'accept-language': lang })).headers.get('etag');
    expect(await tag('de, fr')).not.toBe(await tag('de, pt'));
    expect(await tag('de, fr')).toBe(await tag('fr'));
    const fr = await api.get('/v1/events.ics', { 'accept-language': 'de, fr' });
    const notModified = await api.get('/v1/events.ics', {
      'accept-language': 'de, pt',
      'if-none-match': fr.headers.get('etag') ?? '',
    });
    expect(notModified.status).toBe(200);
  });

  test('links are built from the configured public address, never from the Host header', async () => {
    // As a server sees a request whose Host header says evil.example.
    const text = await (
      await h.app.request('http://evil.example/v1/events.ics?locale=en', {
        headers: { host: 'evil.example' },
      })
    ).text();
    expect(text).not.toContain('evil.example');
    expect(text).toContain('https://lad.example.org/');
  });
});
