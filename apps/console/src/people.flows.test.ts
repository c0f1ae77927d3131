import { afterEach, describe, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import './app/lad-console.js';
import type { LadConsole } from './app/lad-console.js';
import { expectAccessible, find, findAll, text, typeInto, until } from './testing/dom.js';
import {
  ANY,
  acceptInvitation,
  LOCALES,
  leave,
  openConsole,
  PASSWORD,
  press,
  pressByKeyboard,
  words,
} from './testing/flows.js';

// People and the regional-mechanism role against the real API (test/server.ts: its build on a
// fresh database, SQLite — and PostgreSQL in `pnpm test`, scripts/test.mjs), in each of the
// console's five languages (chosen in its language menu). One browser holds one session cookie,
// so while the CRM officer is signed in here, the secretariat acts through the API token it made
// on the console's tokens page — as a script of theirs would.

afterEach(leave);

const choose = (el: Element, selector: string, value: string) => {
  const s = find<HTMLSelectElement>(el, selector) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change'));
};

describe.each(LOCALES)('in %s', (locale) => {
  const { say, pattern } = words(locale);

  async function signOut(el: LadConsole): Promise<void> {
    (find(el, 'details.account summary') as HTMLElement).click();
    await press(el, say('shell.sign_out'));
    await until(() => find(el, '#email') && !find(el, 'nav'), 10_000);
  }

  async function signIn(el: LadConsole, email: string): Promise<void> {
    await userEvent.fill(find<HTMLInputElement>(el, '#email') as HTMLInputElement, email);
    await userEvent.fill(find<HTMLInputElement>(el, '#password') as HTMLInputElement, PASSWORD);
    await press(el, say('signin.submit'));
  }

  test('the secretariat invites a CRM officer from the console; she edits a CRM-shared commitment; suspended, her next request is refused', async () => {
    const stamp = `${Date.now()}-${locale}`;
    const secretariatEmail = `secretariat.${stamp}@example.org`;
    const officerEmail = `lucia.${stamp}@crm.example.org`;
    const el = openConsole();
    await acceptInvitation(await commands.invite(secretariatEmail, 'secretariat', null), locale, {
      el,
      name: 'Ana Pérez',
    });
    const nav = findAll<HTMLAnchorElement>(el, 'nav a').map((a) => a.getAttribute('href'));
    expect(nav).toEqual(expect.arrayContaining(['#/people', '#/tokens']));

    // A commitment CRM shares, and one it does not.
    const create = async (title: string, mechanisms: string[]) => {
      const response = await fetch('/v1/commitments', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'x-lad-console': '1' },
        body: JSON.stringify({
          country: 'GT',
          pillar: 'II',
          status: 'limited',
          mechanisms,
          title: { original: 'en', text: { en: title } },
        }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const shared = await create(`Temporary work visas ${stamp}`, ['crm']);
    const notShared = await create(`Resettlement ${stamp}`, ['mirps']);

    // A token for the secretariat's own script, shown once on the tokens page.
    location.hash = '#/tokens';
    await until(() => find(el, '#token-label'), 10_000);
    await typeInto(find<HTMLInputElement>(el, '#token-label') as HTMLInputElement, `People flow ${locale}`);
    choose(el, '#token-role', 'secretariat');
    await typeInto(find<HTMLInputElement>(el, '#token-days') as HTMLInputElement, '1');
    await press(el, say('tokens.create'));
    const secretField = await until(() => find<HTMLInputElement>(el, '#created-secret'), 10_000);
    const secret = secretField.value;
    expect(secret).toMatch(/^lad_[A-Za-z0-9_-]{43}$/);
    await until(() => find(el, 'tr[data-token]'), 10_000);
    // The list shows no secret.
    expect(findAll(el, 'tr[data-token]').some((tr) => text(tr).includes(secret))).toBe(false);

    // The invitation, made on the people page: a CRM officer, in this language; its link shown
    // once. "Create the invitation link", by keyboard: Tab from the name to it, Enter.
    location.hash = '#/people';
    await until(() => find(el, '#invite-email'), 10_000);
    await typeInto(find<HTMLInputElement>(el, '#invite-email') as HTMLInputElement, officerEmail);
    choose(el, '#invite-role', 'mechanism');
    await until(() => find(el, '#invite-scope'));
    choose(el, '#invite-scope', 'crm');
    choose(el, '#invite-locale', locale);
    await typeInto(find<HTMLInputElement>(el, '#invite-name') as HTMLInputElement, 'Lucía Gómez');
    await pressByKeyboard(el, { button: say('people.invite') });
    const linkField = await until(() => find<HTMLInputElement>(el, '#created-link'), 10_000);
    const link = linkField.value;
    expect(link).toMatch(/\/console\/#\/invite\/[A-Za-z0-9_-]{43}$/);
    const officer = `${say('role.mechanism')} — CRM`;
    await until(() => text(el).includes(officerEmail) && text(el).includes(officer), 10_000);
    await expectAccessible(el, `the people page with the new invitation, in ${locale}`);
    await signOut(el);

    // She accepts, and acts as CRM's officer.
    await acceptInvitation(link.split('/').at(-1) as string, locale, { el });
    expect(text(find(el, 'header') as Element)).toContain('Lucía Gómez');
    expect(text(find(el, '#acting') as Element)).toContain(officer);
    expect(findAll<HTMLAnchorElement>(el, 'nav a').map((a) => a.getAttribute('href'))).not.toContain(
      '#/people',
    );
    const me = (await (await fetch('/v1/auth/me', { credentials: 'include' })).json()) as {
      id: string;
      locale: string | null;
    };

    // Her commitments: what CRM shares, the mechanism fixed by her role.
    location.hash = '#/commitments';
    await until(
      () => findAll(el, 'tbody a').some((a) => text(a).includes(`Temporary work visas ${stamp}`)),
      15_000,
    );
    expect(find(el, '#f-mechanism')).toBeNull();
    expect(text(el)).not.toContain(`Resettlement ${stamp}`);
    (
      findAll<HTMLAnchorElement>(el, 'tbody a').find((a) =>
        text(a).includes(`Temporary work visas ${stamp}`),
      ) as HTMLAnchorElement
    ).click();
    await until(() => find(el, '#title-es'), 10_000);
    const spanish = `Visas de trabajo temporal ${stamp}`;
    await typeInto(find<HTMLTextAreaElement>(el, '#title-es') as HTMLTextAreaElement, spanish);
    await press(el, say('edit.save'));
    await until(() => text(el).includes(say('edit.saved')), 10_000);
    const published = await fetch(`/v1/commitments/${encodeURIComponent(shared)}`, {
      credentials: 'omit',
      cache: 'no-store',
    });
    expect(((await published.json()) as { title: { text: Record<string, string> } }).title.text.es).toBe(
      spanish,
    );
    // The commitment CRM does not share is refused to her.
    const refused = await fetch(`/v1/commitments/${encodeURIComponent(notShared)}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'x-lad-console': '1' },
      body: JSON.stringify({ title: { original: 'en', text: { en: 'Not hers' } } }),
    });
    expect(refused.status).toBe(403);

    // The secretariat suspends her (through its token: this browser holds her session).
    const suspended = await fetch(`/v1/people/${encodeURIComponent(me.id)}`, {
      method: 'PATCH',
      credentials: 'omit',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ suspended: true }),
    });
    expect(suspended.status).toBe(200);
    expect(((await suspended.json()) as { status: string }).status).toBe('suspended');

    // Her next request is refused: the console sends her to sign in, and signing in fails.
    await typeInto(find<HTMLTextAreaElement>(el, '#title-es') as HTMLTextAreaElement, `${spanish} (2)`);
    await press(el, say('edit.save'));
    await until(() => find(el, '#email') && !find(el, 'nav'), 10_000);
    await signIn(el, officerEmail);
    await until(() => text(el).includes(say('signin.wrong')), 10_000);
    const after = await fetch(`/v1/commitments/${encodeURIComponent(shared)}`, {
      credentials: 'omit',
      cache: 'no-store',
    });
    expect(((await after.json()) as { title: { text: Record<string, string> } }).title.text.es).toBe(spanish);

    // Back as the secretariat: the people page shows her suspended; the audit log says who did what.
    await signIn(el, secretariatEmail);
    await until(() => find(el, 'nav'), 10_000);
    location.hash = '#/people';
    const row = await until(() => find(el, `tr[data-person="${me.id}"]`), 10_000);
    expect(text(row)).toMatch(pattern('people.suspended_since', ANY));
    const log = (await (
      await fetch('/v1/audit?limit=100', {
        credentials: 'omit',
        headers: { authorization: `Bearer ${secret}` },
      })
    ).json()) as {
      items: {
        action: string;
        entity: { id: string };
        actor: { role: string | null; scope: string | null };
      }[];
    };
    const mine = log.items.filter((e) => e.entity.id === me.id || e.entity.id === shared);
    expect(mine.map((e) => e.action)).toEqual(
      expect.arrayContaining(['account.update', 'commitment.update']),
    );
    expect(mine.find((e) => e.action === 'commitment.update')?.actor).toMatchObject({
      role: 'mechanism',
      scope: 'crm',
    });
    expect(JSON.stringify(log)).not.toContain(secret);
    expect(JSON.stringify(log)).not.toContain(link.split('/').at(-1) as string);
  }, 120_000);
});
