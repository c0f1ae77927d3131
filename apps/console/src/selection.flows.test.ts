import { afterEach, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import './app/lad-console.js';
import type { LadConsole } from './app/lad-console.js';
import { cleanup, find, findAll, mount, text, typeInto, until } from './testing/dom.js';

// CSO selection (R2) against the real API (test/server.ts: its build on a fresh database with
// the demo data; over PostgreSQL too in `pnpm test`). The demo's past high-level meeting has 32
// applications, decided when it was seeded (19 selected, 5 on the waiting list, 8 not selected)
// and its selection report published as version 1. A secretariat member reviews 30 of them
// again in three bulk decisions, publishes the report — version 2, since every total moved by 0
// or at least 3 — and tells the registrants: the public report and the decision emails queued
// are what they should be, and the audit log has each decision.

const EVENT = 'demo-evt-ministerial-past';

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
const said = (el: Element) => {
  const notice = find(el, '#outcome');
  return notice ? text(notice) : '';
};
const rows = (el: Element) => findAll(el, '#registrations tbody tr');

/** Chooses rows `from` to `to` (1-based, as the table shows them), decides, and waits for the answer. */
async function decide(
  el: Element,
  from: number,
  to: number,
  decision: 'selected' | 'waitlisted' | 'not_selected',
  reason = '',
  note = '',
) {
  for (let i = from - 1; i < to; i++) (find<HTMLInputElement>(el, `#pick-${i}`) as HTMLInputElement).click();
  const n = to - from + 1;
  await until(() => text(find(el, '#chosen-count') as Element) === `${n} applications chosen`);
  (find<HTMLInputElement>(el, `input[name="decision"][value="${decision}"]`) as HTMLInputElement).click();
  const select = find<HTMLSelectElement>(el, '#reason') as HTMLSelectElement;
  select.value = reason;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  if (note) await typeInto(find<HTMLTextAreaElement>(el, '#note') as HTMLTextAreaElement, note);
  (find<HTMLButtonElement>(el, '#apply') as HTMLButtonElement).click();
  await until(() => said(el) === `${n} decisions recorded.`, 15_000);
  await until(() => text(find(el, '#chosen-count') as Element) === '0 applications chosen');
}

test('the secretariat reviews 30 applications in bulk, publishes the selection report and tells the registrants', async () => {
  const me = await fetch('/v1/auth/me', { credentials: 'include' });
  expect(me.status, 'GET /v1/auth/me when nobody is signed in').toBe(401);
  const email = `selection.${Date.now()}@example.org`;
  const name = `Selección ${Date.now()}`;
  const token = await commands.invite(email, 'secretariat', null);
  location.hash = `#/invite/${encodeURIComponent(token)}`;
  const el = mount<LadConsole>('<lad-console></lad-console>');
  await until(() => find(el, '#password'), 10_000);
  const nameField = find<HTMLInputElement>(el, '#name');
  if (nameField) await typeInto(nameField, name);
  await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, 'a long enough passphrase');
  button(el, /^Accept and sign in$/).click();
  await until(() => button(el, /^Skip$/), 10_000);
  button(el, /^Skip$/).click();
  await until(() => find(el, 'nav'), 10_000);

  // From the nav: the meetings that take applications, then this one's, by organisation name.
  (find<HTMLAnchorElement>(el, 'nav a[href="#/selection"]') as HTMLAnchorElement).click();
  const link = await until(
    () => find<HTMLAnchorElement>(el, `a[href="#/events/${EVENT}/registrations"]`),
    15_000,
  );
  link.click();
  await until(() => rows(el).length === 32, 15_000);
  location.hash = `#/events/${EVENT}/registrations?sort=name`;
  await until(() => text(rows(el)[1] as Element).includes('Demo organisation 2'), 10_000);
  expect(findAll(el, 'dl.counts > div').map((d) => text(d))).toEqual([
    'Applied 32',
    'Not decided yet 0',
    'Selected 19',
    'Waiting list 5',
    'Not selected 8',
    'Waiting for confirmation 0',
  ]);
  expect(text(find(el, 'label[for="capacity-meter"]') as Element)).toBe('19 selected of 25 seats');
  expect(text(rows(el)[0] as Element)).toContain('participant1@example.org');

  // Thirty applications, in three bulk decisions.
  await decide(el, 1, 15, 'selected');
  await decide(el, 16, 23, 'waitlisted', 'capacity');
  await decide(el, 24, 30, 'not_selected', 'criteria', 'No work with migrants described.');
  await until(() => text(find(el, 'label[for="capacity-meter"]') as Element) === '16 selected of 25 seats');
  expect(text(find(el, '#count-waitlisted') as Element)).toBe('Waiting list 8');
  expect(text(find(el, '#count-not-selected') as Element)).toBe('Not selected 8');
  expect(text(rows(el)[23] as Element)).toContain(
    'Not selected Selection criteria not met No work with migrants described.',
  );
  expect(text(find(el, '#changed-since') as Element)).toContain(
    '30 decisions changed since the report was published',
  );

  // The report, then the emails.
  (find<HTMLButtonElement>(el, '#publish') as HTMLButtonElement).click();
  await until(() => said(el).startsWith('The selection report is public: version 2'), 15_000);
  const response = await fetch(`/v1/events/${EVENT}/selection-report`, {
    credentials: 'omit',
    cache: 'no-store',
  });
  const reportText = await response.text();
  const report = JSON.parse(reportText) as { version: number; totals: Record<string, number> };
  expect(report.version).toBe(2);
  expect(report.totals).toEqual({ applied: 32, selected: 16, waitlisted: 8, notSelected: 8 });
  expect(reportText).not.toContain('Demo Participant');
  expect(reportText).not.toContain('example.org');
  const first = await fetch(`/v1/events/${EVENT}/selection-report?version=1`, { credentials: 'omit' });
  expect(((await first.json()) as { totals: Record<string, number> }).totals.selected).toBe(19);

  await until(() => !(find<HTMLButtonElement>(el, '#notify') as HTMLButtonElement).disabled);
  (find<HTMLButtonElement>(el, '#notify') as HTMLButtonElement).click();
  await until(() => said(el).startsWith('32 registrants will be told'), 15_000);

  // One message per registrant, telling the decision in force, in their language (English: the
  // demo's registrants gave none).
  const listed = await fetch(`/v1/events/${EVENT}/registrations`, {
    credentials: 'include',
    cache: 'no-store',
    headers: { 'x-lad-role': 'secretariat' },
  });
  const list = (await listed.json()) as {
    items: { status: string; notice: { decision: string; locale: string; status: string } | null }[];
  };
  expect(list.items).toHaveLength(32);
  for (const item of list.items) {
    expect(item.notice?.decision).toBe(item.status);
    expect(item.notice?.locale).toBe('en');
    expect(['pending', 'sending', 'sent']).toContain(item.notice?.status);
  }
  // Asked again: nobody hears twice.
  (find<HTMLButtonElement>(el, '#notify') as HTMLButtonElement).click();
  await until(() => said(el).startsWith('No one new to tell'), 15_000);

  // The audit log names the person for each of the 30 decisions, the report and the emails.
  const entries: { action: string; actor: { label: string | null } }[] = [];
  let cursor: string | null = null;
  do {
    const page = await fetch(`/v1/audit?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
      credentials: 'include',
      headers: { 'x-lad-role': 'secretariat' },
    });
    const body = (await page.json()) as { items: typeof entries; nextCursor: string | null };
    entries.push(...body.items);
    cursor = entries.length < 400 ? body.nextCursor : null;
  } while (cursor);
  const mine = entries.filter((e) => e.actor.label === name);
  expect(mine.filter((e) => e.action === 'registration.decide')).toHaveLength(30);
  expect(mine.some((e) => e.action === 'selection_report.publish')).toBe(true);
  expect(mine.filter((e) => e.action === 'selection.notify')).toHaveLength(2);
});
