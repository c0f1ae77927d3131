import { afterEach, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import './app/lad-console.js';
import type { LadConsole } from './app/lad-console.js';
import { cleanup, find, findAll, focused, mount, tabTo, text, typeInto, until } from './testing/dom.js';

// Committees and bodies against the real API (test/server.ts; over PostgreSQL too in `pnpm test`
// when LAD_TEST_DATABASE_URL is set): a committee coordinator, invited with the API's CLI, adds
// a CSO representative to her committee — her name and email may be published, her phone not —
// and the public `GET /v1/committees` shows the email and never the phone.

afterEach(async () => {
  await cleanup();
  await fetch('/v1/auth/sign-out', {
    method: 'POST',
    credentials: 'include',
    headers: { 'x-lad-console': '1' },
  });
});

const button = (el: Element, label: RegExp) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) =>
    label.test(b.textContent?.trim() ?? ''),
  ) as HTMLButtonElement;

test('a committee coordinator adds a CSO representative: the email is public, the phone is not', async () => {
  const stamp = Date.now();
  const token = await commands.invite(
    `coordinator.bodies.${stamp}@example.org`,
    'committee',
    'labor-mobility',
  );
  location.hash = `#/invite/${encodeURIComponent(token)}`;
  const el = mount<LadConsole>('<lad-console></lad-console>');
  await until(() => find(el, '#password'), 10_000);
  const name = find<HTMLInputElement>(el, '#name');
  if (name) await typeInto(name, 'Lucía Coordinadora');
  await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, 'a long enough passphrase');
  button(el, /^Accept and sign in$/).click();
  await until(() => button(el, /^Skip$/), 10_000);
  button(el, /^Skip$/).click();
  await until(() => find(el, 'nav'), 10_000);

  // From the nav to her committee.
  find<HTMLAnchorElement>(el, 'nav a[href="#/bodies"]')?.click();
  await until(() => find(el, 'a[href="#/bodies/committees/cmte-labor-mobility"]'), 15_000);
  expect(text(el)).toContain('(yours)');
  find<HTMLAnchorElement>(el, 'a[href="#/bodies/committees/cmte-labor-mobility"]')?.click();
  await until(() => find(el, '#add-member'), 15_000);

  // Add her, by keyboard.
  const person = {
    name: `Nadège Flow ${stamp}`,
    email: `nadege.flow.${stamp}@example.org`,
    phone: `+509 3${String(stamp).slice(-3)} 0000`,
  };
  (find(el, '#add-member') as HTMLButtonElement).focus();
  await userEvent.keyboard('{Enter}');
  await until(() => focused()?.id === 'm-name');
  await tabTo('#m-role');
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
  await until(() => text(el).includes('Saved.'), 10_000);
  // Her card says what is published and what is not, and who recorded it.
  const card = until(() => findAll(el, 'article.member').find((a) => text(a).includes(person.name)));
  const shown = text(await card);
  expect(shown).toContain(`Email ${person.email} Published How: By email`);
  expect(shown).toContain('Recorded by: Lucía Coordinadora');
  expect(shown).toContain(`Phone ${person.phone} Not published`);

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
