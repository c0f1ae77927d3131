import { afterEach, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import './app/lad-console.js';
import type { LadConsole } from './app/lad-console.js';
import { cleanup, find, findAll, mount, text, typeInto, until } from './testing/dom.js';

// More flows against the real API (test/server.ts): a CSV matrix through the import screen, a
// write without the console's header (what a cross-site form sends) refused, and a session that
// ends while the console is open. Each signs a person in first: a minute each on a busy machine.
const FLOW = 60_000;

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

/** A secretariat member invited with the CLI, signed in through the invitation page. */
async function signedIn(): Promise<LadConsole> {
  const email = `flows.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@example.org`;
  const token = await commands.invite(email, 'secretariat', null);
  location.hash = `#/invite/${encodeURIComponent(token)}`;
  const el = mount<LadConsole>('<lad-console></lad-console>');
  await until(() => find(el, '#password'), 10_000);
  const name = find<HTMLInputElement>(el, '#name');
  if (name) await typeInto(name, 'Ana Pérez');
  await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, 'a long enough passphrase');
  button(el, /^Accept and sign in$/).click();
  await until(() => button(el, /^Skip$/), 10_000);
  button(el, /^Skip$/).click();
  await until(() => find(el, 'nav'), 10_000);
  return el;
}

const publicCommitment = async (id: string) =>
  (await (
    await fetch(`/v1/commitments/${encodeURIComponent(id)}`, { credentials: 'omit', cache: 'no-store' })
  ).json()) as {
    status: string;
    pillar: string | null;
    title: { text: Record<string, string> };
    updates: { summary: { text: Record<string, string> } }[];
  };

test(
  'a CSV matrix with a bad row: the dry run refuses it, the rest is applied and public',
  async () => {
    const el = await signedIn();
    const before = await publicCommitment('lad-2022-MX-01');
    const next = before.status === 'substantial' ? 'limited' : 'substantial';
    const stamp = Date.now();
    const csv = [
      'externalId,country,pillar,status,title_en',
      // The English title as stored (an empty cell would remove it).
      `lad-2022-MX-01,MX,${before.pillar ?? ''},${next},"${before.title.text.en?.replace(/"/g, '""')}"`,
      `MX-CSV-${stamp},MX,II,not_started,Temporary work visas for young people ${stamp}`,
      `MX-CSV-${stamp}-bad,MX,II,nearly_there,A status not on the scale`,
    ].join('\n');
    location.hash = '#/import';
    const file = await until(() => find<HTMLInputElement>(el, '#file'), 10_000);
    await userEvent.upload(file, new File([csv], 'matriz-mexico.csv', { type: 'text/csv' }));
    (find<HTMLButtonElement>(el, '#check') as HTMLButtonElement).click();
    await until(() => find(el, '#results'), 20_000);
    const results = text(find(el, '#results')?.parentElement as Element);
    // Row 4 of the spreadsheet (the header is row 1) is refused at its status cell; the others pass.
    const refused = findAll(el, 'table').find((t) => text(t).includes('Why it was refused')) as Element;
    expect(
      findAll(refused, 'tbody tr').map((tr) => [...tr.children].slice(0, 2).map((td) => text(td))),
    ).toEqual([['4', 'status']]);
    expect(results).toContain('Apply 2 changes');
    // Nothing is stored before applying.
    expect((await publicCommitment('lad-2022-MX-01')).status).toBe(before.status);
    (find<HTMLButtonElement>(el, '#apply') as HTMLButtonElement).click();
    await until(() => find(el, '#applied'), 20_000);
    const after = await publicCommitment('lad-2022-MX-01');
    expect(after.status).toBe(next);
    // A status changed by import is a dated timeline entry naming the file.
    expect(after.updates.at(-1)?.summary.text.en).toContain('matriz-mexico.csv');
    const created = (await (
      await fetch(`/v1/commitments?q=${encodeURIComponent(String(stamp))}`, {
        credentials: 'omit',
        cache: 'no-store',
      })
    ).json()) as { items: { title: { text: Record<string, string> } }[] };
    expect(created.items.map((c) => c.title.text.en)).toEqual([
      `Temporary work visas for young people ${stamp}`,
    ]);
  },
  FLOW,
);

test(
  'a write that does not come from the console (no console header, as a cross-site form sends) is refused',
  async () => {
    await signedIn();
    const attempt = await fetch('/v1/commitments/lad-2022-MX-02', {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'complete' }),
    });
    expect(attempt.status).toBe(403);
    const form = await fetch('/v1/auth/sign-out-everywhere', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(form.status).toBe(403);
    // The session is still there: the console still knows the person.
    expect((await fetch('/v1/auth/me', { credentials: 'include' })).status).toBe(200);
  },
  FLOW,
);

test(
  'a session that ends while the console is open (signed out everywhere) brings back the sign-in page',
  async () => {
    const el = await signedIn();
    location.hash = '#/commitments';
    await until(() => find(el, 'tbody tr'), 15_000);
    const ended = await fetch('/v1/auth/sign-out-everywhere', {
      method: 'POST',
      credentials: 'include',
      headers: { 'x-lad-console': '1' },
    });
    expect(ended.status).toBeLessThan(300);
    // The next request the console makes is answered 401: it goes back to signing in.
    location.hash = '#/audit';
    await until(() => find(el, '#email') && !find(el, 'nav'), 15_000);
    expect((await fetch('/v1/auth/me', { credentials: 'include' })).status).toBe(401);
  },
  FLOW,
);
