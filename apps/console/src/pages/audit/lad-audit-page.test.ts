import { afterEach, expect, test } from 'vitest';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, findAll, mount, text, until } from '../../testing/dom.js';
import { ACCOUNT, fakeApi, json } from '../../testing/fake-api.js';

afterEach(async () => {
  localStorage.clear();
  await cleanup();
});

const entry = (id: string, type: string, action: string, changes: Record<string, unknown> | null) => ({
  id,
  at: '2026-11-30T14:05:00Z',
  actor: { tokenId: null, accountId: 'acc-9', role: 'secretariat', scope: null, label: 'Ana Pérez' },
  action,
  entity: { type, id: `${type}-1` },
  changes,
});

const SECRETARIAT = { ...ACCOUNT, roles: [{ role: 'secretariat' as const, scope: null }] };

test('the secretariat reads who changed what and when, before and after, filtered, page after page', async () => {
  location.hash = '#/audit';
  const api = fakeApi({
    'GET auth/me': () => json(SECRETARIAT),
    'GET audit': (r) =>
      r.search.get('cursor')
        ? json({
            items: [entry('a-3', 'event', 'event.update', { title: { from: 'A', to: 'B' } })],
            nextCursor: null,
          })
        : json({
            items: [
              entry('a-1', 'commitment', 'commitment.update', {
                status: { from: 'limited', to: 'substantial' },
              }),
              entry('a-2', 'account', 'auth.sign-in', null),
            ],
            nextCursor: 'older',
          }),
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  await until(() => findAll(el, 'tbody tr').length === 2);
  expect(text(el)).toContain('Changes shown: 2 of 2');
  expect(text(el)).toContain('status limited → substantial');
  expect(find<HTMLAnchorElement>(el, 'tbody a')?.getAttribute('href')).toBe('#/commitments/commitment-1');
  (find<HTMLButtonElement>(el, '.filters + p + table + p button') as HTMLButtonElement).click();
  await until(() => findAll(el, 'tbody tr').length === 3);
  expect(api.seen.filter((r) => r.path === 'audit').map((r) => r.search.get('cursor'))).toEqual([
    null,
    'older',
  ]);
  const kind = find<HTMLSelectElement>(el, '.filters select') as HTMLSelectElement;
  kind.value = 'commitment';
  kind.dispatchEvent(new Event('change'));
  await until(() => findAll(el, 'tbody tr').length === 1);
  expect(text(el)).toContain('Changes shown: 1 of 3');
  await expectAccessible(el);
});

test('anyone else is told the log is the secretariat’s, and nothing is asked of the API', async () => {
  location.hash = '#/audit';
  const api = fakeApi({ 'GET auth/me': () => json(ACCOUNT) });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  await until(() => /Only the technical secretariat sees the audit log\./.test(text(el)));
  expect(api.seen.some((r) => r.path === 'audit')).toBe(false);
});
