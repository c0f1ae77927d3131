import { afterEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, mount, tabTo, text, typeInto, until } from '../../testing/dom.js';
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

// Single sign-on ---------------------------------------------------------------------------------

/** The sign-in page at `hash`, with the API saying whether single sign-on is on. */
async function ssoPage(hash: string, settings: unknown, routes: Parameters<typeof fakeApi>[0] = {}) {
  location.hash = hash;
  const api = fakeApi({
    'GET auth/me': () => problem(401),
    ...(settings ? { 'GET auth/oidc': () => json(settings) } : {}),
    ...routes,
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  await until(() => find(el, '#email'));
  const page = () => find(el, 'lad-sign-in-page')?.shadowRoot as ShadowRoot;
  return {
    el,
    api,
    page,
    // Not `text()`: it folds every space, the French narrow no-break ones too.
    alert: () => (page().querySelector('[role=alert]')?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim(),
    button: () => page().querySelector<HTMLAnchorElement>('a.button'),
  };
}

test('single sign-on on: a link to the provider, with the page to come back to; keyboard and axe', async () => {
  const { el, api, button } = await ssoPage(
    `#/sign-in?next=${encodeURIComponent('#/commitments?pillar=II')}`,
    { enabled: true, name: 'Microsoft' },
  );
  const link = await until(() => button());
  expect(text(link)).toBe('Sign in with Microsoft');
  const href = new URL(link.href);
  expect(href.origin + href.pathname).toBe(`${location.origin}/v1/auth/oidc/start`);
  expect(href.searchParams.get('next')).toBe('#/commitments?pillar=II');
  expect(api.seen.find((r) => r.path === 'auth/oidc')?.method).toBe('GET');
  // A plain link, reached with Tab after the password form like the other ways of signing in.
  find<HTMLInputElement>(el, '#password')?.focus();
  expect(await tabTo('a.button')).toBe(link);
  await expectAccessible(el);
});

test('single sign-on off, or the API unsure: no button, and the other ways still work', async () => {
  const off = await ssoPage('#/sign-in', { enabled: false, name: null });
  await until(() => off.api.seen.some((r) => r.path === 'auth/oidc'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(off.button()).toBeNull();
  await cleanup();
  // The API without the route (an older one) answers 404.
  const older = await ssoPage('#/sign-in', null);
  await until(() => older.api.seen.some((r) => r.path === 'auth/oidc'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(older.button()).toBeNull();
  expect(find(older.el, '#password')).not.toBeNull();
});

test('a refused single sign-on says why; trying a password replaces the message', async () => {
  const { el, alert } = await ssoPage(
    '#/sign-in?sso=no-account',
    { enabled: true, name: 'Google' },
    { 'POST auth/sign-in': () => problem(401) },
  );
  await until(() => alert().includes('invitation'));
  expect(alert()).toBe(
    'No console account uses the email your organisation gave. The console is by invitation: accept your invitation first, or ask the secretariat for one.',
  );
  await typeInto(find<HTMLInputElement>(el, '#email') as HTMLInputElement, 'ana@example.org');
  await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, 'a long passphrase');
  await userEvent.keyboard('{Enter}');
  await until(() => alert().includes('not right'));
});

const REFUSALS: Record<string, Record<string, RegExp>> = {
  'email-not-verified': {
    en: /did not confirm your email address/,
    es: /no confirmó su dirección de correo/,
    pt: /não confirmou seu endereço de e-mail/,
    fr: /n’a pas confirmé votre adresse e-mail\u202f:/,
    ht: /pa t konfime adrès imèl ou/,
  },
  'state-mismatch': {
    en: /could not be checked/,
    es: /No se pudo comprobar/,
    pt: /Não foi possível verificar/,
    fr: /n’a pas pu être vérifiée\u202f:/,
    ht: /pa t ka verifye/,
  },
  'no-account': {
    en: /No console account/,
    es: /Ninguna cuenta de la consola/,
    pt: /Nenhuma conta do console/,
    fr: /sur invitation\u202f:/,
    ht: /Pa gen okenn kont/,
  },
};

for (const [code, byLocale] of Object.entries(REFUSALS))
  for (const [locale, expected] of Object.entries(byLocale))
    test(`the ${code} refusal in ${locale}, and the button`, async () => {
      localStorage.setItem('lad-console-locale', locale);
      const { alert, button } = await ssoPage(`#/sign-in?sso=${code}`, { enabled: true, name: 'Keycloak' });
      await until(() => expected.test(alert()));
      const link = await until(() => button());
      expect(text(link)).toMatch(/Keycloak$/);
      if (locale !== 'en') expect(text(link)).not.toBe('Sign in with Keycloak');
    });

test('an unknown refusal code still says single sign-on did not work', async () => {
  const { alert } = await ssoPage('#/sign-in?sso=something-new', { enabled: true, name: 'Keycloak' });
  await until(() => alert().includes('did not work'));
});
