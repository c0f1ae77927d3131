import type { Account } from '@lad/sdk';
import { afterEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import {
  cleanup,
  expectAccessible,
  find,
  findAll,
  focused,
  mount,
  tabTo,
  text,
  typeInto,
  until,
} from '../../testing/dom.js';
import { ACCOUNT, apiTokenFixture, fakeApi, json, problem, type Seen } from '../../testing/fake-api.js';

afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

const ANA: Account = { ...ACCOUNT, name: 'Ana Pérez', roles: [{ role: 'secretariat', scope: null }] };
const SECRET = `lad_${'A'.repeat(43)}`;

const TOKENS = () => [
  apiTokenFixture(),
  apiTokenFixture({
    id: 'tok-2',
    label: 'Haiti dashboard',
    role: 'country',
    scope: 'HT',
    status: 'expired',
    expiresAt: '2026-02-01T00:00:00.000Z',
    lastUsedAt: null,
  }),
  apiTokenFixture({
    id: 'tok-3',
    label: 'Old script',
    role: 'secretariat',
    scope: null,
    status: 'revoked',
    revokedAt: '2026-01-20T00:00:00.000Z',
  }),
];

function setup(
  routes: Record<string, (r: Seen) => Response | Promise<Response>> = {},
  account: Account = ANA,
) {
  const api = fakeApi({
    'GET auth/me': () => json(account),
    'GET tokens': () => json({ items: TOKENS() }),
    ...routes,
  });
  location.hash = '#/tokens';
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { api, el };
}

const button = (el: Element, label: RegExp) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) => label.test(text(b))) as HTMLButtonElement;
const row = (el: Element, id: string) => find(el, `tr[data-token="${id}"]`) as HTMLElement;
const select = async (el: Element, selector: string, value: string) => {
  const s = find<HTMLSelectElement>(el, selector) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await new Promise((resolve) => setTimeout(resolve, 0));
};

test('the list: label, role and scope, dates, whether it works — and never a secret', async () => {
  const { el } = setup();
  await until(() => findAll(el, 'tr[data-token]').length === 3);
  expect(text(row(el, 'tok-1'))).toContain('CRM nightly import');
  expect(text(row(el, 'tok-1'))).toContain('Regional mechanism officer — CRM');
  expect(text(row(el, 'tok-1'))).toContain('Yes');
  expect(text(row(el, 'tok-2'))).toContain('Country coordinator — Haiti');
  expect(text(row(el, 'tok-2'))).toContain('Expired');
  expect(text(row(el, 'tok-2'))).toContain('Never');
  expect(text(row(el, 'tok-3'))).toMatch(/Revoked on/);
  // A revoked token has nothing left to revoke.
  expect(row(el, 'tok-3').querySelector('button')).toBeNull();
  await expectAccessible(el);
});

test('create a CRM token: its secret is shown once, with a copy button', async () => {
  const writes: unknown[] = [];
  const { el } = setup({
    'POST tokens': (r) => {
      writes.push(r.body);
      return json(
        { token: apiTokenFixture({ id: 'tok-9', label: 'CRM weekly export' }), secret: SECRET },
        201,
      );
    },
  });
  await until(() => find(el, '#token-label'));
  await typeInto(find<HTMLInputElement>(el, '#token-label') as HTMLInputElement, 'CRM weekly export');
  await select(el, '#token-role', 'mechanism');
  expect(text(find(el, 'label[for="token-scope"]') as Element)).toBe('Regional mechanism');
  await select(el, '#token-scope', 'crm');
  await typeInto(find<HTMLInputElement>(el, '#token-days') as HTMLInputElement, '30');
  button(el, /^Create the token$/).click();
  await until(() => find(el, '#created-secret'));
  expect(writes).toEqual([
    { label: 'CRM weekly export', role: 'mechanism', scope: 'crm', expiresInDays: 30 },
  ]);
  expect((find<HTMLInputElement>(el, '#created-secret') as HTMLInputElement).value).toBe(SECRET);
  expect(text(find(el, '#created') as Element)).toContain('it is shown only this once');
  await until(() => focused()?.id === 'created-heading');
  const copy = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
  button(el, /^Copy the token$/).click();
  await until(() => text(find(el, '#created') as Element).includes('Copied.'));
  expect(copy).toHaveBeenCalledWith(SECRET);
  // The form is empty again, ready for another.
  expect((find<HTMLInputElement>(el, '#token-label') as HTMLInputElement).value).toBe('');
  await expectAccessible(el);
});

test('checked before sending: a label, and a lifetime of 1 to 730 days; the API’s refusal at its field', async () => {
  const { el, api } = setup({
    'POST tokens': () =>
      problem(422, {
        code: 'validation-failed',
        errors: [{ path: ['scope'], code: 'unknown_reference', message: 'A committee token needs…' }],
      }),
  });
  await until(() => find(el, '#token-label'));
  await typeInto(find<HTMLInputElement>(el, '#token-days') as HTMLInputElement, '731');
  button(el, /^Create the token$/).click();
  await until(() => focused()?.id === 'token-label');
  expect(text(el)).toContain('Say what the token is for.');
  expect(text(el)).toContain('Enter a whole number of days, from 1 to 730.');
  expect(find(el, '#token-days')?.getAttribute('aria-invalid')).toBe('true');
  expect(api.seen.some((r) => r.method === 'POST')).toBe(false);
  await expectAccessible(el, 'invalid');

  await typeInto(find<HTMLInputElement>(el, '#token-label') as HTMLInputElement, 'Test');
  await typeInto(find<HTMLInputElement>(el, '#token-days') as HTMLInputElement, '10');
  button(el, /^Create the token$/).click();
  await until(() => focused()?.id === 'token-scope');
  expect(text(el)).toContain('Choose one from the list.');
  expect(find(el, '#created-secret')).toBeNull();
});

test('revoke asks first: Cancel sends nothing, confirming revokes and says so', async () => {
  const revoked: string[] = [];
  const { el } = setup({
    'DELETE tokens/tok-1': () => {
      revoked.push('tok-1');
      return json(apiTokenFixture({ status: 'revoked', revokedAt: '2026-03-02T15:00:00.000Z' }));
    },
  });
  await until(() => row(el, 'tok-1'));
  button(row(el, 'tok-1'), /^Revoke/).click();
  const dialog = await until(() => find<HTMLDialogElement>(el, 'dialog[open]'));
  expect(text(dialog)).toContain('Revoke the token “CRM nightly import”?');
  expect(focused()?.textContent?.trim()).toBe('Cancel');
  await expectAccessible(el, 'dialog');
  button(dialog, /^Cancel$/).click();
  await until(() => !find(el, 'dialog[open]'));
  await until(() => focused()?.id === 'revoke-tok-1');
  expect(revoked).toEqual([]);
  button(row(el, 'tok-1'), /^Revoke/).click();
  const again = await until(() => find<HTMLDialogElement>(el, 'dialog[open]'));
  button(again, /^Revoke the token$/).click();
  await until(() => text(el).includes('The token “CRM nightly import” was revoked: it no longer works.'));
  expect(revoked).toEqual(['tok-1']);
});

test('keyboard alone: Tab to the label, type, Enter creates the token', async () => {
  const writes: unknown[] = [];
  const { el } = setup({
    'POST tokens': (r) => {
      writes.push(r.body);
      return json({ token: apiTokenFixture({ id: 'tok-9' }), secret: SECRET }, 201);
    },
  });
  await until(() => row(el, 'tok-1'));
  (document.activeElement as HTMLElement | null)?.blur();
  await tabTo('#token-label', 80);
  await userEvent.keyboard('Nightly');
  await userEvent.keyboard('{Enter}');
  await until(() => writes.length === 1);
  expect(writes[0]).toMatchObject({ label: 'Nightly', role: 'country', expiresInDays: 90 });
  await until(() => focused()?.id === 'created-heading');
  await tabTo('#created-secret');
  await tabTo('#created-heading ~ .actions button');
});

test.each([
  [1280, 800],
  [768, 1024],
])('at %i px wide the form and the list fit', async (width, height) => {
  await page.viewport(width, height);
  const { el } = setup();
  await until(() => row(el, 'tok-1'));
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  for (const wrap of findAll(el, '.table-wrap'))
    expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
  await expectAccessible(el, `${width}px`);
});

test('anyone else is told tokens are the secretariat’s, and nothing is asked of the API', async () => {
  const { el, api } = setup({}, ACCOUNT);
  await until(() => /Only the technical secretariat manages API tokens\./.test(text(el)));
  expect(api.seen.some((r) => r.path === 'tokens')).toBe(false);
});
