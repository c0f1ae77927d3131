import { HT_MONTHS, weekdayNames } from '@lad/sdk';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  $,
  $$,
  cleanup,
  expectAccessible,
  focused,
  inLocale,
  layoutShift,
  mount,
  offline,
  tabTo,
  text,
  until,
} from '../../testing/dom.js';
import { fakeApi } from '../../testing/fixtures.js';
import { committeesFixture, eventFixture } from '../../testing/participation.js';
import './lad-session-calendar.js';
import type { LadSessionCalendar } from './session-calendar.js';

const api = inject('apiUrl');
const LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;
// The API's clock (its demo data are laid out around it); the page's clock is set just before.
const T0 = Date.parse('2026-03-02T15:00:00.000Z');

let committees: { id: string; actionPackageId: string; name: { text: Record<string, string> } }[] = [];
beforeAll(async () => {
  committees = (await (await fetch(`${api}/v1/committees`)).json()).items;
});
beforeEach(async () => {
  await cleanup();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0 - 3_600_000);
});
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

function calendar(attrs: string) {
  const lang = /\blang=/.test(attrs) ? '' : 'lang="en"';
  return mount<LadSessionCalendar>(
    `<lad-session-calendar api-base="${api}" time-zone="America/New_York" ${lang} ${attrs}></lad-session-calendar>`,
  );
}
const loaded = (el: Element) => until(() => $(el, '[aria-busy="false"], .list, .empty'), 15_000);
const event = async (id: string) => (await fetch(`${api}/v1/events/${id}`)).json();

describe('the month grid', () => {
  test('arrow keys, Home/End and PageUp/PageDown move through days and months; Enter opens a session', async () => {
    const el = calendar('view="month" from="2026-03-02"');
    await loaded(el);
    const selected: string[] = [];
    el.addEventListener('lad-event-select', (e) => selected.push(e.detail.id));
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, 'td[tabindex="0"]');
    const at = () => (focused(el) as HTMLElement).dataset.day;
    expect(at()).toBe('2026-03-02');
    expect($$(el, 'td[tabindex="0"]')).toHaveLength(1);
    const steps: [string, string][] = [
      ['{ArrowRight}', '2026-03-03'],
      ['{ArrowDown}', '2026-03-10'],
      ['{Home}', '2026-03-08'],
      ['{End}', '2026-03-14'],
      ['{ArrowUp}', '2026-03-07'],
      ['{ArrowLeft}', '2026-03-06'],
      ['{PageDown}', '2026-04-06'],
      ['{PageUp}', '2026-03-06'],
    ];
    for (const [key, day] of steps) {
      await userEvent.keyboard(key);
      await until(() => at() === day);
    }
    await userEvent.keyboard('{PageDown}');
    expect($(el, '#month-title')?.textContent).toBe('April 2026');
    await userEvent.keyboard('{PageUp}');
    expect($(el, '#month-title')?.textContent).toBe('March 2026');
    // To the first committee's session of this quarter, and open it with Enter.
    const first = await event(`demo-evt-${committees[0]?.actionPackageId}-1`);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(
      new Date(first.startsAt),
    );
    while (at() !== day) await userEvent.keyboard(at()! < day ? '{ArrowRight}' : '{ArrowLeft}');
    await userEvent.keyboard('{Enter}');
    await until(() => $(el, '.details .event'));
    expect(selected).toHaveLength(1);
    expect($(el, '.details h4')?.textContent).toContain(first.title.text.en.slice(0, 20));
    await expectAccessible(el, 'month with a session open');
  });

  test('Creole month and weekday names come from the SDK, not the browser (an English machine)', async () => {
    const el = calendar('view="month" from="2026-03" lang="ht"');
    await loaded(el);
    await inLocale(el, 'ht');
    expect(navigator.language).toMatch(/^en/);
    expect($(el, '#month-title')?.textContent).toBe(`${HT_MONTHS.long[2]} 2026`);
    expect($(el, '#month-title')?.textContent).toBe('mas 2026');
    const headers = $$(el, 'thead th span[aria-hidden]').map((s) => s.textContent);
    expect(headers).toEqual(weekdayNames('ht', 'short'));
    expect(headers).not.toEqual(weekdayNames('fr', 'short'));
    await expectAccessible(el, 'ht month');
  });

  test('no layout shift from loading to loaded', async () => {
    const shift = await layoutShift(async () => {
      const el = calendar('view="month" from="2026-03"');
      mount('<p>After the widget</p>');
      await loaded(el);
    });
    expect(shift).toBe(0);
  });
});

describe('an event', () => {
  test.each([
    ['America/Port-au-Prince', false],
    ['America/Sao_Paulo', true],
    ['America/Los_Angeles', true],
  ])('times for a viewer in %s (the event is in Port-au-Prince)', async (zone, both) => {
    const id = 'demo-evt-national-ht-1';
    const data = await event(id);
    const el = mount<LadSessionCalendar>(
      `<lad-session-calendar api-base="${api}" lang="en" time-zone="${zone}" view="list" from="2026-04" kind="national_consultation" country="HT"></lad-session-calendar>`,
    );
    await until(() => $(el, `article[data-id="${id}"]`));
    const when = $(el, `article[data-id="${id}"] .when`)?.textContent?.replace(/\s+/g, ' ') ?? '';
    // What the browser's own English formatting says for that zone.
    const time = (z: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short', timeZone: z })
        .formatRange(new Date(data.startsAt), new Date(data.endsAt))
        .replace(/\s+/g, ' ');
    expect(when).toContain(time(zone));
    expect(text(el)).toContain(`Times in ${zone.split('/')[1]?.replace(/_/g, ' ')} time`);
    if (both) {
      expect(when).toContain(`${time('America/Port-au-Prince')}`);
      expect(when).toContain('(local time, Port-au-Prince)');
    } else expect(when).not.toContain('local time');
  });

  test('a published agenda says how many days ahead; another is not yet published; topics can be proposed', async () => {
    const ap = committees[0]?.actionPackageId;
    const el = calendar(`view="list" from="2026-03" committee="${committees[0]?.id}"`);
    await until(() => $(el, '.list'));
    const published = await event(`demo-evt-${ap}-1`);
    ($(el, `article[data-id="demo-evt-${ap}-1"] h4 button`) as HTMLButtonElement).click();
    const card = await until(() => $(el, `article[data-id="demo-evt-${ap}-1"] .agenda`));
    expect(card.textContent).toMatch(/Published on .* — 20 days before the session\./);
    expect(card.querySelectorAll('li')).toHaveLength(published.agenda.items.length);
    const propose = [...card.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Propose a topic'),
    );
    expect(propose).toBeDefined();
    propose?.click();
    const form = await until(() => card.parentElement?.querySelector('lad-proposal-form'));
    expect(form.getAttribute('kind')).toBe('agenda-topic');

    ($(el, `article[data-id="demo-evt-${ap}-2"] h4 button`) as HTMLButtonElement).click();
    const later = await until(() => $(el, `article[data-id="demo-evt-${ap}-2"] .agenda`));
    expect(later.textContent).toContain('Agenda not yet published.');
    await expectAccessible(el, 'agenda states');
  });

  test('a cancelled session says so, with its reason, and offers neither registration nor topics', async () => {
    const open = eventFixture('open');
    const cancelled = eventFixture('open', {
      id: 'evt-cancelled',
      status: 'cancelled',
      cancelledAt: new Date(T0 - 86_400_000).toISOString(),
      cancellationReason: 'The venue is closed after the storm.',
      registration: open.registration ? { ...open.registration, state: 'closed' } : null,
    });
    const { fetch } = fakeApi({
      events: () => ({ items: [cancelled], nextCursor: null }),
      committees: () => ({ items: committeesFixture() }),
    });
    const el = mount<LadSessionCalendar>(
      `<lad-session-calendar api-base="${api}" lang="en" view="list" from="${cancelled.startsAt.slice(0, 7)}"></lad-session-calendar>`,
      (e) => {
        e.fetch = fetch;
      },
    );
    await until(() => $(el, 'article[data-id="evt-cancelled"] h4 button'), 15_000);
    ($(el, 'article[data-id="evt-cancelled"] h4 button') as HTMLButtonElement).click();
    const card = await until(() => $(el, 'article[data-id="evt-cancelled"] .agenda')?.closest('article'));
    expect(card.querySelector('[part="cancelled"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'This meeting is cancelled. The venue is closed after the storm.',
    );
    const labels = [...card.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(labels).not.toContain('Register');
    expect(labels).not.toContain('Propose a topic');
    await expectAccessible(el, 'cancelled');
  });

  test('register in place; add to calendar; subscribe to the filter', async () => {
    const el = calendar('view="list" from="2026-03" kind="coordinators_meeting"');
    const opened: string[] = [];
    el.addEventListener('lad-registration-open', (e) => opened.push(e.detail.eventId));
    await until(() => $(el, '.list'));
    const article = $(el, 'article[data-id="demo-evt-coordinators-1"]') as HTMLElement;
    expect(article.textContent).toMatch(/\d+ observer seats left/);
    const apply = [...article.querySelectorAll('button')].find((b) =>
      /observer seat/.test(b.textContent ?? ''),
    );
    apply?.click();
    const form = await until(() => article.parentElement?.querySelector('lad-registration-form'));
    expect(form.getAttribute('event')).toBe('demo-evt-coordinators-1');
    expect(opened).toEqual(['demo-evt-coordinators-1']);

    ($(el, 'article[data-id="demo-evt-coordinators-1"] h4 button') as HTMLButtonElement).click();
    const ics = await until(() =>
      $<HTMLAnchorElement>(el, 'article[data-id="demo-evt-coordinators-1"] a[download]'),
    );
    const body = await (await fetch(ics.href)).text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain('demo-evt-coordinators-1');
    const links = $$<HTMLAnchorElement>(el, 'article[data-id="demo-evt-coordinators-1"] .add a').map(
      (a) => a.href,
    );
    expect(links.some((h) => h.startsWith('https://calendar.google.com/calendar/render?'))).toBe(true);
    expect(links.some((h) => h.startsWith('https://outlook.live.com/calendar/0/deeplink/compose?'))).toBe(
      true,
    );

    const webcal = $$<HTMLAnchorElement>(el, '.subscribe a')[0]?.getAttribute('href') ?? '';
    expect(webcal).toMatch(/^webcal:\/\/.*\/v1\/events\.ics\?/);
    expect(webcal).toContain('kind=coordinators_meeting');
    const feed = ($(el, '.subscribe input') as HTMLInputElement).value;
    expect(await (await fetch(feed)).text()).toContain('demo-evt-coordinators-1');
    expect(text(el)).toContain('Subscribing adds these sessions to your calendar app');
    await expectAccessible(el, 'list with forms');
  });
});

describe('cadence and states', () => {
  test('a notice for each committee or country that went a quarter without a session', async () => {
    const el = calendar('view="month" from="2026-03"');
    await loaded(el);
    await until(() => $(el, '.cadence table'));
    const gaps = $$(el, '.cadence tr[data-gap] th').map((th) => th.textContent?.trim());
    // The demo data leave out last quarter's session of the fourth committee only.
    expect(gaps).toEqual([committees[3]?.name.text.en]);
    expect($(el, '.cadence tr[data-gap]')?.textContent).toContain('No session in the last quarter');
    const rows = $$(el, '.cadence tbody tr');
    expect(rows.length).toBe(committees.length + 6);
    await expectAccessible(el, 'cadence');
  });

  test('empty, then unreachable, each said and accessible', async () => {
    const empty = calendar('view="month" from="2026-03" kind="regional_meeting" country="HT"');
    await until(() => /No sessions match\./.test(text(empty)));
    await expectAccessible(empty, 'empty');
    await cleanup();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0 - 3_600_000);
    const broken = mount<LadSessionCalendar>(
      `<lad-session-calendar api-base="${api}" lang="en" view="month"></lad-session-calendar>`,
      (e) => {
        e.fetch = () => Promise.resolve(new Response('{}', { status: 503 }));
      },
    );
    await until(() => /The calendar could not be loaded\./.test(text(broken)), 20_000);
    expect($(broken, 'table[role="grid"]')).not.toBeNull();
    await expectAccessible(broken, 'error');
  });

  test('offline: said over the grid, loaded when the connection returns', { timeout: 60_000 }, async () => {
    const online = await offline(api);
    const el = calendar('view="month" from="2026-03"');
    // Generous: on a loaded CI machine the browser's aborted requests go through the test
    // runner's process, which other suites keep busy.
    await until(() => /You are offline/.test(text(el)), 40_000);
    expect($(el, 'table[role="grid"]')).not.toBeNull();
    await expectAccessible(el, 'offline');
    await online();
    await loaded(el);
    await until(() => $$(el, '.chip').length > 0);
    expect(text(el)).not.toMatch(/You are offline/);
  });

  test('every language, accessible, month and list', async () => {
    for (const locale of LOCALES) {
      for (const view of ['month', 'list']) {
        await cleanup();
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(T0 - 3_600_000);
        const el = calendar(`view="${view}" from="2026-03" lang="${locale}"`);
        await loaded(el);
        await inLocale(el, locale);
        if (locale !== 'en') expect(text(el), locale).not.toContain('Subscribe in your calendar app');
        await expectAccessible(el, `${locale} ${view}`);
      }
    }
  });
});

describe('paging', () => {
  test('every page of 100 is asked for with the same filters, at most 20 pages', async () => {
    const event = eventFixture('open');
    // A list that never ends: a full page of 100 and a next cursor, each time.
    const { fetch, calls } = fakeApi({
      events: (url) => {
        const n = Number(url.searchParams.get('cursor') ?? 0);
        const items = Array.from({ length: 100 }, (_, i) => ({ ...event, id: `evt-${n * 100 + i}` }));
        return { items, nextCursor: `${n + 1}` };
      },
      committees: () => ({ items: committeesFixture() }),
    });
    const el = mount<LadSessionCalendar>(
      `<lad-session-calendar api-base="${api}" lang="en" view="month" from="${event.startsAt.slice(0, 7)}" kind="information_session" country="ht" committee="cmte-x"></lad-session-calendar>`,
      (e) => {
        e.fetch = fetch;
      },
    );
    await until(() => $$(el, '.chip').length > 0, 15_000);
    const asked = calls.filter((u) => u.pathname === '/v1/events').map((u) => u.searchParams);
    expect(asked.map((q) => q.get('cursor'))).toEqual([
      null,
      ...Array.from({ length: 19 }, (_, i) => `${i + 1}`),
    ]);
    const first = asked[0]?.toString();
    expect([...(asked[0]?.keys() ?? [])]).toEqual(['from', 'limit', 'kind', 'country', 'committee']);
    expect(first).toMatch(/&limit=100&kind=information_session&country=HT&committee=cmte-x$/);
    for (const q of asked.slice(1)) expect(q.toString()).toBe(`${first}&cursor=${q.get('cursor')}`);
  });
});
