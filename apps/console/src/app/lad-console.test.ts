import { CORE_LOCALES, LANGUAGE_ENDONYMS } from '@lad/sdk';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  cleanup,
  expectAccessible,
  find,
  findAll,
  focused,
  mount,
  tabTo,
  text,
  until,
} from '../testing/dom.js';
import { ACCOUNT, commitmentDetail, fakeApi, json, page as listPage, problem } from '../testing/fake-api.js';
import './lad-console.js';
import type { LadConsole } from './lad-console.js';

afterEach(cleanup);

/** The console signed in as {@link ACCOUNT}, on `hash`, with a fake API. */
async function signedIn(hash = '#/', routes: Parameters<typeof fakeApi>[0] = {}) {
  location.hash = hash;
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET commitments': () => listPage([commitmentDetail()]),
    'POST auth/sign-out': () => new Response(null, { status: 204 }),
    ...routes,
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  await until(() => find(el, 'nav'));
  return { el, api };
}

const TITLES = {
  en: 'What needs attention',
  es: 'Lo que requiere atención',
  pt: 'O que requer atenção',
  fr: 'Ce qui demande votre attention',
  ht: 'Sa ki bezwen atansyon',
};

describe('shell', () => {
  test.each(CORE_LOCALES)(
    'renders in %s with its landmarks, the person and their roles; axe finds nothing',
    async (locale) => {
      localStorage.setItem('lad-console-locale', locale);
      const { el } = await signedIn('#/');
      await until(() => find(el, 'lad-home-page') && text(el).includes(TITLES[locale]));
      await until(() => text(el).includes('Seasonal') || text(el).includes('Visas'));
      expect(document.documentElement.lang).toBe(locale);
      expect(find(el, 'header')).not.toBeNull();
      expect(find(el, 'nav')?.getAttribute('aria-label')).toBeTruthy();
      expect(find(el, 'main')).not.toBeNull();
      expect(text(find(el, 'header') as Element)).toContain('Marie Joseph');
      const acting = find<HTMLSelectElement>(el, '#acting') as HTMLSelectElement;
      expect(acting.options).toHaveLength(2);
      expect((find<HTMLSelectElement>(el, '#language') as HTMLSelectElement).value).toBe(locale);
      expect(
        [...(find<HTMLSelectElement>(el, '#language') as HTMLSelectElement).options].map((o) => o.text),
      ).toEqual(CORE_LOCALES.map((l) => LANGUAGE_ENDONYMS[l]));
      expect(document.title).toContain(TITLES[locale]);
      await expectAccessible(el, locale);
    },
  );

  test('the person’s own language is the default; the menu switches and is remembered', async () => {
    const { el } = await signedIn('#/', { 'GET auth/me': () => json({ ...ACCOUNT, locale: 'ht' }) });
    await until(() => text(el).includes(TITLES.ht));
    const menu = find<HTMLSelectElement>(el, '#language') as HTMLSelectElement;
    menu.value = 'pt';
    menu.dispatchEvent(new Event('change'));
    await until(() => text(el).includes(TITLES.pt));
    expect(localStorage.getItem('lad-console-locale')).toBe('pt');
  });

  test('every request sends the role acted in; writes say they come from the console; the cookie goes along', async () => {
    const { el, api } = await signedIn('#/');
    await until(() => api.seen.some((r) => r.path === 'commitments'));
    const list = api.seen.find((r) => r.path === 'commitments');
    expect(list?.headers.get('x-lad-role')).toBe('country:HT');
    expect(list?.search.get('country')).toBe('HT');
    expect(list?.credentials).toBe('include');
    expect(list?.headers.get('x-lad-console')).toBeNull();
    // Acting as the committee: its action package, remembered for next time.
    const acting = find<HTMLSelectElement>(el, '#acting') as HTMLSelectElement;
    acting.value = 'committee:labor-mobility';
    acting.dispatchEvent(new Event('change'));
    await until(() => api.seen.some((r) => r.search.get('actionPackage') === 'labor-mobility'));
    const again = api.seen.findLast((r) => r.path === 'commitments');
    expect(again?.headers.get('x-lad-role')).toBe('committee:labor-mobility');
    expect(again?.search.get('country')).toBeNull();
    expect(localStorage.getItem('lad-console-acting')).toBe('committee:labor-mobility');
    // Sign out: a POST with the console's header.
    api.seen.length = 0;
    (find(el, 'details.account summary') as HTMLElement).click();
    const signOut = findAll<HTMLButtonElement>(el, '.account-panel button').find((b) =>
      /^Sign out$/.test(b.textContent?.trim() ?? ''),
    );
    signOut?.click();
    await until(() => location.hash.startsWith('#/sign-in') && find(el, 'lad-sign-in-page'));
    const post = api.seen.find((r) => r.path === 'auth/sign-out');
    expect(post?.method).toBe('POST');
    expect(post?.headers.get('x-lad-console')).toBe('1');
  });

  test('signed out, every page leads to sign-in and back to it afterwards', async () => {
    location.hash = '#/commitments/cmt-ht-1';
    const api = fakeApi({
      'GET auth/me': () => problem(401),
      'POST auth/sign-in': () => json({ account: ACCOUNT }),
      'GET commitments/cmt-ht-1': () => json(commitmentDetail()),
    });
    const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
      e.fetch = api.fetch;
    });
    await until(() => find(el, '#email'));
    expect(location.hash).toBe(`#/sign-in?next=${encodeURIComponent('#/commitments/cmt-ht-1')}`);
    expect(find(el, 'nav')).toBeNull();
    (find<HTMLInputElement>(el, '#email') as HTMLInputElement).value = 'marie@example.org';
    (find<HTMLInputElement>(el, '#password') as HTMLInputElement).value = 'a long passphrase';
    (find<HTMLButtonElement>(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => find(el, 'textarea'));
    expect(location.hash).toBe('#/commitments/cmt-ht-1');
  });

  test('keyboard: the skip link comes first and moves the focus to the main content', async () => {
    const { el } = await signedIn('#/');
    await until(() => find(el, 'lad-home-page'));
    (document.activeElement as HTMLElement | null)?.blur();
    const skip = await tabTo('a.skip');
    expect(skip.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'main');
    expect(location.hash).toBe('#/');
    // Then the nav, by Tab alone, opens a page; its heading takes the focus.
    await tabTo('nav a[href="#/commitments"]');
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.tagName === 'H1' && focused()?.textContent?.includes('Commitments'));
    expect(find(el, 'nav a[aria-current="page"]')?.getAttribute('href')).toBe('#/commitments');
  });

  test.each([
    [1280, 800],
    [768, 1024],
  ])('at %i px wide nothing overflows sideways', async (width, height) => {
    await page.viewport(width, height);
    const { el } = await signedIn('#/commitments/cmt-ht-1', {
      'GET commitments/cmt-ht-1': () => json(commitmentDetail()),
    });
    await until(() => find(el, 'textarea'));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    await expectAccessible(el, `${width}px`);
  });

  test('a session that ended (expired, or signed out everywhere) leads to sign-in, then back', async () => {
    let ended = false;
    const { el } = await signedIn('#/', {
      'GET auth/me': () => (ended ? problem(401) : json(ACCOUNT)),
      'GET commitments': () => (ended ? problem(401) : listPage([commitmentDetail()])),
    });
    await until(() => find(el, '#stale'));
    ended = true;
    location.hash = '#/commitments?pillar=II';
    await until(() => find(el, '#email'));
    expect(location.hash).toBe(`#/sign-in?next=${encodeURIComponent('#/commitments?pillar=II')}`);
    expect(find(el, 'nav')).toBeNull();
  });

  test('an unknown address says so and links home', async () => {
    const { el } = await signedIn('#/nowhere');
    await until(() => text(el).includes('Page not found'));
    expect(find(el, 'main a[href="#/"]')).not.toBeNull();
  });
});
