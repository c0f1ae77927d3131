import { afterEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, mount, text, typeInto, until } from '../../testing/dom.js';
import { ACCOUNT, fakeApi, json, problem } from '../../testing/fake-api.js';

afterEach(cleanup);

async function signInPage(routes: Parameters<typeof fakeApi>[0]) {
  location.hash = '#/sign-in';
  const api = fakeApi({ 'GET auth/me': () => problem(401), ...routes });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  await until(() => find(el, '#email'));
  const submit = async (email: string, password: string) => {
    await typeInto(find<HTMLInputElement>(el, '#email') as HTMLInputElement, email);
    await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, password);
    await userEvent.keyboard('{Enter}');
  };
  return {
    el,
    api,
    submit,
    alert: () =>
      text(find(el, 'lad-sign-in-page')?.shadowRoot?.querySelector('[role=alert]') ?? document.body),
  };
}

test('a wrong email and a wrong password get one answer, announced; the password is cleared', async () => {
  const { el, submit, alert, api } = await signInPage({
    'POST auth/sign-in': () => problem(401, { code: 'unauthorized' }),
  });
  await submit('nobody@example.org', 'not the password');
  await until(() => alert().includes('not right'));
  const first = alert();
  await submit('marie@example.org', 'another wrong one');
  await until(() => api.seen.filter((r) => r.path === 'auth/sign-in').length === 2 && alert() === first);
  expect(first).toBe('The email or the password is not right. Check both and try again.');
  expect((find<HTMLInputElement>(el, '#password') as HTMLInputElement).value).toBe('');
  const sent = api.seen.find((r) => r.path === 'auth/sign-in');
  expect(sent?.body).toEqual({ email: 'nobody@example.org', password: 'not the password' });
  expect(sent?.headers.get('x-lad-console')).toBe('1');
  await expectAccessible(el);
});

test('too many attempts say how long to wait', async () => {
  const { submit, alert } = await signInPage({
    'POST auth/sign-in': () => problem(429, { code: 'rate-limited' }, { 'retry-after': '600' }),
  });
  await submit('marie@example.org', 'a long passphrase');
  await until(() => alert().includes('Too many attempts'));
  expect(alert()).toBe('Too many attempts. You can try again in 10 minutes.');
});

test('a right password signs in and opens the home page', async () => {
  const { el, submit } = await signInPage({
    'POST auth/sign-in': () => json({ account: ACCOUNT }),
    'GET commitments': () => json({ items: [], nextCursor: null, total: 0 }),
  });
  await submit('marie@example.org', 'a long passphrase');
  await until(() => find(el, 'lad-home-page') && location.hash === '#/');
  await until(() => text(find(el, 'header') as Element).includes('Marie Joseph'));
});

test('in French, the answer keeps French punctuation', async () => {
  localStorage.setItem('lad-console-locale', 'fr');
  const { submit, alert } = await signInPage({
    'POST auth/sign-in': () => problem(429, {}, { 'retry-after': '30' }),
  });
  await submit('marie@example.org', 'a long passphrase');
  await until(() => alert().length > 0);
  expect(alert()).toMatch(/30 secondes/);
});
