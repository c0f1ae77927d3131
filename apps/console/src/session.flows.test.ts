import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import './app/lad-console.js';
import type { LadConsole } from './app/lad-console.js';
import { expectAccessible, find, findAll, text, until } from './testing/dom.js';
import { invited, LOCALES, leave, pressByKeyboard, words } from './testing/flows.js';

// More flows against the real API (test/server.ts), in each of the console's five languages
// (chosen in its language menu): a CSV matrix through the import screen, a write without the
// console's header (what a cross-site form sends) refused, and a session that ends while the
// console is open. One secretariat member per language, signed in once for the three: the last
// one ends her session. A minute each on a busy machine.
const FLOW = 60_000;

const publicCommitment = async (id: string) =>
  (await (
    await fetch(`/v1/commitments/${encodeURIComponent(id)}`, { credentials: 'omit', cache: 'no-store' })
  ).json()) as {
    status: string;
    pillar: string | null;
    title: { text: Record<string, string> };
    updates: { summary: { text: Record<string, string> } }[];
  };

describe.each(LOCALES)('in %s', (locale) => {
  const { say, count } = words(locale);
  let el: LadConsole;

  // A secretariat member invited with the CLI, signed in through the invitation page.
  beforeAll(async () => {
    el = await invited(
      locale,
      `flows.${locale}.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@example.org`,
      'secretariat',
      null,
      'Ana Pérez',
    );
  });
  afterAll(leave);

  test(
    'a CSV matrix with a bad row: the dry run refuses it, the rest is applied and public',
    async () => {
      const before = await publicCommitment('lad-2022-MX-01');
      const next = before.status === 'substantial' ? 'limited' : 'substantial';
      const stamp = `${Date.now()}${locale}`;
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
      // "Check the file", by keyboard.
      await pressByKeyboard(el, { selector: '#check' });
      await until(() => find(el, '#results'), 20_000);
      // Row 4 of the spreadsheet (the header is row 1) is refused at its status cell; the others pass.
      const refused = findAll(el, 'table').find((t) => text(t).includes(say('import.col_reason'))) as Element;
      expect(
        findAll(refused, 'tbody tr').map((tr) => [...tr.children].slice(0, 2).map((td) => text(td))),
      ).toEqual([['4', 'status']]);
      expect(text(find(el, '#apply') as Element)).toBe(count(2, 'import.apply_one', 'import.apply'));
      await expectAccessible(el, `the dry run's results, in ${locale}`);
      // Nothing is stored before applying.
      expect((await publicCommitment('lad-2022-MX-01')).status).toBe(before.status);
      (find<HTMLButtonElement>(el, '#apply') as HTMLButtonElement).click();
      await until(() => find(el, '#applied'), 20_000);
      expect(text(find(el, '#applied') as Element)).toBe(say('import.applied'));
      const after = await publicCommitment('lad-2022-MX-01');
      expect(after.status).toBe(next);
      // A status changed by import is a dated timeline entry naming the file.
      expect(after.updates.at(-1)?.summary.text.en).toContain('matriz-mexico.csv');
      const created = (await (
        await fetch(`/v1/commitments?q=${encodeURIComponent(stamp)}`, {
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
      // The session is still there: the console still knows the person, and its nav still
      // works (by keyboard: back from the page to the commitments link, Enter).
      expect((await fetch('/v1/auth/me', { credentials: 'include' })).status).toBe(200);
      await pressByKeyboard(el, { selector: 'nav a[href="#/commitments"]' }, { back: true });
      await until(() => find(el, 'lad-commitments-page')?.shadowRoot?.querySelector('tbody tr'), 15_000);
      expect(text(find(el, 'header') as Element)).toContain('Ana Pérez');
      expect(find(el, '#email')).toBeNull();
      await expectAccessible(el, `the commitments list, in ${locale}`);
    },
    FLOW,
  );

  test(
    'a session that ends while the console is open (signed out everywhere) brings back the sign-in page',
    async () => {
      location.hash = '#/commitments';
      await until(() => find(el, 'lad-commitments-page')?.shadowRoot?.querySelector('tbody tr'), 15_000);
      const ended = await fetch('/v1/auth/sign-out-everywhere', {
        method: 'POST',
        credentials: 'include',
        headers: { 'x-lad-console': '1' },
      });
      expect(ended.status).toBeLessThan(300);
      // The next request the console makes is answered 401: it goes back to signing in. The
      // person goes to the audit log by keyboard (Shift+Tab back to its link in the nav, Enter).
      // From the page's heading (where the console puts the focus on arriving at a page).
      find(el, 'h1')?.focus();
      await pressByKeyboard(el, { selector: 'nav a[href="#/audit"]' }, { back: true });
      await until(() => find(el, '#email') && !find(el, 'nav'), 15_000);
      expect((await fetch('/v1/auth/me', { credentials: 'include' })).status).toBe(401);
      await until(() => text(el).includes(say('signin.title')));
      await expectAccessible(el, `the sign-in page after the session ended, in ${locale}`);
    },
    FLOW,
  );
});
