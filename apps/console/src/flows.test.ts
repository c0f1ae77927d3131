import { afterEach, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import './app/lad-console.js';
import type { LadConsole } from './app/lad-console.js';
import { cleanup, find, findAll, mount, text, typeInto, until } from './testing/dom.js';

// Against the real API (test/server.ts starts its build on a fresh database; the test page's
// origin forwards /v1 to it, so the session cookie and the console's headers work as on the LAD
// server). Sign-in lands in the API with the accounts work: until `/v1/auth/*` answers, these
// tests fail and say so — they are never skipped.

afterEach(async () => {
  await cleanup();
  // The session cookie is HttpOnly: signing out is how a test leaves none for the next.
  await fetch('/v1/auth/sign-out', {
    method: 'POST',
    credentials: 'include',
    headers: { 'x-lad-console': '1' },
  });
});

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

const console_ = (hash: string) => {
  location.hash = hash;
  return mount<LadConsole>('<lad-console></lad-console>');
};

const button = (el: Element, label: RegExp) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) =>
    label.test(b.textContent?.trim() ?? ''),
  ) as HTMLButtonElement;

test('the real API gives one answer for a wrong password and for an unknown email', async () => {
  await requireSignIn();
  const el = console_('#/sign-in');
  await until(() => find(el, '#email'));
  const alert = () => text(find(el, '#email')?.getRootNode() as ShadowRoot);
  const attempt = async (email: string, password: string) => {
    await typeInto(find<HTMLInputElement>(el, '#email') as HTMLInputElement, email);
    await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, password);
    const submit = button(el, /^Sign in$/);
    submit.click();
    // Past the answer shown before (cleared as this attempt starts).
    await new Promise((resolve) => setTimeout(resolve, 0));
    await until(() => !submit.disabled && alert().includes('not right'), 10_000);
  };
  await attempt('nobody-at-all@example.org', 'not the password at all');
  await attempt('still-nobody@example.org', 'another wrong password');
  expect(alert()).toContain('The email or the password is not right. Check both and try again.');
});

test('invited as Haiti’s coordinator: accept, signed in, only Haiti’s commitments, a Creole title saved and public', async () => {
  await requireSignIn();
  const email = `coordinator.${Date.now()}@example.org`;
  const token = await commands.invite(email, 'country', 'HT');
  const el = console_(`#/invite/${encodeURIComponent(token)}`);
  await until(() => find(el, '#password'), 10_000);
  expect(text(el)).toContain(email);
  expect(text(el)).toContain('Country coordinator — Haiti');
  const name = find<HTMLInputElement>(el, '#name');
  if (name) await typeInto(name, 'Jean Baptiste');
  await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, 'a long enough passphrase');
  button(el, /^Accept and sign in$/).click();
  await until(() => button(el, /^Skip$/), 10_000);
  button(el, /^Skip$/).click();
  await until(() => find(el, 'nav') && text(find(el, 'header') as Element).includes('Jean Baptiste'), 10_000);

  // The commitments list: Haiti's only (the scope fixes the country filter).
  location.hash = '#/commitments';
  await until(() => find(el, 'tbody tr'), 15_000);
  expect(find(el, '#f-country')).toBeNull();
  const countries = new Set(findAll(el, 'tbody tr').map((tr) => text(tr.children[1] as Element)));
  expect([...countries]).toEqual(['Haiti']);

  // Edit the first one's title in Kreyòl and save.
  const link = find<HTMLAnchorElement>(el, 'tbody a') as HTMLAnchorElement;
  const id = decodeURIComponent(link.getAttribute('href')?.split('/').pop() ?? '');
  link.click();
  await until(() => find(el, '#title-ht'), 10_000);
  const title = `Tit an kreyòl ${Date.now()}`;
  await typeInto(find<HTMLTextAreaElement>(el, '#title-ht') as HTMLTextAreaElement, title);
  button(el, /^Save$/).click();
  await until(() => text(el).includes('Saved.'), 10_000);

  // The public record shows it (no cookie, no cache).
  const response = await fetch(`/v1/commitments/${encodeURIComponent(id)}`, {
    credentials: 'omit',
    cache: 'no-store',
  });
  const body = (await response.json()) as { title: { text: Record<string, string> } };
  expect(body.title.text.ht).toBe(title);

  // Someone else saves while the title is being edited again: the save is refused (If-Match),
  // both versions are shown, and keeping theirs puts theirs in the form.
  await typeInto(find<HTMLTextAreaElement>(el, '#title-ht') as HTMLTextAreaElement, 'Vèsyon pa m');
  const theirs = await fetch(`/v1/commitments/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'content-type': 'application/json', 'x-lad-console': '1', 'x-lad-role': 'country:HT' },
    body: JSON.stringify({
      title: {
        original: 'fr',
        text: { fr: 'Visas de travail saisonnier pour les jeunes', ht: 'Vèsyon pa yo' },
      },
    }),
  });
  expect(theirs.status).toBe(200);
  button(el, /^Save$/).click();
  await until(() => text(el).includes('Someone else saved this commitment'), 10_000);
  expect(text(find(el, 'table.conflict') as Element)).toContain('Vèsyon pa yo');
  button(el, /^Keep theirs$/).click();
  await until(
    () => (find<HTMLTextAreaElement>(el, '#title-ht') as HTMLTextAreaElement).value === 'Vèsyon pa yo',
  );
});

test('a passkey added after accepting the invitation signs the person in, with no password', async () => {
  await requireSignIn();
  await commands.virtualAuthenticator(true);
  try {
    const email = `passkey.${Date.now()}@example.org`;
    const token = await commands.invite(email, 'secretariat', null);
    const el = console_(`#/invite/${encodeURIComponent(token)}`);
    await until(() => find(el, '#password'), 10_000);
    const name = find<HTMLInputElement>(el, '#name');
    if (name) await typeInto(name, 'Ana Pérez');
    await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, 'a long enough passphrase');
    button(el, /^Accept and sign in$/).click();
    await until(() => button(el, /^Add a passkey$/), 10_000);
    button(el, /^Add a passkey$/).click();
    await until(() => text(el).includes('Your passkey was added'), 10_000);
    button(el, /^Continue$/).click();
    await until(() => find(el, 'nav'), 10_000);
    // Sign out, then back in with the passkey alone.
    (find(el, 'details.account summary') as HTMLElement).click();
    button(el, /^Sign out$/).click();
    await until(() => find(el, '#email') && !find(el, 'nav'), 10_000);
    await typeInto(find<HTMLInputElement>(el, '#email') as HTMLInputElement, email);
    button(el, /^Sign in with a passkey$/).click();
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
  const email = `indicators.${Date.now()}@example.org`;
  const token = await commands.invite(email, 'secretariat', null);
  const el = console_(`#/invite/${encodeURIComponent(token)}`);
  await until(() => find(el, '#password'), 10_000);
  const name = find<HTMLInputElement>(el, '#name');
  if (name) await typeInto(name, 'Ana Pérez');
  await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, 'a long enough passphrase');
  button(el, /^Accept and sign in$/).click();
  await until(() => button(el, /^Skip$/), 10_000);
  button(el, /^Skip$/).click();
  await until(() => find(el, 'nav'), 10_000);

  // The progress page: a new quantitative indicator, made through the form.
  location.hash = `#/commitments/${encodeURIComponent(id)}/progress`;
  const toggle = await until(() => find<HTMLButtonElement>(el, '#new-toggle'), 10_000);
  toggle.click();
  await until(() => find(el, '#new-name'));
  const indicatorName = `Seasonal workers placed ${Date.now()}`;
  await typeInto(find<HTMLInputElement>(el, '#new-name') as HTMLInputElement, indicatorName);
  const unit = find<HTMLSelectElement>(el, '#new-unit') as HTMLSelectElement;
  unit.value = 'workers';
  unit.dispatchEvent(new Event('change'));
  await typeInto(find<HTMLInputElement>(el, '#new-baseline-value') as HTMLInputElement, '10');
  await typeInto(find<HTMLInputElement>(el, '#new-target-value') as HTMLInputElement, '110');
  button(el, /^Create the indicator$/).click();
  await until(() => text(el).includes('The indicator was added.'), 10_000);

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
  button(el, /^Add the measurement$/).click();
  await until(() => text(el).includes('The measurement was added.'), 10_000);
  expect(text(findAll(el, 'article.indicator')[index] as Element)).toContain('50%');

  // The public record (no cookie, no cache).
  const response = await fetch(`/v1/commitments/${encodeURIComponent(id)}`, {
    credentials: 'omit',
    cache: 'no-store',
  });
  const body = (await response.json()) as {
    indicators: {
      name: { text: Record<string, string> };
      unit: string | null;
      progress: number | null;
      measurements: { date: string; value: number | null; source: { title: string; url: string } | null }[];
    }[];
  };
  const indicator = body.indicators.find((i) => i.name.text.en === indicatorName);
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
