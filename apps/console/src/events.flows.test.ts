import type { Event as Meeting } from '@lad/sdk';
import { afterEach, describe, expect, test } from 'vitest';
import './app/lad-console.js';
import { toLocalInput } from './pages/events/event-words.js';
import { expectAccessible, find, findAll, text, typeInto, until } from './testing/dom.js';
import { ANY, invited, LOCALES, leave, press, pressByKeyboard, words } from './testing/flows.js';

// Meetings against the real API (test/server.ts; over PostgreSQL too in `pnpm test`): an
// invited committee coordinator creates a quarterly information session with a selection
// criterion, publishes its agenda more than 21 days ahead, and cancels a national consultation
// someone applied to; the public event and its iCalendar file show each change — in each of the
// console's five languages (chosen in its language menu).

afterEach(leave);

const DAY = 86_400_000;
const ZONE = 'America/Port-au-Prince';

function set(el: Element, selector: string, value: string | boolean) {
  const f = find<HTMLInputElement>(el, selector) as HTMLInputElement;
  if (typeof value === 'boolean') {
    f.checked = value;
    f.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  f.value = value;
  f.dispatchEvent(new Event(f instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

const local = (days: number, hours = 0) =>
  toLocalInput(
    new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + days * DAY + hours * 3_600_000).toISOString(),
    ZONE,
  );

const publicEvent = async (id: string) =>
  (await (
    await fetch(`/v1/events/${encodeURIComponent(id)}`, { credentials: 'omit', cache: 'no-store' })
  ).json()) as Meeting;

describe.each(LOCALES)('in %s', (locale) => {
  const { say, count, pattern } = words(locale);
  const consultationTitle = `Consulta nacional sobre movilidad laboral (${locale})`;

  test('a committee coordinator creates a quarterly session with criteria, publishes its agenda ahead of time, and cancels a national consultation', async () => {
    const el = await invited(
      locale,
      `meetings.${locale}.${Date.now()}@example.org`,
      'committee',
      'labor-mobility',
      'Rosa Coordinadora',
    );
    await until(() => find(el, 'nav a[href="#/events"]'), 10_000);

    // A quarterly information session with one selection criterion, through the editor.
    location.hash = '#/events/new';
    await until(() => find(el, '#title-en'), 10_000);
    set(el, '#title-en', 'Quarterly information session — labour mobility');
    set(el, '#zone', ZONE);
    set(el, '#starts', local(40));
    set(el, '#ends', local(40, 2));
    set(el, '#online', 'https://meet.example.org/quarterly');
    set(el, '#registration', true);
    await until(() => find(el, '#opens'));
    set(el, '#opens', local(2));
    set(el, '#closes', local(30));
    set(el, '#capacity', '40');
    await press(el, say('events.add_criterion'));
    await until(() => find(el, '#criterion-0'));
    set(el, '#criterion-0', 'Describe your organisation’s work with migrants.');
    await press(el, say('events.create'));
    await until(() => text(el).includes(say('events.created')), 10_000);
    const id = decodeURIComponent(/^#\/events\/([^?]+)/.exec(location.hash)?.[1] ?? '');
    expect(id).toBeTruthy();

    // Its agenda, published 40 days before: no warning, no confirmation.
    location.hash = `#/events/${encodeURIComponent(id)}/agenda`;
    await until(() => find(el, '#add-item'), 10_000);
    expect(text(el)).toMatch(pattern('agenda.due', count(21, 'events.day', 'events.days'), ANY));
    expect(text(el)).not.toMatch(pattern('agenda.late', ANY, ANY));
    await press(el, say('agenda.add'));
    await until(() => find(el, '#title-0'));
    set(el, '#title-0', 'Labour pathways: progress and gaps');
    set(el, '#documents-0', 'Concept note https://example.org/concept-note.pdf');
    // "Publish the agenda", by keyboard: Tab from the documents to it, Enter.
    await pressByKeyboard(el, { button: say('agenda.publish') });
    await until(() => text(el).includes(say('agenda.published')), 10_000);
    await expectAccessible(el, `the published agenda, in ${locale}`);

    const session = await publicEvent(id);
    expect(session).toMatchObject({
      kind: 'information_session',
      committeeId: 'cmte-labor-mobility',
      timeZone: ZONE,
      status: 'scheduled',
      registration: { criteriaVersion: 1, role: 'participant', capacity: 40 },
    });
    // The criterion, written in the console's language: its original.
    expect(session.registration?.criteria.map((c) => [c.text.original, c.text.text[locale]])).toEqual([
      [locale, 'Describe your organisation’s work with migrants.'],
    ]);
    expect(session.agenda?.items[0]?.documents).toEqual([
      { title: 'Concept note', url: 'https://example.org/concept-note.pdf' },
    ]);
    expect(session.agendaPublishedDaysBefore).toBeGreaterThanOrEqual(39);

    // A national consultation of the committee, open for registration, with one application.
    const opened = Date.now() - DAY;
    const created = await fetch('/v1/events', {
      method: 'POST',
      credentials: 'include',
      headers: {
        'content-type': 'application/json',
        'x-lad-console': '1',
        'x-lad-role': 'committee:labor-mobility',
      },
      body: JSON.stringify({
        kind: 'national_consultation',
        title: { original: 'es', text: { es: consultationTitle } },
        committeeId: 'cmte-labor-mobility',
        startsAt: new Date(Date.now() + 20 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 20 * DAY + 3 * 3_600_000).toISOString(),
        timeZone: 'America/Bogota',
        format: 'in_person',
        venue: { name: 'Casa de la sociedad civil', address: null, city: 'Bogotá', country: 'CO' },
        languages: ['es'],
        registration: {
          opensAt: new Date(opened).toISOString(),
          closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
          capacity: null,
          waitlist: false,
          role: 'observer',
          retentionDays: 90,
          criteria: [],
        },
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const consultation = (await created.json()) as Meeting;
    const applied = await fetch(`/v1/events/${encodeURIComponent(consultation.id)}/registrations`, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', 'idempotency-key': `k-${Date.now()}` },
      body: JSON.stringify({
        organization: {
          name: 'Red de Migrantes',
          country: 'CO',
          level: 'national',
          kinds: ['advocacy'],
          ledBy: ['migrant'],
        },
        representative: { name: 'Lucía Gómez', email: `lucia.${Date.now()}@example.org` },
        answers: [],
        consent: true,
        locale: 'es',
        signals: { startedAt: new Date(Date.now() - 5 * 60_000).toISOString(), trap: '' },
      }),
    });
    expect(applied.status, await applied.clone().text()).toBe(201);
    const before = await (
      await fetch(`/v1/events/${encodeURIComponent(consultation.id)}.ics`, {
        credentials: 'omit',
        cache: 'no-store',
      })
    ).text();
    const sequence = Number(/SEQUENCE:(\d+)/.exec(before)?.[1]);
    expect(before).toContain('STATUS:CONFIRMED');

    // Cancelled in the console, with a reason and the warning that registrants are e-mailed.
    location.hash = `#/events/${encodeURIComponent(consultation.id)}`;
    await press(el, say('events.cancel'), 10_000);
    await until(() => find(el, '#cancel-reason'));
    expect(text(find(el, '#panel-cancel') as Element)).toContain(say('events.email_notice'));
    await typeInto(
      find<HTMLTextAreaElement>(el, '#cancel-reason') as HTMLTextAreaElement,
      'La sede no está disponible.',
    );
    await press(el, say('events.cancel_confirm'));
    await until(() => pattern('events.cancelled_on', ANY).test(text(el)), 10_000);

    const after = await publicEvent(consultation.id);
    expect(after).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'La sede no está disponible.',
      sequence: sequence + 1,
    });
    const ics = await (
      await fetch(`/v1/events/${encodeURIComponent(consultation.id)}.ics`, {
        credentials: 'omit',
        cache: 'no-store',
      })
    ).text();
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(`SEQUENCE:${sequence + 1}`);
    // The list marks it.
    location.hash = '#/events';
    await until(() => find(el, 'tbody tr'), 10_000);
    const row = findAll(el, 'tbody tr').find((tr) => text(tr).includes(consultationTitle));
    expect(row && text(row)).toContain(say('events.cancelled'));
  });
});
