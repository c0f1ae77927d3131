import type { Agenda, Event, Page, SelectionReport } from '@lad/sdk';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bearer, client, createHarness, type Harness, T0 } from '../testing/harness.js';

let h: Harness;
let api: ReturnType<typeof client>;
let secretariat: string;
beforeAll(async () => {
  h = await createHarness();
  api = client(h);
  secretariat = await h.token('secretariat');
});
afterAll(() => h?.close());

async function events(query = ''): Promise<Event[]> {
  const out: Event[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Event> = await api.json(
      await api.get(`/v1/events?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`),
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const day = 86_400_000;

describe('events', () => {
  test('a year of meetings of every kind, in start order', async () => {
    const all = await events();
    expect(new Set(all.map((e) => e.kind))).toEqual(
      new Set([
        'high_level_meeting',
        'information_session',
        'national_consultation',
        'coordinators_meeting',
        'regional_meeting',
      ]),
    );
    const starts = all.map((e) => e.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(all.some((e) => Date.parse(e.startsAt) > T0.getTime() + 270 * day)).toBe(true);
  });

  test('filters: period, kind, country, committee', async () => {
    const from = new Date(T0.getTime() + 30 * day).toISOString().slice(0, 10);
    const to = new Date(T0.getTime() + 120 * day).toISOString().slice(0, 10);
    const window = await events(`&from=${from}&to=${to}`);
    expect(window.length).toBeGreaterThan(3);
    for (const e of window) {
      expect(e.endsAt >= `${from}T00:00:00.000Z`).toBe(true);
      expect(e.startsAt < `${to}T00:00:00.000Z`).toBe(true);
    }
    expect(
      (await events('&kind=national_consultation')).every((e) => e.kind === 'national_consultation'),
    ).toBe(true);
    const haiti = await events('&country=HT');
    expect(haiti.length).toBe(3);
    expect(haiti.every((e) => e.country === 'HT' && e.timeZone === 'America/Port-au-Prince')).toBe(true);
    const committee = await events('&committee=cmte-labor-mobility');
    expect(committee.length).toBeGreaterThan(3);
    expect(committee.every((e) => e.committeeId === 'cmte-labor-mobility')).toBe(true);
  });

  test('registration states as of now: several open, one full, one not yet open, closed ones', async () => {
    const all = await events();
    const states = all.filter((e) => e.registration).map((e) => e.registration?.state);
    expect(states.filter((s) => s === 'open').length).toBeGreaterThanOrEqual(3);
    expect(states).toContain('full');
    expect(states).toContain('not_yet_open');
    expect(states).toContain('closed');
    const full = all.find((e) => e.registration?.state === 'full');
    expect(full?.registration).toMatchObject({ capacity: 3, seatsTaken: 3, waitlist: true });
  });

  test('published agendas are public with their publication date; drafts are not', async () => {
    const all = await events();
    const published = all.filter((e) => e.agenda?.publishedAt);
    expect(published.length).toBeGreaterThan(3);
    for (const e of published)
      expect(Date.parse(e.agenda?.publishedAt ?? '')).toBeLessThan(Date.parse(e.startsAt));
    const drafts = await h.db.kysely
      .selectFrom('agendas')
      .select('event_id')
      .where('published_at', 'is', null)
      .execute();
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(all.find((e) => e.id === d.event_id)?.agenda).toBeNull();
  });

  test('publishing an agenda records when; the event gets a new SEQUENCE', async () => {
    const target = (await events('&kind=regional_meeting'))[0]!;
    const put = await api.put(
      `/v1/events/${target.id}/agenda`,
      {
        publish: true,
        items: [
          { title: { original: 'es', text: { es: 'Plan de trabajo conjunto', ht: 'Plan travay ansanm' } } },
        ],
      },
      bearer(secretariat),
    );
    expect(put.status).toBe(200);
    const agenda = await api.json<Agenda>(put);
    expect(agenda.publishedAt).toBe(h.clock.now.toISOString());
    const after = await api.json<Event>(await api.get(`/v1/events/${target.id}`));
    expect(after.agenda?.items[0]?.title.text.ht).toBe('Plan travay ansanm');
    expect(after.sequence).toBe(target.sequence + 1);
  });
});

describe('iCalendar', () => {
  test('the feed parses back: TZID with VTIMEZONE, stable UID, URL, same instants as the API', async () => {
    const response = await api.get('/v1/events.ics?country=HT&locale=ht');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const vevents = calendar.getAllSubcomponents('vevent');
    const api3 = await events('&country=HT');
    expect(vevents).toHaveLength(api3.length);
    for (const vevent of vevents) {
      const e = new ICAL.Event(vevent);
      const source = api3.find((x) => `${x.id}@lad-widgets` === e.uid);
      expect(source, e.uid).toBeDefined();
      expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/Port-au-Prince');
      expect(e.startDate.toJSDate().toISOString()).toBe(source?.startsAt);
      expect(e.endDate.toJSDate().toISOString()).toBe(source?.endsAt);
      expect(e.summary).toBe(source?.title.text.ht ?? source?.title.text.fr ?? source?.title.text.en);
      expect(vevent.getFirstPropertyValue('url')).toBe(`${h.deps.config.publicUrl}/v1/events/${source?.id}`);
      expect(vevent.getFirstPropertyValue('sequence')).toBe(source?.sequence);
    }
  });

  test('the calendar and its file are named in the reader’s language', async () => {
    for (const [locale, name, file] of [
      ['ht', 'Deklarasyon Los Angeles: reyinyon yo', 'lad-reyinyon.ics'],
      ['es', 'Declaración de Los Ángeles: reuniones', 'lad-reuniones.ics'],
      ['en', 'Los Angeles Declaration: meetings', 'lad-meetings.ics'],
    ]) {
      const response = await api.get(`/v1/events.ics?locale=${locale}`);
      expect(response.headers.get('content-disposition'), locale).toBe(`inline; filename="${file}"`);
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      expect(calendar.getFirstPropertyValue('x-wr-calname'), locale).toBe(name);
    }
  });

  test('a zone with daylight saving: the offset of each event is right on both sides of the change', async () => {
    const summer = { startsAt: '2026-07-10T14:00:00Z', endsAt: '2026-07-10T16:00:00Z' };
    const created = await api.json<Event>(
      await api.post(
        '/v1/events',
        {
          kind: 'information_session',
          title: { original: 'en', text: { en: 'Summer session, Washington' } },
          ...summer,
          timeZone: 'America/New_York',
          format: 'online',
          onlineUrl: 'https://meet.example.org/x',
          languages: ['en'],
        },
        bearer(secretariat),
      ),
    );
    const text = await (await api.get(`/v1/events/${created.id}.ics`)).text();
    expect(text).toContain('DTSTART;TZID=America/New_York:20260710T100000');
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-07-10T14:00:00.000Z');
  });

  test('changing an event keeps its UID and raises SEQUENCE; text is escaped', async () => {
    const target = (await events('&kind=coordinators_meeting'))[0]!;
    const before = await (await api.get(`/v1/events/${target.id}.ics`)).text();
    await api.patch(
      `/v1/events/${target.id}`,
      { title: { original: 'es', text: { es: 'Reunión; coordinadores, observadores\\OSC' } } },
      bearer(secretariat),
    );
    const after = await (await api.get(`/v1/events/${target.id}.ics?locale=es`)).text();
    const uid = (t: string) => /UID:(.*)\r\n/.exec(t)?.[1];
    expect(uid(after)).toBe(uid(before));
    expect(Number(/SEQUENCE:(\d+)/.exec(after)?.[1])).toBe(Number(/SEQUENCE:(\d+)/.exec(before)?.[1]) + 1);
    expect(after).toContain('SUMMARY:Reunión\\; coordinadores\\, observadores\\\\OSC');
    expect((await api.get('/v1/events/nope.ics')).status).toBe(404);
  });
});

describe('selection report', () => {
  test('published for the past ministerial: anonymous, small counts suppressed', async () => {
    const past = (await events('&kind=high_level_meeting')).find((e) => e.registration?.state === 'closed')!;
    const report = await api.json<SelectionReport>(await api.get(`/v1/events/${past.id}/selection-report`));
    expect(report.totals.applied).toBe(32);
    expect(report.suppressedBelow).toBe(3);
    const cells = [...report.byKind, ...report.byLevel, ...report.byLedBy, ...report.byCountry];
    for (const cell of cells) {
      if (cell.applied !== null) expect(cell.applied === 0 || cell.applied >= 3).toBe(true);
      if (cell.selected !== null) expect(cell.selected === 0 || cell.selected >= 3).toBe(true);
    }
    expect(cells.some((c) => c.applied === null || c.selected === null)).toBe(true);
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/participant\d+@example\.org|Demo Participant|Demo organisation/);
  });

  test('not before it is published; curators publish it only once registration has closed', async () => {
    const open = (await events('&kind=high_level_meeting')).find((e) => e.registration?.state === 'open')!;
    expect((await api.get(`/v1/events/${open.id}/selection-report`)).status).toBe(404);
    const early = await api.post(`/v1/events/${open.id}/selection-report`, undefined, bearer(secretariat));
    expect(early.status).toBe(409);
    h.clock.set(new Date(Date.parse(open.registration?.closesAt ?? '') + 1000));
    const published = await api.post(
      `/v1/events/${open.id}/selection-report`,
      undefined,
      bearer(secretariat),
    );
    expect(published.status).toBe(200);
    expect((await api.get(`/v1/events/${open.id}/selection-report`)).status).toBe(200);
    h.clock.set(T0);
  });
});

describe('curation of events', () => {
  test('a country token creates events for its country only', async () => {
    const haiti = await h.token('country', 'HT');
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
    expect((await api.post('/v1/events', event, bearer(haiti))).status).toBe(201);
    expect((await api.post('/v1/events', { ...event, country: 'DO' }, bearer(haiti))).status).toBe(403);
    const bad = await api.post(
      '/v1/events',
      { ...event, endsAt: '2026-05-05T13:00:00Z', timeZone: 'Mars/Olympus' },
      bearer(haiti),
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors.map((e: any) => e.path.join('.'))).toEqual(
      expect.arrayContaining(['timeZone', 'endsAt']),
    );
  });
});
