import type { Account, CommitteeMember, CommitteeMemberInput, SecretariatSeatInput } from '@lad/sdk';
import { afterEach, expect, test } from 'vitest';
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
import {
  ACCOUNT,
  committeeFixture,
  committeeMemberFixture,
  consentFixture,
  fakeApi,
  json,
  mechanismFixture,
  problem,
  type Seen,
  secretariatSeatFixture,
} from '../../testing/fake-api.js';

afterEach(async () => {
  await cleanup();
  await page.viewport(1280, 800);
});

const COORDINATOR: Account = { ...ACCOUNT, roles: [{ role: 'committee', scope: 'labor-mobility' }] };
const SECRETARIAT: Account = { ...ACCOUNT, name: 'Ana Pérez', roles: [{ role: 'secretariat', scope: null }] };
const COUNTRY: Account = { ...ACCOUNT, roles: [{ role: 'country', scope: 'HT' }] };

const COMMITTEES = [
  committeeFixture({
    members: [
      {
        role: 'coordinator',
        name: 'Luis Ortega',
        organization: null,
        country: 'MX',
        languages: [],
        contact: null,
      },
      {
        role: 'cso_representative',
        name: 'Nadège Pierre',
        organization: null,
        country: null,
        languages: [],
        contact: { email: 'nadege@example.org' },
      },
    ],
  }),
  committeeFixture({
    id: 'cmte-refugee-resettlement',
    actionPackageId: 'refugee-resettlement',
    name: { original: 'en', text: { en: 'Refugee Resettlement Committee' } },
    members: [],
  }),
];

function open(
  hash: string,
  account: Account,
  routes: Record<string, (r: Seen) => Response | Promise<Response>> = {},
) {
  location.hash = hash;
  const api = fakeApi({
    'GET auth/me': () => json(account),
    'GET committees': () => json({ items: COMMITTEES }),
    'GET secretariat': () =>
      json({
        items: [
          {
            id: 'sec-1',
            name: 'Camila Ríos',
            organization: 'Red de mujeres migrantes',
            role: { original: 'en', text: { en: 'Civil-society seat' } },
            csoSeat: true,
            country: 'CO',
            contact: { email: 'camila@example.org' },
          },
        ],
      }),
    'GET mechanisms': () =>
      json({
        items: [mechanismFixture(), mechanismFixture({ id: 'mirps', acronym: 'MIRPS', members: null })],
      }),
    'GET commitments': (r) =>
      json({ items: [], nextCursor: null, total: r.search.get('mechanism') === 'crm' ? 12 : 0 }),
    'GET countries': () =>
      json({
        items: ['MX', 'GT', 'HN', 'HT'].map((code) => ({
          code,
          name: { original: 'en', text: { en: code } },
          signatory: true,
          endorsedOn: null,
          specialCoordinator: null,
          sources: [],
        })),
      }),
    ...routes,
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { el, api };
}

const button = (el: Element, label: string | RegExp) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) =>
    typeof label === 'string' ? b.textContent?.trim() === label : label.test(b.textContent?.trim() ?? ''),
  ) as HTMLButtonElement;
const input = (el: Element, selector: string) => find<HTMLInputElement>(el, selector) as HTMLInputElement;

test('the overview: committees with their members, the secretariat, mechanisms with members and shared commitments', async () => {
  const { el } = open('#/bodies', COORDINATOR);
  await until(() => text(el).includes('12 commitments'));
  expect(find(el, 'nav a[aria-current="page"]')?.textContent?.trim()).toBe('Committees and bodies');
  const rows = findAll(el, 'section[aria-labelledby="committees"] tbody tr').map((tr) => text(tr));
  expect(rows[0]).toBe('Labour Mobility Committee (yours) Labor Mobility 1 1');
  expect(rows[1]).toContain('Refugee Resettlement Committee');
  expect(find<HTMLAnchorElement>(el, 'a[href="#/bodies/committees/cmte-labor-mobility"]')).not.toBeNull();
  expect(text(el)).toContain('Listed in the public directory: 1, of whom 1 in CSO seats.');
  expect(text(el)).toContain('See the secretariat’s members');
  const shared = find<HTMLAnchorElement>(el, 'a[href="#/commitments?mechanism=crm"]');
  expect(shared?.textContent?.trim()).toBe('12 commitments');
  expect(text(el)).toContain('no reliable public list');
  // A coordinator does not edit mechanisms.
  expect(find(el, 'a[href="#/bodies/mechanisms/crm"]')).toBeNull();
  await expectAccessible(el);
});

test.each([
  [1280, 800],
  [768, 1024],
])('at %i px wide the overview and a committee’s form fit, with no axe violation', async (width, height) => {
  await page.viewport(width, height);
  const overview = open('#/bodies', SECRETARIAT);
  await until(() => text(overview.el).includes('12 commitments'));
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  await expectAccessible(overview.el, `${width}px overview`);
  await cleanup();
  const { el } = open('#/bodies/committees/cmte-labor-mobility', SECRETARIAT, {
    'GET committees/cmte-labor-mobility/members': () => json(roster([committeeMemberFixture()])),
  });
  await until(() => button(el, 'Edit Nadège Pierre'));
  button(el, 'Edit Nadège Pierre').click();
  await until(() => find(el, '#m-name'));
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  await expectAccessible(el, `${width}px form`);
});

const roster = (members: CommitteeMember[]) => ({
  committeeId: 'cmte-labor-mobility',
  actionPackageId: 'labor-mobility',
  name: COMMITTEES[0]?.name,
  members,
});

test('a committee’s coordinator sees every detail with its consent, and records a new consent with how and when', async () => {
  let stored = committeeMemberFixture();
  const { el, api } = open('#/bodies/committees/cmte-labor-mobility', COORDINATOR, {
    'GET committees/cmte-labor-mobility/members': () => json(roster([stored])),
    'PUT committees/cmte-labor-mobility/members/mbr_1': (r) => {
      const body = r.body as CommitteeMemberInput;
      stored = committeeMemberFixture({
        phone: body.phone ?? null,
        consent: { ...stored.consent, phone: consentFixture(true, { how: 'phone', on: '2026-03-01' }) },
      });
      return json(stored);
    },
  });
  await until(() => find(el, '#h-mbr_1'));
  const row = (label: string) =>
    findAll(find(el, 'article.member') as Element, 'tbody tr')
      .map((tr) => text(tr))
      .find((t) => t.startsWith(label));
  expect(row('Email')).toBe(
    'Email nadege@example.org Published How: By email · On: Feb 20, 2026 · Recorded by: Marie Joseph',
  );
  expect(row('Phone')).toBe('Phone +509 3700 0000 Not published');
  await expectAccessible(el);

  // Tick "may be published" for the phone without saying how: refused at the field, focus there.
  button(el, 'Edit Nadège Pierre').click();
  await until(() => focused()?.id === 'm-name');
  input(el, '#p-phone').click();
  button(el, 'Save').click();
  await until(() => find(el, '#m-how-error'));
  expect(text(find(el, '#m-how-error') as Element)).toBe('Say how the person gave their consent.');
  expect(focused()?.id).toBe('m-how');
  expect(api.seen.some((r) => r.method === 'PUT')).toBe(false);
  await expectAccessible(el, 'refused');

  const how = find<HTMLSelectElement>(el, '#m-how') as HTMLSelectElement;
  how.value = 'phone';
  how.dispatchEvent(new Event('change', { bubbles: true }));
  input(el, '#m-on').value = '2026-03-01';
  input(el, '#m-on').dispatchEvent(new Event('input', { bubbles: true }));
  button(el, 'Save').click();
  await until(() => text(el).includes('Saved.'));
  const sent = api.seen.find((r) => r.method === 'PUT');
  expect(sent?.headers.get('x-lad-role')).toBe('committee:labor-mobility');
  expect(sent?.body).toEqual({
    role: 'cso_representative',
    name: 'Nadège Pierre',
    organization: 'Rezo Fanm Migran',
    email: 'nadege@example.org',
    phone: '+509 3700 0000',
    country: 'HT',
    languages: ['ht', 'fr'],
    consent: {
      // Sent back as recorded: the API keeps when and by whom.
      name: { given: true, how: 'written_form', on: '2026-02-20' },
      email: { given: true, how: 'email', on: '2026-02-20' },
      // The one ticked now.
      phone: { given: true, how: 'phone', on: '2026-03-01' },
    },
  });
  // The focus goes to the person saved, never to the page's body.
  expect(focused()?.id).toBe('h-mbr_1');
  expect(row('Phone')).toContain('Published How: By phone · On: Mar 1, 2026');
  // Nothing of the person is kept in the browser.
  expect(sessionStorage.length + localStorage.length).toBeLessThanOrEqual(1);
  expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain('nadege');
});

test('by keyboard: add a CSO representative with the email published and the phone not, then remove her', async () => {
  let members: CommitteeMember[] = [];
  const { el, api } = open('#/bodies/committees/cmte-labor-mobility', SECRETARIAT, {
    'GET committees/cmte-labor-mobility/members': () => json(roster(members)),
    'POST committees/cmte-labor-mobility/members': (r) => {
      const body = r.body as CommitteeMemberInput;
      const added = committeeMemberFixture({
        id: 'mbr_9',
        name: body.name,
        email: body.email ?? null,
        phone: body.phone ?? null,
        organization: null,
        languages: [],
        country: null,
      });
      members = [added];
      return json(added, 201);
    },
    'POST committees/cmte-labor-mobility/members/mbr_9/remove': () => {
      members = [];
      return json(roster(members));
    },
  });
  await until(() => text(el).includes('No member yet.'));
  (document.activeElement as HTMLElement | null)?.blur();
  await tabTo('#add-member', 80);
  await userEvent.keyboard('{Enter}');
  await until(() => focused()?.id === 'm-name');
  // The role: CSO representative (the arrow keys change a select).
  await tabTo('#m-role');
  await userEvent.keyboard('{ArrowDown}');
  await tabTo('#m-name');
  await userEvent.keyboard('Rosa Díaz');
  await tabTo('#m-email');
  await userEvent.keyboard('rosa@example.org');
  await tabTo('#p-email');
  await userEvent.keyboard(' ');
  await tabTo('#m-phone');
  await userEvent.keyboard('+52 55 0000 0000');
  await tabTo('#m-how');
  await userEvent.keyboard('{ArrowDown}{ArrowDown}');
  await tabTo('form button[type="submit"]');
  await userEvent.keyboard('{Enter}');
  await until(() => text(el).includes('Saved.'));
  const sent = api.seen.find((r) => r.method === 'POST')?.body as CommitteeMemberInput;
  expect(sent).toMatchObject({
    role: 'cso_representative',
    name: 'Rosa Díaz',
    email: 'rosa@example.org',
    phone: '+52 55 0000 0000',
    consent: { email: { given: true, how: 'email' } },
  });
  expect(sent.consent?.phone).toBeUndefined();
  expect(focused()?.id).toBe('h-mbr_9');

  await tabTo('#remove-mbr_9');
  await userEvent.keyboard('{Enter}');
  await until(() => focused()?.id === 'keep');
  expect(text(el)).toContain('Remove Rosa Díaz from this committee? Their details are deleted.');
  await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
  expect(focused()?.id).toBe('confirm-remove');
  await userEvent.keyboard('{Enter}');
  await until(() => text(el).includes('Rosa Díaz was removed.'));
  expect(focused()?.id).toBe('members-title');
});

test('outside the committee’s scope: the public view, and the members are never asked for', async () => {
  const { el, api } = open('#/bodies/committees/cmte-labor-mobility', COUNTRY);
  await until(() => text(el).includes('This is what the public directory shows.'));
  expect(api.seen.some((r) => r.path.endsWith('/members'))).toBe(false);
  expect(text(el)).toContain('nadege@example.org');
  expect(button(el, /^Edit/)).toBeUndefined();
  await expectAccessible(el);
});

test('a committee that does not exist, and an API that fails then answers', async () => {
  const missing = open('#/bodies/committees/cmte-nowhere', COORDINATOR);
  await until(() => text(missing.el).includes('There is no committee at this address.'));
  await cleanup();
  let fail = true;
  const { el } = open('#/bodies/committees/cmte-labor-mobility', COORDINATOR, {
    'GET committees': () => (fail ? problem(503) : json({ items: COMMITTEES })),
    'GET committees/cmte-labor-mobility/members': () => json(roster([])),
  });
  await until(() => button(el, 'Try again'));
  fail = false;
  button(el, 'Try again').click();
  await until(() => text(el).includes('No member yet.'));
});

test('the secretariat adds a CSO seat; its members show each detail’s consent', async () => {
  const { el, api } = open('#/bodies/secretariat', SECRETARIAT, {
    'GET secretariat/members': () => json({ items: [secretariatSeatFixture()] }),
    'POST secretariat/members': (r) =>
      json(secretariatSeatFixture({ id: 'mbr_sec_2', name: (r.body as SecretariatSeatInput).name }), 201),
  });
  await until(() => find(el, '#h-mbr_sec_1'));
  expect(text(find(el, '#h-mbr_sec_1') as Element)).toBe('Camila Ríos CSO seat');
  button(el, 'Add a member').click();
  await until(() => focused()?.id === 'm-name');
  input(el, '#m-cso').click();
  await typeInto(input(el, '#m-name'), 'Joseph Alexis');
  input(el, '#p-name').click();
  const how = find<HTMLSelectElement>(el, '#m-how') as HTMLSelectElement;
  how.value = 'written_form';
  how.dispatchEvent(new Event('change', { bubbles: true }));
  button(el, 'Save').click();
  await until(() => find(el, '#h-mbr_sec_2'));
  expect(api.seen.find((r) => r.method === 'POST')?.body).toMatchObject({
    csoSeat: true,
    name: 'Joseph Alexis',
    consent: { name: { given: true, how: 'written_form' } },
  });
  await expectAccessible(el);
});

test('others see the secretariat as the public directory lists it', async () => {
  const { el, api } = open('#/bodies/secretariat', COORDINATOR);
  await until(() => text(el).includes('Only the secretariat manages its members.'));
  expect(text(el)).toContain('Camila Ríos');
  expect(api.seen.some((r) => r.path === 'secretariat/members')).toBe(false);
});

test('the secretariat changes a mechanism’s member countries', async () => {
  const { el, api } = open('#/bodies/mechanisms/crm', SECRETARIAT, {
    'PATCH mechanisms/crm': (r) => {
      const { membersAsOf: _asOf, ...patch } = r.body as Record<string, unknown>;
      return json(mechanismFixture(patch));
    },
  });
  await until(() => find(el, 'input[name="member"][value="HT"]'));
  expect(find<HTMLAnchorElement>(el, 'a[href="#/commitments?mechanism=crm"]')?.textContent?.trim()).toBe(
    '12 commitments',
  );
  await expectAccessible(el);
  input(el, 'input[name="member"][value="HT"]').click();
  input(el, 'input[name="member"][value="GT"]').click();
  button(el, 'Save').click();
  await until(() => text(el).includes('Saved. The public directory shows the new members.'));
  expect(api.seen.find((r) => r.method === 'PATCH')?.body).toEqual({
    // In the order stored, the new one after.
    members: ['MX', 'HN', 'HT'],
    membersAsOf: null,
    note: null,
  });
});
