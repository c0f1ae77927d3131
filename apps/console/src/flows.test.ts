import { afterEach, describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import './app/lad-console.js';
import { expectAccessible, find, findAll, text, typeInto, until } from './testing/dom.js';
import {
  chooseLanguage,
  fillAndAccept,
  invited,
  LOCALES,
  leave,
  openConsole,
  openInvitation,
  press,
  pressByKeyboard,
  words,
} from './testing/flows.js';

// Against the real API (test/server.ts starts its build on a fresh database; the test page's
// origin forwards /v1 to it, so the session cookie and the console's headers work as on the LAD
// server), in each of the console's five languages, chosen in its language menu. Sign-in lands
// in the API with the accounts work: until `/v1/auth/*` answers, these tests fail and say so —
// they are never skipped.

afterEach(leave);

/** Fails loudly while the API has no sign-in routes yet. */
async function requireSignIn(): Promise<void> {
  const health = await fetch('/v1/health');
  expect(health.ok, 'the API answers through the test page’s origin (/v1)').toBe(true);
  const me = await fetch('/v1/auth/me', { credentials: 'include' });
  if (me.status === 404)
    throw new Error(
      'PENDING on the API: GET /v1/auth/me answers 404 — the sign-in routes (accounts, invitations, sessions, passkeys) are not in apps/api yet.',
    );
  expect(me.status, 'GET /v1/auth/me when nobody is signed in').toBe(401);
}

/** Haiti, as the console names it in each language. */
const HAITI = { en: 'Haiti', es: 'Haití', pt: 'Haiti', fr: 'Haïti', ht: 'Ayiti' } as const;

describe.each(LOCALES)('in %s', (locale) => {
  const { say } = words(locale);

  test('the real API gives one answer for a wrong password and for an unknown email', async () => {
    await requireSignIn();
    const el = openConsole('#/sign-in');
    await until(() => find(el, '#email'));
    await chooseLanguage(el, locale);
    await until(() => text(el).includes(say('signin.title')));
    const alert = () => text(find(el, '#email')?.getRootNode() as ShadowRoot);
    const attempt = async (email: string, password: string, byKeyboard: boolean) => {
      await typeInto(find<HTMLInputElement>(el, '#email') as HTMLInputElement, email);
      await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, password);
      // From the password field, Tab to "Sign in" and Enter — or a click.
      const submit = byKeyboard
        ? await pressByKeyboard(el, { button: say('signin.submit') })
        : await press(el, say('signin.submit'));
      // Past the answer shown before (cleared as this attempt starts).
      await new Promise((resolve) => setTimeout(resolve, 0));
      await until(
        () => !(submit as HTMLButtonElement).disabled && alert().includes(say('signin.wrong')),
        10_000,
      );
    };
    await attempt(`nobody-at-all.${locale}@example.org`, 'not the password at all', false);
    await attempt(`still-nobody.${locale}@example.org`, 'another wrong password', true);
    expect(alert()).toContain(say('signin.wrong'));
    await expectAccessible(el, `the sign-in page with its refusal, in ${locale}`);
  });

  test('invited as Haiti’s coordinator: accept, signed in, only Haiti’s commitments, a Creole title saved and public', async () => {
    await requireSignIn();
    const email = `coordinator.${locale}.${Date.now()}@example.org`;
    const el = await openInvitation(await commands.invite(email, 'country', 'HT'), locale);
    expect(text(el)).toContain(email);
    expect(text(el)).toContain(`${say('role.country')} — ${HAITI[locale]}`);
    await fillAndAccept(el, locale, 'Jean Baptiste');
    await press(el, say('invite.skip'), 10_000);
    await until(
      () => find(el, 'nav') && text(find(el, 'header') as Element).includes('Jean Baptiste'),
      10_000,
    );

    // The commitments list: Haiti's only (the scope fixes the country filter).
    location.hash = '#/commitments';
    await until(() => find(el, 'tbody tr'), 15_000);
    expect(find(el, '#f-country')).toBeNull();
    const countries = new Set(findAll(el, 'tbody tr').map((tr) => text(tr.children[1] as Element)));
    expect([...countries]).toEqual([HAITI[locale]]);

    // Edit the first one's title in Kreyòl and save it — by keyboard: Tab from the title to Save, Enter.
    const link = find<HTMLAnchorElement>(el, 'tbody a') as HTMLAnchorElement;
    const id = decodeURIComponent(link.getAttribute('href')?.split('/').pop() ?? '');
    link.click();
    await until(() => find(el, '#title-ht'), 10_000);
    const title = `Tit an kreyòl ${locale} ${Date.now()}`;
    await typeInto(find<HTMLTextAreaElement>(el, '#title-ht') as HTMLTextAreaElement, title);
    await pressByKeyboard(el, { button: say('edit.save') });
    await until(() => text(el).includes(say('edit.saved')), 10_000);

    // The public record shows it (no cookie, no cache).
    const response = await fetch(`/v1/commitments/${encodeURIComponent(id)}`, {
      credentials: 'omit',
      cache: 'no-store',
    });
    const body = (await response.json()) as { title: { text: Record<string, string> } };
    expect(body.title.text.ht).toBe(title);

    // Someone else saves while the title is being edited again: the save is refused (If-Match),
    // both versions are shown, and keeping theirs puts theirs in the form.
    const theirs = `Vèsyon pa yo (${locale})`;
    await typeInto(
      find<HTMLTextAreaElement>(el, '#title-ht') as HTMLTextAreaElement,
      `Vèsyon pa m (${locale})`,
    );
    const saved = await fetch(`/v1/commitments/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'x-lad-console': '1', 'x-lad-role': 'country:HT' },
      body: JSON.stringify({
        title: {
          original: 'fr',
          text: { fr: 'Visas de travail saisonnier pour les jeunes', ht: theirs },
        },
      }),
    });
    expect(saved.status).toBe(200);
    await press(el, say('edit.save'));
    await until(() => text(el).includes(say('edit.conflict')), 10_000);
    expect(text(find(el, 'table.conflict') as Element)).toContain(theirs);
    await expectAccessible(el, `the editor showing both versions, in ${locale}`);
    await press(el, say('edit.keep_theirs'));
    await until(() => (find<HTMLTextAreaElement>(el, '#title-ht') as HTMLTextAreaElement).value === theirs);
  });

  test('a passkey added after accepting the invitation signs the person in, with no password', async () => {
    await requireSignIn();
    await commands.virtualAuthenticator(true);
    try {
      const email = `passkey.${locale}.${Date.now()}@example.org`;
      const el = await openInvitation(await commands.invite(email, 'secretariat', null), locale);
      await fillAndAccept(el, locale, 'Ana Pérez');
      // "Add a passkey", by keyboard.
      await pressByKeyboard(el, { button: say('passkey.add') });
      await until(() => text(el).includes(say('passkey.added')), 10_000);
      await press(el, say('invite.continue'));
      await until(() => find(el, 'nav'), 10_000);
      // Sign out, then back in with the passkey alone.
      (find(el, 'details.account summary') as HTMLElement).click();
      await press(el, say('shell.sign_out'));
      await until(() => find(el, '#email') && !find(el, 'nav'), 10_000);
      // Still in the language chosen.
      await until(() => text(el).includes(say('signin.title')));
      await expectAccessible(el, `the sign-in page with a passkey, in ${locale}`);
      await typeInto(find<HTMLInputElement>(el, '#email') as HTMLInputElement, email);
      await press(el, say('signin.passkey'));
      await until(() => find(el, 'nav') && text(find(el, 'header') as Element).includes('Ana Pérez'), 10_000);
    } finally {
      await commands.virtualAuthenticator(false);
    }
  });

  test('the secretariat creates an indicator on a commitment and records a sourced measurement: the public record shows it', async () => {
    await requireSignIn();
    const listed = await fetch('/v1/commitments?country=HT&limit=1', {
      credentials: 'omit',
      cache: 'no-store',
    });
    const id = ((await listed.json()) as { items: { id: string }[] }).items[0]?.id as string;
    expect(id, 'a Haitian commitment (test/server.ts adds one)').toBeTruthy();
    const el = await invited(
      locale,
      `indicators.${locale}.${Date.now()}@example.org`,
      'secretariat',
      null,
      'Ana Pérez',
    );

    // The progress page: a new quantitative indicator, made through the form.
    location.hash = `#/commitments/${encodeURIComponent(id)}/progress`;
    const toggle = await until(() => find<HTMLButtonElement>(el, '#new-toggle'), 10_000);
    toggle.click();
    await until(() => find(el, '#new-name'));
    const indicatorName = `Seasonal workers placed ${locale} ${Date.now()}`;
    await typeInto(find<HTMLInputElement>(el, '#new-name') as HTMLInputElement, indicatorName);
    const unit = find<HTMLSelectElement>(el, '#new-unit') as HTMLSelectElement;
    unit.value = 'workers';
    unit.dispatchEvent(new Event('change'));
    await typeInto(find<HTMLInputElement>(el, '#new-baseline-value') as HTMLInputElement, '10');
    await typeInto(find<HTMLInputElement>(el, '#new-target-value') as HTMLInputElement, '110');
    // "Create the indicator", by keyboard: Tab from the target to it, Enter.
    await pressByKeyboard(el, { button: say('indicators.create') });
    await until(() => text(el).includes(say('indicators.created')), 10_000);

    // Its first measurement, with its source.
    const articles = findAll(el, 'article.indicator');
    const index = articles.findIndex((a) => text(a).includes(indicatorName));
    expect(index).toBeGreaterThanOrEqual(0);
    (find<HTMLButtonElement>(el, `#m${index}-toggle`) as HTMLButtonElement).click();
    await until(() => find(el, `#m${index}-value`));
    await typeInto(find<HTMLInputElement>(el, `#m${index}-value`) as HTMLInputElement, '60');
    await typeInto(
      find<HTMLInputElement>(el, `#m${index}-source-title`) as HTMLInputElement,
      'Labour ministry report',
    );
    await typeInto(
      find<HTMLInputElement>(el, `#m${index}-source-url`) as HTMLInputElement,
      'https://example.org/labour-report',
    );
    await press(el, say('indicators.send_measurement'));
    await until(() => text(el).includes(say('indicators.measurement_saved')), 10_000);
    expect(text(findAll(el, 'article.indicator')[index] as Element)).toMatch(/50\s?%/);
    await expectAccessible(el, `the progress page with the new measurement, in ${locale}`);

    // The public record (no cookie, no cache): the indicator named in the console's language.
    const response = await fetch(`/v1/commitments/${encodeURIComponent(id)}`, {
      credentials: 'omit',
      cache: 'no-store',
    });
    const body = (await response.json()) as {
      indicators: {
        name: { original: string; text: Record<string, string> };
        unit: string | null;
        progress: number | null;
        measurements: { date: string; value: number | null; source: { title: string; url: string } | null }[];
      }[];
    };
    const indicator = body.indicators.find((i) => i.name.text[locale] === indicatorName);
    expect(indicator?.name.original).toBe(locale);
    expect(indicator?.unit).toBe('workers');
    expect(indicator?.progress).toBe(0.5);
    expect(indicator?.measurements).toEqual([
      expect.objectContaining({
        date: new Date().toISOString().slice(0, 10),
        value: 60,
        source: { title: 'Labour ministry report', url: 'https://example.org/labour-report' },
      }),
    ]);
  });
});
