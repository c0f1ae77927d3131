// A Creole reader never meets a French name where a Creole one belongs: every widget, rendered
// in Creole against the real API, is searched for the French names browsers give for Creole
// (Haïti, République dominicaine, Mexique…) and for the French and English time-zone city.
import { countryName, ISO_COUNTRY_CODES } from '@lad/sdk';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { $, $$, cleanup, mount, text, until } from '../testing/dom.js';
import './commitment-tracker/lad-commitment-tracker.js';
import './committee-directory/lad-committee-directory.js';
import './progress-summary/lad-progress-summary.js';
import './proposal-form/lad-proposal-form.js';
import './registration-form/lad-registration-form.js';
import './selection-report/lad-selection-report.js';
import './session-calendar/lad-session-calendar.js';

const api = inject('apiUrl');

beforeEach(cleanup);
afterEach(cleanup);

const french = new Intl.DisplayNames(['fr'], { type: 'region' });
const english = new Intl.DisplayNames(['en'], { type: 'region' });
/**
 * French country names that are neither the Creole nor the English name, nor part of the
 * English name ("Salvador" in "El Salvador"): English ones may appear in the titles of sources.
 */
const FRENCH_ONLY = ISO_COUNTRY_CODES.map((code) => french.of(code) ?? code).filter((name, i) => {
  const code = ISO_COUNTRY_CODES[i] as string;
  const en = english.of(code) ?? code;
  return name !== countryName(code, 'ht') && !en.includes(name) && name !== code;
});

/** Everything a reader sees in `el`: its text and the choices of its menus. */
const seen = (el: Element) =>
  `${text(el)} ${$$(el, 'option')
    .map((o) => o.textContent)
    .join(' ')}`;

function frenchNamesIn(content: string): string[] {
  return FRENCH_ONLY.filter((name) =>
    new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(content),
  );
}

test('the French country list is what this test thinks it is', () => {
  expect(FRENCH_ONLY).toContain('Haïti');
  expect(FRENCH_ONLY).toContain('République dominicaine');
  expect(FRENCH_ONLY).toContain('Mexique');
  expect(frenchNamesIn('Peyi: Haïti, Ayiti')).toEqual(['Haïti']);
  expect(frenchNamesIn('Ayiti ak Repiblik Dominikèn')).toEqual([]);
});

test('every widget in Creole: Creole names of countries and cities, never French ones', async () => {
  const committees = (await (await fetch(`${api}/v1/committees`)).json()).items as { id: string }[];
  const widgets: [string, (el: Element) => boolean][] = [
    [
      `<lad-commitment-tracker api-base="${api}" lang="ht" page-size="100"></lad-commitment-tracker>`,
      (el) => $$(el, '.item[data-key]').length > 0,
    ],
    [
      `<lad-progress-summary api-base="${api}" lang="ht" group-by="country" chart="table"></lad-progress-summary>`,
      (el) => !!$(el, 'table'),
    ],
    [
      `<lad-registration-form api-base="${api}" lang="ht" event="demo-evt-ministerial-next"></lad-registration-form>`,
      (el) => $$(el, 'option').length > 30,
    ],
    [
      `<lad-proposal-form api-base="${api}" lang="ht" kind="policy" committee="${committees[0]?.id}"></lad-proposal-form>`,
      (el) => $$(el, 'option').length > 30,
    ],
    [
      `<lad-selection-report api-base="${api}" lang="ht" event="demo-evt-ministerial-past"></lad-selection-report>`,
      (el) => !!$(el, 'table'),
    ],
    [
      `<lad-committee-directory api-base="${api}" lang="ht"></lad-committee-directory>`,
      (el) => $$(el, 'section.pillar').length === 4,
    ],
    [
      `<lad-session-calendar api-base="${api}" lang="ht" view="list" time-zone="America/Port-au-Prince" country="HT"></lad-session-calendar>`,
      (el) => text(el).includes('Pòtoprens'),
    ],
  ];
  for (const [html, ready] of widgets) {
    await cleanup();
    const el = mount(html);
    await until(() => ready(el), 15_000);
    const content = seen(el);
    expect(frenchNamesIn(content), html).toEqual([]);
    expect(content, html).not.toMatch(/Port-au-Prince|Port au Prince/);
  }
});
