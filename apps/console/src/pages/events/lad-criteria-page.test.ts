import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import {
  cleanup,
  expectAccessible,
  find,
  findAll,
  focused,
  mount,
  tabTo,
  text,
  until,
} from '../../testing/dom.js';
import { ACCOUNT, committeeFixture, fakeApi, json, problem } from '../../testing/fake-api.js';
import {
  changedCriteriaEvent,
  criteriaHistoryFixture,
  EVENT_ID,
  fakeSelection,
  selectionEntry,
} from '../selection/selection-fixtures.js';

afterEach(cleanup);

type Routes = Parameters<typeof fakeApi>[0];
const HASH = `#/events/${EVENT_ID}/criteria`;

/**
 * The console at `hash` over a meeting whose criteria changed once (version 2 in force), with
 * three applications: one answered version 1, two version 2.
 */
function open(routes: Routes = {}, hash = HASH) {
  localStorage.setItem('lad-console-acting', 'committee:labor-mobility');
  location.hash = hash;
  const selection = fakeSelection(0, {
    entries: [
      selectionEntry(1, { criteriaVersion: 1 }),
      selectionEntry(2, { criteriaVersion: 2 }),
      selectionEntry(3, { criteriaVersion: 2 }),
    ],
  });
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET committees': () => json({ items: [committeeFixture()] }),
    ...selection.routes,
    [`GET events/${EVENT_ID}`]: () => json(changedCriteriaEvent(), 200, { etag: '"v3"' }),
    [`GET events/${EVENT_ID}/criteria`]: () => json(criteriaHistoryFixture()),
    ...routes,
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { el, api };
}

const versions = (el: Element) => findAll(el, 'ol.versions > li');

describe('the versions of a meeting’s criteria', () => {
  test('newest first: number, published and replaced in the meeting’s time zone, criteria required or optional, applications that answered each', async () => {
    const { el, api } = open();
    await until(() => versions(el).length === 2);
    expect(text(find(el, 'h1') as Element)).toBe('Versions of the selection criteria');
    expect(text(el)).toContain('Information session: labour mobility');
    expect(text(el)).toContain('Times in America/Port-au-Prince.');
    const [second, first] = versions(el) as unknown as [Element, Element];
    expect(text(find(second, 'h2') as Element)).toBe('Version 2');
    // 15:00 UTC is 10:00 in Port-au-Prince in February.
    expect(text(second)).toContain('Published Feb 10, 2026, 10:00 AM');
    expect(text(second)).toContain('Replaced Not replaced: in force');
    expect(text(second)).toContain('Applications that answered it 2');
    expect(findAll(second, 'ol.criteria > li').map((li) => text(li))).toEqual([
      'Your work with migrants and refugees Required · In words',
      'Do you work in Haitian Creole? Optional · Yes or no',
    ]);
    expect(text(find(first, 'h2') as Element)).toBe('Version 1');
    expect(text(first)).toContain('Published Jan 31, 2026, 7:00 PM');
    expect(text(first)).toContain('Replaced Feb 10, 2026, 10:00 AM');
    expect(text(first)).toContain('Applications that answered it 1');
    expect(findAll(first, 'ol.criteria > li').map((li) => text(li))).toEqual([
      'Your work with migrants Required · In words',
    ]);
    expect(find(first, 'ol.criteria')?.getAttribute('aria-label')).toBe('Criteria of version 1');
    expect(find(el, 'time')?.getAttribute('datetime')).toBe('2026-02-10T15:00:00.000Z');
    // Read as they stand now, and the applications without filters.
    const reads = api.seen.filter((r) => r.path === `events/${EVENT_ID}/registrations`);
    expect(reads).toHaveLength(1);
    expect([...(reads[0]?.search.keys() ?? [])]).toEqual([]);
    expect(findAll<HTMLAnchorElement>(el, 'p.actions a').map((a) => a.getAttribute('href'))).toEqual([
      `#/events/${EVENT_ID}`,
      `#/events/${EVENT_ID}/registrations`,
    ]);
  });

  test('never changed: said so; a role that may not see the applications gets no counts', async () => {
    const [v1] = criteriaHistoryFixture().versions;
    const { el } = open({
      [`GET events/${EVENT_ID}/criteria`]: () =>
        json({ eventId: EVENT_ID, versions: [{ ...v1, supersededAt: null }] }),
      [`GET events/${EVENT_ID}/registrations`]: () => problem(403),
    });
    await until(() => versions(el).length === 1);
    expect(text(el)).toContain('The criteria have not changed since they were published.');
    expect(text(el)).not.toContain('Applications that answered it');
    expect(find(el, `a[href="#/events/${EVENT_ID}/registrations"]`)).toBeNull();
  });

  test('no version at all, and a meeting that does not exist', async () => {
    const { el } = open({
      [`GET events/${EVENT_ID}/criteria`]: () => json({ eventId: EVENT_ID, versions: [] }),
    });
    await until(() => text(el).includes('No criteria have been published for this meeting.'));
    expect(versions(el)).toHaveLength(0);
    document.body.innerHTML = '';
    const missing = open({}, '#/events/nowhere/criteria');
    await until(() => text(missing.el).includes('There is no meeting at this address.'));
  });

  test('reached from the editor: “Earlier versions of the criteria (1)”; the focus goes to the heading', async () => {
    const { el } = open({}, `#/events/${EVENT_ID}`);
    const link = await until(() => find<HTMLAnchorElement>(el, '#criteria-history'));
    expect(text(link)).toBe('Earlier versions of the criteria (1)');
    link.click();
    await until(() => location.hash === HASH && versions(el).length === 2);
    await until(() => focused()?.tagName === 'H1');
    expect(text(focused() as Element)).toBe('Versions of the selection criteria');
  });

  test('keyboard only: the server fails, “Try again” is reached with Tab and pressed with Enter', async () => {
    let fail = true;
    const { el } = open({
      [`GET events/${EVENT_ID}/criteria`]: () => (fail ? problem(500) : json(criteriaHistoryFixture())),
    });
    await until(() => text(el).includes('The server had a problem.'));
    expect(find(el, '[role="alert"] #retry')).not.toBeNull();
    fail = false;
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('#retry', 120);
    await userEvent.keyboard('{Enter}');
    await until(() => versions(el).length === 2);
  });

  test('in Haitian Creole: the heading, the versions and the criteria in Kreyòl', async () => {
    localStorage.setItem('lad-console-locale', 'ht');
    const { el } = open();
    await until(() => document.documentElement.lang === 'ht' && versions(el).length === 2);
    await until(() => text(find(el, 'h1') as Element) === 'Vèsyon kritè seleksyon yo');
    const [second, first] = versions(el) as unknown as [Element, Element];
    expect(text(find(second, 'h2') as Element)).toBe('Vèsyon 2');
    expect(text(second)).toContain('Pa ranplase: se li ki an vigè');
    expect(text(find(first, 'ol.criteria > li') as Element)).toContain('Travay ou ak migran Obligatwa');
    // Not yet in Creole: the English text, marked with its language.
    const untranslated = findAll(second, 'ol.criteria > li span[lang]')[1];
    expect(untranslated?.getAttribute('lang')).toBe('en');
    expect(text(second)).toContain('Do you work in Haitian Creole? (poko nan lang ou)');
  });

  test.each([
    [1280, 800],
    [768, 1024],
  ])('at %i px: axe finds nothing, nothing overflows sideways', async (width, height) => {
    await page.viewport(width, height);
    const { el } = open();
    await until(() => versions(el).length === 2);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    await expectAccessible(el, `${width}px`);
  });
});
