import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import './app/lad-console.js';
import { expectAccessible, find, findAll, focused, tabTo, text, until } from './testing/dom.js';
import { invited, LOCALES, leave, tabUntil, words } from './testing/flows.js';

// Committees and bodies against the real API (test/server.ts; over PostgreSQL too in `pnpm test`
// when LAD_TEST_DATABASE_URL is set), in each of the console's five languages (chosen in its
// language menu): a committee coordinator, invited with the API's CLI, adds a CSO representative
// to her committee — her name and email may be published, her phone not — and the public
// `GET /v1/committees` shows the email and never the phone.

afterEach(leave);

describe.each(LOCALES)('in %s', (locale) => {
  const { say, colon } = words(locale);

  test('a committee coordinator adds a CSO representative: the email is public, the phone is not', async () => {
    const stamp = `${Date.now()}-${locale}`;
    const el = await invited(
      locale,
      `coordinator.bodies.${stamp}@example.org`,
      'committee',
      'labor-mobility',
      'Lucía Coordinadora',
    );

    // From the nav to her committee.
    find<HTMLAnchorElement>(el, 'nav a[href="#/bodies"]')?.click();
    await until(() => find(el, 'a[href="#/bodies/committees/cmte-labor-mobility"]'), 15_000);
    expect(text(el)).toContain(say('bodies.yours'));
    find<HTMLAnchorElement>(el, 'a[href="#/bodies/committees/cmte-labor-mobility"]')?.click();
    await until(() => find(el, '#add-member'), 15_000);

    // Add her, by keyboard.
    const person = {
      name: `Nadège Flow ${stamp}`,
      email: `nadege.flow.${stamp}@example.org`,
      phone: `+509 3${String(Date.now()).slice(-3)} 0000`,
    };
    (find(el, '#add-member') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'm-name');
    // The role comes before the name: Shift+Tab.
    await tabUntil('the role', (f) => f.id === 'm-role', { back: true });
    await userEvent.keyboard('{ArrowDown}');
    await tabTo('#m-name');
    await userEvent.keyboard(person.name);
    await tabTo('#p-name');
    await userEvent.keyboard(' ');
    await tabTo('#m-email');
    await userEvent.keyboard(person.email);
    await tabTo('#p-email');
    await userEvent.keyboard(' ');
    await tabTo('#m-phone');
    await userEvent.keyboard(person.phone);
    await tabTo('#m-how');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await tabTo('form button[type="submit"]');
    await userEvent.keyboard('{Enter}');
    await until(() => text(el).includes(say('bodies.saved')), 10_000);
    // Her card says what is published and what is not, and who recorded it.
    const card = await until(() => findAll(el, 'article.member').find((a) => text(a).includes(person.name)));
    const shown = text(card);
    expect(shown).toContain(
      `${say('bodies.detail.email')} ${person.email} ${say('bodies.published')} ${colon(say('bodies.consent.how'))} ${say('bodies.how.email')}`,
    );
    expect(shown).toContain(`${colon(say('bodies.consent.by'))} Lucía Coordinadora`);
    expect(shown).toContain(`${say('bodies.detail.phone')} ${person.phone} ${say('bodies.not_published')}`);
    await expectAccessible(el, `the committee page in ${locale}`);

    // The public answer: her name and email, never her phone.
    const response = await fetch('/v1/committees', { credentials: 'omit', cache: 'no-store' });
    const body = await response.text();
    const committee = (
      JSON.parse(body) as {
        items: {
          id: string;
          members: { name: string | null; contact: { email?: string; phone?: string } | null }[];
        }[];
      }
    ).items.find((c) => c.id === 'cmte-labor-mobility');
    const member = committee?.members.find((m) => m.name === person.name);
    expect(member?.contact).toEqual({ email: person.email });
    expect(body).not.toContain(person.phone);
  });
});
