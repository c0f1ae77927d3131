import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { switchLocale } from '../../internal/locale.js';
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
import {
  ACCOUNT,
  commitmentDetail,
  fakeApi,
  indicatorFixture,
  json,
  measurementFixture,
  problem,
} from '../../testing/fake-api.js';

afterEach(cleanup);

/** Sets a field's value as typing does (an `input` event; a `change` for a list). */
const type = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
};

/** Children enrolled: 1,200 → 5,000, measured at 1,500 then 2,340 (30% of the way). */
const QUANTITATIVE = indicatorFixture({
  measurements: [
    measurementFixture({ id: 'msr-0', date: '2024-06-30', value: 1500, source: null }),
    measurementFixture({
      note: { original: 'en', text: { en: 'Provisional figures' } },
    }),
  ],
  progress: 0.3,
});

/** A qualitative indicator: baseline and target in words, one assessment. */
const QUALITATIVE = indicatorFixture({
  id: 'ind-2',
  kind: 'qualitative',
  name: {
    original: 'fr',
    text: { fr: 'Cadre légal du travail saisonnier', en: 'Legal framework for seasonal work' },
  },
  unit: null,
  baseline: {
    value: null,
    text: { original: 'en', text: { en: 'No law on seasonal work' } },
    date: '2022-01-01',
  },
  target: { value: null, text: { original: 'en', text: { en: 'A law in force' } }, date: '2026-12-31' },
  measurements: [
    measurementFixture({
      id: 'msr-q',
      indicatorId: 'ind-2',
      date: '2025-03-01',
      value: null,
      note: { original: 'en', text: { en: 'A bill is before parliament' } },
      source: { title: 'Parliament record', url: 'https://example.org/bill' },
    }),
  ],
});

function setup(routes: Parameters<typeof fakeApi>[0] = {}, indicators = [QUANTITATIVE, QUALITATIVE]) {
  location.hash = '#/commitments/c-1/progress';
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET commitments/c-1': () => json(commitmentDetail({ id: 'c-1', indicators })),
    ...routes,
  });
  const open = () =>
    mount<LadConsole>('<lad-console></lad-console>', (e) => {
      e.fetch = api.fetch;
    });
  return { api, open };
}

const panelOf = async (el: LadConsole) => {
  const panel = await until(() => find(el, 'lad-indicators-panel'));
  await until(() => panel.shadowRoot?.querySelector('#indicators-heading'));
  return panel;
};
const article = (panel: Element, index: number) =>
  panel.shadowRoot?.querySelectorAll('article')[index] as HTMLElement;
const q = <T extends Element = HTMLInputElement>(panel: Element, selector: string) =>
  panel.shadowRoot?.querySelector<T>(selector) as T;

test('both kinds of indicator: units, baseline → target, latest value, progress and sourced measurements — in English and French', async () => {
  const { open } = setup();
  const el = open();
  const panel = await panelOf(el);
  await until(() => text(article(panel, 0)).includes('1,200 children'));
  const quantitative = text(article(panel, 0));
  expect(quantitative).toContain('Children enrolled in school');
  expect(quantitative).toContain('Kind Quantitative');
  expect(quantitative).toContain('Unit children');
  expect(quantitative).toContain('Baseline 1,200 children (Jan 1, 2023)');
  expect(quantitative).toContain('Target 5,000 children (Dec 31, 2027)');
  expect(quantitative).toContain('Latest value 2,340 children (Jun 30, 2025)');
  expect(quantitative).toContain('30%');
  expect(quantitative).toContain('progress means the value goes up');
  expect(q<HTMLProgressElement>(panel, 'article progress').value).toBe(30);
  // Newest first, with the source linked.
  const rows = [...article(panel, 0).querySelectorAll('tbody tr')].map((tr) => text(tr));
  expect(rows).toEqual([
    'Jun 30, 2025 2,340 children Provisional figures Ministry of Education, 2025 census',
    'Jun 30, 2024 1,500 children —',
  ]);
  expect(article(panel, 0).querySelector('tbody a')?.getAttribute('href')).toBe(
    'https://example.org/census-2025',
  );

  const qualitative = text(article(panel, 1));
  expect(qualitative).toContain('Legal framework for seasonal work');
  expect(qualitative).toContain('Kind Qualitative');
  expect(qualitative).toContain('Baseline No law on seasonal work (Jan 1, 2022)');
  expect(qualitative).toContain('Target A law in force (Dec 31, 2026)');
  expect(qualitative).toContain('Latest assessment A bill is before parliament (Mar 1, 2025)');
  expect(qualitative).not.toContain('Unit');
  expect(article(panel, 1).querySelector('progress')).toBeNull();
  await expectAccessible(el);

  await switchLocale('fr');
  await until(() => text(article(panel, 0)).includes('enfants'));
  const fr = text(article(panel, 0));
  expect(fr).toContain('Enfants inscrits à l’école');
  expect(fr).toContain('1 200 enfants');
  expect(fr).toContain('2 340 enfants');
  expect(fr).toContain('30 %');
  expect(fr).toContain('Quantitatif');
  expect(q(panel, 'article h3 span').getAttribute('lang')).toBe('fr');
  // The qualitative one's texts exist in English only: shown, with their language.
  expect(text(article(panel, 1))).toContain('Cadre légal du travail saisonnier');
  expect(article(panel, 1).querySelector('dd span[lang="en"]')?.textContent).toBe('No law on seasonal work');
  await expectAccessible(el, 'fr');
});

test('adding a measurement: the exact body is sent, the new row and the progress show at once', async () => {
  const sent: unknown[] = [];
  const { api, open } = setup({
    'POST indicators/ind-1/measurements': (r) => {
      sent.push(r.body);
      return json(
        measurementFixture({
          id: 'msr-2',
          date: '2026-01-15',
          value: 3100,
          note: { original: 'en', text: { en: 'Start of the school year' } },
          source: { title: 'Ministry bulletin', url: 'https://example.org/bulletin' },
          createdAt: '2026-01-16T09:00:00.000Z',
        }),
        201,
      );
    },
  });
  const el = open();
  const panel = await panelOf(el);
  q<HTMLButtonElement>(panel, '#m0-toggle').click();
  await until(() => q(panel, '#m0-form'));
  expect(q(panel, '#m0-date').value).toBe(new Date().toISOString().slice(0, 10));
  type(q(panel, '#m0-date'), '2026-01-15');
  type(q(panel, '#m0-value'), '3100');
  type(q<HTMLTextAreaElement>(panel, '#m0-note'), 'Start of the school year');
  type(q(panel, '#m0-source-title'), 'Ministry bulletin');
  type(q(panel, '#m0-source-url'), 'https://example.org/bulletin');
  q<HTMLButtonElement>(panel, '#m0-form button[type=submit]').click();
  await until(() => text(panel).includes('The measurement was added.'));
  expect(sent).toEqual([
    {
      date: '2026-01-15',
      value: 3100,
      note: { original: 'en', text: { en: 'Start of the school year' } },
      source: { title: 'Ministry bulletin', url: 'https://example.org/bulletin' },
    },
  ]);
  const post = api.seen.find((r) => r.method === 'POST');
  expect(post?.headers.get('x-lad-console')).toBe('1');
  // (3,100 − 1,200) / (5,000 − 1,200) = 50%
  expect(text(article(panel, 0))).toContain('Latest value 3,100 children (Jan 15, 2026)');
  expect(text(article(panel, 0))).toContain('50%');
  expect(text(article(panel, 0).querySelector('tbody tr') as Element)).toBe(
    'Jan 15, 2026 3,100 children Start of the school year Ministry bulletin',
  );
  expect(q(panel, '#m0-form')).toBeNull();
  expect(focused()?.id).toBe('m0-toggle');
  expect(sessionStorage.length).toBe(0);
});

test('a qualitative measurement sends its assessment as the note, in the console’s language', async () => {
  const sent: unknown[] = [];
  const { open } = setup({
    'POST indicators/ind-2/measurements': (r) => {
      sent.push(r.body);
      return json(
        measurementFixture({
          id: 'msr-q2',
          indicatorId: 'ind-2',
          date: '2026-02-01',
          value: null,
          note: { original: 'en', text: { en: 'The law was passed' } },
          source: { title: 'Official journal', url: 'https://example.org/journal' },
        }),
        201,
      );
    },
  });
  const el = open();
  const panel = await panelOf(el);
  q<HTMLButtonElement>(panel, '#m1-toggle').click();
  await until(() => q(panel, '#m1-assessment'));
  expect(q(panel, '#m1-value')).toBeNull();
  type(q(panel, '#m1-date'), '2026-02-01');
  type(q<HTMLTextAreaElement>(panel, '#m1-assessment'), 'The law was passed');
  type(q(panel, '#m1-source-title'), 'Official journal');
  type(q(panel, '#m1-source-url'), 'https://example.org/journal');
  q<HTMLButtonElement>(panel, '#m1-form button[type=submit]').click();
  await until(() => text(article(panel, 1)).includes('Latest assessment The law was passed'));
  expect(sent).toEqual([
    {
      date: '2026-02-01',
      note: { original: 'en', text: { en: 'The law was passed' } },
      source: { title: 'Official journal', url: 'https://example.org/journal' },
    },
  ]);
});

test('what is missing is said at its field, and a 422 from the API too — the focus on the first', async () => {
  let posts = 0;
  const { open } = setup({
    'POST indicators/ind-1/measurements': () => {
      posts++;
      return problem(422, {
        code: 'validation-failed',
        errors: [
          { path: ['source', 'title'], code: 'too_big', message: 'Too long', params: { maximum: 300 } },
        ],
      });
    },
  });
  const el = open();
  const panel = await panelOf(el);
  q<HTMLButtonElement>(panel, '#m0-toggle').click();
  await until(() => q(panel, '#m0-form'));
  type(q(panel, '#m0-source-url'), 'http://example.org/plain');
  q<HTMLButtonElement>(panel, '#m0-form button[type=submit]').click();
  await until(() => focused()?.id === 'm0-value');
  expect(posts).toBe(0);
  expect(q(panel, '#m0-value').getAttribute('aria-invalid')).toBe('true');
  expect(text(q(panel, '#m0-value-error'))).toBe('Enter a number.');
  expect(q(panel, '#m0-value').getAttribute('aria-describedby')).toBe('m0-value-unit m0-value-error');
  expect(text(q(panel, '#m0-source-title-error'))).toBe('Fill in this field.');
  expect(text(q(panel, '#m0-source-url-error'))).toBe('Enter a web address that starts with https://.');
  await expectAccessible(el);

  type(q(panel, '#m0-value'), '2500');
  type(q(panel, '#m0-source-title'), 'A title the API finds too long');
  type(q(panel, '#m0-source-url'), 'https://example.org/report');
  q<HTMLButtonElement>(panel, '#m0-form button[type=submit]').click();
  await until(() => focused()?.id === 'm0-source-title');
  expect(posts).toBe(1);
  expect(text(q(panel, '#m0-source-title-error'))).toBe('Use at most 300 characters.');
  expect(q(panel, '#m0-value').getAttribute('aria-invalid')).toBe('false');
  expect(text(panel)).toContain('Check the highlighted fields.');
  // Nothing typed was lost.
  expect(q(panel, '#m0-value').value).toBe('2500');
});

test('a half-typed measurement survives a reload: the form opens again with its text', async () => {
  const { open } = setup();
  let el = open();
  let panel = await panelOf(el);
  q<HTMLButtonElement>(panel, '#m1-toggle').click();
  await until(() => q(panel, '#m1-assessment'));
  type(q<HTMLTextAreaElement>(panel, '#m1-assessment'), 'The bill passed its first reading');
  type(q(panel, '#m1-source-url'), 'https://example.org/reading');
  document.body.innerHTML = '';
  location.hash = '#/commitments/c-1/progress';
  el = open();
  panel = await panelOf(el);
  await until(() => q(panel, '#m1-assessment'));
  expect(q<HTMLTextAreaElement>(panel, '#m1-assessment').value).toBe('The bill passed its first reading');
  expect(q(panel, '#m1-source-url').value).toBe('https://example.org/reading');
  expect(q(panel, '#m1-toggle').getAttribute('aria-expanded')).toBe('true');
  expect(q(panel, '#m0-form')).toBeNull();
  // Discarding forgets it.
  [...(panel.shadowRoot?.querySelectorAll<HTMLButtonElement>('#m1-form button') ?? [])]
    .find((b) => b.textContent?.trim() === 'Discard')
    ?.click();
  await until(() => !q(panel, '#m1-form'));
  expect(sessionStorage.length).toBe(0);
});

test('creating a quantitative and a qualitative indicator: exact bodies, both listed', async () => {
  const sent: Record<string, unknown>[] = [];
  const { open } = setup(
    {
      'POST indicators': (r) => {
        const body = r.body as Record<string, unknown>;
        sent.push(body);
        // As the API stores it: what was not given is null.
        const point = (p: unknown) => ({ value: null, text: null, date: null, ...(p as object) });
        return json(
          indicatorFixture({
            ...(body as object),
            id: `ind-new-${sent.length}`,
            unit: (body.unit as string | undefined) ?? null,
            baseline: point(body.baseline),
            target: point(body.target),
            measurements: [],
            progress: null,
          }),
          201,
        );
      },
    },
    [],
  );
  const el = open();
  const panel = await panelOf(el);
  expect(text(panel)).toContain('This commitment has no indicator yet.');
  q<HTMLButtonElement>(panel, '#new-toggle').click();
  await until(() => q(panel, '#new-indicator'));
  expect(focused()?.getAttribute('value')).toBe('quantitative');
  expect(text(q(panel, 'label[for="new-name"]'))).toBe('Name (in English)');
  type(q(panel, '#new-name'), 'Seasonal work visas issued');
  const units = [...q<HTMLSelectElement>(panel, '#new-unit').options].map((o) => o.textContent?.trim());
  expect(units).toContain('visas');
  expect(units.at(-1)).toBe('Other…');
  type(q<HTMLSelectElement>(panel, '#new-unit'), 'visas');
  q(panel, 'input[name="new-direction"][value="decrease"]').click();
  type(q(panel, '#new-baseline-value'), '120');
  type(q(panel, '#new-baseline-date'), '2023-01-01');
  type(q(panel, '#new-target-value'), '600.5');
  type(q(panel, '#new-target-date'), '2027-12-31');
  type(q(panel, '#new-external-id'), 'HT-II-04');
  await expectAccessible(el, 'quantitative form');
  q<HTMLButtonElement>(panel, '#new-indicator button[type=submit]').click();
  await until(() => text(panel).includes('The indicator was added.'));
  expect(sent[0]).toEqual({
    commitmentId: 'c-1',
    externalId: 'HT-II-04',
    name: { original: 'en', text: { en: 'Seasonal work visas issued' } },
    kind: 'quantitative',
    unit: 'visas',
    direction: 'decrease',
    baseline: { value: 120, date: '2023-01-01' },
    target: { value: 600.5, date: '2027-12-31' },
  });
  expect(text(article(panel, 0))).toContain('Seasonal work visas issued');
  expect(text(article(panel, 0))).toContain('Baseline 120 visas (Jan 1, 2023)');
  expect(focused()?.id).toBe('i0-name');
  expect(sessionStorage.length).toBe(0);

  // A qualitative one: no unit, no direction; the baseline and target in words.
  q<HTMLButtonElement>(panel, '#new-toggle').click();
  await until(() => q(panel, '#new-indicator'));
  q(panel, 'input[name="new-kind"][value="qualitative"]').click();
  await until(() => !q(panel, '#new-unit'));
  expect(q(panel, 'input[name="new-direction"]')).toBeNull();
  type(q(panel, '#new-name'), 'Legal framework for seasonal work');
  q<HTMLButtonElement>(panel, '#new-indicator button[type=submit]').click();
  await until(() => focused()?.id === 'new-baseline-value');
  expect(text(q(panel, '#new-baseline-value-error'))).toBe('Fill in this field.');
  type(q<HTMLTextAreaElement>(panel, '#new-baseline-value'), 'No law on seasonal work');
  type(q<HTMLTextAreaElement>(panel, '#new-target-value'), 'A law in force');
  type(q(panel, '#new-target-date'), '2026-12-31');
  await expectAccessible(el, 'qualitative form');
  q<HTMLButtonElement>(panel, '#new-indicator button[type=submit]').click();
  await until(() => panel.shadowRoot?.querySelectorAll('article').length === 2);
  expect(sent[1]).toEqual({
    commitmentId: 'c-1',
    name: { original: 'en', text: { en: 'Legal framework for seasonal work' } },
    kind: 'qualitative',
    baseline: { text: { original: 'en', text: { en: 'No law on seasonal work' } } },
    target: { text: { original: 'en', text: { en: 'A law in force' } }, date: '2026-12-31' },
  });
  expect(text(article(panel, 1))).toContain('Kind Qualitative');
});

test('a unit of its own, and a new indicator typed in Creole: that language is its original', async () => {
  const sent: unknown[] = [];
  const { open } = setup(
    {
      'POST indicators': (r) => {
        sent.push(r.body);
        return problem(422, {
          code: 'validation-failed',
          errors: [{ path: ['target'], code: 'quantitative_without_number', message: 'Needs numbers' }],
        });
      },
    },
    [],
  );
  const el = open();
  const panel = await panelOf(el);
  await switchLocale('ht');
  q<HTMLButtonElement>(panel, '#new-toggle').click();
  await until(() => q(panel, '#new-indicator'));
  await until(() =>
    [...q<HTMLSelectElement>(panel, '#new-unit').options].some((o) => o.textContent === 'timoun'),
  );
  type(q(panel, '#new-name'), 'Kantite viza travay');
  type(q<HTMLSelectElement>(panel, '#new-unit'), 'other');
  await until(() => q(panel, '#new-other-unit'));
  type(q(panel, '#new-other-unit'), 'USD');
  type(q(panel, '#new-baseline-value'), '0');
  type(q(panel, '#new-target-value'), '250000');
  q<HTMLButtonElement>(panel, '#new-indicator button[type=submit]').click();
  await until(() => focused()?.id === 'new-target-value');
  expect(sent).toEqual([
    {
      commitmentId: 'c-1',
      name: { original: 'ht', text: { ht: 'Kantite viza travay' } },
      kind: 'quantitative',
      unit: 'USD',
      direction: 'increase',
      baseline: { value: 0 },
      target: { value: 250000 },
    },
  ]);
  expect(q(panel, '#new-target-value').getAttribute('aria-invalid')).toBe('true');
  // The draft is kept for a retry.
  expect(sessionStorage.length).toBe(1);
  await expectAccessible(el, 'ht');
});

test('keyboard alone: Tab to “Add a measurement”, Enter opens the form with the focus in it', async () => {
  const { open } = setup();
  const el = open();
  await panelOf(el);
  (document.activeElement as HTMLElement | null)?.blur();
  await tabTo('#m0-toggle', 80);
  await userEvent.keyboard('{Enter}');
  await until(() => focused()?.id === 'm0-date');
  await tabTo('#m0-value');
  await userEvent.keyboard('42');
  const panel = find(el, 'lad-indicators-panel') as HTMLElement;
  expect(q(panel, '#m0-value').value).toBe('42');
});

test.each([
  [1280, 800],
  [768, 1024],
])('at %i px wide the indicators and their forms fit, nothing overflows sideways', async (width, height) => {
  await page.viewport(width, height);
  const { open } = setup();
  const el = open();
  const panel = await panelOf(el);
  q<HTMLButtonElement>(panel, '#m0-toggle').click();
  q<HTMLButtonElement>(panel, '#new-toggle').click();
  await until(() => q(panel, '#m0-form') && q(panel, '#new-indicator'));
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  for (const wrap of findAll(panel, '.table-wrap'))
    expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
  await expectAccessible(el, `${width}px`);
});
