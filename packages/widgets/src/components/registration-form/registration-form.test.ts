import { afterEach, beforeEach, describe, expect, inject, onTestFinished, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import es from '../../../xliff/es.xlf?raw';
import fr from '../../../xliff/fr.xlf?raw';
import ht from '../../../xliff/ht.xlf?raw';
import pt from '../../../xliff/pt.xlf?raw';
import {
  $,
  $$,
  cleanup,
  expectAccessible,
  focused,
  inLocale,
  mount,
  offline,
  tabTo,
  text,
  until,
} from '../../testing/dom.js';
import { fakeApi } from '../../testing/fixtures.js';
import {
  fieldError,
  publicText,
  receiptOf,
  registrationsBy,
  select,
  tick,
  type,
  uniqueEmail,
} from '../../testing/forms.js';
import { eventFixture } from '../../testing/participation.js';
import './lad-registration-form.js';
import type { LadRegistrationForm } from './registration-form.js';

const api = inject('apiUrl');
const OPEN = 'demo-evt-ministerial-next';
const CLOSED = 'demo-evt-ministerial-past';
const NOT_YET = 'demo-evt-regional-1';
const LOCALES = ['es', 'en', 'pt', 'fr', 'ht'] as const;

beforeEach(cleanup);
afterEach(cleanup);

function form(event: string, attrs = 'lang="en"') {
  return mount<LadRegistrationForm>(
    `<lad-registration-form api-base="${api}" event="${event}" ${attrs}></lad-registration-form>`,
  );
}
const ready = (el: Element) => until(() => $(el, 'form') ?? $(el, '.window'));

/** Fills every required field (and a yes/no answer) with valid answers. */
function fillValid(el: LadRegistrationForm, email: string, name = 'Rezo Fanm Sid') {
  type(el, 'organization.name', name);
  select(el, 'organization.country', 'HT');
  tick(el, 'organization.level', 'national');
  tick(el, 'organization.kinds', 'advocacy');
  tick(el, 'organization.ledBy', 'women');
  type(el, 'representative.name', 'Mirlande Joseph');
  type(el, 'representative.email', email);
  for (const row of $$(el, 'fieldset.choices')) {
    const yes = row.querySelector<HTMLInputElement>('input[value="yes"]');
    if (yes) yes.click();
  }
  for (const area of $$<HTMLTextAreaElement>(el, 'textarea[name^="answers."]')) {
    area.value = 'Nou travay ak fanm migran sou fwontyè a depi 2015.';
    area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  tick(el, 'consent');
}

const send = (el: Element) => ($(el, 'button[type="submit"]') as HTMLButtonElement).click();

/** The English source and each language's target of every message, from the XLIFF files. */
function targets(xliff: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of xliff.matchAll(/<trans-unit id="([^"]+)">[\s\S]*?<target>([\s\S]*?)<\/target>/g))
    map.set(m[1] as string, (m[2] as string).replace(/<x [^>]*\/>/g, '\u0000'));
  return map;
}
const XLIFF: Record<string, Map<string, string>> = {
  es: targets(es),
  pt: targets(pt),
  fr: targets(fr),
  ht: targets(ht),
};

describe('the event and its window', () => {
  test('an open event: facts in both time zones, the published criteria, the form in steps', async () => {
    const el = form(OPEN);
    await ready(el);
    const event = await (await fetch(`${api}/v1/events/${OPEN}`)).json();
    const shown = text(el);
    expect(shown).toContain('High-level meeting');
    expect(shown).toMatch(/When \(local time, Bogota\)/);
    expect(shown).toContain('Registration is open until');
    expect(shown).toContain('Selection criteria');
    expect(shown).toMatch(
      new RegExp(
        `Version ${event.registration.criteriaVersion} of the criteria, published on \\w+ \\d+, \\d{4}\\.`,
      ),
    );
    expect(shown).toContain(
      `${event.registration.capacity - event.registration.seatsTaken} of ${event.registration.capacity} left`,
    );
    expect($$(el, 'fieldset.step > legend').map((l) => l.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Step 1 of 4: Your organisation',
      'Step 2 of 4: The person who will take part',
      'Step 3 of 4: Selection criteria',
      'Step 4 of 4: Consent and sending',
    ]);
    // Only name and email are required personal fields.
    const required = $$<HTMLInputElement>(el, '[required]').map((i) => i.name);
    expect(required.filter((n) => n.startsWith('representative.'))).toEqual([
      'representative.name',
      'representative.email',
    ]);
    expect(shown).toMatch(/erased 365 days after the event/);
    await expectAccessible(el, 'open');
  });

  test('the version of the criteria applications answer, with its date or without one; in Kreyòl too', async () => {
    const open = eventFixture('open');
    const w = open.registration as NonNullable<typeof open.registration>;
    const versioned = (criteriaPublishedAt: string | null) => ({
      ...open,
      registration: { ...w, criteriaVersion: 2, criteriaPublishedAt },
    });
    let event = versioned('2026-03-03T15:00:00Z');
    const { fetch } = fakeApi({ [`events/${open.id}`]: () => event });
    const criteriaHint = (el: Element) => $(el, '[part="criteria"] .hint')?.textContent?.trim();
    const mountIn = (lang: string) =>
      mount<LadRegistrationForm>(
        `<lad-registration-form event="${open.id}" lang="${lang}"></lad-registration-form>`,
        (e) => {
          e.fetch = fetch;
        },
      );

    let el = mountIn('en');
    await until(() => $(el, 'form'));
    expect(criteriaHint(el)).toBe('Version 2 of the criteria, published on March 3, 2026.');

    await cleanup();
    el = mountIn('ht');
    await inLocale(el, 'ht');
    await until(() => /Vèsyon/.test(criteriaHint(el) ?? ''));
    expect(criteriaHint(el)).toBe('Vèsyon 2 kritè yo, pibliye 3 mas 2026.');
    await expectAccessible(el, 'criteria version, ht');

    await cleanup();
    event = versioned(null);
    el = mountIn('en');
    await until(() => $(el, 'form'));
    expect(criteriaHint(el)).toBe('Version 2 of the criteria.');
  });

  test('not yet open, closed with its selection report, full with a waiting list', async () => {
    const notYet = form(NOT_YET);
    await ready(notYet);
    expect(text(notYet)).toMatch(/Registration opens on/);
    expect($(notYet, 'form')).toBeNull();
    await expectAccessible(notYet, 'not yet open');

    const closed = form(CLOSED);
    await ready(closed);
    expect(text(closed)).toMatch(/Registration closed on/);
    expect($(closed, 'form')).toBeNull();
    ($(closed, '.window button') as HTMLButtonElement).click();
    const report = await until(() => $(closed, 'lad-selection-report'));
    await until(() => /Applied:/.test(text(report)));
    expect(text(report)).toMatch(/Applied: 32 · Selected/);
    await expectAccessible(closed, 'closed with report');

    const events = (await (await fetch(`${api}/v1/events?limit=100`)).json()).items;
    const full = events.find((e: any) => e.registration?.state === 'full');
    const fullForm = form(full.id);
    await ready(fullForm);
    expect(text(fullForm)).toContain('All seats are taken. You can still apply to join the waiting list.');
    expect($(fullForm, '#f-joinWaitlist')).not.toBeNull();
    await expectAccessible(fullForm, 'full');
  });

  test('a full event refuses an application that does not join the waiting list, in words, and accepts it on the list', async () => {
    const events = (await (await fetch(`${api}/v1/events?limit=100`)).json()).items;
    const full = events.find((e: any) => e.registration?.state === 'full');
    const el = form(full.id);
    await until(() => $(el, 'form'));
    const email = uniqueEmail('full');
    fillValid(el, email);
    send(el);
    await until(() => /All seats are taken\. To join the waiting list/.test(text(el)));
    expect(await registrationsBy(full.id, email)).toHaveLength(0);
    await expectAccessible(el, 'event-full problem');
    tick(el, 'joinWaitlist');
    send(el);
    await receiptOf(el);
    expect(text(el)).toContain('You are on the waiting list');
    expect(await registrationsBy(full.id, email)).toHaveLength(1);
  });
});

describe('filling it in', () => {
  test('keyboard only: every field reached with Tab, answered with keys, sent with Enter', async () => {
    const el = form(OPEN);
    await until(() => $(el, 'form'));
    const email = uniqueEmail('keyboard');
    const received: CustomEvent[] = [];
    el.addEventListener('lad-registration-submit', (e) => received.push(e as CustomEvent));
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{Tab}');
    await tabTo(el, '#f-organization-name');
    await userEvent.keyboard('Kolektif Fanm Nò');
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.id).toBe('f-organization-country');
    await userEvent.keyboard('Hai');
    await tabTo(el, 'input[name="organization.level"]');
    await userEvent.keyboard('{ArrowDown}'); // national
    await tabTo(el, 'input[name="organization.kinds"][value="service_provider"]');
    await userEvent.keyboard(' ');
    await tabTo(el, 'input[name="organization.ledBy"][value="women"]');
    await userEvent.keyboard(' ');
    await tabTo(el, '#f-representative-name');
    await userEvent.keyboard('Roseline Pierre');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(email);
    await tabTo(el, 'input[name="representative.languages"][value="ht"]');
    await userEvent.keyboard(' ');
    for (const group of $$(el, 'fieldset.choices')) {
      if (!group.querySelector('input[value="yes"]')) continue;
      await tabTo(el, `input[name="${group.querySelector('input')?.name}"]`);
      await userEvent.keyboard(' ');
    }
    for (const area of $$<HTMLTextAreaElement>(el, 'textarea[name^="answers."]')) {
      await tabTo(el, `#${area.id}`);
      await userEvent.keyboard('Nou akonpaye fanm ki deplase.');
    }
    await tabTo(el, '#f-consent');
    await userEvent.keyboard(' ');
    await tabTo(el, 'button[type="submit"]');
    await userEvent.keyboard('{Enter}');
    await receiptOf(el);
    const stored = await registrationsBy(OPEN, email);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      organization: {
        name: 'Kolektif Fanm Nò',
        country: 'HT',
        level: 'national',
        kinds: ['service_provider'],
        ledBy: ['women'],
      },
      representative: { name: 'Roseline Pierre', email, languages: ['ht'] },
    });
    // The event carries the receipt and nothing personal.
    expect(received).toHaveLength(1);
    expect(received[0]?.detail.eventId).toBe(OPEN);
    expect(JSON.stringify(received[0]?.detail)).not.toMatch(/Roseline|@example\.org|Kolektif/);
    await expectAccessible(el, 'receipt');
    // Some hundred key presses, each a round trip to the browser: a minute on a busy machine.
  }, 60_000);

  test('errors on leaving a field and on sending: next to the field, summarised with links, focus on the first', async () => {
    const el = form(OPEN);
    await until(() => $(el, 'form'));
    type(el, 'representative.email', 'mirlande(at)example');
    await until(() => fieldError(el, 'representative.email'));
    expect(fieldError(el, 'representative.email')).toBe('Enter an email address such as name@example.org.');
    expect($(el, '#f-representative-email')?.getAttribute('aria-invalid')).toBe('true');
    expect($(el, '#f-representative-email')?.getAttribute('aria-describedby')).toContain(
      'f-representative-email-error',
    );
    // Fixed as the person types.
    type(el, 'representative.email', 'mirlande@example.org');
    await until(() => !fieldError(el, 'representative.email'));

    send(el);
    const summary = await until(() => $(el, '.error-summary'));
    expect(summary.getAttribute('role')).toBe('alert');
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent?.trim());
    expect(links[0]).toBe('Name of the organisation: Fill in this field.');
    expect(links).toContain('What it does: Choose at least one.');
    expect(links).toContain(
      'I agree to the use of these data as described above.: Tick this box to agree. Without it we cannot send the form.',
    );
    await until(() => focused(el)?.id === 'f-organization-name');
    // A link in the summary takes the focus to its field.
    (summary.querySelectorAll('a')[1] as HTMLAnchorElement).click();
    expect(focused(el)?.id).toBe('f-organization-country');
    await expectAccessible(el, 'errors');
  });

  test('every validation message, in all five languages', async () => {
    const en: Record<string, string> = {};
    for (const locale of LOCALES) {
      await cleanup();
      const el = form(OPEN, `lang="${locale}"`);
      await until(() => $(el, 'form'));
      await inLocale(el, locale);
      type(el, 'organization.name', 'x'.repeat(201)); // too long
      type(el, 'organization.website', 'javascript:alert(1)'); // not http(s)
      type(el, 'representative.email', 'not-an-email');
      type(el, 'representative.role', 'Kowòdonatris\u0007'); // control character
      tick(el, 'organization.ledBy', 'women');
      // "None of these" with another answer, as an older draft or a script could send.
      (el as any).setValue('organization.ledBy', ['women', 'none']);
      send(el);
      await until(() => $(el, '.error-summary'));
      const shown = {
        too_long: fieldError(el, 'organization.name'),
        url: fieldError(el, 'organization.website'),
        email: fieldError(el, 'representative.email'),
        plain_text: fieldError(el, 'representative.role'),
        none_with_others: fieldError(el, 'organization.ledBy'),
        choose_one: fieldError(el, 'organization.level'),
        choose_some: fieldError(el, 'organization.kinds'),
        country: fieldError(el, 'organization.country'),
        required: fieldError(el, 'representative.name'),
        consent: fieldError(el, 'consent'),
      };
      for (const [code, message] of Object.entries(shown)) expect(message, `${locale} ${code}`).toBeTruthy();
      if (locale === 'en') Object.assign(en, shown);
      else {
        const table = XLIFF[locale] as Map<string, string>;
        const ids: Record<string, string> = {
          too_long: 'form.error.too_long',
          url: 'form.error.url',
          email: 'form.error.email',
          plain_text: 'form.error.plain_text',
          none_with_others: 'form.error.none_with_others',
          choose_one: 'form.error.choose_one',
          choose_some: 'form.error.choose_some',
          country: 'form.error.country',
          required: 'form.error.required',
          consent: 'form.error.consent',
        };
        for (const [code, message] of Object.entries(shown)) {
          const expected = (table.get(ids[code] as string) as string).split('\u0000');
          // The translation, with the number (200) in its place.
          expect(message, `${locale} ${code}`).toMatch(
            new RegExp(`^${expected.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('200')}$`),
          );
          expect(message, `${locale} ${code}`).not.toBe(en[code]);
        }
      }
      await expectAccessible(el, `${locale} errors`);
    }
  });

  test('sent empty, in each of the five languages: every required field and criterion says what it needs, focus on the first', async () => {
    // Two required criteria, one answered in words and one yes / no, and an optional one.
    const open = eventFixture('open');
    const w = open.registration as NonNullable<typeof open.registration>;
    const [work, led] = w.criteria as [(typeof w.criteria)[0], (typeof w.criteria)[0]];
    const event = {
      ...open,
      registration: {
        ...w,
        criteria: [work, { ...led, required: true }, { ...work, id: 'crit-more', required: false }],
      },
    };
    const { fetch } = fakeApi({ [`events/${event.id}`]: () => event });
    const needs: Record<string, 'required' | 'choose_one' | 'choose_some' | 'country' | 'consent'> = {
      'organization.name': 'required',
      // A list with nothing chosen: the wording of the country list.
      'organization.country': 'country',
      'organization.level': 'choose_one',
      'organization.kinds': 'choose_some',
      'representative.name': 'required',
      'representative.email': 'required',
      'answers.crit-work': 'required',
      'answers.crit-led': 'choose_one',
      consent: 'consent',
    };
    const optional = [
      'organization.ledBy',
      'organization.website',
      'representative.role',
      'representative.languages',
      'representative.needs',
      'answers.crit-more',
      'listPublicly',
    ];
    const english = {
      required: 'Fill in this field.',
      choose_one: 'Choose one.',
      choose_some: 'Choose at least one.',
      country: 'Choose a country from the list.',
      consent: 'Tick this box to agree. Without it we cannot send the form.',
    };
    for (const locale of LOCALES) {
      await cleanup();
      const el = mount<LadRegistrationForm>(
        `<lad-registration-form api-base="${api}" event="${event.id}" lang="${locale}"></lad-registration-form>`,
        (e) => {
          e.fetch = fetch;
        },
      );
      await until(() => $(el, 'form'));
      await inLocale(el, locale);
      send(el);
      const summary = await until(() => $(el, '.error-summary'));
      const words = (need: keyof typeof english) =>
        locale === 'en' ? english[need] : (XLIFF[locale] as Map<string, string>).get(`form.error.${need}`);
      expect(
        Object.fromEntries(Object.keys(needs).map((name) => [name, fieldError(el, name)])),
        locale,
      ).toEqual(Object.fromEntries(Object.entries(needs).map(([name, need]) => [name, words(need)])));
      for (const name of optional) expect(fieldError(el, name), `${locale} ${name}`).toBe('');
      expect(summary.querySelectorAll('a').length, locale).toBe(Object.keys(needs).length);
      await until(() => focused(el)?.id === 'f-organization-name');
    }
  });

  test('usable at 320 px: nothing wider than the screen', async () => {
    const el = form(OPEN);
    el.style.inlineSize = '320px';
    await until(() => $(el, 'form'));
    const base = $(el, '.base') as HTMLElement;
    expect(base.scrollWidth).toBeLessThanOrEqual(320);
    for (const input of $$(el, 'input:not([type=checkbox]):not([type=radio]), select, textarea'))
      expect(input.getBoundingClientRect().right, input.id).toBeLessThanOrEqual(
        el.getBoundingClientRect().right + 0.5,
      );
  });
});

describe('never lose what was typed', () => {
  test('the draft comes back after a reload, says so, and can be cleared', async () => {
    const first = form(OPEN);
    await until(() => $(first, 'form'));
    type(first, 'organization.name', 'Sant Dwa Moun Nò');
    tick(first, 'organization.kinds', 'research');
    type(first, 'representative.email', 'draft@example.org');
    first.remove();

    const again = form(OPEN);
    await until(() => $(again, 'form'));
    expect(($(again, '#f-organization-name') as HTMLInputElement).value).toBe('Sant Dwa Moun Nò');
    expect(($(again, 'input[name="organization.kinds"][value="research"]') as HTMLInputElement).checked).toBe(
      true,
    );
    expect(text(again)).toMatch(/Draft restored from/);
    await expectAccessible(again, 'draft restored');
    ($(again, '.restored button') as HTMLButtonElement).click();
    await until(() => !($(again, '#f-organization-name') as HTMLInputElement).value);
    expect(text(again)).not.toMatch(/Draft restored/);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lad-draft:'))).toEqual([]);
  });
});

describe('never submit twice', () => {
  const url = `${api}/v1/events/${OPEN}/registrations`;

  test('the answer is lost after the API stored it: resent with the same key, one record', async () => {
    // Lost three times: the SDK's own retries give up, the form keeps it and resends it.
    await commands.flaky(url, 3);
    onTestFinished(() => commands.flaky(url, -1));
    const el = form(OPEN);
    await until(() => $(el, 'form'));
    const email = uniqueEmail('flaky');
    fillValid(el, email);
    send(el);
    send(el); // a second click changes nothing
    await until(() => $(el, '.notice.queued'), 15_000);
    expect(text(el)).toContain('Saved on this device');
    await expectAccessible(el, 'queued');
    await receiptOf(el);
    const log = await commands.requests(url);
    expect(log.map((r) => r.outcome)).toEqual(['dropped', 'dropped', 'dropped', 'passed']);
    expect(new Set(log.map((r) => r.key)).size).toBe(1);
    expect(log[0]?.key).toMatch(/.{16,}/);
    expect(await registrationsBy(OPEN, email)).toHaveLength(1);
  });

  test('offline: saved and queued, still queued after a reload, sent once when back online', async () => {
    const el = form(OPEN);
    await until(() => $(el, 'form'));
    const email = uniqueEmail('offline');
    fillValid(el, email);
    const online = await offline(api);
    onTestFinished(online);
    send(el);
    await until(() => /Saved — will send when you are back online\./.test(text(el)));
    expect(($(el, 'button[type="submit"]') as HTMLElement).getAttribute('aria-disabled')).toBe('true');
    await expectAccessible(el, 'offline queued');
    el.remove();
    const again = form(OPEN);
    await until(() => /Saved — will send when you are back online\./.test(text(again)));
    await online();
    await receiptOf(again);
    expect(await registrationsBy(OPEN, email)).toHaveLength(1);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lad-draft:'))).toEqual([]);
  });

  test('rate limited: said in words, with the wait, and nothing typed is lost', async () => {
    const el = form(OPEN);
    el.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST')
        return new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Too many requests',
            status: 429,
            code: 'rate-limited',
            retryAfter: 600,
          }),
          { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': '600' } },
        );
      return fetch(request);
    };
    await until(() => $(el, 'form'));
    fillValid(el, uniqueEmail('limited'));
    send(el);
    await until(() => /wait 10 minutes/.test(text(el)), 15_000);
    expect(text(el)).toContain(
      'Too many forms were sent from this connection. Please wait 10 minutes and send again; your answers are kept.',
    );
    expect(($(el, '#f-organization-name') as HTMLInputElement).value).toBe('Rezo Fanm Sid');
    await expectAccessible(el, 'rate limited');
  });
});

describe('hostile input and privacy', () => {
  test('markup, right-to-left marks, emoji and long text are stored and shown as typed; no public answer holds the email', async () => {
    const el = form(OPEN);
    await until(() => $(el, 'form'));
    const email = uniqueEmail('hostile');
    const name = '<img src=x onerror="window.__pwned=1">\u202EnimdA\u202C 🧕🏾 Fanm';
    fillValid(el, email, name);
    const needs = `${'Entèprèt kreyòl. '.repeat(110)}<script>window.__pwned=2</script>`.slice(0, 2000);
    type(el, 'representative.needs', needs);
    send(el);
    await receiptOf(el);
    const [stored] = await registrationsBy(OPEN, email);
    expect(stored).toMatchObject({ organization: { name }, representative: { needs: needs.trim() } });
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(el.shadowRoot?.querySelector('img, script')).toBeNull();
    const everything = await Promise.all(
      [
        `/v1/events/${OPEN}`,
        '/v1/events?limit=100',
        `/v1/events/${OPEN}.ics`,
        '/v1/events.ics',
        `/v1/events/${CLOSED}/selection-report`,
        `/v1/events/${OPEN}/agenda-topics`,
        '/v1/export/commitments.csv',
      ].map(publicText),
    );
    for (const body of everything) expect(body).not.toContain(email);
  });
});

test('moving a form to another event while its send waits: the send stays with its own event', async () => {
  await cleanup();
  const el = form(OPEN);
  await until(() => $(el, 'form'));
  const email = uniqueEmail('moved');
  fillValid(el, email);
  const online = await offline(api);
  onTestFinished(online);
  send(el);
  await until(() => $(el, '.notice.queued'));
  el.setAttribute('event', NOT_YET);
  await until(() => !$(el, '.notice.queued'));
  await online();
  await until(() => /Registration opens on/.test(text(el)));
  await new Promise((r) => setTimeout(r, 1_500));
  // Nothing was sent to the other event; the application waits in its own draft.
  expect(await registrationsBy(NOT_YET, email)).toHaveLength(0);
  expect(await registrationsBy(OPEN, email)).toHaveLength(0);
  el.setAttribute('event', OPEN);
  await receiptOf(el);
  expect(await registrationsBy(OPEN, email)).toHaveLength(1);
});
