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
import { ACCOUNT, fakeApi, json, personFixture, problem, type Seen } from '../../testing/fake-api.js';

afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

const ANA = {
  ...ACCOUNT,
  id: 'acc-1',
  name: 'Ana Pérez',
  email: 'ana@example.org',
  roles: [{ role: 'secretariat' as const, scope: null }],
};

const PEOPLE = () => [
  personFixture({
    id: 'acc-1',
    name: 'Ana Pérez',
    email: 'ana@example.org',
    roles: [{ role: 'secretariat', scope: null }],
    passkeys: 0,
  }),
  personFixture(),
  personFixture({
    id: 'acc-3',
    name: 'Jean Baptiste',
    email: 'jean@example.org',
    roles: [{ role: 'country', scope: 'HT' }],
    status: 'suspended',
    suspendedAt: '2026-02-20T10:00:00.000Z',
    lastSignInAt: null,
    passkeys: 0,
  }),
];

const INVITATION = {
  id: 'inv-1',
  email: 'pedro@mirps.example.org',
  name: null,
  role: 'mechanism',
  scope: 'mirps',
  locale: 'es',
  createdAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-03-04T10:00:00.000Z',
};

function setup(
  routes: Record<string, (r: Seen) => Response | Promise<Response>> = {},
  account: Account = ANA,
) {
  const api = fakeApi({
    'GET auth/me': () => json(account),
    'GET people': () => json({ items: PEOPLE(), invitations: [INVITATION] }),
    ...routes,
  });
  location.hash = '#/people';
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { api, el };
}

const button = (el: Element, label: RegExp) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) => label.test(text(b))) as HTMLButtonElement;
/** Clicks a button once it is there and enabled: after each change the page reads the list again, buttons disabled meanwhile. */
const press = async (within: () => Element, label: RegExp) =>
  (
    await until(() => {
      const b = button(within(), label);
      return b && !b.disabled ? b : null;
    })
  ).click();
const row = (el: Element, id: string) => find(el, `tr[data-person="${id}"]`) as HTMLElement;
const select = async (el: Element, selector: string, value: string) => {
  const s = find<HTMLSelectElement>(el, selector) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await new Promise((resolve) => setTimeout(resolve, 0));
};

test('the secretariat sees everyone: roles (a CRM officer too), access, last sign-in, passkeys, open invitations', async () => {
  const { el } = setup();
  await until(() => findAll(el, 'tr[data-person]').length === 3);
  expect(text(row(el, 'acc-2'))).toContain('Regional mechanism officer — CRM');
  expect(text(row(el, 'acc-1'))).toContain('(you)');
  expect(text(row(el, 'acc-3'))).toMatch(/Suspended since/);
  expect(text(row(el, 'acc-3'))).toContain('Never');
  expect(text(row(el, 'acc-3'))).toContain('Let in again');
  expect(text(el)).toContain('pedro@mirps.example.org');
  expect(text(el)).toContain('Regional mechanism officer — MIRPS');
  // The nav offers People and API tokens to the secretariat.
  const nav = findAll<HTMLAnchorElement>(el, 'nav a').map((a) => a.getAttribute('href'));
  expect(nav).toEqual(expect.arrayContaining(['#/people', '#/tokens']));
  await expectAccessible(el);
});

test('invite a CRM officer: the link is shown once, with a copy button, and the list is read again', async () => {
  const writes: unknown[] = [];
  const link = 'http://localhost:8787/console/#/invite/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';
  const { el, api } = setup({
    'POST people/invitations': (r) => {
      writes.push(r.body);
      return json(
        {
          invitation: {
            ...INVITATION,
            id: 'inv-2',
            email: 'lucia@crm.example.org',
            scope: 'crm',
            name: 'Lucía',
          },
          link,
        },
        201,
      );
    },
  });
  await until(() => find(el, '#invite-email'));
  await typeInto(find<HTMLInputElement>(el, '#invite-email') as HTMLInputElement, 'lucia@crm.example.org');
  await typeInto(find<HTMLInputElement>(el, '#invite-name') as HTMLInputElement, 'Lucía');
  await select(el, '#invite-role', 'mechanism');
  await until(() => find(el, '#invite-scope'));
  expect(text(find(el, 'label[for="invite-scope"]') as Element)).toBe('Regional mechanism');
  await select(el, '#invite-scope', 'crm');
  await select(el, '#invite-locale', 'es');
  const reads = api.seen.filter((r) => r.path === 'people').length;
  await press(() => el, /^Create the invitation link$/);
  await until(() => find(el, '#created-link'));
  expect(writes).toEqual([
    { email: 'lucia@crm.example.org', role: 'mechanism', scope: 'crm', name: 'Lucía', locale: 'es' },
  ]);
  expect((find<HTMLInputElement>(el, '#created-link') as HTMLInputElement).value).toBe(link);
  expect(text(find(el, '#created') as Element)).toContain('Send this link to lucia@crm.example.org alone.');
  await until(() => focused()?.id === 'created-heading');
  await until(() => api.seen.filter((r) => r.path === 'people').length > reads);
  // The copy button puts the link in the clipboard.
  const copy = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
  await press(() => el, /^Copy the link$/);
  await until(() => text(find(el, '#created') as Element).includes('Copied.'));
  expect(copy).toHaveBeenCalledWith(link);
  await expectAccessible(el);
});

test('an invitation the API refuses: the email and the scope named at their fields', async () => {
  const { el, api } = setup({
    'POST people/invitations': () =>
      problem(422, {
        code: 'validation-failed',
        errors: [{ path: ['scope'], code: 'unknown_reference', message: 'A mechanism invitation needs…' }],
      }),
  });
  await until(() => find(el, '#invite-email'));
  // Not an email: refused before anything is sent.
  await typeInto(find<HTMLInputElement>(el, '#invite-email') as HTMLInputElement, 'not an address');
  await press(() => el, /^Create the invitation link$/);
  await until(() => focused()?.id === 'invite-email');
  expect(find(el, '#invite-email')?.getAttribute('aria-invalid')).toBe('true');
  expect(text(el)).toContain('Enter an email address, such as name@example.org.');
  expect(api.seen.some((r) => r.method === 'POST')).toBe(false);

  await typeInto(find<HTMLInputElement>(el, '#invite-email') as HTMLInputElement, 'x@example.org');
  await select(el, '#invite-role', 'mechanism');
  await press(() => el, /^Create the invitation link$/);
  await until(() => focused()?.id === 'invite-scope');
  expect(text(el)).toContain('Choose one from the list.');
  expect(find(el, '#created-link')).toBeNull();
  await expectAccessible(el);
});

test('change roles: add a mechanism role, take another away', async () => {
  const patches: unknown[] = [];
  const { el } = setup({
    'PATCH people/acc-3': (r) => {
      patches.push(r.body);
      return json(personFixture({ id: 'acc-3' }));
    },
  });
  await until(() => row(el, 'acc-3'));
  await press(() => row(el, 'acc-3'), /^Change roles/);
  await until(() => focused()?.id === 'roles-heading');
  expect(text(find(el, '.roles-panel') as Element)).toContain('Roles of Jean Baptiste');
  await select(el, '#add-acc-3-scope', 'caricom');
  await press(() => el, /^Add this role$/);
  await until(() => patches.length === 1);
  expect(patches[0]).toEqual({ addRoles: [{ role: 'mechanism', scope: 'caricom' }] });
  await until(() =>
    text(el).includes('Jean Baptiste now also acts as Regional mechanism officer — CARICOM.'),
  );
  await press(() => el, /^Take this role away/);
  await until(() => patches.length === 2);
  expect(patches[1]).toEqual({ removeRoles: [{ role: 'country', scope: 'HT' }] });
  await expectAccessible(el);
});

test('suspend and let in again; the last secretariat member is kept, and the page says why', async () => {
  const patches: [string, unknown][] = [];
  const { el } = setup({
    'PATCH people/acc-2': (r) => {
      patches.push(['acc-2', r.body]);
      return json(personFixture({ status: 'suspended', suspendedAt: '2026-03-02T15:00:00.000Z' }));
    },
    'PATCH people/acc-3': (r) => {
      patches.push(['acc-3', r.body]);
      return json(personFixture({ id: 'acc-3' }));
    },
    'PATCH people/acc-1': () => problem(409, { code: 'last-secretariat' }),
  });
  await until(() => row(el, 'acc-2'));
  await press(() => row(el, 'acc-2'), /^Suspend/);
  await until(() => text(el).includes('Lucía Gómez is suspended: signed out everywhere'));
  await press(() => row(el, 'acc-3'), /^Let in again/);
  await until(() => text(el).includes('Jean Baptiste can sign in again.'));
  expect(patches).toEqual([
    ['acc-2', { suspended: true }],
    ['acc-3', { suspended: false }],
  ]);
  await press(() => row(el, 'acc-1'), /^Suspend/);
  await until(() => text(el).includes('This is the last active member of the secretariat.'));
  expect(find(el, '[role="alert"] .notice.error')).not.toBeNull();
  await expectAccessible(el);
});

test('remove asks first: Cancel sends nothing, confirming removes', async () => {
  const deleted: string[] = [];
  const { el } = setup({
    'DELETE people/acc-3': () => {
      deleted.push('acc-3');
      return json({ id: 'acc-3', sessionsEnded: 0 });
    },
  });
  await until(() => row(el, 'acc-3'));
  await press(() => row(el, 'acc-3'), /^Remove/);
  const dialog = await until(() => find<HTMLDialogElement>(el, 'dialog[open]'));
  expect(text(dialog)).toContain('Remove Jean Baptiste?');
  await expectAccessible(el, 'dialog');
  await press(() => dialog, /^Cancel$/);
  await until(() => !find(el, 'dialog[open]'));
  expect(deleted).toEqual([]);
  await press(() => row(el, 'acc-3'), /^Remove/);
  const again = await until(() => find<HTMLDialogElement>(el, 'dialog[open]'));
  await press(() => again, /^Remove Jean Baptiste$/);
  await until(() => text(el).includes('Jean Baptiste was removed.'));
  expect(deleted).toEqual(['acc-3']);
});

test('keyboard alone: invite by Tab, typing and Enter; Escape closes the removal question', async () => {
  const writes: unknown[] = [];
  const { el } = setup({
    'POST people/invitations': (r) => {
      writes.push(r.body);
      return json(
        { invitation: { ...INVITATION, email: 'k@example.org' }, link: 'http://x/console/#/invite/t' },
        201,
      );
    },
  });
  await until(() => row(el, 'acc-3'));
  (document.activeElement as HTMLElement | null)?.blur();
  await tabTo('#invite-email', 80);
  await userEvent.keyboard('k@example.org');
  await tabTo('#invite-name');
  await userEvent.keyboard('Kim');
  // Enter in a field sends the form (a country coordinator, the first country, by default).
  await userEvent.keyboard('{Enter}');
  await until(() => writes.length === 1);
  expect(writes[0]).toMatchObject({ email: 'k@example.org', name: 'Kim', role: 'country' });
  await until(() => focused()?.id === 'created-heading');

  await tabTo(`tr[data-person="acc-3"] button.danger`, 80);
  await userEvent.keyboard('{Enter}');
  await until(() => find(el, 'dialog[open]'));
  expect(focused()?.textContent?.trim()).toBe('Cancel');
  await userEvent.keyboard('{Escape}');
  await until(() => !find(el, 'dialog[open]'));
});

test.each([
  [1280, 800],
  [768, 1024],
])('at %i px wide the form, the list and the roles panel fit', async (width, height) => {
  await page.viewport(width, height);
  const { el } = setup();
  await until(() => row(el, 'acc-2'));
  await press(() => row(el, 'acc-2'), /^Change roles/);
  await until(() => find(el, '.roles-panel'));
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  for (const wrap of findAll(el, '.table-wrap'))
    expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
  await expectAccessible(el, `${width}px`);
});

test('anyone else: no People nor API tokens in the nav, the page says whose it is, the API is not asked', async () => {
  const officer = { ...ACCOUNT, roles: [{ role: 'mechanism' as const, scope: 'crm' }] };
  const { el, api } = setup({}, officer);
  await until(() => /Only the technical secretariat manages the people who use the console\./.test(text(el)));
  const nav = findAll<HTMLAnchorElement>(el, 'nav a').map((a) => a.getAttribute('href'));
  expect(nav).not.toContain('#/people');
  expect(nav).not.toContain('#/tokens');
  expect(api.seen.some((r) => r.path === 'people')).toBe(false);
  // Her role in the header's acting-as menu.
  expect(text(find(el, '#acting') as Element)).toContain('Regional mechanism officer — CRM');
  await expectAccessible(el);
});
