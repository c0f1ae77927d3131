import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { $, $$, cleanup, expectAccessible, inLocale, mount, text, until } from '../../testing/dom.js';
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
    `${t.applied} organisations applied; ${t.selected} were selected, ${t.waitlisted} put on the waiting list and ${t.notSelected} not selected.`,
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
  if (hidden) expect(text(el)).toContain(`fewer than ${data.suppressedBelow}`);
  // No names: the report is anonymous.
  expect(text(el)).not.toMatch(/@|Demo Participant/);
  await expectAccessible(el, 'published');
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
    if (locale !== 'en') expect(text(el), locale).not.toContain('organisations applied');
    await expectAccessible(el, locale);
  }
});
