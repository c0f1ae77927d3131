import { afterEach, beforeAll, beforeEach, describe, expect, inject, onTestFinished, test, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import {
  $,
  $$,
  cleanup,
  expectAccessible,
  focused,
  inLocale,
  mount,
  tabTo,
  text,
  until,
} from '../../testing/dom.js';
import { fakeApi } from '../../testing/fixtures.js';
import {
  curate,
  curated,
  fieldError,
  publicText,
  receiptOf,
  select,
  tick,
  type,
  uniqueEmail,
} from '../../testing/forms.js';
import { eventFixture, topicsFixture } from '../../testing/participation.js';
import './lad-proposal-form.js';
import type { LadProposalForm } from './proposal-form.js';

const api = inject('apiUrl');
const LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;
// The API's clock in these tests (its demo data are laid out around it); the page's clock is
// set an hour before it, so the agenda-topic window is open as the API sees it.
const T0 = Date.parse('2026-03-02T15:00:00.000Z');

let session = '';
let committee = '';

beforeAll(async () => {
  const committees = await (await fetch(`${api}/v1/committees`)).json();
  const first = (committees.items ?? committees)[0];
  session = `demo-evt-${first.actionPackageId}-1`;
  committee = first.id;
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

function form(attrs: string) {
  return mount<LadProposalForm>(`<lad-proposal-form api-base="${api}" ${attrs}></lad-proposal-form>`);
}
const send = (el: Element) => ($(el, 'button[type="submit"]') as HTMLButtonElement).click();

function fillValid(el: LadProposalForm, email: string, title: string) {
  type(el, 'organization.name', 'Platfòm Ayisyen pou Migran');
  select(el, 'organization.country', 'HT');
  type(el, 'contact.name', 'Jean-Baptiste Pierre');
  type(el, 'contact.email', email);
  type(el, 'title', title);
  type(el, 'text', 'Nou pwopoze pou sesyon an pale sou aksè a dokiman pou timoun ki fèt sou wout migrasyon.');
  tick(el, 'consent');
  tick(el, 'listPublicly');
}

describe('agenda topics', () => {
  test('shows the agenda, when it was published and how long before the session, and the freeze date', async () => {
    const el = form(`kind="agenda-topic" event="${session}" lang="en"`);
    await until(() => $(el, 'form') && $(el, '.proposals'));
    const event = await (await fetch(`${api}/v1/events/${session}`)).json();
    const shown = text(el);
    expect(shown).toContain('Current agenda');
    expect(event.agenda.publishedAt).toBeTruthy();
    expect(shown).toMatch(/Published on \w+ \d+, \d{4}, 20 days before the session\./);
    expect($$(el, '.agenda li')).toHaveLength(event.agenda.items.length);
    expect(shown).toMatch(/You can propose topics until .*, when the agenda is frozen\./);
    expect(shown).toContain('Topics proposed for this session');
    // Earlier topics, with what became of them and the committee's response.
    expect(shown).toMatch(/Accepted|Answered|Received|Declined/);
    expect(text(el)).toContain('Response of');
    await expectAccessible(el, 'open');
  });

  test('an agenda not yet published, and a session whose topics are closed', async () => {
    const events = (await (await fetch(`${api}/v1/events?limit=100&kind=information_session`)).json()).items;
    const unpublished = events.find((e: any) => e.agenda === null && e.topicProposalsCloseAt);
    const el = form(`kind="agenda-topic" event="${unpublished.id}" lang="en"`);
    await until(() => $(el, '.agenda'));
    expect(text(el)).toContain('The agenda is not published yet.');
    await expectAccessible(el, 'unpublished');
    vi.setSystemTime(Date.parse(unpublished.topicProposalsCloseAt) + 60_000);
    await cleanup();
    const closed = form(`kind="agenda-topic" event="${unpublished.id}" lang="en"`);
    await until(() => $(closed, '.agenda'));
    expect(text(closed)).toMatch(/Topic proposals closed on .*; the agenda is frozen\./);
    expect($(closed, 'form')).toBeNull();
    await expectAccessible(closed, 'closed');
  });

  test('proposed with the keyboard only; listed below with its status, as text', async () => {
    const el = form(`kind="agenda-topic" event="${session}" lang="en"`);
    await until(() => $(el, 'form'));
    const email = uniqueEmail('topic');
    const stamp = String(Date.now());
    // Markup typed as text (emoji and bidi marks are covered with the registration form: the
    // test keyboard types a character at a time and would split them).
    const title = `<b>Dokiman</b> pou timoun ${stamp} &amp; <i>lòt</i>`;
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, '#f-organization-name');
    await userEvent.keyboard('Platfòm Migran Sid');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Hai');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Jean-Baptiste Pierre');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(email);
    await tabTo(el, '#f-title');
    await userEvent.keyboard(title);
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.id).toBe('f-text');
    await userEvent.keyboard('Timoun ki fèt sou wout la pa gen batistè.');
    await tabTo(el, '#f-consent');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await tabTo(el, 'button[type="submit"]');
    await userEvent.keyboard('{Enter}');
    await receiptOf(el);
    expect(text(el)).toContain('Proposal received');
    expect(text(el)).toContain('Once it has taken yours up, it appears below');
    const records = await curated(`/v1/agenda-topics?event=${session}&limit=100`);
    const stored = records.items.filter((r: any) => r.contact?.email === email);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ title, organization: { name: 'Platfòm Migran Sid', country: 'HT' } });
    // Public once the committee takes it up (moderation): then listed, as text.
    expect($$(el, '.proposals h4').some((h) => h.textContent?.includes(stamp))).toBe(false);
    expect(
      (await curate('PATCH', `/v1/agenda-topics/${stored[0].id}`, { status: 'under_review' })).status,
    ).toBe(200);
    // Reloaded past the browser's minute of cache, as the form does right after a send.
    const list = el as unknown as { fresh: boolean; earlier: { retry(): void } };
    list.fresh = true;
    list.earlier.retry();
    const mine = await until(
      () => $$(el, '.proposals h4').find((h) => h.textContent?.includes(stamp)),
      10_000,
    );
    expect(mine.textContent).toBe(title);
    expect(mine.querySelector('b')).toBeNull();
    expect(mine.closest('article')?.textContent).toContain('Under review');
    expect(mine.closest('article')?.textContent).toContain('Platfòm Migran Sid');
    const everything = await Promise.all(
      [`/v1/events/${session}/agenda-topics?limit=100`, `/v1/events/${session}`, '/v1/events.ics'].map(
        publicText,
      ),
    );
    for (const body of everything) expect(body).not.toContain(email);
    await expectAccessible(el, 'received');
  });

  test('the answer is lost after the API stored it: one topic, one key', async () => {
    const url = `${api}/v1/events/${session}/agenda-topics`;
    await commands.flaky(url, 1);
    onTestFinished(() => commands.flaky(url, -1));
    const el = form(`kind="agenda-topic" event="${session}" lang="en"`);
    await until(() => $(el, 'form'));
    const email = uniqueEmail('lost');
    fillValid(el, email, `Topic ${Date.now()}`);
    send(el);
    await receiptOf(el);
    const log = await commands.requests(url);
    expect(log.map((r) => r.outcome)).toEqual(['dropped', 'passed']);
    expect(log[0]?.key).toBe(log[1]?.key);
    const records = await curated(`/v1/agenda-topics?event=${session}&limit=100`);
    expect(records.items.filter((r: any) => r.contact?.email === email)).toHaveLength(1);
  });

  test('sent too soon after opening: the API says so, in words', async () => {
    vi.setSystemTime(T0 - 1_000); // the form was opened a second before the API's "now"
    const el = form(`kind="agenda-topic" event="${session}" lang="en"`);
    await until(() => $(el, 'form'));
    fillValid(el, uniqueEmail('fast'), 'Quick');
    send(el);
    await until(() => /only seconds after it was opened/.test(text(el)), 10_000);
    expect(($(el, '#f-title') as HTMLInputElement).value).toBe('Quick');
    await expectAccessible(el, 'too fast');
  });
});

describe('written proposals to a committee', () => {
  test('a live character count, an over-long text and a bad link refused next to their fields', async () => {
    const el = form(`kind="policy" committee="${committee}" lang="en"`);
    await until(() => $(el, 'form'));
    expect(text(el)).toContain('Civil-society organisations can send this committee written policy');
    type(el, 'text', 'Pwopozisyon.');
    await el.updateComplete;
    expect($(el, '#f-text-count')?.textContent).toBe('12 of 20,000 characters');
    type(el, 'text', 'a'.repeat(20_005));
    await el.updateComplete;
    expect($(el, '#f-text-count')?.textContent).toBe('5 characters too many');
    expect(fieldError(el, 'text')).toBe('Use at most 20,000 characters.');
    type(el, 'links', 'https://example.org/a.pdf\njavascript:alert(1)');
    await el.updateComplete;
    expect(fieldError(el, 'links')).toBe('Enter a web address that starts with https:// or http://.');
    await expectAccessible(el, 'policy errors');
  });

  test('sent and answered publicly; the sender is never shown', async () => {
    const el = form(`kind="policy" committee="${committee}" lang="en"`);
    await until(() => $(el, 'form'));
    const email = uniqueEmail('policy');
    fillValid(el, email, `Policy ${Date.now()}`);
    type(el, 'links', 'https://example.org/etid.pdf');
    send(el);
    await receiptOf(el);
    const records = await curated(`/v1/proposals?committee=${committee}&limit=100`);
    const [stored] = records.items.filter((r: any) => r.contact?.email === email);
    expect(stored).toMatchObject({ links: ['https://example.org/etid.pdf'], locale: 'en' });
    expect(await publicText(`/v1/committees/${committee}/proposals?limit=100`)).not.toContain(email);
  });

  test('every language: labels, statuses and messages translated; accessible', async () => {
    for (const locale of LOCALES) {
      await cleanup();
      const el = form(`kind="policy" committee="${committee}" lang="${locale}"`);
      await until(() => $(el, 'form') && $(el, '.proposals, .earlier p'));
      await inLocale(el, locale);
      send(el);
      await until(() => $(el, '.error-summary'));
      if (locale !== 'en') {
        expect(text(el), locale).not.toContain('Fill in this field.');
        expect(text(el), locale).not.toContain('Send the proposal');
      }
      await expectAccessible(el, locale);
    }
  });
});

describe('earlier proposals, page by page', () => {
  test('every page of 100 is asked for with the same query, up to 2,000 topics', async () => {
    const event = eventFixture('open');
    const [topic] = topicsFixture();
    // A list that never ends: a full page of 100 and a next cursor, each time.
    const { fetch, calls } = fakeApi({
      [`events/${event.id}`]: () => event,
      [`events/${event.id}/agenda-topics`]: (url) => {
        const n = Number(url.searchParams.get('cursor') ?? 0);
        const items = Array.from({ length: 100 }, (_, i) => ({ ...topic, id: `prop-${n * 100 + i}` }));
        return { items, nextCursor: `${n + 1}` };
      },
    });
    const el = mount<LadProposalForm>(
      `<lad-proposal-form api-base="${api}" kind="agenda-topic" event="${event.id}" lang="en"></lad-proposal-form>`,
      (e) => {
        e.fetch = fetch;
      },
    );
    await until(() => $$(el, '.proposals > li').length === 2_000, 15_000);
    const asked = calls.filter((u) => u.pathname.endsWith('/agenda-topics')).map((u) => u.search);
    expect(asked).toEqual([
      '?limit=100',
      ...Array.from({ length: 19 }, (_, i) => `?limit=100&cursor=${i + 1}`),
    ]);
  });
});
