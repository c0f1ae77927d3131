import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import {
  cleanup,
  expectAccessible,
  find,
  findAll,
  focused,
  mount,
  tabTo,
  text,
  typeInto,
  until,
} from '../../testing/dom.js';
import { ACCOUNT, committeeFixture, fakeApi, json, problem } from '../../testing/fake-api.js';
import {
  changedCriteriaEvent,
  criteriaHistoryFixture,
  EVENT_ID,
  type FakeSelection,
  fakeSelection,
  selectionEntry,
  selectionEvent,
} from './selection-fixtures.js';

afterEach(cleanup);

type Routes = Parameters<typeof fakeApi>[0];
const HASH = `#/events/${EVENT_ID}/registrations`;

/** The console on the selection screen of a meeting with `n` applications (a fake API). */
async function openSelection(n = 30, state: Partial<FakeSelection> = {}, routes: Routes = {}, hash = HASH) {
  location.hash = hash;
  const selection = fakeSelection(n, state);
  const api = fakeApi({ 'GET auth/me': () => json(ACCOUNT), ...selection.routes, ...routes });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  await until(() => find(el, 'lad-selection-page')?.shadowRoot?.querySelector('h1'));
  return { el, api, state: selection.state };
}

const rows = (el: Element) => findAll(el, '#registrations tbody tr');
const button = (el: Element, label: RegExp) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) =>
    label.test(b.textContent?.trim() ?? ''),
  ) as HTMLButtonElement;
const click = (el: Element, selector: string) => (find<HTMLElement>(el, selector) as HTMLElement).click();
/** What the last action said (empty before anything was said). */
const said = (el: Element) => {
  const notice = find(el, '#outcome');
  return notice ? text(notice) : '';
};
const posts = (api: ReturnType<typeof fakeApi>, path: string) =>
  api.seen.filter((r) => r.method !== 'GET' && r.path === `events/${EVENT_ID}/${path}`);

describe('the applications', () => {
  test('each with its organisation, answers, languages and needs; the capacity meter and the counts', async () => {
    const { el } = await openSelection(30, {
      entries: [
        selectionEntry(1, { status: 'selected', reasonCode: null, decidedBy: 'Marie Joseph' }),
        selectionEntry(2, { status: 'waitlisted', reasonCode: 'capacity' }),
        selectionEntry(3, {
          status: 'not_selected',
          reasonCode: 'other',
          reason: 'Pa gen repons',
          notice: {
            decision: 'not_selected',
            status: 'sent',
            locale: 'fr',
            queuedAt: '2026-03-05T12:00:00.000Z',
            sentAt: '2026-03-05T12:01:00.000Z',
          },
        }),
        ...Array.from({ length: 27 }, (_, i) => selectionEntry(i + 4)),
      ],
    });
    await until(() => rows(el).length === 30);
    expect(text(find(el, 'h1') as Element)).toBe('Applications: Information session: labour mobility');
    const seven = rows(el)[6] as Element;
    expect(text(seven)).toContain('Òganizasyon 7');
    expect(text(seven)).toContain('Mexico · Local · Advocacy · Migrants');
    expect(text(seven)).toContain('Your work with migrants Travay nou depi 2007');
    expect(text(seven)).toContain('rep7@example.org');
    expect(text(seven)).toContain('Languages: Spanish');
    expect(text(seven)).toContain('Access needs: Entèpretasyon an kreyòl');
    expect(text(rows(el)[1] as Element)).toContain('Waiting list All seats taken');
    expect(text(rows(el)[2] as Element)).toContain(
      'Not selected Another reason (say which in the note) Pa gen repons',
    );
    expect(text(rows(el)[2] as Element)).toContain('Email: Not selected, sent');

    const meter = find<HTMLMeterElement>(el, '#capacity-meter') as HTMLMeterElement;
    expect(meter.value).toBe(1);
    expect(meter.max).toBe(20);
    expect(text(find(el, 'label[for="capacity-meter"]') as Element)).toBe('1 selected of 20 seats');
    const counts = findAll(el, 'dl.counts > div').map((d) => text(d));
    expect(counts).toEqual([
      'Applied 30',
      'Not decided yet 27',
      'Selected 1',
      'Waiting list 1',
      'Not selected 1',
      'Waiting for confirmation 0',
    ]);
  });

  test('observer seats, and more selected than seats, are said', async () => {
    const { el } = await openSelection(5, {
      role: 'observer',
      capacity: 3,
      entries: Array.from({ length: 5 }, (_, i) => selectionEntry(i + 1, { status: 'selected' })),
    });
    await until(() => find(el, '#capacity-meter'));
    expect(text(find(el, 'label[for="capacity-meter"]') as Element)).toBe('5 selected of 3 observer seats');
    expect(text(find(el, '.over') as Element)).toBe('2 more selected than there are seats.');
  });

  test('filters and order go in the address and to the API; the exports follow them', async () => {
    const { el, api } = await openSelection(30);
    await until(() => rows(el).length === 30);
    const status = find<HTMLSelectElement>(el, '#f-status') as HTMLSelectElement;
    status.value = 'submitted';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => location.hash.includes('status=submitted'));
    await until(() =>
      api.seen.some(
        (r) => r.path === `events/${EVENT_ID}/registrations` && r.search.get('status') === 'submitted',
      ),
    );
    const sort = find<HTMLSelectElement>(el, '#f-sort') as HTMLSelectElement;
    sort.value = '-name';
    sort.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => location.hash.includes('sort=-name'));
    await until(() => text(rows(el)[0] as Element).includes('Òganizasyon 30'));
    const xlsx = new URL((find<HTMLAnchorElement>(el, '#export-xlsx') as HTMLAnchorElement).href);
    expect(xlsx.pathname).toBe(`/v1/events/${EVENT_ID}/registrations.xlsx`);
    expect(xlsx.searchParams.get('status')).toBe('submitted');
    const csv = new URL((find<HTMLAnchorElement>(el, '#export-csv') as HTMLAnchorElement).href);
    expect(csv.pathname).toBe(`/v1/events/${EVENT_ID}/registrations.csv`);
    expect(text(find(el, '.exports') as Element)).toContain('leave out the representatives’ personal data');
  });

  test('no application yet, none matching, a meeting that does not exist, a server that fails', async () => {
    const empty = await openSelection(0);
    await until(() => text(empty.el).includes('No one has applied yet.'));
    await cleanup();

    const none = await openSelection(3, {}, {}, `${HASH}?country=BR`);
    await until(() => text(none.el).includes('No application matches these filters.'));
    expect(find(none.el, `a[href="${HASH}"]`)).not.toBeNull();
    await cleanup();

    const missing = await openSelection(
      0,
      {},
      { [`GET events/${EVENT_ID}/registrations`]: () => problem(404) },
    );
    await until(() => text(missing.el).includes('There is no meeting at this address.'));
    await cleanup();

    let fail = true;
    const good = fakeSelection(2).routes[`GET events/${EVENT_ID}/registrations`];
    const failing = await openSelection(
      2,
      {},
      {
        [`GET events/${EVENT_ID}/registrations`]: (r) => (fail ? problem(500) : good(r)),
      },
    );
    await until(() => find(failing.el, '.notice.error[role="alert"]'));
    expect(text(find(failing.el, '.notice.error') as Element)).toContain('The server had a problem');
    fail = false;
    button(failing.el, /^Try again$/).click();
    await until(() => rows(failing.el).length === 2);
  });

  test('a role the API refuses is told to choose another', async () => {
    const { el } = await openSelection(
      0,
      {},
      { [`GET events/${EVENT_ID}/registrations`]: () => problem(403) },
    );
    await until(() => text(el).includes('The role you are acting in may not do this.'));
  });
});

describe('criteria that changed', () => {
  const changed = (routes: Routes = {}) =>
    openSelection(
      3,
      {
        entries: [
          selectionEntry(1, { criteriaVersion: 1 }),
          selectionEntry(2, {
            criteriaVersion: 2,
            answers: [
              { criterionId: 'crit-1', answer: 'Nou akonpaye refijye' },
              { criterionId: 'crit-2', answer: 'Yes' },
            ],
          }),
          selectionEntry(3, { criteriaVersion: null }),
        ],
      },
      {
        [`GET events/${EVENT_ID}`]: () => json(changedCriteriaEvent()),
        [`GET events/${EVENT_ID}/criteria`]: () => json(criteriaHistoryFixture()),
        ...routes,
      },
    );

  test('each application says the version it answered; an earlier one shows its answers with that version’s criteria', async () => {
    const { el } = await changed();
    await until(() => rows(el).length === 3 && text(rows(el)[0] as Element).includes('Answered criteria'));
    const [first, second, third] = rows(el) as unknown as [Element, Element, Element];
    await until(() => text(first).includes('Your work with migrants Travay nou depi 2001'));
    expect(text(first)).toContain('Answered criteria version 1, shown below; version 2 is in force now.');
    expect(text(first)).not.toContain('refugees');
    expect(text(second)).toContain('Answered criteria version 2 (in force).');
    expect(findAll(second, 'dl.answers > *').map((d) => text(d))).toEqual([
      'Your work with migrants and refugees',
      'Nou akonpaye refijye',
      'Do you work in Haitian Creole?',
      'Yes',
    ]);
    expect(text(third)).toContain('Answered before versions of the criteria were kept.');
    // From before versions: the newest text of the criterion it answered.
    expect(text(third)).toContain('Your work with migrants and refugees Travay nou depi 2003');
    const link = find<HTMLAnchorElement>(el, '#criteria-history') as HTMLAnchorElement;
    expect(text(link)).toBe('Earlier versions of the criteria (1)');
    expect(link.getAttribute('href')).toBe(`#/events/${EVENT_ID}/criteria`);
    await expectAccessible(el);
  });

  test('in Spanish: version 1’s criterion in Spanish beside its answer', async () => {
    localStorage.setItem('lad-console-locale', 'es');
    const { el } = await changed();
    await until(() => document.documentElement.lang === 'es' && rows(el).length === 3);
    const first = rows(el)[0] as Element;
    await until(() => text(first).includes('Su trabajo con migrantes Travay nou depi 2001'));
    expect(text(first)).toContain(
      'Respondió la versión 1 de los criterios, que se muestra abajo; ahora está en vigor la versión 2.',
    );
  });

  test('the earlier versions cannot be read: said, with “Try again”', async () => {
    let fail = true;
    const { el } = await changed({
      [`GET events/${EVENT_ID}/criteria`]: () => (fail ? problem(500) : json(criteriaHistoryFixture())),
    });
    await until(() => text(el).includes('The earlier versions of the criteria could not be read'));
    expect(text(rows(el)[0] as Element)).toContain('crit-1 Travay nou depi 2001');
    fail = false;
    button(el, /^Try again$/).click();
    await until(() => text(rows(el)[0] as Element).includes('Your work with migrants Travay nou depi 2001'));
    expect(text(el)).not.toContain('could not be read');
  });
});

test('in Haitian Creole: the meter, the counts and the statuses are in Kreyòl', async () => {
  localStorage.setItem('lad-console-locale', 'ht');
  const { el } = await openSelection(3, {
    entries: [
      selectionEntry(1, { status: 'waitlisted', reasonCode: 'capacity' }),
      selectionEntry(2),
      selectionEntry(3),
    ],
  });
  await until(() => document.documentElement.lang === 'ht' && rows(el).length === 3);
  await until(() => text(find(el, 'label[for="capacity-meter"]') as Element) === '0 chwazi sou 20 plas');
  expect(text(rows(el)[0] as Element)).toContain('Lis datant Tout plas yo pran');
  expect(text(find(el, '#apply') as Element)).toBe('Deside pou 0 aplikasyon');
});

describe('deciding', () => {
  test('in bulk: select all shown, not selected needs a reason, “other” needs the note; all 30 sent at once', async () => {
    const { el, api, state } = await openSelection(30);
    await until(() => rows(el).length === 30);
    click(el, '#pick-all');
    await until(() => text(find(el, '#chosen-count') as Element) === '30 applications chosen');
    expect(text(find(el, '#apply') as Element)).toBe('Decide for 30 applications');
    click(el, 'input[name="decision"][value="not_selected"]');
    click(el, '#apply');
    await until(() => focused()?.id === 'reason');
    expect(text(find(el, '#panel-error') as Element)).toBe(
      'Choose a reason: an application that is not selected needs one.',
    );
    const reason = find<HTMLSelectElement>(el, '#reason') as HTMLSelectElement;
    reason.value = 'other';
    reason.dispatchEvent(new Event('change', { bubbles: true }));
    click(el, '#apply');
    await until(() => focused()?.id === 'note');
    await typeInto(find<HTMLTextAreaElement>(el, '#note') as HTMLTextAreaElement, 'Pa gen kote ankò');
    click(el, '#apply');
    await until(() => focused()?.id === 'outcome');
    expect(said(el)).toBe('30 decisions recorded.');
    const sent = posts(api, 'decisions');
    expect(sent).toHaveLength(1);
    const body = sent[0]?.body as { decisions: Record<string, unknown>[] };
    expect(body.decisions).toHaveLength(30);
    expect(body.decisions[0]).toEqual({
      registrationId: 'reg-1',
      decision: 'not_selected',
      reasonCode: 'other',
      reasonText: 'Pa gen kote ankò',
    });
    expect(sent[0]?.headers.get('x-lad-console')).toBe('1');
    expect(state.entries.every((e) => e.status === 'not_selected')).toBe(true);
    await until(() => text(find(el, '#count-not-selected') as Element) === 'Not selected 30');
    expect(text(find(el, '#chosen-count') as Element)).toBe('0 applications chosen');
  });

  test('one by one: “Decide” on a row chooses it alone and moves to the decision', async () => {
    const { el, api } = await openSelection(5);
    await until(() => rows(el).length === 5);
    click(el, '#pick-all');
    button(el, /^Decide$/).click();
    await until(() => focused()?.getAttribute('name') === 'decision');
    expect(text(find(el, '#chosen-count') as Element)).toBe('1 application chosen');
    click(el, 'input[name="decision"][value="selected"]');
    click(el, '#apply');
    await until(() => said(el) === '1 decision recorded.');
    expect((posts(api, 'decisions')[0]?.body as { decisions: unknown[] } | undefined)?.decisions).toEqual([
      { registrationId: 'reg-1', decision: 'selected', reasonCode: null, reasonText: null },
    ]);
    await until(() => (find<HTMLMeterElement>(el, '#capacity-meter') as HTMLMeterElement).value === 1);
  });

  test('nothing chosen, or no decision: said at the control, nothing sent', async () => {
    const { el, api } = await openSelection(3);
    await until(() => rows(el).length === 3);
    click(el, '#apply');
    await until(() => focused()?.id === 'pick-all');
    expect(text(find(el, '#panel-error') as Element)).toBe(
      'Choose at least one application in the table first.',
    );
    click(el, '#pick-all');
    click(el, '#apply');
    await until(() => focused()?.getAttribute('name') === 'decision');
    expect(text(find(el, '#panel-error') as Element)).toBe('Choose a decision.');
    expect(posts(api, 'decisions')).toHaveLength(0);
  });
});

describe("a second person's confirmation", () => {
  test('decisions are proposed; another person’s proposals are confirmed here, one’s own are not', async () => {
    const { el, api, state } = await openSelection(6, { requireConfirmation: true });
    await until(() => rows(el).length === 6);
    expect((find<HTMLInputElement>(el, '#require-confirmation') as HTMLInputElement).checked).toBe(true);
    // Country coordinator, not the secretariat: cannot turn it off.
    expect((find<HTMLInputElement>(el, '#require-confirmation') as HTMLInputElement).disabled).toBe(true);
    expect(text(el)).toContain('Only the secretariat can turn this off.');
    click(el, '#pick-0');
    click(el, '#pick-1');
    await until(() => text(find(el, '#apply') as Element) === 'Propose for 2 applications');
    click(el, 'input[name="decision"][value="selected"]');
    click(el, '#apply');
    await until(() => said(el).startsWith('2 decisions proposed'));
    await until(() => find(el, '#pending-table'));
    expect(text(find(el, '#pending-heading') as Element)).toBe('Waiting for a second person (2)');
    // Mine: no Confirm, only Send back.
    expect(text(find(el, '#pending-table') as Element)).toContain('Someone else confirms it.');
    expect(button(el, /^Confirm$/)).toBeUndefined();
    expect(text(find(el, 'label[for="capacity-meter"]') as Element)).toBe('0 selected of 20 seats');
    expect(text(el)).toContain('2 more proposed for selection, waiting for a second person.');

    // Someone else proposes two more: those I confirm.
    state.asSomeoneElse = true;
    await api.fetch(`/v1/events/${EVENT_ID}/decisions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        decisions: [
          { registrationId: 'reg-3', decision: 'waitlisted', reasonCode: 'capacity' },
          { registrationId: 'reg-4', decision: 'selected' },
        ],
      }),
    });
    location.hash = `${HASH}?pending=true`;
    await until(() => text(find(el, '#pending-heading') as Element) === 'Waiting for a second person (4)');
    expect(text(find(el, '#pending-table') as Element)).toContain('Jean Baptiste');
    button(el, /^Confirm all 2 proposed by others$/).click();
    await until(() => said(el) === '2 decisions confirmed.');
    expect(posts(api, 'decisions/confirm')[0]?.body).toEqual({ registrationIds: ['reg-3', 'reg-4'] });
    await until(() => text(find(el, '#pending-heading') as Element) === 'Waiting for a second person (2)');
    button(el, /^Send back$/).click();
    await until(() => said(el) === '1 proposed decision sent back.');
  });

  test('confirming one’s own proposal is refused with the reason, in the person’s words', async () => {
    const { el } = await openSelection(
      2,
      {
        entries: [
          selectionEntry(1, {
            pending: {
              decision: 'selected',
              reasonCode: null,
              reasonText: null,
              proposedBy: 'Jean Baptiste',
              proposedAt: '2026-03-05T12:00:00.000Z',
              mine: false,
            },
          }),
        ],
      },
      {
        [`POST events/${EVENT_ID}/decisions/confirm`]: () =>
          problem(409, { code: 'conflict', reason: 'same-person', detail: 'You proposed these decisions.' }),
      },
    );
    await until(() => find(el, '#pending-table'));
    button(el, /^Confirm$/).click();
    await until(() => focused()?.id === 'outcome');
    expect(find(el, '#outcome')?.getAttribute('role')).toBe('alert');
    expect(said(el)).toContain('You proposed these decisions yourself: someone else must confirm them.');
  });
});

describe('the report and the emails', () => {
  test('publish once registration has closed, then tell the registrants; each step says what it did', async () => {
    const { el, api } = await openSelection(4, {
      entries: [
        selectionEntry(1, { status: 'selected' }),
        selectionEntry(2, { status: 'selected' }),
        selectionEntry(3, { status: 'waitlisted', reasonCode: 'capacity' }),
        selectionEntry(4),
      ],
    });
    await until(() => find(el, '#publish'));
    const notify = find<HTMLButtonElement>(el, '#notify') as HTMLButtonElement;
    expect(notify.disabled).toBe(true);
    expect(text(find(el, '#notify-hint') as Element)).toBe(
      'Registrants are told by email once the report is published.',
    );
    click(el, '#publish');
    await until(() => focused()?.id === 'outcome');
    expect(said(el)).toMatch(/^The selection report is public: version 1, published on/);
    await until(() => !(find<HTMLButtonElement>(el, '#notify') as HTMLButtonElement).disabled);
    expect(text(find(el, '#notify-hint') as Element)).toContain('Not told yet: 3.');
    click(el, '#notify');
    await until(() => said(el).startsWith('3 registrants'));
    expect(said(el)).toBe(
      '3 registrants will be told their decision by email, each in the language they applied in.',
    );
    expect(posts(api, 'decisions/notify')).toHaveLength(1);
    await until(() => text(find(el, '#notify-hint') as Element).includes('Not told yet: 0.'));
    expect(text(rows(el)[0] as Element)).toContain('Email: Selected, waiting to be sent');
    click(el, '#notify');
    await until(() => said(el).startsWith('No one new to tell'));
  });

  test('while registration is open, publishing is off and says why', async () => {
    const { el } = await openSelection(2, { registrationClosed: false });
    await until(() => find(el, '#publish'));
    const publish = find<HTMLButtonElement>(el, '#publish') as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    expect(publish.getAttribute('aria-describedby')).toBe('publish-hint');
    expect(text(find(el, '#publish-hint') as Element)).toBe(
      'Registration is still open: publish the report after it closes.',
    );
  });

  test('a new version that would single out one or two organisations is refused, in the person’s words', async () => {
    const { el } = await openSelection(
      2,
      {},
      {
        [`POST events/${EVENT_ID}/selection-report`]: () =>
          problem(409, {
            code: 'conflict',
            since: 1,
            total: 'selected',
            detail: 'Since version 1, the selected total moved by 1.',
          }),
      },
    );
    await until(() => find(el, '#publish'));
    click(el, '#publish');
    await until(() => focused()?.id === 'outcome');
    expect(said(el)).toContain(
      'A new version now would show, set against the last one, what happened to one or two organisations.',
    );
    expect(find(el, '#outcome [lang="en"]')?.textContent).toBe(
      'Since version 1, the selected total moved by 1.',
    );
  });
});

describe('the meetings that take applications', () => {
  test('#/selection lists those in the scope acted in, each linked to its applications', async () => {
    const base = selectionEvent();
    const event = (id: string, extra: Record<string, unknown>) => ({ ...base, id, ...extra });
    const { el } = await openSelection(
      0,
      {},
      {
        'GET events': () =>
          json({
            items: [
              event('evt-ht', {
                country: 'HT',
                committeeId: null,
                title: { original: 'ht', text: { ht: 'Konsiltasyon nasyonal' } },
              }),
              event('evt-mx', { country: 'MX', committeeId: null }),
              event('evt-none', { country: 'HT', registration: null }),
            ],
            nextCursor: null,
          }),
        'GET committees': () => json({ items: [committeeFixture()] }),
      },
      '#/selection',
    );
    await until(() => find(el, 'table'));
    const links = findAll<HTMLAnchorElement>(el, 'tbody a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#/events/evt-ht/registrations']);
    expect(links[0]?.getAttribute('lang')).toBe('ht');
    expect(find(el, 'nav a[href="#/selection"]')?.getAttribute('aria-current')).toBe('page');
  });
});

describe('keyboard and accessibility', () => {
  test('by keyboard alone: select all 30 shown, choose Selected, apply with Enter', async () => {
    const { el, api } = await openSelection(30, { capacity: 40 });
    await until(() => rows(el).length === 30);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('#pick-all');
    await userEvent.keyboard(' ');
    await until(() => text(find(el, '#chosen-count') as Element) === '30 applications chosen');
    await userEvent.keyboard('{Tab}');
    expect(focused()?.getAttribute('name')).toBe('decision');
    await userEvent.keyboard(' ');
    expect((find<HTMLInputElement>(el, 'input[value="selected"]') as HTMLInputElement).checked).toBe(true);
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.keyboard('{Tab}');
      order.push(focused()?.id ?? '');
    }
    expect(order).toEqual(['reason', 'note', 'apply']);
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'outcome');
    expect(said(el)).toBe('30 decisions recorded.');
    const body = posts(api, 'decisions')[0]?.body as { decisions: { decision: string }[] };
    expect(body.decisions).toHaveLength(30);
    expect(body.decisions.every((d) => d.decision === 'selected')).toBe(true);
    await until(() => text(find(el, 'label[for="capacity-meter"]') as Element) === '30 selected of 40 seats');
    // Row checkboxes are reached by Tab, each named by its organisation.
    await tabTo('#pick-0');
    expect(focused()?.getAttribute('aria-label')).toBe('Choose Òganizasyon 1');
  });

  test.each([
    [1280, 800],
    [768, 1024],
  ])('at %i px: the screen passes axe, nothing overflows sideways', async (width, height) => {
    await page.viewport(width, height);
    const { el } = await openSelection(12, {
      requireConfirmation: true,
      report: { version: 1, publishedAt: '2026-03-02T12:00:00.000Z' },
      entries: [
        selectionEntry(1, {
          pending: {
            decision: 'selected',
            reasonCode: null,
            reasonText: null,
            proposedBy: 'Jean Baptiste',
            proposedAt: '2026-03-05T12:00:00.000Z',
            mine: false,
          },
        }),
        selectionEntry(2, { status: 'selected', decidedAt: '2026-03-04T12:00:00.000Z' }),
        selectionEntry(3, { representative: null }),
        ...Array.from({ length: 9 }, (_, i) => selectionEntry(i + 4)),
      ],
    });
    await until(() => rows(el).length === 12);
    click(el, '#pick-all');
    click(el, '#apply');
    await until(() => find(el, '#panel-error'));
    await expectAccessible(el, `selection ${width}px`);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    await cleanup();
    const list = await openSelection(
      0,
      {},
      {
        'GET events': () =>
          json({ items: [selectionEvent({ country: 'HT', committeeId: null })], nextCursor: null }),
      },
      '#/selection',
    );
    await until(() => find(list.el, 'table'));
    await expectAccessible(list.el, `meetings ${width}px`);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  });
});
