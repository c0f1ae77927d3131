import { afterEach, expect, test } from 'vitest';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, findAll, mount, text, until } from '../../testing/dom.js';
import {
  ACCOUNT,
  commitmentDetail,
  fakeApi,
  indicatorFixture,
  json,
  measurementFixture,
  problem,
} from '../../testing/fake-api.js';
import { DETAIL_CONCURRENCY } from './lad-home-page.js';

afterEach(cleanup);

const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

test('lists, in the acting scope, the commitments not updated in 180 days and those missing a title language — every page read', async () => {
  location.hash = '#/';
  const five = { es: 'Visas', en: 'Visas', pt: 'Vistos', fr: 'Visas', ht: 'Viza' };
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET commitments': (r) =>
      r.search.get('cursor')
        ? json({
            items: [
              commitmentDetail({ id: 'c-3', title: { original: 'es', text: five }, lastUpdatedOn: recent }),
            ],
            nextCursor: null,
          })
        : json({
            items: [
              // stale and missing languages
              commitmentDetail({ id: 'c-1' }),
              // up to date, all five languages: nothing to do
              commitmentDetail({ id: 'c-2', title: { original: 'es', text: five }, lastUpdatedOn: recent }),
              // never updated, announced long ago
              commitmentDetail({ id: 'c-4', title: { original: 'es', text: five }, lastUpdatedOn: null }),
            ],
            nextCursor: 'next',
            total: 4,
          }),
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  await until(() => find(el, '#stale'));
  const lists = api.seen.filter((r) => r.path === 'commitments');
  expect(lists.map((r) => r.search.get('country'))).toEqual(['HT', 'HT']);
  expect(text(find(el, '#stale') as Element)).toBe('Not updated in 180 days (2)');
  expect(text(find(el, '#untitled') as Element)).toBe('Title missing in a language (1)');
  const links = findAll<HTMLAnchorElement>(el, 'section li a').map((a) => a.getAttribute('href'));
  expect(links).toEqual(['#/commitments/c-1', '#/commitments/c-4', '#/commitments/c-1']);
  expect(text(el)).toContain('missing: Spanish, Portuguese, Haitian Creole');
  expect(text(el)).toContain('no update recorded');
  expect(text(el)).toContain('4 commitments in your scope.');
  await expectAccessible(el);
});

test('indicators with no measurement this year: details read only for commitments with indicators, a few at a time; each links to its progress page', async () => {
  location.hash = '#/';
  const year = new Date().getFullYear();
  const five = { es: 'Visas', en: 'Visas', pt: 'Vistos', fr: 'Visas', ht: 'Viza' };
  const measured = (id: string, date: string) =>
    indicatorFixture({ id, measurements: [measurementFixture({ indicatorId: id, date })] });
  // c-1 … c-6 have indicators; c-7 has none (its details are never read).
  const details: Record<string, ReturnType<typeof commitmentDetail>> = {
    'c-1': commitmentDetail({
      id: 'c-1',
      indicatorIds: ['i-1', 'i-2'],
      indicators: [measured('i-1', `${year}-01-10`), measured('i-2', `${year - 1}-11-30`)],
    }),
    'c-2': commitmentDetail({
      id: 'c-2',
      indicatorIds: ['i-3'],
      indicators: [
        indicatorFixture({
          id: 'i-3',
          kind: 'qualitative',
          unit: null,
          name: { original: 'fr', text: { fr: 'Cadre légal' } },
          baseline: null,
          target: null,
        }),
      ],
    }),
    ...Object.fromEntries(
      ['c-3', 'c-4', 'c-5', 'c-6'].map((id) => [
        id,
        commitmentDetail({
          id,
          indicatorIds: [`i-${id}`],
          indicators: [measured(`i-${id}`, `${year}-02-01`)],
        }),
      ]),
    ),
  };
  let reading = 0;
  let most = 0;
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET commitments': () =>
      json({
        items: [
          ...Object.values(details).map(({ updates: _u, indicators: _i, ...c }) => ({
            ...c,
            title: { original: 'es', text: five },
            lastUpdatedOn: new Date().toISOString().slice(0, 10),
          })),
          { ...commitmentDetail({ id: 'c-7', title: { original: 'es', text: five } }), updates: undefined },
        ],
        nextCursor: null,
        total: 7,
      }),
    'GET commitments/c-\\d': async (r) => {
      reading++;
      most = Math.max(most, reading);
      await new Promise((resolve) => setTimeout(resolve, 30));
      reading--;
      return json(details[r.path.split('/')[1] as string]);
    },
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  await until(() => find(el, '#unmeasured') && text(find(el, '#unmeasured') as Element).includes('('));
  expect(text(find(el, '#unmeasured') as Element)).toBe('Indicators with no measurement this year (2)');
  const read = api.seen.filter((r) => /^commitments\/./.test(r.path)).map((r) => r.path);
  expect(read.sort()).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6'].map((id) => `commitments/${id}`));
  expect(most).toBeLessThanOrEqual(DETAIL_CONCURRENCY);
  expect(most).toBeGreaterThan(1);
  const section = find(el, '#unmeasured')?.closest('section') as Element;
  const links = [...section.querySelectorAll('li a')].map((a) => [a.getAttribute('href'), a.textContent]);
  expect(links).toEqual([
    ['#/commitments/c-1/progress', 'Children enrolled in school'],
    ['#/commitments/c-2/progress', 'Cadre légal'],
  ]);
  expect(section.querySelector('li a[lang="fr"]')).not.toBeNull();
  const items = [...section.querySelectorAll('li')].map((li) => text(li));
  expect(items[0]).toContain(`last measurement Nov 30, ${year - 1}`);
  expect(items[0]).toContain('Seasonal work visas, Haiti');
  expect(items[1]).toContain('no measurement recorded');
  await expectAccessible(el);
});

test('when the indicators cannot be read, the other sections stay and the indicators can be tried again', async () => {
  location.hash = '#/';
  let fail = true;
  const detail = commitmentDetail({
    id: 'c-1',
    indicatorIds: ['i-1'],
    indicators: [indicatorFixture({ id: 'i-1' })],
  });
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET commitments': () =>
      json({ items: [{ ...detail, updates: undefined, indicators: undefined }], nextCursor: null }),
    'GET commitments/c-1': () => (fail ? problem(503) : json(detail)),
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  await until(() => find(el, '#unmeasured')?.closest('section')?.querySelector('[role=alert]'));
  expect(text(find(el, '#stale') as Element)).toBe('Not updated in 180 days (1)');
  fail = false;
  const section = find(el, '#unmeasured')?.closest('section') as Element;
  (section.querySelector('button') as HTMLButtonElement).click();
  await until(() => section.querySelector('li a'));
  expect(section.querySelector('li a')?.getAttribute('href')).toBe('#/commitments/c-1/progress');
  expect(text(section)).toContain('no measurement recorded');
});
