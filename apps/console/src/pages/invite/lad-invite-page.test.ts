import { afterEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, findAll, mount, text, typeInto, until } from '../../testing/dom.js';
import { ACCOUNT, fakeApi, json, problem } from '../../testing/fake-api.js';

afterEach(cleanup);

const INVITATION = {
  email: 'pierre@example.org',
  role: 'country',
  scope: 'HT',
  name: null,
  existingAccount: false,
  expiresAt: '2099-01-01T00:00:00.000Z',
};

function open(routes: Parameters<typeof fakeApi>[0]) {
  location.hash = '#/invite/tok-123';
  const api = fakeApi({ 'GET auth/me': () => problem(401), ...routes });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { el, api };
}

test('shows who is invited as what, checks the password length as it is typed, then offers a passkey or skip', async () => {
  const { el, api } = open({
    'GET auth/invitations/tok-123': () => json(INVITATION),
    'POST auth/invitations/tok-123/accept': () => json({ account: { ...ACCOUNT, name: 'Pierre Louis' } }),
    'GET commitments': () => json({ items: [], nextCursor: null, total: 0 }),
  });
  await until(() => find(el, '#password'));
  expect(text(el)).toContain('pierre@example.org');
  expect(text(el)).toContain('Country coordinator — Haiti');
  await expectAccessible(el);
  const password = find<HTMLInputElement>(el, '#password') as HTMLInputElement;
  await typeInto(find<HTMLInputElement>(el, '#name') as HTMLInputElement, 'Pierre Louis');
  await typeInto(password, 'short');
  await until(() => text(find(el, '#password-count') as Element) === '5 of at least 12 characters.');
  // Sending it too short: said next to the field, nothing sent.
  await userEvent.keyboard('{Enter}');
  await until(() => find(el, '#password-error'));
  expect(password.getAttribute('aria-invalid')).toBe('true');
  expect(api.seen.some((r) => r.method === 'POST')).toBe(false);
  await typeInto(password, 'a much longer passphrase');
  await until(() => text(find(el, '#password-count') as Element).includes('long enough'));
  await userEvent.keyboard('{Enter}');
  await until(() => text(el).includes('Welcome, Pierre Louis'));
  const accept = api.seen.find((r) => r.path === 'auth/invitations/tok-123/accept');
  expect(accept?.body).toEqual({ name: 'Pierre Louis', password: 'a much longer passphrase', locale: 'en' });
  const skip = findAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent?.trim() === 'Skip');
  expect(
    findAll<HTMLButtonElement>(el, 'button').some((b) => b.textContent?.trim() === 'Add a passkey'),
  ).toBe(true);
  skip?.click();
  await until(() => find(el, 'lad-home-page') && location.hash === '#/');
});

test('the API’s field errors show next to their field', async () => {
  const { el } = open({
    'GET auth/invitations/tok-123': () => json(INVITATION),
    'POST auth/invitations/tok-123/accept': () =>
      problem(422, { errors: [{ path: ['password'], code: 'too_small', message: 'Too short.' }] }),
  });
  await until(() => find(el, '#password'));
  await typeInto(find<HTMLInputElement>(el, '#name') as HTMLInputElement, 'Pierre');
  await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, 'twelve chars');
  await userEvent.keyboard('{Enter}');
  await until(() => find(el, '#password-error'));
  expect(text(find(el, '#password-error') as Element)).toBe('Use at least 12 characters.');
});

test('an unknown or expired link says to ask for a new one', async () => {
  const { el } = open({ 'GET auth/invitations/tok-123': () => problem(404) });
  await until(() => text(el).includes('not valid any more'));
  expect(find(el, '#password')).toBeNull();
});
