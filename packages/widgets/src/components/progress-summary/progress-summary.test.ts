import type { ProgressSummary } from '@lad/sdk';
import { afterEach, beforeEach, describe, expect, inject, test, vi } from 'vitest';
import {
  $,
  $$,
  cleanup,
  expectAccessible,
  layoutShift,
  mount,
  offline,
  text,
  until,
} from '../../testing/dom.js';
import { fakeApi, pendingFetch, pillarSummary } from '../../testing/fixtures.js';
import './lad-progress-summary.js';
import type { LadProgressSummary } from './progress-summary.js';

const api = inject('apiUrl');
const LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;

beforeEach(cleanup);
afterEach(cleanup);

const groups = (el: Element) => $$(el, '.row button.group');
const ready = (el: Element) => until(() => groups(el).length > 0 || $$(el, 'tbody tr').length > 0);

function summary(attrs = '', setup?: (el: LadProgressSummary) => void) {
  const lang = /\blang=/.test(attrs) ? '' : 'lang="en"';
  return mount<LadProgressSummary>(`<lad-progress-summary ${lang} ${attrs}></lad-progress-summary>`, setup);
}

/** What a CSV link downloads, as rows of cells. */
async function csvOf(el: Element): Promise<string[][]> {
  const link = $<HTMLAnchorElement>(el, 'a[download]') as HTMLAnchorElement;
  const body = await (await fetch(link.href)).text();
  return body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"')),
    );
}

describe('with the API', () => {
  test('defaults: by pillar, every pillar shown, Pillar IV included even when empty', async () => {
    const el = summary(`api-base="${api}"`);
    await ready(el);
    expect(groups(el).map((g) => g.querySelector('.label')?.textContent?.trim())).toEqual([
      expect.stringMatching(/^Pillar I — /),
      expect.stringMatching(/^Pillar II — /),
      expect.stringMatching(/^Pillar III — /),
      expect.stringMatching(/^Pillar IV — Coordinated emergency response/),
      'No pillar given by the sources',
    ]);
    expect(text(el)).toMatch(/Indicators: \d+ % of the way to target/);
    expect($$(el, 'svg.stack').length).toBeGreaterThan(0);
    await expectAccessible(el, 'chart');
  });

  test('mechanism="CRM" counts only what the Regional Conference on Migration shares', async () => {
    const all = summary(`api-base="${api}"`);
    const crm = summary(`api-base="${api}" mechanism="CRM"`);
    await ready(all);
    await ready(crm);
    const totals = (el: Element) =>
      groups(el).map((g) => Number(g.querySelector('.total')?.textContent?.replace(/\D/g, '') || 0));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(totals(crm))).toBeGreaterThan(0);
    expect(sum(totals(crm))).toBeLessThan(sum(totals(all)));
  });

  test('group-by country, action package and mechanism', async () => {
    for (const [by, sample] of [
      ['country', /Haiti/],
      ['action-package', /Labor Mobility/],
      ['mechanism', /Comprehensive Regional Protection and Solutions Framework/],
    ] as const) {
      const el = summary(`api-base="${api}" group-by="${by}"`);
      await ready(el);
      expect(text(el), by).toMatch(sample);
      el.parentElement?.remove();
    }
  });

  test('no layout shift from loading to loaded, as a chart and as a table', async () => {
    for (const chart of ['bar', 'table']) {
      const shift = await layoutShift(async () => {
        const el = summary(`api-base="${api}" chart="${chart}"`);
        mount('<p>After the widget</p>');
        await ready(el);
      });
      expect(shift, chart).toBe(0);
      await cleanup();
    }
  });
});

describe('attributes and properties', () => {
  test('each attribute sets its property, and properties reflect', async () => {
    const el = summary('group-by="mechanism" mechanism="crm" country="HT" chart="table"', (e) => {
      e.fetch = fakeApi({ progress: () => pillarSummary() }).fetch;
    });
    expect([el.groupBy, el.mechanism, el.country, el.chart]).toEqual(['mechanism', 'crm', 'HT', 'table']);
    el.groupBy = 'country';
    el.chart = 'bar';
    await el.updateComplete;
    expect(el.getAttribute('group-by')).toBe('country');
    expect(el.getAttribute('chart')).toBe('bar');
  });

  test('the request carries the grouping and the filters', async () => {
    const { fetch, calls } = fakeApi({ progress: () => pillarSummary() });
    const el = summary('group-by="action-package" mechanism="MIRPS" country="gt"', (e) => {
      e.fetch = fetch;
    });
    await ready(el);
    const call = calls.find((c) => c.pathname.endsWith('/progress')) as URL;
    expect(Object.fromEntries(call.searchParams)).toEqual({
      groupBy: 'actionPackage',
      mechanism: 'mirps',
      country: 'GT',
    });
  });
});

describe('views and events', () => {
  test('chart and table show the same figures; the table is a real table with headers', async () => {
    const { fetch } = fakeApi({ progress: () => pillarSummary([12, 7, 3, 0]) });
    const el = summary('', (e) => {
      e.fetch = fetch;
    });
    await ready(el);
    expect(groups(el)[0]?.textContent).toContain('12 commitments — Limited progress: 6, Complete: 6');
    ($$(el, '.view button').find((b) => b.textContent?.includes('Table')) as HTMLButtonElement).click();
    await until(() => $(el, 'table'));
    expect($(el, '[role="status"]')?.textContent).toContain('Showing the table');
    const headers = $$(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers).toEqual([
      'Group',
      'Total',
      'No evidence available',
      'Not started',
      'Limited progress',
      'Substantial progress',
      'Complete',
      'Indicator progress',
    ]);
    const first = $$(el, 'tbody tr')[0]?.querySelectorAll('td') ?? [];
    expect([...first].map((td) => td.textContent?.trim())).toEqual(['12', '0', '0', '6', '0', '6', '40 %']);
    const last = $$(el, 'tbody tr')[3]?.querySelectorAll('td') ?? [];
    expect([...last].map((td) => td.textContent?.trim())).toEqual(['0', '0', '0', '0', '0', '0', '—']);
    await expectAccessible(el, 'table');
  });

  test('download CSV: the figures shown, labels in the reader’s language', async () => {
    const { fetch } = fakeApi({ progress: () => pillarSummary([12, 7, 3, 0]) });
    const el = summary('lang="fr"', (e) => {
      e.fetch = fetch;
    });
    await until(() => text(el).includes('Pilier IV'));
    const rows = await csvOf(el);
    expect(rows[0]).toEqual([
      'group',
      'label',
      'total',
      'no_evidence',
      'not_started',
      'limited',
      'substantial',
      'complete',
      'indicators_measured',
      'indicators_average_progress',
    ]);
    expect(rows[1]?.slice(0, 3)).toEqual(['I', expect.stringMatching(/^Pilier I — /), '12']);
    expect(rows[4]?.slice(0, 3)).toEqual(['IV', expect.stringMatching(/^Pilier IV — /), '0']);
    expect($<HTMLAnchorElement>(el, 'a[download]')?.getAttribute('download')).toBe('lad-progress-pillar.csv');
  });

  test('download CSV: a label a spreadsheet would run as a formula stays text', async () => {
    const hostile = pillarSummary();
    hostile.groupBy = 'mechanism';
    const starts = ['=', '+', '-', '@', '＝'];
    hostile.groups = hostile.groups.slice(0, starts.length).map((g, i) => ({
      ...g,
      key: `m${i}`,
      label: { original: 'en', text: { en: `${starts[i]}HYPERLINK("http://evil.example","x")` } },
    }));
    const { fetch } = fakeApi({ progress: () => hostile });
    const el = summary('group-by="mechanism"', (e) => {
      e.fetch = fetch;
    });
    await until(() => $(el, 'a[download]'));
    const rows = await csvOf(el);
    const labels = rows.slice(1).map((r) => r[1]);
    expect(labels).toHaveLength(starts.length);
    for (const label of labels) expect(label).toMatch(/^'[=+\-@＝]HYPERLINK/);
  });

  test('choosing a group, by click or keyboard, fires lad-group-select', async () => {
    const { fetch } = fakeApi({ progress: () => pillarSummary() });
    const el = summary('', (e) => {
      e.fetch = fetch;
    });
    await ready(el);
    const select = vi.fn((e: Event) => (e as CustomEvent).detail);
    document.addEventListener('lad-group-select', select);
    try {
      (groups(el)[1] as HTMLButtonElement).click();
      expect(select.mock.results[0]?.value).toEqual({ groupBy: 'pillar', key: 'II' });
      // A button: Tab reaches it and Enter or Space press it (the browser's own behaviour).
      expect(groups(el).every((g) => g.tagName === 'BUTTON' && g.tabIndex === 0)).toBe(true);
    } finally {
      document.removeEventListener('lad-group-select', select);
    }
  });
});

describe('states', () => {
  test('loading: a skeleton with one row per expected group', async () => {
    const el = summary('', (e) => {
      e.fetch = pendingFetch;
    });
    await el.updateComplete;
    expect($$(el, '.row .skeleton').length).toBe(5);
    expect($(el, 'a[download]')).toBeNull();
    await expectAccessible(el, 'loading');
  });

  test('error, then retry', async () => {
    let fail = true;
    const { fetch } = fakeApi({
      progress: () =>
        fail
          ? new Response('{"type":"about:blank","title":"Down","status":500}', { status: 500 })
          : pillarSummary(),
    });
    const el = summary('', (e) => {
      e.fetch = fetch;
      // No waiting between retries in this test.
    });
    await until(() => text(el).includes('The progress could not be loaded.'), 15_000);
    await expectAccessible(el, 'error');
    fail = false;
    ($(el, '.notice button') as HTMLButtonElement).click();
    await ready(el);
    expect($(el, '.notice')).toBeNull();
  });

  test('offline: says so, and loads when the connection returns', async () => {
    const online = await offline(api);
    const el = summary(`api-base="${api}" group-by="mechanism"`);
    try {
      await until(() => text(el).includes('You are offline'), 15_000);
      await expectAccessible(el, 'offline');
    } finally {
      await online();
    }
    await ready(el);
    expect(text(el)).not.toContain('You are offline');
  });

  test('a group label not in the reader’s language says so', async () => {
    const data: ProgressSummary = pillarSummary();
    const first = data.groups[0];
    if (first) first.label = { original: 'es', text: { es: 'Estabilidad', en: 'Stability' } };
    const { fetch } = fakeApi({ progress: () => data });
    const el = summary('lang="pt"', (e) => {
      e.fetch = fetch;
    });
    await until(() => text(el).includes('Pilar IV'));
    const label = groups(el)[0]?.querySelector('.label') as HTMLElement;
    expect(label.querySelector('[lang="es"]')?.textContent).toBe('Estabilidad');
    expect(label.textContent).toMatch(/espanhol/i);
  });
});

describe('languages', () => {
  test('all five languages, each accessible', async () => {
    const { fetch } = fakeApi({ progress: () => pillarSummary() });
    const el = summary('', (e) => {
      e.fetch = fetch;
    });
    await ready(el);
    const pillar = { es: 'Pilar IV', en: 'Pillar IV', pt: 'Pilar IV', fr: 'Pilier IV', ht: 'Pilye IV' };
    const table = { es: 'Tabla', en: 'Table', pt: 'Tabela', fr: 'Tableau', ht: 'Tablo' };
    for (const locale of LOCALES) {
      const menu = $<HTMLSelectElement>(el, '#lad-language') as HTMLSelectElement;
      menu.value = locale;
      menu.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => text(el).includes(pillar[locale]) && text(el).includes(table[locale]));
      expect(el.getAttribute('lang')).toBe(locale);
      await expectAccessible(el, locale);
    }
  });
});

describe('safety', () => {
  test('hostile text in a label stays text', async () => {
    const data = pillarSummary();
    const first = data.groups[0];
    if (first) first.label = { original: 'en', text: { en: '<img src=x onerror="window.__pwned=3">' } };
    const el = summary('', (e) => {
      e.fetch = fakeApi({ progress: () => data }).fetch;
    });
    await ready(el);
    expect($(el, 'img')).toBeNull();
    expect(groups(el)[0]?.textContent).toContain('<img src=x onerror="window.__pwned=3">');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
