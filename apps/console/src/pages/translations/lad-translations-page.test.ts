import { afterEach, expect, test } from 'vitest';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, findAll, mount, text, until } from '../../testing/dom.js';
import { ACCOUNT, fakeApi, json } from '../../testing/fake-api.js';

afterEach(cleanup);

const task = (id: string, need: 'missing' | 'machine', field: 'title' | 'description' = 'title') => ({
  contentType: 'commitment',
  id,
  field,
  country: 'HT',
  original: 'es',
  source: `Texto original de ${id}`,
  text: need === 'machine' ? 'Tèks otomatik' : null,
  need,
});

test('the queue of the chosen language: missing texts, then machine translations, each linked to the editor', async () => {
  location.hash = '#/translations';
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET translations/queue': (r) =>
      r.search.get('locale') === 'ht'
        ? json({
            locale: 'ht',
            items: [task('c-1', 'missing'), task('c-1', 'missing', 'description'), task('c-2', 'machine')],
            total: 3,
          })
        : json({ locale: r.search.get('locale'), items: [], total: 0 }),
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  // The console's own language first (English here): nothing to write.
  await until(() => /Nothing to write in English in your scope\./.test(text(el)));
  const select = (await until(() => find<HTMLSelectElement>(el, 'select#target'))) as HTMLSelectElement;
  select.value = 'ht';
  select.dispatchEvent(new Event('change'));
  await until(() => find(el, '#missing'));
  expect(api.seen.filter((r) => r.path === 'translations/queue').map((r) => r.search.get('locale'))).toEqual([
    'en',
    'ht',
  ]);
  expect(text(el)).toContain('To write or review in Haitian Creole: 3');
  expect(text(find(el, '#missing') as Element)).toBe('Missing (2)');
  expect(text(find(el, '#machine') as Element)).toBe('Machine translations to review (1)');
  const links = findAll<HTMLAnchorElement>(el, 'section li a');
  expect(links.map((a) => a.getAttribute('href'))).toEqual([
    '#/commitments/c-1',
    '#/commitments/c-1',
    '#/commitments/c-2',
  ]);
  expect(links.every((a) => a.lang === 'es')).toBe(true);
  expect(text(el)).toContain('Haiti; description; written in Spanish');
  await expectAccessible(el);
});
