import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, findAll, mount, text, until } from '../../testing/dom.js';
import { ACCOUNT, committeeFixture, eventFixture, fakeApi, json } from '../../testing/fake-api.js';
import { fromLocalInput, toLocalInput } from './event-words.js';

afterEach(cleanup);

/** The console acting as the labour-mobility committee's coordinator, on `hash`. */
function open(hash: string, routes: Parameters<typeof fakeApi>[0]) {
  localStorage.setItem('lad-console-acting', 'committee:labor-mobility');
  location.hash = hash;
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET committees': () => json({ items: [committeeFixture()] }),
    ...routes,
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { el, api };
}

describe('times in the meeting’s own time zone', () => {
  test('a datetime-local value in Port-au-Prince and back, across the change of clocks', () => {
    // March 8, 2026: Haiti moves to UTC−4.
    expect(fromLocalInput('2026-03-07T10:00', 'America/Port-au-Prince')).toBe('2026-03-07T15:00:00.000Z');
    expect(fromLocalInput('2026-03-09T10:00', 'America/Port-au-Prince')).toBe('2026-03-09T14:00:00.000Z');
    expect(fromLocalInput('2030-05-12T10:00', 'Asia/Kolkata')).toBe('2030-05-12T04:30:00.000Z');
    expect(toLocalInput('2026-03-09T14:00:00.000Z', 'America/Port-au-Prince')).toBe('2026-03-09T10:00');
    expect(fromLocalInput('not a date', 'UTC')).toBeNull();
  });
});

describe('the meetings list', () => {
  test('the committee’s upcoming meetings, each with its kind, local time, agenda and registration; a cancelled one marked', async () => {
    const { el, api } = open('#/events', {
      'GET events': () =>
        json({
          items: [
            eventFixture({ agendaPublishedDaysBefore: 25 }),
            eventFixture({
              id: 'evt-2',
              kind: 'national_consultation',
              title: { original: 'fr', text: { fr: 'Consultation nationale' } },
              status: 'cancelled',
              cancelledAt: '2030-04-01T12:00:00.000Z',
              registration: null,
            }),
          ],
          nextCursor: null,
        }),
    });
    await until(() => find(el, 'tbody tr'));
    const request = api.seen.find((r) => r.path === 'events');
    expect(request?.search.get('committee')).toBe('cmte-labor-mobility');
    expect(request?.search.get('from')).toBe(new Date().toISOString().slice(0, 10));
    const rows = findAll(el, 'tbody tr').map((tr) => text(tr));
    expect(rows[0]).toContain('Quarterly information session');
    expect(rows[0]).toContain('Published 25 days before the meeting');
    expect(rows[0]).toContain('(America/Port-au-Prince)');
    expect(rows[0]).toContain('Open');
    expect(rows[1]).toContain('Consultation nationale');
    expect(rows[1]).toContain('National consultation');
    expect(rows[1]).toContain('Cancelled');
    expect(rows[1]).toContain('No registration');
    expect(find(el, 'a[href="#/events/evt-1"]')).not.toBeNull();
    expect(find(el, 'a[href="#/events/evt-1/agenda"]')).not.toBeNull();
    expect(find(el, 'a[href="#/events/new"]')?.textContent).toContain('New meeting');
    // The nav's "Meetings" is the current page.
    expect(find(el, 'nav a[aria-current="page"]')?.getAttribute('href')).toBe('#/events');
  });

  test('the kind filter and past meetings are in the address', async () => {
    const { el, api } = open('#/events', { 'GET events': () => json({ items: [], nextCursor: null }) });
    await until(() => text(el).includes('No upcoming meeting in your scope'));
    const kind = find<HTMLSelectElement>(el, '#f-kind') as HTMLSelectElement;
    kind.value = 'national_consultation';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => location.hash === '#/events?kind=national_consultation');
    const when = find<HTMLSelectElement>(el, '#f-when') as HTMLSelectElement;
    when.value = 'past';
    when.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => text(el).includes('No meeting in the past year'));
    const last = api.seen.filter((r) => r.path === 'events').at(-1);
    expect(last?.search.get('kind')).toBe('national_consultation');
    expect(last?.search.get('to')).toBe(new Date().toISOString().slice(0, 10));
  });

  test.each([
    [1280, 800],
    [768, 1024],
  ])('at %i px: nothing overflows sideways, axe finds nothing', async (width, height) => {
    await page.viewport(width, height);
    const { el } = open('#/events', {
      'GET events': () =>
        json({
          items: [eventFixture(), eventFixture({ id: 'evt-2', status: 'cancelled' })],
          nextCursor: null,
        }),
    });
    await until(() => find(el, 'tbody tr'));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    await expectAccessible(el, `${width}px`);
  });
});
