import type { CommitmentDetail, CoreLocale } from '@lad/sdk';
import { afterEach, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import './app/lad-console.js';
import type { LadConsole } from './app/lad-console.js';
import { cleanup, find, findAll, focused, mount, text, until } from './testing/dom.js';
import { sentence } from './testing/sentences.js';

// The issue's "Done when", as one journey against the real API (test/server.ts starts its build
// on a fresh database; the test page's origin forwards /v1 to it): a new secretariat member
// invited from the command line signs in (a password, or a passkey), imports a ministry's Excel
// matrix with bad rows, fixes them, records a progress update with evidence and an indicator
// measurement, translates a title into Kreyòl, and sees every change on the public record and in
// the audit log — in the language chosen in the console's language menu, by keyboard alone.
//
// Keyboard alone: every control is reached by pressing Tab (or Shift+Tab) until it has the focus
// — at most MAX_PRESSES presses, which proves it can be reached — and operated with Enter, Space,
// the arrow keys or typing. Nothing is clicked. Choosing the file is the one exception: a file
// chooser is the system's own dialog, which a page cannot type into, so the file is handed to the
// focused file input with `userEvent.upload`.

/** The most presses of Tab a control may take to reach; more fails the test. */
const MAX_PRESSES = 150;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ——— Keyboard helpers.

const describe = (el: Element | null) =>
  el
    ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> “${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`
    : 'nothing';

interface TabOptions {
  /** Shift+Tab: the control comes before the focus. */
  back?: boolean;
  /** Why the focus may start from nowhere (the document's body) this time. */
  lost?: string;
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element — the deepest, through shadow
 * roots — is what `wanted` accepts; fails, saying where the focus is, after {@link MAX_PRESSES}.
 */
async function tabTo(
  what: string,
  wanted: (el: Element) => boolean,
  { back = false, lost }: TabOptions = {},
): Promise<HTMLElement> {
  // Where the last action left the focus: on something, never dropped on the document's body —
  // unless `lost` says why this once.
  const start = focused();
  if (!lost && (!start || start === document.body))
    throw new Error(`Before reaching ${what}, the focus was lost: it is on the document's body.`);
  for (let presses = 0; ; presses++) {
    const now = focused();
    if (now && wanted(now)) return now as HTMLElement;
    if (presses === MAX_PRESSES)
      throw new Error(
        `${MAX_PRESSES} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${what}; the focus is on ${describe(now)}`,
      );
    await userEvent.keyboard(back ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
  }
}

/** Accepts an element matching `selector`, in `root` (a page's shadow root) when given. */
const matching =
  (selector: string, root?: ShadowRoot | null) =>
  (el: Element): boolean =>
    el.matches(selector) && (!root || el.getRootNode() === root);

/** Tab to `selector` (in `root`, if given). */
const tab = (selector: string, root?: ShadowRoot | null, options?: TabOptions) =>
  tabTo(selector, matching(selector, root), options);

/** Types `value` into the focused field, key by key. */
async function type(value: string): Promise<void> {
  // `{` and `[` open key names in userEvent's syntax: doubled, they are typed.
  await userEvent.keyboard(value.replace(/[{[]/g, (c) => c + c));
}

/** Replaces the focused field's text: select all, then type. */
async function retype(value: string): Promise<void> {
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
  await type(value);
}

/** Chooses `value` in the focused `<select>` with the arrow keys (as on Windows and Linux). */
async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  expect(focused(), 'the menu has the focus').toBe(select);
  const index = () => [...select.options].findIndex((o) => o.value === value);
  expect(index(), `the menu offers ${value}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < select.options.length * 2 && select.value !== value; i++)
    await userEvent.keyboard(select.selectedIndex < index() ? '{ArrowDown}' : '{ArrowUp}');
  expect(select.value).toBe(value);
}

const press = (key: string) => userEvent.keyboard(key);

// ——— The journey.

afterEach(async () => {
  await cleanup();
  await commands.virtualAuthenticator(false);
  // The session cookie is HttpOnly: signing out is how a test leaves none for the next.
  await fetch('/v1/auth/sign-out', {
    method: 'POST',
    credentials: 'include',
    headers: { 'x-lad-console': '1' },
  });
});

/** The public record, as anyone reads it: no cookie, nothing cached. */
async function publicCommitment(id: string): Promise<CommitmentDetail> {
  const response = await fetch(`/v1/commitments/${encodeURIComponent(id)}`, {
    credentials: 'omit',
    cache: 'no-store',
  });
  expect(response.status, `GET /v1/commitments/${id}`).toBe(200);
  return (await response.json()) as CommitmentDetail;
}

/** A workbook of `rows` (the API's own `.xlsx` writer, in the test runner), as a file. */
async function workbook(name: string, columns: string[], rows: Record<string, string>[]): Promise<File> {
  const base64 = await commands.xlsx(columns, rows);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: XLSX_TYPE });
}

interface Journey {
  locale: CoreLocale;
  signIn: 'password' | 'passkey';
  name: string;
}

const JOURNEYS: Journey[] = [
  { locale: 'ht', signIn: 'password', name: 'Rose-Merline Jean-Baptiste' },
  { locale: 'es', signIn: 'passkey', name: 'Lucía Fernández' },
];

test.each(JOURNEYS)(
  'walk-through in $locale, signed in with a $signIn, by keyboard alone: invited, import with bad rows fixed, progress with evidence and a measurement, a Kreyòl title, all public and audited',
  async ({ locale, signIn, name }) => {
    const say = (id: string) => sentence(locale, id);
    const stamp = `${locale}${Date.now().toString(36)}`;
    const email = `walkthrough.${stamp}@example.org`;
    if (signIn === 'passkey') await commands.virtualAuthenticator(true);

    // ——— Invited from the command line (`user invite`), the link opened.
    const token = await commands.invite(email, 'secretariat', null);
    location.hash = `#/invite/${encodeURIComponent(token)}`;
    const el = mount<LadConsole>('<lad-console></lad-console>');
    const pageRoot = (tag: string) => find(el, tag)?.shadowRoot ?? null;
    await until(() => find(el, '#password'), 10_000);
    (document.activeElement as HTMLElement | null)?.blur();

    // The language menu, by keyboard: the whole journey goes on in that language.
    await choose(
      (await tab('#language', null, { lost: 'the page just opened' })) as HTMLSelectElement,
      locale,
    );
    await until(() => document.documentElement.lang === locale && text(el).includes(say('invite.title')));

    const invite = pageRoot('lad-invite-page');
    await tab('#name', invite);
    await type(name);
    await tab('#password', invite);
    await type('a long enough passphrase');
    await tab('button[type=submit]', invite);
    await press('{Enter}');
    await until(() => text(el).includes(say('invite.passkey_heading')), 10_000);

    if (signIn === 'password') {
      // Signed in by the password just chosen; no passkey this time.
      await tab('.actions button.secondary', invite);
      await press('{Enter}');
      await until(() => find(el, 'nav'), 10_000);
    } else {
      // A passkey (Chromium's virtual authenticator), then signing out and back in with it alone.
      await tab('.actions button:not(.secondary)', invite);
      await press('{Enter}');
      await until(() => text(el).includes(say('passkey.added')), 10_000);
      await tab('.actions button', invite);
      await press('{Enter}');
      await until(() => find(el, 'nav') && find(el, 'lad-home-page'), 10_000);
      await tab('details.account summary', null, { back: true });
      await press('{Enter}');
      await tabTo(
        `the button ${say('shell.sign_out')}`,
        (b) => b.textContent?.trim() === say('shell.sign_out'),
      );
      await press('{Enter}');
      await until(() => find(el, 'lad-sign-in-page') && !find(el, 'nav'), 10_000);
      const signInPage = await until(
        () => pageRoot('lad-sign-in-page')?.querySelector('#email') && pageRoot('lad-sign-in-page'),
      );
      await tab('#email', signInPage);
      await type(email);
      await tab('button.secondary[type=button]', signInPage);
      expect(focused()?.textContent?.trim()).toBe(say('signin.passkey'));
      await press('{Enter}');
      await until(() => find(el, 'nav'), 10_000);
    }
    await until(() => text(find(el, 'header') as Element).includes(name), 10_000);
    await until(() => find(el, 'lad-home-page'));

    // ——— The ministry's matrix: two good rows (a change to a commitment of the public record,
    // a new Haitian one) and two bad ones (a pillar that does not exist, a status off the scale).
    const canada = await publicCommitment('lad-2022-CA-01');
    const newStatus = canada.status === 'substantial' ? 'limited' : 'substantial';
    const canadaTitle = `${canada.title.text.en ?? 'Canada'} (${stamp})`;
    const haitiId = `mast-ht-${stamp}`;
    const haitiTitle = `Programme de visas de travail saisonnier ${stamp}`;
    const columns = ['externalId', 'country', 'pillar', 'status', 'title_en', 'title_fr'];
    const rows = (fixed: boolean) => [
      {
        externalId: 'lad-2022-CA-01',
        country: 'CA',
        pillar: canada.pillar ?? '',
        status: newStatus,
        title_en: canadaTitle,
        title_fr: canada.title.text.fr ?? '',
      },
      {
        externalId: haitiId,
        country: 'HT',
        pillar: 'II',
        status: 'limited',
        title_en: '',
        title_fr: haitiTitle,
      },
      {
        externalId: `mtss-cr-${stamp}-1`,
        country: 'CR',
        pillar: fixed ? 'I' : 'VII',
        status: 'not_started',
        title_en: `Regional labour mobility desk ${stamp}`,
        title_fr: '',
      },
      {
        externalId: `mtss-cr-${stamp}-2`,
        country: 'CR',
        pillar: 'III',
        status: fixed ? 'not_started' : 'almost_done',
        title_en: `Bilateral agricultural work agreement ${stamp}`,
        title_fr: '',
      },
    ];

    // The nav, backwards from the page's heading, to the import.
    await tab('nav a[href="#/import"]', null, { back: true });
    await press('{Enter}');
    let importPage = await until(
      () => pageRoot('lad-import-page')?.querySelector('#file') && pageRoot('lad-import-page'),
    );
    const totals = () =>
      Object.fromEntries(
        [...(importPage?.querySelectorAll('dl.totals > div') ?? [])].map((d, i) => [
          ['created', 'updated', 'unchanged', 'refused'][i],
          text(d.querySelector('dd') as Element),
        ]),
      );

    /** On the import form: commitments, the file, Check; resolves once the dry run shows. */
    const check = async (file: File) => {
      const kind = (await tab('input[name="kind"]', importPage)) as HTMLInputElement;
      if (kind.value !== 'commitments') await press('{ArrowUp}');
      expect((focused() as HTMLInputElement).value).toBe('commitments');
      expect((focused() as HTMLInputElement).checked).toBe(true);
      const input = (await tab('#file', importPage)) as HTMLInputElement;
      // The one step that is not the keyboard's: a file chooser is the system's dialog.
      await userEvent.upload(input, file);
      await tab('#check', importPage);
      await press('{Enter}');
      await until(() => location.hash.startsWith('#/import/'), 10_000);
      importPage = await until(
        () => pageRoot('lad-import-page')?.querySelector('#results') && pageRoot('lad-import-page'),
        15_000,
      );
    };

    await check(await workbook('matrice-ministere.xlsx', columns, rows(false)));
    expect(totals()).toEqual({ created: '1', updated: '1', unchanged: '0', refused: '2' });
    const refused = [...(importPage?.querySelectorAll('#refused-table tbody tr') ?? [])].map((tr) =>
      [...tr.children].map((cell) => text(cell)),
    );
    // Rows as the spreadsheet numbers them (the header is row 1), the reason in the console's language.
    expect(refused).toEqual([
      ['4', 'pillar', say('import.error.invalid_value')],
      ['5', 'status', say('import.error.invalid_value')],
    ]);
    expect(importPage?.querySelector('#refused-table [lang="en"]'), 'no reason left in English').toBeNull();

    // Fixed in the file, imported again: nothing refused, then applied.
    await tab('.actions a[href^="#/import?kind="]', importPage);
    await press('{Enter}');
    importPage = await until(
      () => pageRoot('lad-import-page')?.querySelector('#file') && pageRoot('lad-import-page'),
    );
    await check(await workbook('matrice-ministere-korije.xlsx', columns, rows(true)));
    expect(totals()).toEqual({ created: '3', updated: '1', unchanged: '0', refused: '0' });
    expect(importPage?.querySelector('#refused-table')).toBeNull();
    const changed = text(importPage?.querySelector('#updated-table tbody') as Element);
    expect(changed).toContain('lad-2022-CA-01');
    expect(changed).toContain(canadaTitle);
    await tab('#apply', importPage);
    await press('{Enter}');
    await until(() => focused()?.id === 'applied', 15_000);
    expect(text(focused() as Element)).toBe(say('import.applied'));

    // ——— The new commitment: found in the list by its externalId, opened, progress recorded.
    await tab('a[href="#/commitments"]', importPage);
    await press('{Enter}');
    const list = await until(
      () => pageRoot('lad-commitments-page')?.querySelector('#f-q') && pageRoot('lad-commitments-page'),
    );
    await tab('#f-q', list);
    await type(haitiId);
    await press('{Enter}');
    await until(
      () =>
        list.querySelectorAll('tbody tr').length === 1 &&
        text(list.querySelector('tbody') as Element).includes(haitiTitle),
      10_000,
    );
    await tab('tbody a', list);
    await press('{Enter}');
    const editor = await until(
      () =>
        pageRoot('lad-commitment-edit-page')?.querySelector('#title-ht') &&
        pageRoot('lad-commitment-edit-page'),
      10_000,
    );
    const id = decodeURIComponent(location.hash.split('/').pop() ?? '');
    expect((await publicCommitment(id)).externalId).toBe(haitiId);
    await tab('a[href$="/progress"]', editor);
    await press('{Enter}');
    const progress = await until(
      () => pageRoot('lad-progress-page')?.querySelector('form select') && pageRoot('lad-progress-page'),
      10_000,
    );

    const note = `${say('progress.note')} — ${stamp}`;
    const evidenceTitle = `Rapport du ministère ${stamp}`;
    const evidenceUrl = `https://example.org/rapport/${stamp}`;
    await choose((await tab('#status', progress)) as HTMLSelectElement, 'substantial');
    await tab('#note', progress);
    await type(note);
    await tab('#evidence', progress);
    await type(`${evidenceTitle} ${evidenceUrl}`);
    await tab('form button[type=submit]', progress);
    await press('{Enter}');
    await until(() => text(progress).includes(say('progress.saved')), 10_000);

    // An indicator (the new commitment has none), then its first measurement with its source.
    const panel = await until(
      () =>
        find(el, 'lad-indicators-panel')?.shadowRoot?.querySelector('#new-toggle') &&
        find(el, 'lad-indicators-panel')?.shadowRoot,
    );
    const indicatorName = `Travailleurs saisonniers placés ${stamp}`;
    // The focus is on the notice that the update was added; the panel comes next.
    await tab('#new-toggle', panel);
    await press('{Enter}');
    await tab('#new-name', panel);
    await type(indicatorName);
    await choose((await tab('#new-unit', panel)) as HTMLSelectElement, 'people');
    await tab('#new-baseline-value', panel);
    await type('10');
    await tab('#new-target-value', panel);
    await type('110');
    await tab('#new-indicator button[type=submit]', panel);
    await press('{Enter}');
    await until(() => text(panel).includes(say('indicators.created')), 10_000);
    const index = findAll(el, 'article.indicator').findIndex((a) => text(a).includes(indicatorName));
    expect(index).toBeGreaterThanOrEqual(0);
    await tab(`#m${index}-toggle`, panel);
    await press('{Enter}');
    await tab(`#m${index}-value`, panel);
    await type('60');
    await tab(`#m${index}-source-title`, panel);
    await type('Rapport trimestriel du ministère du Travail');
    await tab(`#m${index}-source-url`, panel);
    await type(`https://example.org/travail/${stamp}`);
    await tab(`#m${index}-form button[type=submit]`, panel);
    await press('{Enter}');
    await until(() => text(panel).includes(say('indicators.measurement_saved')), 10_000);
    const article = panel.querySelectorAll('article.indicator')[index] as Element;
    expect(text(article)).toContain('Rapport trimestriel du ministère du Travail');
    expect(text(article)).toMatch(/50\s?%/);

    // ——— The translation queue, in Kreyòl: the new commitment's title, written and saved.
    await tab('nav a[href="#/translations"]', null, { back: true });
    await press('{Enter}');
    const queue = await until(
      () => pageRoot('lad-translations-page')?.querySelector('#target') && pageRoot('lad-translations-page'),
    );
    await choose((await tab('#target', queue)) as HTMLSelectElement, 'ht');
    await until(() => queue.querySelector(`a[href="#/commitments/${encodeURIComponent(id)}"]`), 10_000);
    await tab(`a[href="#/commitments/${encodeURIComponent(id)}"]`, queue);
    expect(text(focused() as Element)).toBe(haitiTitle);
    await press('{Enter}');
    const edit = await until(
      () =>
        pageRoot('lad-commitment-edit-page')?.querySelector('#title-ht') &&
        pageRoot('lad-commitment-edit-page'),
      10_000,
    );
    const creole = `Pwogram viza travay sezonye ${stamp}`;
    await tab('#title-ht', edit);
    await retype(creole);
    await tab('form button[type=submit]', edit);
    await press('{Enter}');
    await until(() => text(edit).includes(say('edit.saved')), 10_000);

    // ——— The public record: every change, read as anyone reads it.
    const pub = await publicCommitment(id);
    expect(pub.status).toBe('substantial');
    expect(pub.title.text.ht).toBe(creole);
    expect(pub.title.text.fr).toBe(haitiTitle);
    expect(pub.title.provenance?.ht ?? 'human').toBe('human');
    const update = pub.updates.find((u) => u.summary?.text[locale] === note);
    expect(update, 'the update recorded on the progress page').toBeTruthy();
    expect(update?.status).toBe('substantial');
    expect(update?.evidence).toEqual([expect.objectContaining({ title: evidenceTitle, url: evidenceUrl })]);
    const indicator = pub.indicators.find((i) => i.name.text[locale] === indicatorName);
    expect(indicator?.measurements).toEqual([
      expect.objectContaining({
        value: 60,
        source: expect.objectContaining({
          title: 'Rapport trimestriel du ministère du Travail',
          url: `https://example.org/travail/${stamp}`,
        }),
      }),
    ]);
    const canadaNow = await publicCommitment('lad-2022-CA-01');
    expect(canadaNow.status).toBe(newStatus);
    expect(canadaNow.title.text.en).toBe(canadaTitle);

    // ——— The audit log, searched for this person's name: the import, the update, the
    // measurement and the translation, each by them.
    await tab('nav a[href="#/audit"]', null, { back: true });
    await press('{Enter}');
    const audit = await until(
      () => pageRoot('lad-audit-page')?.querySelector('input[type=search]') && pageRoot('lad-audit-page'),
      10_000,
    );
    await tab('input[type=search]', audit);
    await type(name);
    const entries = () =>
      [...audit.querySelectorAll('tbody tr')].map((tr) => ({
        who: text(tr.children[1] as Element),
        what: text(tr.children[2] as Element),
      }));
    await until(() => entries().length && entries().every((e) => e.who.includes(name)));
    const what = entries().map((e) => e.what);
    for (const [action, record] of [
      ['commitment.import.create', id],
      ['commitment.import.update', 'lad-2022-CA-01'],
      ['commitment.add_update', id],
      ['indicator.create', indicator?.id ?? '?'],
      ['indicator.add_measurement', indicator?.id ?? '?'],
      ['commitment.update', id],
    ] as const)
      expect(
        what.some((w) => w.includes(action) && w.includes(record)),
        `${action} ${record} in ${what.join(' | ')}`,
      ).toBe(true);
  },
  120_000,
);
