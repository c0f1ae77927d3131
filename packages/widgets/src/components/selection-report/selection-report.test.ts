import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { $, $$, cleanup, expectAccessible, inLocale, mount, text, until } from '../../testing/dom.js';
import { fakeApi } from '../../testing/fixtures.js';
import { eventFixture, reportFixture } from '../../testing/participation.js';
import './lad-selection-report.js';

const api = inject('apiUrl');
const LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;

beforeEach(cleanup);
afterEach(cleanup);

const report = (event: string, lang = 'en') =>
  mount(`<lad-selection-report api-base="${api}" event="${event}" lang="${lang}"></lad-selection-report>`);

test('a published report: totals, the criteria used, and a table per dimension with suppressed counts', async () => {
  const data = await (await fetch(`${api}/v1/events/demo-evt-ministerial-past/selection-report`)).json();
  const el = report('demo-evt-ministerial-past');
  await until(() => $(el, 'table'));
  const t = data.totals;
  expect(text(el)).toContain(
    `Applied: ${t.applied} · Selected: ${t.selected} · Waiting list: ${t.waitlisted} · Not selected: ${t.notSelected}`,
  );
  expect(text(el)).toContain('Criteria used');
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
