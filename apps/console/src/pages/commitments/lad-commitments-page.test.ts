import { afterEach, expect, test } from 'vitest';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, findAll, mount, text, until } from '../../testing/dom.js';
import { ACCOUNT, commitmentDetail, fakeApi, json } from '../../testing/fake-api.js';

afterEach(cleanup);

function open(hash: string, account = ACCOUNT) {
  location.hash = hash;
  const api = fakeApi({
    'GET auth/me': () => json(account),
    'GET commitments': (r) =>
      json({
        items: [
          commitmentDetail({ id: 'c-1', title: { original: 'ht', text: { ht: 'Travay sezonye' } } }),
          commitmentDetail({ id: 'c-2', status: 'complete', lastUpdatedOn: null }),
        ].slice(r.search.get('cursor') ? 1 : 0, r.search.get('cursor') ? 2 : 1),
        nextCursor: r.search.get('cursor') ? null : 'p2',
        total: 2,
      }),
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { el, api };
}

test('a country coordinator sees their country fixed and the other filters; the table links to edit pages', async () => {
  const { el, api } = open('#/commitments?pillar=II&country=MX');
  await until(() => find(el, 'tbody tr'));
  // The scope wins over the address: Haiti, not Mexico.
  const first = api.seen.find((r) => r.path === 'commitments');
  expect(first?.search.get('country')).toBe('HT');
  expect(first?.search.get('pillar')).toBe('II');
  expect(find(el, '#f-country')).toBeNull();
  expect(text(find(el, 'form.filters') as Element)).toContain('Haiti');
  for (const id of ['f-pillar', 'f-actionPackage', 'f-mechanism', 'f-status', 'f-q'])
    expect(find(el, `#${id}`), id).not.toBeNull();
  expect((find<HTMLSelectElement>(el, '#f-pillar') as HTMLSelectElement).value).toBe('II');
  // Title in English falls back to the Creole original, marked with its language.
  const link = find<HTMLAnchorElement>(el, 'tbody a') as HTMLAnchorElement;
  expect(link.getAttribute('href')).toBe('#/commitments/c-1');
  expect(link.lang).toBe('ht');
  expect(text(find(el, 'tbody tr') as Element)).toContain('Limited progress');
  await expectAccessible(el);
  // The next page on demand.
  findAll<HTMLButtonElement>(el, 'button')
    .find((b) => b.textContent?.includes('more'))
    ?.click();
  await until(() => findAll(el, 'tbody tr').length === 2);
  expect(text(findAll(el, 'tbody tr')[1] as Element)).toContain('none recorded');
});

test('changing a filter changes the address and the request', async () => {
  const { el, api } = open('#/commitments');
  await until(() => find(el, 'tbody tr'));
  const status = find<HTMLSelectElement>(el, '#f-status') as HTMLSelectElement;
  status.value = 'complete';
  status.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => api.seen.some((r) => r.search.get('status') === 'complete'));
  expect(location.hash).toBe('#/commitments?status=complete');
});

test('the secretariat chooses any country', async () => {
  const { el } = open('#/commitments', { ...ACCOUNT, roles: [{ role: 'secretariat', scope: null }] });
  await until(() => find(el, 'tbody tr'));
  expect(find(el, '#f-country')).not.toBeNull();
});
