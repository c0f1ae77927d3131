import { afterEach, beforeEach, describe, expect, inject, onTestFinished, test, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { defineElement } from '../../internal/define.js';
import {
  $,
  $$,
  cleanup,
  expectAccessible,
  inLocale,
  layoutShift,
  mount,
  offline,
  text,
  until,
} from '../../testing/dom.js';
import { commitment, commitments, fakeApi, pendingFetch, pillarSummary } from '../../testing/fixtures.js';
import './lad-commitment-tracker.js';
import '../progress-summary/lad-progress-summary.js';
import type { LadCommitmentTracker } from './commitment-tracker.js';

const api = inject('apiUrl');
const LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;

beforeEach(cleanup);
afterEach(cleanup);

const rows = (el: Element) => $$(el, '.item[data-key]');
const activeIn = (el: Element) => el.shadowRoot?.activeElement;
const rowTitles = (el: Element) => rows(el).map((r) => r.querySelector('.title')?.textContent?.trim() ?? '');
const ready = (el: Element) =>
  until(() => rows(el).length > 0 && /\d/.test($(el, '.count')?.textContent ?? ''));

function tracker(attrs = '', setup?: (el: LadCommitmentTracker) => void) {
  const lang = /\blang=/.test(attrs) ? '' : 'lang="en"';
  return mount<LadCommitmentTracker>(
    `<lad-commitment-tracker ${lang} ${attrs}></lad-commitment-tracker>`,
    setup,
  );
}

async function choose(el: Element, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`) as HTMLSelectElement;
  await until(() => [...select.options].some((o) => o.value === value));
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('with the API', () => {
  test('defaults: live data, a count, filter choices from the API, export links', async () => {
    const el = tracker(`api-base="${api}"`);
    await ready(el);
    const total = Number((await (await fetch(`${api}/v1/commitments?limit=1`)).json()).total);
    expect(text(el)).toContain(`${total.toLocaleString('en')} commitments`);
    const countries = [...($<HTMLSelectElement>(el, '#f-country')?.options ?? [])].map((o) => o.textContent);
    expect(countries).toEqual(expect.arrayContaining(['Haiti', 'Mexico', 'Guyana']));
    expect($<HTMLAnchorElement>(el, '.export a')?.href).toBe(`${api}/v1/export/commitments.csv`);
    await expectAccessible(el, 'ready');
  });

  test('every filter narrows the list, and the export follows', async () => {
    const el = tracker(`api-base="${api}"`);
    await ready(el);
    await choose(el, 'f-country', 'MX');
    await until(
      () => rows(el).length && rows(el).every((r) => r.querySelector('.country')?.textContent === 'Mexico'),
    );
    expect(el.country).toBe('MX');
    expect($<HTMLAnchorElement>(el, '.export a')?.href).toContain('export/commitments.csv?country=MX');
    await choose(el, 'f-country', '');
    await choose(el, 'f-pillar', 'II');
    await until(() => rows(el).every((r) => r.textContent?.includes('Pillar II')));
    await choose(el, 'f-status', 'complete');
    await until(() =>
      rows(el).every((r) => r.querySelector('[data-status]')?.getAttribute('data-status') === 'complete'),
    );
    await choose(el, 'f-pillar', '');
    await choose(el, 'f-status', '');
    await choose(el, 'f-actionPackage', 'labor-mobility');
    await until(() => rows(el).every((r) => r.textContent?.includes('Labor Mobility')));
    el.actionPackage = '';
    el.mechanism = 'MIRPS';
    await until(
      () =>
        el.shadowRoot?.querySelector('.item') &&
        rows(el).every((r) =>
          /Belize|Costa Rica|Guatemala|Honduras|Mexico|Panama|El Salvador/.test(r.textContent ?? ''),
        ),
    );
  });

  test('search in any language, accents ignored, after a pause in typing', async () => {
    const el = tracker(`api-base="${api}"`);
    await ready(el);
    const input = $<HTMLInputElement>(el, '#f-q') as HTMLInputElement;
    input.value = 'lekol';
    input.dispatchEvent(new Event('input'));
    expect(el.q).toBe('');
    await until(() => el.q === 'lekol');
    await until(
      () =>
        rows(el).length &&
        rowTitles(el).every((t) =>
          /school|escuela|escolas|école|lekòl|matricul|enrol|scolaris|Enskri/i.test(t),
        ),
    );
  });

  test('opening a commitment shows its timeline, consultation, indicators and sources', async () => {
    const { items } = await (await fetch(`${api}/v1/commitments?country=MX&limit=100`)).json();
    const rich = items.find(
      (c: { indicatorIds: string[]; lastUpdatedOn: string | null }) =>
        c.indicatorIds.length && c.lastUpdatedOn,
    );
    const el = tracker(`api-base="${api}" q="${rich.externalId}"`);
    await ready(el);
    const selected = vi.fn();
    el.addEventListener('lad-commitment-select', (e) => selected(e.detail.id));
    const first = rows(el)[0] as HTMLElement;
    (first.querySelector('.toggle') as HTMLButtonElement).click();
    await until(() => $(el, '.details h4'));
    expect(selected).toHaveBeenCalledWith(first.dataset.key);
    expect(first.querySelector('.toggle')?.getAttribute('aria-expanded')).toBe('true');
    await until(() => text(el).includes('Timeline'));
    expect(text(el)).toContain('Indicators');
    expect(text(el)).toContain('Sources');
    expect($(el, '.details [role="meter"], .details .indicator')).not.toBeNull();
    await expectAccessible(el, 'opened');
  });

  test('the public record: Canada’s real commitments, with their sources, in all five languages', async () => {
    const { items } = await (await fetch(`${api}/v1/commitments?country=CA&limit=100`)).json();
    expect(items).toHaveLength(8);
    for (const locale of LOCALES) {
      await cleanup();
      // Tall enough that all eight rows are rendered (the list renders only what is in view).
      const el = tracker(
        `api-base="${api}" country="CA" lang="${locale}" style="--lad-tracker-height: 80rem"`,
      );
      await inLocale(el, locale);
      await until(
        () => rows(el).length === 8 && rows(el).every((r) => r.querySelector(`.title [lang="${locale}"]`)),
      );
      // Each title in this language, with the language it is in; the four translations are
      // labelled as machine translations.
      const shown = rows(el).map((r) => r.querySelector('.title [lang]'));
      for (const span of shown) expect(span?.getAttribute('lang')).toBe(locale);
      expect(new Set(shown.map((s) => s?.textContent))).toEqual(
        new Set(items.map((c: { title: { text: Record<string, string> } }) => c.title.text[locale])),
      );
      expect(rows(el).every((r) => !!r.querySelector('.machine-note'))).toBe(locale !== 'en');
      // Opened: its sources, linked, with who published them.
      $<HTMLButtonElement>(el, '.item[data-key] .toggle')?.click();
      await until(() => $$(el, '.sources a').length > 0);
      for (const a of $$<HTMLAnchorElement>(el, '.sources a')) expect(a.href).toMatch(/^https:\/\//);
      expect($(el, '.sources')?.textContent).toMatch(/The White House|Canada|Canadian Press|PBS/);
      if (locale === 'ht') await expectAccessible(el, 'record in Creole');
    }
  });

  test('no layout shift from loading to loaded', async () => {
    const shift = await layoutShift(async () => {
      mount('<p id="after">After the widget</p>');
      const el = tracker(`api-base="${api}"`);
      document.body.insertBefore(el.parentElement as HTMLElement, document.body.firstChild);
      await ready(el);
    });
    expect(shift).toBe(0);
  });

  test('a partner page with a strict Content-Security-Policy: the CDN file works, 0 violations', async () => {
    // The page has only the script tag and the two elements, `<html lang="ht">`, no `lang` on
    // the widgets (test/server.ts).
    const { violations, texts } = await commands.visit(`${api}/csp.html`, {
      'lad-commitment-tracker': '\\d+ angajman',
      'lad-progress-summary': 'Pilye IV',
      'lad-registration-form': 'Etap 1',
      'lad-selection-report': 'òganizasyon',
      'lad-proposal-form': 'Voye',
      'lad-session-calendar': 'mas 2026',
      'lad-committee-directory': 'Pilye IV',
    });
    expect(violations).toEqual([]);
    expect(texts['lad-commitment-tracker']).toMatch(/\d+ angajman/);
    expect(texts['lad-commitment-tracker']).toContain('Ayiti');
    expect(texts['lad-progress-summary']).toMatch(/Pilye IV/);
    // The forms too: fields, steps and the report's bars (set through the CSSOM).
    expect(texts['lad-registration-form']).toMatch(/Etap 1/);
    expect(texts['lad-selection-report']).toMatch(/òganizasyon/);
    // Every widget, on one page with the strictest policy: 0 violations above, all rendered.
    expect(texts['lad-proposal-form']).toMatch(/Voye/);
    expect(texts['lad-session-calendar']).toMatch(/mas 2026/);
    expect(texts['lad-committee-directory']).toMatch(/Pilye IV/);
  });
});

describe('attributes and properties', () => {
  test('each attribute sets its property and properties reflect', async () => {
    const { fetch } = fakeApi({
      commitments: () => ({ items: [], nextCursor: null, total: 0 }),
      progress: () => pillarSummary(),
    });
    const el = tracker(
      'country="ht" pillar="IV" action-package="labor-mobility" mechanism="CRM" status="limited" q="timoun" page-size="25" layout="compact" hide-filters',
      (e) => {
        e.fetch = fetch;
      },
    );
    expect(el).toMatchObject({
      country: 'ht',
      pillar: 'IV',
      actionPackage: 'labor-mobility',
      mechanism: 'CRM',
      status: 'limited',
      q: 'timoun',
      pageSize: 25,
      layout: 'compact',
      hideFilters: true,
    });
    el.country = 'MX';
    await el.updateComplete;
    expect(el.getAttribute('country')).toBe('MX');
    expect($(el, '.filters')).toBeNull();
  });

  test('the request carries every filter (ids normalised), the page size and nothing else', async () => {
    const api = fakeApi({
      commitments: () => ({ items: [commitment(1)], nextCursor: null, total: 1 }),
      progress: () => pillarSummary(),
    });
    const el = tracker(
      'country="ht" pillar="II" action-package="Labor-Mobility" mechanism="CRM" status="limited" q="timoun lekòl" page-size="25"',
      (e) => {
        e.fetch = api.fetch;
      },
    );
    await ready(el);
    const call = api.calls.find((u) => u.pathname === '/v1/commitments');
    expect(Object.fromEntries(call?.searchParams ?? [])).toEqual({
      country: 'HT',
      pillar: 'II',
      actionPackage: 'labor-mobility',
      mechanism: 'crm',
      status: 'limited',
      q: 'timoun lekòl',
      limit: '25',
    });
  });

  test('sync-url keeps the filters in the page address, and a shared address restores them', async () => {
    const { fetch } = fakeApi({
      commitments: () => ({ items: [commitment(1)], nextCursor: null, total: 1 }),
      progress: () => pillarSummary(),
    });
    const start = location.href;
    try {
      const el = tracker('sync-url', (e) => {
        e.fetch = fetch;
      });
      await ready(el);
      const changes: unknown[] = [];
      el.addEventListener('lad-filter-change', (e) => changes.push(e.detail));
      await choose(el, 'f-pillar', 'III');
      expect(new URL(location.href).searchParams.get('lad-pillar')).toBe('III');
      expect(changes).toEqual([expect.objectContaining({ pillar: 'III', country: '' })]);
      const again = tracker('sync-url', (e) => {
        e.fetch = fetch;
      });
      expect(again.pillar).toBe('III');
    } finally {
      history.replaceState(null, '', start);
    }
  });
});

describe('states', () => {
  test('loading: a skeleton of the final size, marked busy', async () => {
    const el = tracker('', (e) => {
      e.fetch = pendingFetch;
    });
    await el.updateComplete;
    expect($(el, '.skeleton-list')).not.toBeNull();
    expect(($(el, '.skeleton-list') as HTMLElement).getBoundingClientRect().height).toBeGreaterThan(300);
    await expectAccessible(el, 'loading');
  });

  test('empty', async () => {
    const { fetch } = fakeApi({
      commitments: () => ({ items: [], nextCursor: null, total: 0 }),
      progress: () => pillarSummary(),
    });
    const el = tracker('', (e) => {
      e.fetch = fetch;
    });
    await until(() => text(el).includes('No commitments match these filters.'));
    expect(text(el)).toContain('0 commitments');
    await expectAccessible(el, 'empty');
  });

  test('error, then retry', async () => {
    let fail = true;
    const { fetch } = fakeApi({
      commitments: () =>
        fail
          ? new Response('{"type":"about:blank","title":"Down","status":400}', { status: 400 })
          : { items: [commitment(7)], nextCursor: null, total: 1 },
      progress: () => pillarSummary(),
    });
    const el = tracker('', (e) => {
      e.fetch = fetch;
    });
    await until(() => text(el).includes('The commitments could not be loaded.'));
    await expectAccessible(el, 'error');
    fail = false;
    ($(el, '.notice.error button') as HTMLButtonElement).click();
    await until(() => rowTitles(el).includes('Commitment number 7'));
    expect($(el, '.notice.error')).toBeNull();
  });

  test('offline: says so, keeps what it has, and refreshes when the connection returns', async () => {
    const el = tracker(`api-base="${api}"`);
    await ready(el);
    const before = rowTitles(el);
    const online = await offline(api);
    try {
      el.pillar = 'I';
      await until(() => text(el).includes('You are offline'), 15_000);
      // The list keeps what it showed (a notice of empty pillars may take or give back room,
      // so fewer or more rows may be in view).
      const now = rowTitles(el);
      expect(now.length).toBeGreaterThan(3);
      const shared = Math.min(now.length, before.length);
      expect(now.slice(0, shared)).toEqual(before.slice(0, shared));
      await expectAccessible(el, 'offline');
    } finally {
      await online();
    }
    await until(
      () =>
        !text(el).includes('You are offline') && rows(el).every((r) => r.textContent?.includes('Pillar I')),
      15_000,
    );
  });

  test('stale data stays on screen while new data loads; a pending request is cancelled on removal', async () => {
    let release = () => {};
    const signals: AbortSignal[] = [];
    const { fetch } = fakeApi({
      commitments: async (url, request) => {
        signals.push(request.signal);
        if (url.searchParams.get('pillar') === 'II')
          await new Promise<void>((resolve) => (release = resolve));
        return {
          items: [commitment(url.searchParams.get('pillar') === 'II' ? 2 : 1)],
          nextCursor: null,
          total: 1,
        };
      },
      progress: () => pillarSummary(),
    });
    const el = tracker('', (e) => {
      e.fetch = fetch;
    });
    await until(() => rowTitles(el).includes('Commitment number 1'));
    el.pillar = 'II';
    await el.updateComplete;
    expect(rowTitles(el)).toEqual(['Commitment number 1']);
    expect($(el, '.list')?.getAttribute('aria-busy')).toBe('true');
    el.remove();
    await until(() => signals.at(-1)?.aborted);
    release();
  });

  test('a text not in the reader’s language says so and carries its real language', async () => {
    const only = commitment(3, {
      title: {
        original: 'fr',
        text: { fr: 'Accès à la santé', en: 'Access to health' },
        provenance: { en: 'machine' },
      },
    });
    const el = tracker('lang="ht"', (e) => {
      e.commitments = [only];
    });
    await until(() => rows(el).length && $(el, '.count')?.textContent?.includes('angajman'));
    const title = rows(el)[0]?.querySelector('.title') as HTMLElement;
    expect(title.querySelector('[lang="fr"]')?.textContent).toBe('Accès à la santé');
    expect(title.textContent).toContain('Nou montre l an franse: li poko disponib an kreyòl ayisyen');
    const english = tracker('lang="en"', (e) => {
      e.commitments = [only];
    });
    await until(() => rows(english).length);
    expect(rows(english)[0]?.textContent).toContain('Machine translation');
    await expectAccessible(el, 'fallback');
  });

  test('Pillar IV with no commitments in view: a visible notice (R3)', async () => {
    const { fetch } = fakeApi({
      commitments: () => ({ items: [commitment(1)], nextCursor: null, total: 1 }),
      progress: () => pillarSummary([4, 2, 1, 0]),
    });
    const el = tracker('country="MX"', (e) => {
      e.fetch = fetch;
    });
    await until(() => $(el, '.gap'));
    expect(text(el)).toContain('Pillar IV — Coordinated emergency response: no commitments recorded');
    await expectAccessible(el, 'gap');
  });
});

describe('keyboard and many commitments', () => {
  test('ten thousand commitments: only what is in view is rendered; End reaches the last; Enter opens', async () => {
    const data = commitments(10_000);
    const el = tracker('', (e) => {
      e.commitments = data;
    });
    await until(() => rows(el).length);
    expect(text(el)).toContain('10,000 commitments');
    expect(rows(el).length).toBeLessThan(60);
    const first = rows(el)[0]?.querySelector('.toggle') as HTMLButtonElement;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await until(() => el.shadowRoot?.activeElement?.closest('[data-index="1"]'));
    (activeIn(el) as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }),
    );
    const last = await until(
      () => el.shadowRoot?.activeElement?.closest('[data-key="c-09999"]') as HTMLElement | null,
    );
    expect(last.getAttribute('aria-posinset')).toBe('10000');
    expect(last.getAttribute('aria-setsize')).toBe('10000');
    await expectAccessible(el, '10,000');
    const select = vi.fn();
    el.addEventListener('lad-commitment-select', select);
    (activeIn(el) as HTMLButtonElement).click();
    await until(() => select.mock.calls.length);
    expect(last.querySelector('.toggle')?.getAttribute('aria-expanded')).toBe('true');
    el.q = 'numero 9999';
    await until(() => rows(el).length === 1);
    expect(text(el)).toContain('1 commitment');
  });
});

describe('languages', () => {
  test('the menu switches every LAD widget on the page, in all five languages', async () => {
    const { fetch } = fakeApi({
      commitments: () => ({ items: [commitment(1, { status: 'complete' })], nextCursor: null, total: 1 }),
      progress: () => pillarSummary(),
    });
    const el = tracker('', (e) => {
      e.fetch = fetch;
    });
    const summary = mount<HTMLElement & { fetch?: typeof fetch }>(
      '<lad-progress-summary></lad-progress-summary>',
      (e) => {
        e.fetch = fetch;
      },
    );
    await ready(el);
    const changes: string[] = [];
    document.addEventListener('lad-locale-change', (e) => changes.push(e.detail.locale));
    const expected = { es: 'Completado', en: 'Complete', pt: 'Concluído', fr: 'Achevé', ht: 'Fini' };
    for (const locale of LOCALES) {
      await choose(el, 'lad-language', locale);
      await until(() => rows(el)[0]?.textContent?.includes(expected[locale]));
      expect(el.getAttribute('lang')).toBe(locale);
      await until(() => summary.getAttribute('lang') === locale && text(summary).includes(expected[locale]));
      await expectAccessible(el, locale);
    }
    expect(changes).toEqual(['es', 'en', 'pt', 'fr', 'ht']);
    expect(localStorage.getItem('lad-locale')).toBe('ht');
  });

  test('widgets without a lang follow the page: both Creole on a Creole page, after one switch', async () => {
    document.documentElement.lang = 'ht';
    const changes: string[] = [];
    const listen = (e: Event) => changes.push((e as CustomEvent).detail.locale);
    window.addEventListener('lad-locale-change', listen);
    onTestFinished(() => window.removeEventListener('lad-locale-change', listen));
    const { fetch } = fakeApi({
      commitments: () => ({ items: [commitment(1)], nextCursor: null, total: 1 }),
      progress: () => pillarSummary(),
    });
    const host = mount<HTMLElement>(
      '<div><lad-commitment-tracker></lad-commitment-tracker><lad-progress-summary></lad-progress-summary></div>',
    );
    const [el, summary] = [...host.children] as (HTMLElement & { fetch?: typeof fetch })[];
    for (const w of [el, summary]) if (w) w.fetch = fetch;
    await until(() => el && summary && text(el).includes('1 angajman') && text(summary).includes('Pilye IV'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes).toEqual(['ht']);
    expect([el?.getAttribute('lang'), summary?.getAttribute('lang')]).toEqual(['ht', 'ht']);
  });

  test('Creole dates and numbers come from the SDK, whatever the browser language', async () => {
    const el = tracker('lang="ht"', (e) => {
      e.commitments = [commitment(1, { lastUpdatedOn: '2026-03-05' }), ...commitments(1233)];
    });
    await until(() => $(el, '.count')?.textContent?.includes('angajman'));
    // Creole groups thousands with a narrow no-break space (U+202F), in the count and in what
    // screen readers are told.
    expect($(el, '.count')?.textContent).toBe('1\u202F234 angajman');
    await until(() => $(el, '[role="status"]')?.textContent?.trim() === '1\u202F234 angajman');
    expect(text(el)).toContain('Dènye mizajou: 5 mas 2026');
  });
});

describe('safety', () => {
  test('hostile text in data stays text', async () => {
    const hostile = commitment(1, {
      title: {
        original: 'en',
        text: { en: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>' },
      },
      sources: [{ title: 'bad', url: 'https://example.org/x' }],
    });
    const el = tracker('', (e) => {
      e.commitments = [hostile];
    });
    await until(() => rows(el).length);
    expect($(el, 'img')).toBeNull();
    expect($(el, 'script')).toBeNull();
    expect(rowTitles(el)[0]).toContain('<img src=x onerror="window.__pwned=1">');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('defining the element twice never throws; another version warns once, naming both', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const Existing = customElements.get('lad-commitment-tracker') as CustomElementConstructor & {
        ladVersion?: string;
      };
      expect(() => defineElement('lad-commitment-tracker', class extends HTMLElement {})).not.toThrow();
      expect(warn).not.toHaveBeenCalled();
      const saved = Existing.ladVersion;
      Existing.ladVersion = '0.0.1-old';
      try {
        defineElement('lad-commitment-tracker', class extends HTMLElement {});
        defineElement('lad-commitment-tracker', class extends HTMLElement {});
      } finally {
        Existing.ladVersion = saved;
      }
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/0\.0\.1-old/);
      expect(warn.mock.calls[0]?.[0]).toContain(String(saved));
    } finally {
      warn.mockRestore();
    }
  });
});
