import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { $, $$, cleanup, expectAccessible, inLocale, mount, text, until } from '../../testing/dom.js';
import './lad-committee-directory.js';

const api = inject('apiUrl');
const LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;

beforeEach(cleanup);
afterEach(cleanup);

const directory = (attrs = 'lang="en"') =>
  mount(`<lad-committee-directory api-base="${api}" ${attrs}></lad-committee-directory>`);
const ready = (el: Element) => until(() => $$(el, 'section.pillar').length === 4);

describe('with the API', () => {
  test('action packages by pillar, Pillar IV shown though it has no committees', async () => {
    const el = directory();
    await ready(el);
    const packages = (await (await fetch(`${api}/v1/action-packages`)).json()).items;
    const headings = $$(el, 'section.pillar > h3').map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(headings.map((h) => h?.split(' — ')[0])).toEqual([
      'Pillar I',
      'Pillar II',
      'Pillar III',
      'Pillar IV',
    ]);
    expect($$(el, 'li[part="package"]')).toHaveLength(packages.length);
    const fourth = $$(el, 'section.pillar')[3] as HTMLElement;
    expect(fourth.textContent).toContain('No action-package committees were set up under this pillar.');
    // Leads and participants named, in words.
    const first = packages[0];
    const card = $$(el, 'li[part="package"]')[0] as HTMLElement;
    expect(card.textContent).toContain('Lead:');
    expect(first.leads.length).toBeGreaterThan(0);
    await expectAccessible(el, 'ready');
  });

  test('contacts only with consent; otherwise the route through the secretariat', async () => {
    const committees = (await (await fetch(`${api}/v1/committees`)).json()).items;
    const people = committees.flatMap((c: any) => [c.coordinator, c.csoRepresentative]).filter(Boolean);
    const withConsent = people.filter((p: any) => p.consentToPublish && p.contact?.email);
    const without = people.filter((p: any) => !p.consentToPublish);
    expect(withConsent.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    const el = directory();
    await ready(el);
    const cards = $$(el, '.contact');
    for (const person of withConsent) {
      const card = cards.find((c) => c.textContent?.includes(person.name)) as HTMLElement;
      expect(card.querySelector(`a[href="mailto:${person.contact.email}"]`), person.name).not.toBeNull();
    }
    for (const person of without) {
      const card = cards.find((c) => c.textContent?.includes(person.name)) as HTMLElement;
      expect(card.querySelector('a[href^="mailto:"]'), person.name).toBeNull();
      expect(card.textContent).toContain('Contact through the technical secretariat');
    }
    // The route leads to the secretariat, whose CSO seats are marked.
    const route = cards
      .find((c) => c.textContent?.includes('Contact through'))
      ?.querySelector('a') as HTMLElement;
    route.click();
    expect(el.shadowRoot?.activeElement?.id).toBe('secretariat');
    const members = (await (await fetch(`${api}/v1/secretariat`)).json()).items;
    const seats = members.filter((m: any) => m.csoSeat).length;
    expect($$(el, '.secretariat .badge')).toHaveLength(seats);
    expect(text(el)).toContain('Civil-society seat');
  });

  test('regional mechanisms with their members; a written proposal opens in place', async () => {
    const el = directory();
    await ready(el);
    const mechanisms = (await (await fetch(`${api}/v1/mechanisms`)).json()).items;
    expect($$(el, '.mechanisms li')).toHaveLength(mechanisms.length);
    const unknown = mechanisms.find((m: any) => m.members === null);
    if (unknown) expect(text(el)).toContain('no reliable public list');
    const button = $$<HTMLButtonElement>(el, 'li[part="package"] button').find((b) =>
      b.textContent?.includes('Send a written proposal'),
    ) as HTMLButtonElement;
    button.click();
    const form = await until(() => $(el, 'lad-proposal-form'));
    expect(form.getAttribute('kind')).toBe('policy');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await until(() => /Send a written proposal/.test(form.shadowRoot?.textContent ?? ''));
  });

  test('every language, accessible', async () => {
    for (const locale of LOCALES) {
      await cleanup();
      const el = directory(`lang="${locale}"`);
      await ready(el);
      await inLocale(el, locale);
      if (locale !== 'en') expect(text(el), locale).not.toContain('Committees and contacts');
      await expectAccessible(el, locale);
    }
  });
});

test('the API unreachable: says so, and tries again', async () => {
  let fail = true;
  const el = mount<HTMLElement & { fetch?: typeof fetch }>(
    `<lad-committee-directory api-base="${api}" lang="en"></lad-committee-directory>`,
    (e) => {
      e.fetch = (input, init) =>
        fail ? Promise.resolve(new Response('{}', { status: 500 })) : fetch(input as RequestInfo, init);
    },
  );
  await until(() => /could not be loaded/.test(text(el)), 15_000);
  await expectAccessible(el, 'error');
  fail = false;
  ($(el, '.notice button') as HTMLButtonElement).click();
  await ready(el);
});
