import { afterEach, describe, expect, test } from 'vitest';
import './app/lad-console.js';
import { expectAccessible, find, findAll, text, typeInto, until } from './testing/dom.js';
import { ANY, invited, LOCALES, leave, pressByKeyboard, words } from './testing/flows.js';

// CSO selection (R2) against the real API (test/server.ts: its build on a fresh database with
// the demo data; over PostgreSQL too in `pnpm test`), in each of the console's five languages
// (chosen in its language menu). The demo's past high-level meeting has 32 applications, decided
// when it was seeded (19 selected, 5 on the waiting list, 8 not selected) and its selection
// report published as version 1. A secretariat member reviews 30 of them again in three bulk
// decisions, publishes the report — a new version, since every total moved by 0 or at least 3 —
// and tells the registrants: the public report and the decision emails queued are what they
// should be, and the audit log has each decision.
//
// The five runs share the meeting (one database per file run): before each, a script of the
// secretariat's (an API token, not the person, so the audit log keeps her decisions alone) puts
// the decisions back as seeded, publishes that and tells the registrants — so each run starts
// where the first did, with every registrant told the seeded decision.

const EVENT = 'demo-evt-ministerial-past';

/** The decision the demo data gave "Demo organisation k". */
const seeded = (k: number) => (k % 4 === 0 ? 'not_selected' : k % 5 === 0 ? 'waitlisted' : 'selected');

/** What the run decides for "Demo organisation k" (k ≤ 30; 31 and 32 keep theirs). */
const decided = (k: number) =>
  k <= 15 ? 'selected' : k <= 23 ? 'waitlisted' : k <= 30 ? 'not_selected' : seeded(k);

/** The registrants whose decision the run changes (19): told again, the others not. */
const CHANGED = Array.from({ length: 32 }, (_, i) => i + 1).filter((k) => decided(k) !== seeded(k)).length;

/** As seeded, published and told, through an API token the signed-in person makes. */
async function backToSeeded(label: string): Promise<void> {
  const made = await fetch('/v1/tokens', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', 'x-lad-console': '1', 'x-lad-role': 'secretariat' },
    body: JSON.stringify({ label, role: 'secretariat', expiresInDays: 1 }),
  });
  expect(made.status, await made.clone().text()).toBe(201);
  const headers = {
    authorization: `Bearer ${((await made.json()) as { secret: string }).secret}`,
    'content-type': 'application/json',
  };
  const listed = await fetch(`/v1/events/${EVENT}/registrations`, {
    credentials: 'omit',
    cache: 'no-store',
    headers,
  });
  expect(listed.status).toBe(200);
  const { items } = (await listed.json()) as {
    items: { id: string; status: string; organization: { name: string } }[];
  };
  const decisions = items.flatMap((item) => {
    const decision = seeded(Number(/(\d+)$/.exec(item.organization.name)?.[1]));
    return item.status === decision
      ? []
      : [
          {
            registrationId: item.id,
            decision,
            ...(decision === 'not_selected' ? { reasonCode: 'criteria' } : {}),
          },
        ];
  });
  if (decisions.length) {
    const reset = await fetch(`/v1/events/${EVENT}/decisions`, {
      method: 'POST',
      credentials: 'omit',
      headers,
      body: JSON.stringify({ decisions }),
    });
    expect(reset.status, await reset.clone().text()).toBe(200);
  }
  for (const path of ['selection-report', 'decisions/notify']) {
    const done = await fetch(`/v1/events/${EVENT}/${path}`, { method: 'POST', credentials: 'omit', headers });
    expect(done.status, `${path}: ${await done.clone().text()}`).toBe(200);
  }
}

afterEach(leave);

const said = (el: Element) => {
  const notice = find(el, '#outcome');
  return notice ? text(notice) : '';
};
const rows = (el: Element) => findAll(el, '#registrations tbody tr');

describe.each(LOCALES)('in %s', (locale) => {
  const { say, count, number, pattern } = words(locale);
  const chosen = (n: number) => count(n, 'selection.chosen_one', 'selection.chosen_many');

  /**
   * Chooses rows `from` to `to` (1-based, as the table shows them), decides, and waits for the
   * answer; `byKeyboard`: Tab from the note to the button that applies the decision, Enter.
   */
  async function decide(
    el: Element,
    from: number,
    to: number,
    decision: 'selected' | 'waitlisted' | 'not_selected',
    { reason = '', note = '', byKeyboard = false } = {},
  ) {
    for (let i = from - 1; i < to; i++)
      (find<HTMLInputElement>(el, `#pick-${i}`) as HTMLInputElement).click();
    const n = to - from + 1;
    await until(() => text(find(el, '#chosen-count') as Element) === chosen(n));
    (find<HTMLInputElement>(el, `input[name="decision"][value="${decision}"]`) as HTMLInputElement).click();
    const select = find<HTMLSelectElement>(el, '#reason') as HTMLSelectElement;
    select.value = reason;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    if (note) await typeInto(find<HTMLTextAreaElement>(el, '#note') as HTMLTextAreaElement, note);
    if (byKeyboard) await pressByKeyboard(el, { selector: '#apply' });
    else (await until(() => find<HTMLButtonElement>(el, '#apply:not([disabled])'))).click();
    await until(() => said(el) === count(n, 'selection.decided_one', 'selection.decided_many'), 15_000);
    await until(() => text(find(el, '#chosen-count') as Element) === chosen(0));
  }

  test('the secretariat reviews 30 applications in bulk, publishes the selection report and tells the registrants', async () => {
    const me = await fetch('/v1/auth/me', { credentials: 'include' });
    expect(me.status, 'GET /v1/auth/me when nobody is signed in').toBe(401);
    const name = `Selección ${locale} ${Date.now()}`;
    const el = await invited(
      locale,
      `selection.${locale}.${Date.now()}@example.org`,
      'secretariat',
      null,
      name,
    );
    await backToSeeded(`Selection flow ${locale}`);
    const report = async (version?: number) =>
      (await (
        await fetch(`/v1/events/${EVENT}/selection-report${version ? `?version=${version}` : ''}`, {
          credentials: 'omit',
          cache: 'no-store',
        })
      ).json()) as { version: number; totals: Record<string, number> };
    const published = (await report()).version;

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
      `${say('selection.count.applied')} ${number(32)}`,
      `${say('selection.status.submitted')} ${number(0)}`,
      `${say('selection.status.selected')} ${number(19)}`,
      `${say('selection.status.waitlisted')} ${number(5)}`,
      `${say('selection.status.not_selected')} ${number(8)}`,
      `${say('selection.count.pending')} ${number(0)}`,
    ]);
    expect(text(find(el, 'label[for="capacity-meter"]') as Element)).toBe(
      say('selection.meter', number(19), number(25)),
    );
    expect(text(rows(el)[0] as Element)).toContain('participant1@example.org');

    // Thirty applications, in three bulk decisions (the last by keyboard).
    await decide(el, 1, 15, 'selected');
    await decide(el, 16, 23, 'waitlisted', { reason: 'capacity' });
    await decide(el, 24, 30, 'not_selected', {
      reason: 'criteria',
      note: 'No work with migrants described.',
      byKeyboard: true,
    });
    await until(
      () =>
        text(find(el, 'label[for="capacity-meter"]') as Element) ===
        say('selection.meter', number(16), number(25)),
    );
    expect(text(find(el, '#count-waitlisted') as Element)).toBe(
      `${say('selection.status.waitlisted')} ${number(8)}`,
    );
    expect(text(find(el, '#count-not-selected') as Element)).toBe(
      `${say('selection.status.not_selected')} ${number(8)}`,
    );
    expect(text(rows(el)[23] as Element)).toContain(
      `${say('selection.status.not_selected')} ${say('selection.reason.criteria')} No work with migrants described.`,
    );
    expect(text(find(el, '#changed-since') as Element)).toContain(
      count(30, 'selection.changed_since_one', 'selection.changed_since'),
    );

    // The report, then the emails.
    (await until(() => find<HTMLButtonElement>(el, '#publish:not([disabled])'))).click();
    await until(() => pattern('selection.published', number(published + 1), ANY).test(said(el)), 15_000);
    await expectAccessible(el, `the selection page with its report published, in ${locale}`);
    const response = await fetch(`/v1/events/${EVENT}/selection-report`, {
      credentials: 'omit',
      cache: 'no-store',
    });
    const reportText = await response.text();
    const latest = JSON.parse(reportText) as { version: number; totals: Record<string, number> };
    expect(latest.version).toBe(published + 1);
    expect(latest.totals).toEqual({ applied: 32, selected: 16, waitlisted: 8, notSelected: 8 });
    expect(reportText).not.toContain('Demo Participant');
    expect(reportText).not.toContain('example.org');
    expect((await report(1)).totals.selected).toBe(19);

    await until(() => !(find<HTMLButtonElement>(el, '#notify') as HTMLButtonElement).disabled);
    (find<HTMLButtonElement>(el, '#notify') as HTMLButtonElement).click();
    // Told again: those whose decision changed (every registrant was told the seeded one).
    await until(
      () => said(el).startsWith(count(CHANGED, 'selection.notified_one', 'selection.notified_many')),
      15_000,
    );

    // One message per registrant, telling the decision in force, in their language (English: the
    // demo's registrants gave none). Queued, or sent when the API has a mail server.
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
    await until(() => !(find<HTMLButtonElement>(el, '#notify') as HTMLButtonElement).disabled);
    (find<HTMLButtonElement>(el, '#notify') as HTMLButtonElement).click();
    await until(() => said(el).startsWith(say('selection.notified_none')), 15_000);

    // The audit log names the person for each of the 30 decisions, the report and the emails.
    const entries: { action: string; actor: { label: string | null } }[] = [];
    let cursor: string | null = null;
    do {
      const page = await fetch(
        `/v1/audit?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        {
          credentials: 'include',
          headers: { 'x-lad-role': 'secretariat' },
        },
      );
      const body = (await page.json()) as { items: typeof entries; nextCursor: string | null };
      entries.push(...body.items);
      cursor = entries.length < 400 ? body.nextCursor : null;
    } while (cursor);
    const mine = entries.filter((e) => e.actor.label === name);
    expect(mine.filter((e) => e.action === 'registration.decide')).toHaveLength(30);
    expect(mine.some((e) => e.action === 'selection_report.publish')).toBe(true);
    expect(mine.filter((e) => e.action === 'selection.notify')).toHaveLength(2);
  });
});
