import { afterEach, expect, test } from 'vitest';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, findAll, mount, text, until } from '../../testing/dom.js';
import { ACCOUNT, commitmentDetail, fakeApi, json } from '../../testing/fake-api.js';

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
