import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { $, $$, cleanup, expectAccessible, inLocale, mount, text, until } from '../../testing/dom.js';
import { fakeApi } from '../../testing/fixtures.js';
import {
  changedCriteriaFixture,
  criteriaHistoryFixture,
  eventFixture,
  firstCriteriaFixture,
  reportFixture,
} from '../../testing/participation.js';
import './lad-selection-report.js';

const api = inject('apiUrl');
const LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;

beforeEach(cleanup);
afterEach(cleanup);

const report = (event: string, lang = 'en') =>
  mount(`<lad-selection-report api-base="${api}" event="${event}" lang="${lang}"></lad-selection-report>`);

/** The "Criteria used" section's words, and the criteria it lists. */
const criteriaSection = (el: Element) => {
  const section = $(el, 'section[aria-labelledby="criteria-title"]');
  return {
    words: (section?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    items: [...(section?.querySelectorAll('ol.criteria li') ?? [])].map((li) => li.textContent?.trim()),
  };
};

test('a published report: totals, the criteria used with their version, and a table per dimension with suppressed counts', async () => {
  const data = await (await fetch(`${api}/v1/events/demo-evt-ministerial-past/selection-report`)).json();
  const event = await (await fetch(`${api}/v1/events/demo-evt-ministerial-past`)).json();
  const el = report('demo-evt-ministerial-past');
  await until(() => $(el, 'table'));
  const t = data.totals;
  expect(text(el)).toContain(
    `Applied: ${t.applied} · Selected: ${t.selected} · Waiting list: ${t.waitlisted} · Not selected: ${t.notSelected}`,
  );
  expect(text(el)).toContain('Criteria used');
  const version = data.criteriaVersion ?? event.registration.criteriaVersion;
  expect(criteriaSection(el).words).toContain(`Version ${version} of the criteria.`);
  expect($$(el, 'caption').map((c) => c.textContent?.trim())).toEqual([
    'By kind of work',
    'By level',
    'By who leads the organisation',
    'By country',
  ]);
  const rows = $$(el, 'table').reduce((n, table) => n + table.querySelectorAll('tbody tr').length, 0);
  expect(rows).toBe(data.byKind.length + data.byLevel.length + data.byLedBy.length + data.byCountry.length);
  const hidden = [...data.byKind, ...data.byLevel, ...data.byLedBy, ...data.byCountry].some(
    (r: { applied: number | null }) => r.applied === null,
  );
  if (hidden) expect(text(el)).toContain('not shown');
  // No names: the report is anonymous.
  expect(text(el)).not.toMatch(/@|Demo Participant/);
  await expectAccessible(el, 'published');
});

test('a breakdown that would single someone out is left out, and the report says why', async () => {
  const event = eventFixture('closed', { id: 'evt-small' });
  const small = {
    ...reportFixture(),
    eventId: 'evt-small',
    totals: { applied: 2, selected: 1, waitlisted: 0, notSelected: 1 },
  };
  small.byCountry = [];
  small.byLevel = [];
  const { fetch } = fakeApi({
    'events/evt-small': () => event,
    'events/evt-small/selection-report': () => small,
  });
  const el = mount<HTMLElement & { fetch: typeof globalThis.fetch }>(
    '<lad-selection-report event="evt-small" lang="en"></lad-selection-report>',
    (e) => {
      e.fetch = fetch;
    },
  );
  await until(() => $(el, 'table'));
  expect(text(el)).toContain('By level: too few applications to show without singling out an organisation.');
  expect(text(el)).toContain('By country: too few applications');
  expect($$(el, 'caption').map((c) => c.textContent?.trim())).toEqual([
    'By kind of work',
    'By who leads the organisation',
  ]);
  await expectAccessible(el, 'too few');
});

describe('criteria that changed after the report was made', () => {
  const { event, report: made } = changedCriteriaFixture();
  const [first] = firstCriteriaFixture() as [ReturnType<typeof firstCriteriaFixture>[0]];
  const current = (event.registration?.criteria ?? []).map((c) => c.text.text);
  const mountWith = (criteria: () => unknown, lang = 'en', selection = made) => {
    const api = fakeApi({
      [`events/${event.id}`]: () => event,
      [`events/${event.id}/selection-report`]: () => selection,
      [`events/${event.id}/criteria`]: criteria,
    });
    const el = mount<HTMLElement & { fetch: typeof globalThis.fetch }>(
      `<lad-selection-report event="${event.id}" lang="${lang}"></lad-selection-report>`,
      (e) => {
        e.fetch = api.fetch;
      },
    );
    return { el, calls: api.calls };
  };
  const historyCalls = (calls: URL[]) => calls.filter((u) => u.pathname.endsWith('/criteria')).length;

  test('the report names version 1 and lists its criteria, not those of version 2 in force now; loading says so', async () => {
    expect(event.registration?.criteriaVersion).toBe(2);
    let answer: (history: unknown) => void = () => {};
    const { el, calls } = mountWith(() => new Promise((resolve) => (answer = resolve)));
    await until(() => $(el, 'table'));
    // While version 1 loads: no list at all, rather than the current one.
    await until(() => /Loading…/.test(criteriaSection(el).words));
    expect(criteriaSection(el).words).toContain('Version 1 of the criteria.');
    expect($(el, 'ol.criteria')).toBeNull();
    answer(criteriaHistoryFixture(event));
    await until(() => $(el, 'ol.criteria'));
    expect(criteriaSection(el).items).toEqual([first.text.text.en]);
    for (const c of current) expect(text(el)).not.toContain(c.en);
    expect(text(el)).not.toContain('Loading');
    expect(historyCalls(calls)).toBe(1);
    await expectAccessible(el, 'earlier criteria');
  });

  test('in Kreyòl: Vèsyon 1 and its criteria in Kreyòl', async () => {
    const { el } = mountWith(() => criteriaHistoryFixture(event), 'ht');
    await inLocale(el, 'ht');
    await until(() => /Vèsyon 1/.test(criteriaSection(el).words) && $(el, 'ol.criteria'));
    expect(criteriaSection(el).words).toMatch(/^Kritè yo te itilize Vèsyon 1 kritè yo\. /);
    expect(criteriaSection(el).items).toEqual([first.text.text.ht]);
    for (const c of current) expect(text(el)).not.toContain(c.ht);
    await expectAccessible(el, 'earlier criteria, ht');
  });

  test('version 1 cannot be loaded: said plainly, no list, and Try again loads it', async () => {
    let down = true;
    const { el } = mountWith(() =>
      down
        ? new Response(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }), {
            status: 503,
            headers: { 'content-type': 'application/problem+json' },
          })
        : criteriaHistoryFixture(event),
    );
    await until(() => /The criteria of version 1 could not be loaded\./.test(criteriaSection(el).words));
    expect($(el, 'ol.criteria')).toBeNull();
    for (const c of current) expect(text(el)).not.toContain(c.en);
    await expectAccessible(el, 'earlier criteria not loaded');
    down = false;
    ($(el, 'section[aria-labelledby="criteria-title"] button') as HTMLButtonElement).click();
    await until(() => $(el, 'ol.criteria'));
    expect(criteriaSection(el).items).toEqual([first.text.text.en]);
  });

  test('made with the version in force now: its criteria, and no history fetched', async () => {
    const { el, calls } = mountWith(() => criteriaHistoryFixture(event), 'en', {
      ...made,
      criteriaVersion: 2,
    });
    await until(() => $(el, 'ol.criteria'));
    expect(criteriaSection(el).words).toContain('Version 2 of the criteria.');
    expect(criteriaSection(el).items).toEqual(current.map((c) => c.en));
    expect(historyCalls(calls)).toBe(0);
  });

  test('a report from before versions were kept: the version in force now', async () => {
    const { el, calls } = mountWith(() => criteriaHistoryFixture(event), 'en', {
      ...made,
      criteriaVersion: null,
    });
    await until(() => $(el, 'ol.criteria'));
    expect(criteriaSection(el).words).toContain('Version 2 of the criteria.');
    expect(criteriaSection(el).items).toEqual(current.map((c) => c.en));
    expect(historyCalls(calls)).toBe(0);
  });
});

test('not published yet: says so', async () => {
  const el = report('demo-evt-ministerial-next');
  await until(() => /not published yet/.test(text(el)));
  expect($(el, 'table')).toBeNull();
  await expectAccessible(el, 'unpublished');
});

test('in every language, accessible', async () => {
  for (const locale of LOCALES) {
    await cleanup();
    const el = report('demo-evt-ministerial-past', locale);
    await until(() => $(el, 'table'));
    await inLocale(el, locale);
    if (locale !== 'en') expect(text(el), locale).not.toContain('Waiting list');
    await expectAccessible(el, locale);
  }
});
