import { type CoreLocale, type Event as Meeting, type SelectionReport, withColon } from '@lad/sdk';
import { afterEach, expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { Mail } from '../vitest.config.js';
import './app/lad-console.js';
import type { LadConsole } from './app/lad-console.js';
import { toLocalInput } from './pages/events/event-words.js';
import {
  cleanup,
  expectAccessible,
  find,
  findAll,
  focused,
  mount,
  text,
  typeInto,
  until,
} from './testing/dom.js';
import { exactly, sentence } from './testing/sentences.js';

// Issue 18's "Done when", as one journey against the real API (test/server.ts: its build on a
// fresh database — SQLite, or PostgreSQL in `pnpm test` — sending its e-mail through SMTP to a
// real test SMTP server): a committee coordinator, invited from the command line, works in the
// console in Spanish. She creates a quarterly information session with two selection criteria,
// publishes its agenda 22 days ahead (the promise is 21: no warning), and a national
// consultation. Thirty organisations register for the session through the public API, in the
// five languages, and two for the consultation; two organisations send written proposals. She
// closes the registration, decides the 30 applications in three bulk decisions (20 selected, 6
// on the waiting list, 4 not selected with a reason) by keyboard, publishes the selection report
// and tells the registrants, cancels the consultation with a reason and answers both proposals
// publicly. Then:
// - the public widgets (the CDN build of @lad/widgets, on the page's origin) show the agenda
//   "22 days before", the report's counts, both answers and the consultation cancelled; its
//   iCalendar file says STATUS:CANCELLED with a higher SEQUENCE;
// - the secretariat's audit log, in the console, lists every step by her name;
// - every mailbox holds exactly what it should (`mailbox` browser command, vitest.config.ts):
//   each registrant a receipt and a decision, each proposer a receipt and the answer, each
//   consultation registrant a receipt and the cancellation with its reason — each in the
//   language they used (the subject is the API's own words for it, apps/api/src/mail/texts.ts,
//   and Content-Language says it), with a plain-text part, absolute links only, and nobody
//   else's address, name or organisation.
//
// Keyboard: the bulk decisions and every publishing action (agenda, report, telling the
// registrants, the two answers) are reached with Tab / Shift+Tab and done with Space, the arrow
// keys and Enter. The rest is clicked and typed as a person would. Each screen is checked with axe.

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** What the test SMTP server received for `address`, in order (vitest.config.ts). */
    mailbox: (address: string) => Promise<Mail[]>;
    /** The API's e-mail texts (`MAIL_TEXTS`), sentences only. */
    mailTexts: () => Promise<Record<CoreLocale, MailTexts>>;
  }
}

/** The parts of the API's `MailTexts` (apps/api/src/mail/texts.ts) this test compares with. */
interface MailTexts {
  greeting: string;
  registrationReceipt: { subject: Record<'submitted' | 'waitlisted', string> };
  registrationDecision: {
    subject: Record<Decision, string>;
    reasons: Record<string, string>;
  };
  proposalReceipt: { subject: Record<'agenda_topic' | 'policy', string> };
  proposalAnswer: { subject: string; status: Record<'answered' | 'accepted', string> };
  eventCancelled: { subject: string; lead: string };
}

type Decision = 'selected' | 'waitlisted' | 'not_selected';

const LOCALE: CoreLocale = 'es';
const say = (id: string, ...values: (string | number)[]) => sentence(LOCALE, id, ...values);
/** The words of sentence `id` up to the first value given as CUT (for sentences ending with a date). */
const CUT = '\u0000';
const upTo = (id: string, ...values: (string | number)[]) => say(id, ...values).split(CUT)[0] as string;

const LOCALES: readonly CoreLocale[] = ['es', 'en', 'pt', 'fr', 'ht'];
const DAY = 86_400_000;
const ZONE = 'America/Port-au-Prince';
const COMMITTEE = 'cmte-labor-mobility';
const MAX_PRESSES = 150;

afterEach(async () => {
  await cleanup();
  await fetch('/v1/auth/sign-out', {
    method: 'POST',
    credentials: 'include',
    headers: { 'x-lad-console': '1' },
  });
});

// ——— Helpers: the page, the keyboard, the public API.

/** The shadow root of the page `tag` shown in the console. */
const pageOf = (el: Element, tag: string) => find(el, tag)?.shadowRoot ?? null;

const button = (el: Element, label: string) =>
  until(
    () =>
      findAll<HTMLButtonElement>(el, 'button').find((b) =>
        exactly(label).test(b.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      ),
    10_000,
  );

/**
 * Sets a field as typing or choosing would (its `input` or `change` event), then lets the page
 * render, as it would between two things a person does.
 */
async function set(el: Element, selector: string, value: string | boolean) {
  const f = find<HTMLInputElement>(el, selector);
  if (!f) throw new Error(`no ${selector} on the page`);
  if (typeof value === 'boolean') {
    if (f.checked !== value) f.click();
  } else {
    f.value = value;
    f.dispatchEvent(new Event(f instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }
  await new Promise((resolve) => setTimeout(resolve));
}

const describe = (el: Element | null) =>
  el
    ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> “${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`
    : 'nothing';

/** Presses Tab (Shift+Tab with `back`) until the focus is on `selector`; fails after MAX_PRESSES. */
async function tab(selector: string, back = false): Promise<HTMLElement> {
  const start = focused();
  if (!start || start === document.body)
    throw new Error(`Before reaching ${selector}, the focus was lost: it is on the document's body.`);
  for (let presses = 0; ; presses++) {
    const now = focused();
    if (now?.matches(selector)) return now as HTMLElement;
    if (presses === MAX_PRESSES)
      throw new Error(
        `${MAX_PRESSES} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}; the focus is on ${describe(now)}`,
      );
    await userEvent.keyboard(back ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
  }
}

const press = (keys: string) => userEvent.keyboard(keys);

/** Chooses `value` in the focused `<select>` with the arrow keys. */
async function choose(value: string): Promise<void> {
  const select = focused() as HTMLSelectElement;
  expect(select?.tagName, 'a menu has the focus').toBe('SELECT');
  const index = () => [...select.options].findIndex((o) => o.value === value);
  expect(index(), `the menu offers ${value}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < select.options.length * 2 && select.value !== value; i++)
    await press(select.selectedIndex < index() ? '{ArrowDown}' : '{ArrowUp}');
  expect(select.value).toBe(value);
}

/** Moves through the focused radio group with the arrow keys until `value` is checked. */
async function radio(value: string): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const r = focused() as HTMLInputElement;
    expect(r?.type, 'a radio button has the focus').toBe('radio');
    if (r.value === value) {
      if (!r.checked) await press(' ');
      break;
    }
    await press('{ArrowDown}');
  }
  const r = focused() as HTMLInputElement;
  expect([r.value, r.checked]).toEqual([value, true]);
}

/** A date `days` from today in ZONE at `time`, as the editor's fields take it. */
function dayAt(days: number, time: string): string {
  const today = toLocalInput(new Date().toISOString(), ZONE).slice(0, 10);
  const day = new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

const publicJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(path, { credentials: 'omit', cache: 'no-store' });
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
};

const ics = async (id: string) =>
  (
    await fetch(`/v1/events/${encodeURIComponent(id)}.ics`, { credentials: 'omit', cache: 'no-store' })
  ).text();

/** Someone outside: their name, email, organisation and the language they write in. */
interface Person {
  name: string;
  email: string;
  organization: string;
  locale: CoreLocale;
}

const COUNTRIES = ['MX', 'GT', 'HN', 'SV', 'CR', 'PA', 'CO', 'EC', 'PE', 'BR', 'HT', 'DO', 'CA', 'US', 'CL'];

/** An application sent as the public registration form does (no cookie, an idempotency key). */
async function register(
  eventId: string,
  p: Person,
  i: number,
  answers: { criterionId: string; answer: string }[],
) {
  const response = await fetch(`/v1/events/${encodeURIComponent(eventId)}/registrations`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      organization: {
        name: p.organization,
        country: COUNTRIES[i % COUNTRIES.length],
        level: (['local', 'national', 'regional'] as const)[i % 3],
        kinds: [(['service_provider', 'advocacy', 'research', 'community_group'] as const)[i % 4]],
        ledBy: [(['migrant', 'refugee', 'women', 'none'] as const)[i % 4]],
      },
      representative: { name: p.name, email: p.email },
      answers,
      consent: true,
      locale: p.locale,
      signals: { startedAt: new Date(Date.now() - 5 * 60_000).toISOString(), trap: '' },
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { receipt: string }).receipt;
}

/** A written proposal to the committee, sent as the public proposal form does. */
async function propose(p: Person, title: string) {
  const response = await fetch(`/v1/committees/${COMMITTEE}/proposals`, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({
      title,
      body: `${title}. ${p.organization}.`,
      locale: p.locale,
      organization: { name: p.organization, country: 'HT' },
      contact: { name: p.name, email: p.email },
      consent: true,
      listPublicly: true,
      signals: { startedAt: new Date(Date.now() - 5 * 60_000).toISOString(), trap: '' },
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; receipt: string };
}

/** Accepts the invitation of `email` (made with the `user invite` command) in Spanish; resolves signed in. */
async function acceptInvitation(email: string, role: string, scope: string | null, name: string) {
  const token = await commands.invite(email, role, scope);
  location.hash = `#/invite/${encodeURIComponent(token)}`;
  const el = mount<LadConsole>('<lad-console></lad-console>');
  await until(() => find(el, '#password'), 10_000);
  // The language menu: the whole journey goes on in Spanish.
  await set(el, '#language', LOCALE);
  await until(() => document.documentElement.lang === LOCALE && text(el).includes(say('invite.title')));
  await expectAccessible(el, 'invitation');
  await typeInto(find<HTMLInputElement>(el, '#name') as HTMLInputElement, name);
  await typeInto(find<HTMLInputElement>(el, '#password') as HTMLInputElement, 'a long enough passphrase');
  (await button(el, say('invite.accept'))).click();
  (await button(el, say('invite.skip'))).click();
  await until(() => find(el, 'nav') && text(find(el, 'header') as Element).includes(name), 10_000);
  return el;
}

const WIDGETS = import.meta.glob('../../../packages/widgets/dist/cdn/lad-widgets.js');

test('issue 18: a committee coordinator runs a quarterly session, its selection, two proposals and a cancellation; mailboxes, widgets and the audit log show it', async () => {
  const started = performance.now();
  const stamp = Date.now().toString(36);
  const T = await commands.mailTexts();
  const coordinator = { name: `Rosa Coordinadora ${stamp}`, email: `coordinadora.${stamp}@example.org` };
  const auditor = { name: `Ana Secretaría ${stamp}`, email: `secretaria.${stamp}@example.org` };
  const pad = (i: number) => String(i + 1).padStart(2, '0');
  const registrants: Person[] = Array.from({ length: 30 }, (_, i) => ({
    name: `Representante ${pad(i)} ${stamp}`,
    email: `inscrita${pad(i)}.${stamp}@example.org`,
    organization: `Colectivo ${pad(i)} ${stamp}`,
    locale: LOCALES[i % LOCALES.length] as CoreLocale,
  }));
  const consulted: Person[] = (['fr', 'en'] as const).map((locale, i) => ({
    name: `Consultée ${pad(i)} ${stamp}`,
    email: `consulta${pad(i)}.${stamp}@example.org`,
    organization: `Réseau ${pad(i)} ${stamp}`,
    locale,
  }));
  const proposers: Person[] = (['pt', 'ht'] as const).map((locale, i) => ({
    name: `Proponente ${pad(i)} ${stamp}`,
    email: `proposta${pad(i)}.${stamp}@example.org`,
    organization: `Associação ${pad(i)} ${stamp}`,
    locale,
  }));
  const everyone = [...registrants, ...consulted, ...proposers];

  // ——— Invited as the labour-mobility committee's coordinator, signed in, in Spanish.
  let el = await acceptInvitation(coordinator.email, 'committee', 'labor-mobility', coordinator.name);

  // ——— A quarterly information session with two criteria, 22 days ahead, registration open.
  (find<HTMLAnchorElement>(el, 'nav a[href="#/events"]') as HTMLAnchorElement).click();
  const newMeeting = await until(() => find<HTMLAnchorElement>(el, 'a[href="#/events/new"]'), 10_000);
  // The list, loaded: a table, or the words for none.
  await until(() => {
    const list = pageOf(el, 'lad-events-page');
    return list?.querySelector('table') || (list && text(list).includes(say('events.empty')));
  }, 10_000);
  await expectAccessible(el, 'meetings');
  newMeeting.click();
  await until(() => find(el, '#title-en'), 10_000);
  const title: Record<CoreLocale, string> = {
    es: `Sesión informativa trimestral: movilidad laboral ${stamp}`,
    en: `Quarterly information session: labour mobility ${stamp}`,
    pt: `Sessão informativa trimestral: mobilidade laboral ${stamp}`,
    fr: `Séance d’information trimestrielle : mobilité de la main-d’œuvre ${stamp}`,
    ht: `Sesyon enfòmasyon chak twa mwa: mobilite travay ${stamp}`,
  };
  expect((find<HTMLSelectElement>(el, '#kind') as HTMLSelectElement).value).toBe('information_session');
  for (const l of LOCALES) await set(el, `#title-${l}`, title[l]);
  await set(el, '#zone', ZONE);
  await set(el, '#starts', dayAt(22, '10:00'));
  await set(el, '#ends', dayAt(22, '12:00'));
  await set(el, '#online', 'https://meet.example.org/quarterly');
  await set(el, '#registration', true);
  await until(() => find(el, '#opens'));
  await set(el, '#opens', dayAt(-1, '09:00'));
  await set(el, '#closes', dayAt(7, '18:00'));
  await set(el, '#capacity', '40');
  (await button(el, say('events.add_criterion'))).click();
  await until(() => find(el, '#criterion-0'));
  await set(el, '#criterion-0', 'Describa el trabajo de su organización con personas migrantes.');
  (await button(el, say('events.add_criterion'))).click();
  await until(() => find(el, '#criterion-1'));
  await set(el, '#criterion-1', '¿Su organización está dirigida por personas migrantes o refugiadas?');
  await set(el, '#answer-1', 'yes_no');
  await expectAccessible(el, 'new meeting');
  (await button(el, say('events.create'))).click();
  await until(() => text(el).includes(say('events.created')), 10_000).catch((e) => {
    throw new Error(
      `${e} — ${findAll(el, '[role=alert], .field-error')
        .map((a) => text(a))
        .join(' | ')} ${location.hash}`,
    );
  });
  const sessionId = decodeURIComponent(/^#\/events\/([^/?]+)/.exec(location.hash)?.[1] ?? '');
  expect(sessionId).not.toBe('new');
  const created = await publicJson<Meeting>(`/v1/events/${encodeURIComponent(sessionId)}`);
  expect(created).toMatchObject({
    kind: 'information_session',
    committeeId: COMMITTEE,
    timeZone: ZONE,
    title: { original: 'es', text: title },
    registration: { criteriaVersion: 1, capacity: 40, state: 'open' },
  });
  const criteria = created.registration?.criteria ?? [];
  expect(criteria.map((c) => [c.text.text.es, c.answer])).toEqual([
    ['Describa el trabajo de su organización con personas migrantes.', 'text'],
    ['¿Su organización está dirigida por personas migrantes o refugiadas?', 'yes_no'],
  ]);

  // ——— Its agenda, published 22 days before the meeting: the 21-day promise is kept, no warning.
  (
    find<HTMLAnchorElement>(el, `a[href="#/events/${encodeURIComponent(sessionId)}/agenda"]`) as HTMLElement
  ).click();
  await until(() => find(el, '#add-item'), 10_000);
  const lead = find(el, '#lead-time') as Element;
  expect(lead.classList.contains('late'), 'no late warning 22 days ahead').toBe(false);
  expect(text(lead)).toContain('21');
  expect(find(el, '#lead-time strong')).toBeNull();
  (find<HTMLButtonElement>(el, '#add-item') as HTMLButtonElement).click();
  await until(() => find(el, '#title-0'));
  await set(el, '#title-0', 'Vías de movilidad laboral: avances y brechas');
  await set(el, '#speakers-0', 'Marie Joseph, Ministerio de Trabajo');
  await set(el, '#documents-0', 'Nota conceptual https://example.org/nota-conceptual.pdf');
  await expectAccessible(el, 'agenda');
  // By keyboard: from the last field to Publish, then Enter.
  (find<HTMLTextAreaElement>(el, '#documents-0') as HTMLTextAreaElement).focus();
  await tab('#publish');
  await press('{Enter}');
  await until(() => text(el).includes(say('agenda.published')), 10_000);
  expect(find(el, '#late-heading'), 'publishing asked nothing more').toBeNull();
  const withAgenda = await publicJson<Meeting>(`/v1/events/${encodeURIComponent(sessionId)}`);
  expect(withAgenda.agendaPublishedDaysBefore).toBe(22);
  expect(withAgenda.agenda?.items[0]?.documents).toEqual([
    { title: 'Nota conceptual', url: 'https://example.org/nota-conceptual.pdf' },
  ]);

  // ——— A national consultation of the committee, registration open, created the same way.
  (find<HTMLAnchorElement>(el, 'nav a[href="#/events"]') as HTMLAnchorElement).click();
  (await until(() => find<HTMLAnchorElement>(el, 'a[href="#/events/new"]'), 10_000)).click();
  await until(() => find(el, '#title-en'), 10_000);
  const consultationTitle: Record<CoreLocale, string> = {
    es: `Consulta nacional sobre movilidad laboral ${stamp}`,
    en: `National consultation on labour mobility ${stamp}`,
    pt: `Consulta nacional sobre mobilidade laboral ${stamp}`,
    fr: `Consultation nationale sur la mobilité de la main-d’œuvre ${stamp}`,
    ht: `Konsiltasyon nasyonal sou mobilite travay ${stamp}`,
  };
  await set(el, '#kind', 'national_consultation');
  for (const l of LOCALES) await set(el, `#title-${l}`, consultationTitle[l]);
  await set(el, '#zone', 'America/Bogota');
  await set(el, '#starts', dayAt(30, '09:00'));
  await set(el, '#ends', dayAt(30, '12:00'));
  await set(el, '#online', 'https://meet.example.org/consulta');
  await set(el, '#registration', true);
  await until(() => find(el, '#opens'));
  await set(el, '#opens', dayAt(-1, '09:00'));
  await set(el, '#closes', dayAt(10, '18:00'));
  (await button(el, say('events.create'))).click();
  await until(() => text(el).includes(say('events.created')), 10_000);
  const consultationId = decodeURIComponent(/^#\/events\/([^/?]+)/.exec(location.hash)?.[1] ?? '');
  expect(consultationId).not.toBe('new');

  // ——— Thirty organisations apply for the session through the public API, in the five
  // languages; two for the consultation.
  const receipts = new Map<string, string>();
  for (let batch = 0; batch < registrants.length; batch += 6)
    await Promise.all(
      registrants.slice(batch, batch + 6).map(async (p, j) => {
        const i = batch + j;
        receipts.set(
          p.email,
          await register(sessionId, p, i, [
            {
              criterionId: criteria[0]?.id ?? '',
              answer: `Acompañamos a personas migrantes (${p.organization}).`,
            },
            { criterionId: criteria[1]?.id ?? '', answer: i % 2 ? 'yes' : 'no' },
          ]),
        );
      }),
    );
  for (const [i, p] of consulted.entries()) receipts.set(p.email, await register(consultationId, p, i, []));
  const consultationIcs = await ics(consultationId);
  const sequence = Number(/SEQUENCE:(\d+)/.exec(consultationIcs)?.[1]);
  expect(consultationIcs).toContain('STATUS:CONFIRMED');

  // Two written proposals to the committee, in Portuguese and in Haitian Creole.
  const proposalTitles = [`Balcão único com intérpretes ${stamp}`, `Viza travay sezonye pou jèn yo ${stamp}`];
  const proposals = [
    await propose(proposers[0] as Person, proposalTitles[0] as string),
    await propose(proposers[1] as Person, proposalTitles[1] as string),
  ];
  for (const [i, p] of proposers.entries()) receipts.set(p.email, proposals[i]?.receipt ?? '');

  // ——— Registration closes: the coordinator moves its end to a minute ago, in the editor.
  (find<HTMLAnchorElement>(el, 'nav a[href="#/events"]') as HTMLAnchorElement).click();
  (
    await until(
      () => find<HTMLAnchorElement>(el, `a[href="#/events/${encodeURIComponent(sessionId)}"]`),
      10_000,
    )
  ).click();
  await until(() => (find<HTMLInputElement>(el, '#closes')?.value ?? '') === dayAt(7, '18:00'), 10_000);
  await expectAccessible(el, 'the meeting, registration open');
  await set(el, '#closes', toLocalInput(new Date(Date.now() - 60_000).toISOString(), ZONE));
  (await button(el, say('edit.save'))).click();
  await until(() => find(el, '#saved'), 10_000);
  expect(
    (await publicJson<Meeting>(`/v1/events/${encodeURIComponent(sessionId)}`)).registration,
  ).toMatchObject({
    state: 'closed',
    seatsTaken: 30,
    criteriaVersion: 1,
  });

  // ——— Selection: the session's 30 applications, by organisation name.
  (find<HTMLAnchorElement>(el, 'nav a[href="#/selection"]') as HTMLAnchorElement).click();
  const toApplications = await until(
    () => find<HTMLAnchorElement>(el, `a[href="#/events/${encodeURIComponent(sessionId)}/registrations"]`),
    15_000,
  );
  await expectAccessible(el, 'selection: meetings');
  toApplications.click();
  const rows = () => findAll(el, '#registrations tbody tr');
  await until(() => rows().length === 30, 15_000);
  await set(el, '#f-sort', 'name');
  // Sorted by organisation (the applications arrived six at a time, in no set order).
  const order = () =>
    rows()
      .map((r) => /Colectivo (\d\d)/.exec(text(r))?.[1])
      .join(' ');
  await until(
    () => location.hash.includes('sort=name') && order() === registrants.map((_, i) => pad(i)).join(' '),
    10_000,
  ).catch((e) => {
    throw new Error(`${e}: ${order()}`);
  });
  await expectAccessible(el, 'selection: applications');
  const chosen = () => text(find(el, '#chosen-count') as Element);
  const outcome = () => (find(el, '#outcome') ? text(find(el, '#outcome') as Element) : '');

  /**
   * By keyboard: the decision (and its reason, note), then Space on rows `from`..`to` (0-based, as
   * sorted) — or on "Select all shown" and then off rows `from`..`to` — then back to Decide, Enter.
   */
  async function decide(
    decision: Decision,
    rowsFrom: number,
    rowsTo: number,
    options: { allBut?: boolean; reason?: string; note?: string } = {},
  ) {
    const n = options.allBut ? 30 - (rowsTo - rowsFrom + 1) : rowsTo - rowsFrom + 1;
    if (options.allBut) {
      await tab('#pick-all');
      await press(' ');
      await until(() => chosen() === say('selection.chosen_many', 30));
    }
    await tab('input[name="decision"]');
    await radio(decision);
    if (options.reason) {
      await tab('#reason');
      await choose(options.reason);
    }
    if (options.note) {
      await tab('#note');
      await userEvent.keyboard(options.note);
    }
    for (let i = rowsFrom; i <= rowsTo; i++) {
      await tab(`#pick-${i}`);
      await press(' ');
    }
    await until(() => chosen() === say('selection.chosen_many', n));
    await tab('#apply', true);
    expect(text(focused() as Element)).toBe(say('selection.decide_button', n));
    await press('{Enter}');
    await until(() => outcome() === say('selection.decided_many', n), 15_000);
    await until(() => chosen() === say('selection.chosen_many', 0));
    expect(focused()?.id, 'the outcome has the focus').toBe('outcome');
  }
  // Start from the order menu, just used.
  (find<HTMLSelectElement>(el, '#f-sort') as HTMLSelectElement).focus();
  await decide('selected', 20, 29, { allBut: true });
  await decide('waitlisted', 20, 25, { reason: 'capacity' });
  const note = `Nota interna ${stamp}: no describe trabajo con personas migrantes.`;
  await decide('not_selected', 26, 29, { reason: 'criteria', note });
  const count = (id: string) => text(find(el, `#count-${id}`) as Element);
  expect(count('selected')).toBe(`${say('selection.status.selected')} 20`);
  expect(count('waitlisted')).toBe(`${say('selection.status.waitlisted')} 6`);
  expect(count('not-selected')).toBe(`${say('selection.status.not_selected')} 4`);
  expect(text(rows()[29] as Element)).toContain(note);
  const decisionOf = (i: number): Decision => (i < 20 ? 'selected' : i < 26 ? 'waitlisted' : 'not_selected');
  const reasonOf = (i: number) => (i < 20 ? null : i < 26 ? 'capacity' : 'criteria');

  // The report, then the e-mails: both by keyboard, from the outcome of the last decision.
  await tab('#publish');
  await press('{Enter}');
  await until(() => outcome().startsWith(upTo('selection.published', 1, CUT)), 15_000);
  await tab('#notify');
  await until(() => !(focused() as HTMLButtonElement).disabled);
  await press('{Enter}');
  await until(() => outcome() === say('selection.notified_many', 30), 15_000);
  const report = await publicJson<SelectionReport>(
    `/v1/events/${encodeURIComponent(sessionId)}/selection-report`,
  );
  expect(report).toMatchObject({
    version: 1,
    totals: { applied: 30, selected: 20, waitlisted: 6, notSelected: 4 },
  });

  // ——— The consultation, cancelled with a reason sent in the e-mail.
  (find<HTMLAnchorElement>(el, 'nav a[href="#/events"]') as HTMLAnchorElement).click();
  (
    await until(
      () => find<HTMLAnchorElement>(el, `a[href="#/events/${encodeURIComponent(consultationId)}"]`),
      10_000,
    )
  ).click();
  (await button(el, say('events.cancel'))).click();
  await until(() => find(el, '#cancel-reason'));
  await expectAccessible(el, 'cancel the meeting');
  const reason = `La sede no está disponible; se anunciará una nueva fecha (${stamp}).`;
  await typeInto(find<HTMLTextAreaElement>(el, '#cancel-reason') as HTMLTextAreaElement, reason);
  (await button(el, say('events.cancel_confirm'))).click();
  await until(() => text(el).includes(upTo('events.cancelled_on', CUT)), 10_000);
  expect(await publicJson<Meeting>(`/v1/events/${encodeURIComponent(consultationId)}`)).toMatchObject({
    status: 'cancelled',
    cancellationReason: reason,
    sequence: sequence + 1,
  });
  const cancelledIcs = await ics(consultationId);
  expect(cancelledIcs).toContain('STATUS:CANCELLED');
  expect(cancelledIcs).toContain(`SEQUENCE:${sequence + 1}`);

  // ——— The two proposals, answered publicly (the second accepted), each sent by keyboard.
  (find<HTMLAnchorElement>(el, 'nav a[href="#/proposals"]') as HTMLAnchorElement).click();
  await until(() => proposals.every((p) => find(el, `a[href="#/proposals/${p.id}"]`)), 15_000);
  await expectAccessible(el, 'proposals');
  const answers = [
    `Gracias: el comité lo tratará en la sesión trimestral (${stamp}).`,
    `Aceptada: los ministerios de trabajo informarán al respecto (${stamp}).`,
  ];
  for (const [i, p] of proposals.entries()) {
    location.hash = `#/proposals/${p.id}`;
    await until(
      () => find(el, 'h1')?.textContent?.trim() === proposalTitles[i] && find(el, '#answer'),
      10_000,
    );
    if (i === 1) (find<HTMLInputElement>(el, 'input[value=accept]') as HTMLInputElement).click();
    await typeInto(find<HTMLTextAreaElement>(el, '#answer') as HTMLTextAreaElement, answers[i] as string);
    if (i === 0) await expectAccessible(el, 'a proposal');
    await tab('form button[type=submit]');
    expect(text(focused() as Element)).toBe(say(i === 1 ? 'proposals.send.accept' : 'proposals.send.answer'));
    await press('{Enter}');
    await until(() => text(find(el, '#saved') ?? document.body).includes(say('proposals.saved')), 10_000);
  }

  // ——— The public widgets (the CDN build, as a site embeds it) on the page's own origin.
  el.remove();
  const loader = Object.values(WIDGETS)[0];
  if (!loader) throw new Error('packages/widgets/dist/cdn/lad-widgets.js is missing: build @lad/widgets.');
  await loader();
  const month = dayAt(0, '00:00').slice(0, 7);
  const widgets = mount<HTMLElement>(`<div lang="en">
    <lad-session-calendar lang="en" view="list" from="${month}" committee="${COMMITTEE}" time-zone="${ZONE}" api-base="${location.origin}"></lad-session-calendar>
    <lad-selection-report lang="en" event="${sessionId}" api-base="${location.origin}"></lad-selection-report>
    <lad-proposal-form lang="en" kind="policy" committee="${COMMITTEE}" api-base="${location.origin}"></lad-proposal-form>
  </div>`);
  // Read as a visitor does: without the operator's cookie, and without what this browser cached
  // of the public API while the console worked (public reads may be cached for a minute).
  const visitor: typeof fetch = (input, init) =>
    fetch(input, { ...init, credentials: 'omit', cache: 'no-store' });
  for (const widget of widgets.children) (widget as HTMLElement & { fetch: typeof fetch }).fetch = visitor;
  const calendar = widgets.querySelector('lad-session-calendar') as HTMLElement;
  const article = (id: string) => calendar.shadowRoot?.querySelector<HTMLElement>(`article[data-id="${id}"]`);
  const session = await until(() => article(sessionId), 15_000);
  (session.querySelector('h4 button') as HTMLButtonElement).click();
  await until(() => text(session).includes('Published on'));
  expect(text(session)).toContain('22 days before the session.');
  expect(text(session)).toContain('Vías de movilidad laboral: avances y brechas');
  const cancelled = await until(() => article(consultationId));
  expect(text(cancelled)).toContain(`This meeting is cancelled. ${reason}`);
  const reportWidget = widgets.querySelector('lad-selection-report') as HTMLElement;
  await until(() => text(reportWidget).includes('Published on'), 15_000).catch((e) => {
    throw new Error(`${e}: ${text(reportWidget)}`);
  });
  const totals = text(reportWidget);
  for (const [label, n] of [
    ['Applied', 30],
    ['Selected', 20],
    ['Waiting list', 6],
    ['Not selected', 4],
  ] as const)
    expect(totals, `${label} ${n} in ${totals}`).toMatch(new RegExp(`${label}:\\s*${n}\\b`));
  for (const p of registrants) expect(totals).not.toContain(p.organization);
  const proposalWidget = widgets.querySelector('lad-proposal-form') as HTMLElement;
  await until(() => answers.every((a) => text(proposalWidget).includes(a)), 15_000);
  const shown = text(proposalWidget);
  for (const t of proposalTitles) expect(shown).toContain(t);
  for (const p of proposers) {
    expect(shown).not.toContain(p.email);
    expect(shown).not.toContain(p.name);
  }
  widgets.parentElement?.remove();
  await fetch('/v1/auth/sign-out', {
    method: 'POST',
    credentials: 'include',
    headers: { 'x-lad-console': '1' },
  });
  location.hash = '';

  // ——— The audit log, read by a secretariat member: every step, by the coordinator's name.
  el = await acceptInvitation(auditor.email, 'secretariat', null, auditor.name);
  (find<HTMLAnchorElement>(el, 'nav a[href="#/audit"]') as HTMLAnchorElement).click();
  const audit = await until(
    () => pageOf(el, 'lad-audit-page')?.querySelector('input[type=search]') && pageOf(el, 'lad-audit-page'),
    10_000,
  );
  const search = audit.querySelector('input[type=search]') as HTMLInputElement;
  await typeInto(search, coordinator.name);
  const entries = () =>
    [...audit.querySelectorAll('tbody tr')].map((tr) => ({
      who: text(tr.children[1] as Element),
      action: text(tr.children[2]?.querySelector('code') as Element),
      what: text(tr.children[2] as Element),
    }));
  const expected: [action: string, record: string, times: number][] = [
    ['event.create', sessionId, 1],
    ['agenda.publish', sessionId, 1],
    ['event.create', consultationId, 1],
    ['event.update', sessionId, 1],
    ['registration.decide', '', 30],
    ['selection_report.publish', sessionId, 1],
    ['selection.notify', sessionId, 1],
    ['event.cancel', consultationId, 1],
    ['proposal.answer', proposals[0]?.id ?? '?', 1],
    ['proposal.accept', proposals[1]?.id ?? '?', 1],
  ];
  const found = (action: string, record: string) =>
    entries().filter((e) => e.action === action && e.what.includes(record)).length;
  for (let page = 0; ; page++) {
    await until(() => entries().length && entries().every((e) => e.who.includes(coordinator.name)), 10_000);
    if (expected.every(([a, r, n]) => found(a, r) >= n) || page > 5) break;
    const older = await button(el, say('audit.older')).catch(() => {
      throw new Error(
        `Not all in the audit log: ${entries()
          .map((e) => e.what)
          .join(' | ')}`,
      );
    });
    older.click();
    await until(() => ![...audit.querySelectorAll('button')].some((b) => b.disabled));
  }
  for (const [action, record, times] of expected)
    expect(found(action, record), `${action} ${record} in the audit log`).toBe(times);
  await expectAccessible(el, 'audit log');

  // ——— The mailboxes. The API's outbox worker looks every second here (LAD_MAIL_INTERVAL_MS, test/server.ts): wait until the outbox (read
  // as the secretariat) holds nothing pending or being sent — everything the journey queued has
  // then been accepted by the SMTP server — and read each mailbox once.
  const outbox = async () => {
    const response = await fetch('/v1/outbox?limit=1', {
      credentials: 'include',
      cache: 'no-store',
      headers: { 'x-lad-role': 'secretariat' },
    });
    expect(response.status, 'GET /v1/outbox').toBe(200);
    return ((await response.json()) as { counts: Record<'pending' | 'sending' | 'sent' | 'failed', number> })
      .counts;
  };
  const waitStart = performance.now();
  for (let counts = await outbox(); counts.pending + counts.sending > 0; counts = await outbox()) {
    if (performance.now() - waitStart > 60_000)
      throw new Error(`The outbox still has messages to send after 60 s: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const boxes = new Map<string, Mail[]>();
  for (const p of everyone) boxes.set(p.email, await commands.mailbox(p.email));
  const ids = [...boxes.values()].flat().map((m) => m.messageId);
  expect(ids.length, 'two messages each').toBe(2 * everyone.length);
  expect(new Set(ids).size, 'each message once (X-LAD-Message)').toBe(ids.length);

  const subject = (prefix: string, words: string, locale: CoreLocale) =>
    `${withColon(prefix, locale)} ${words}`;
  /** Plain text, HTML, language, absolute links, and nobody else's data, for `p`'s messages. */
  const checkEach = (p: Person, mails: Mail[]) => {
    const others = [...everyone.filter((o) => o !== p), coordinator, auditor];
    for (const m of mails) {
      const where = `${p.email}: ${m.subject}`;
      expect(m.to, where).toEqual([p.email]);
      expect(m.envelopeTo, where).toEqual([p.email]);
      expect(m.language, where).toBe(p.locale);
      expect(m.from, where).toContain('no-reply@lad.test');
      expect(m.autoSubmitted, where).toBe('auto-generated');
      expect(m.text?.trim(), `${where}: a plain-text part`).toBeTruthy();
      expect(m.text, where).toContain(T[p.locale].greeting);
      expect(m.html, `${where}: an HTML part`).toContain(`<html lang="${p.locale}">`);
      expect(m.links.length, `${where}: a link`).toBeGreaterThan(0);
      for (const link of m.links) expect(link, `${where}: an absolute link`).toMatch(/^https?:\/\/[^/]/);
      for (const link of m.links.filter((l) => l.includes('/v1/')))
        expect(link, `${where}: the LAD's own address`).toMatch(new RegExp(`^${location.origin}/v1/`));
      const all = [m.subject, m.text, m.html, ...m.to].join('\n');
      expect(all, where).toContain(receipts.get(p.email) as string);
      expect(all, `${where}: never the note for the file`).not.toContain(note);
      for (const o of others) {
        const receipt = receipts.get(o.email);
        if (receipt) expect(all, `${where}: not ${o.email}'s receipt`).not.toContain(receipt);
        expect(all, `${where}: not ${o.email}`).not.toContain(o.email);
        expect(all, `${where}: not ${o.name}`).not.toContain(o.name);
        if ('organization' in o && o.organization !== p.organization)
          expect(all, `${where}: not ${o.organization}`).not.toContain(o.organization);
      }
    }
  };

  for (const [i, p] of registrants.entries()) {
    const mails = boxes.get(p.email) ?? [];
    const t = T[p.locale];
    const decision = decisionOf(i);
    expect(mails.map((m) => m.subject).sort(), p.email).toEqual(
      [
        subject(t.registrationReceipt.subject.submitted, title[p.locale], p.locale),
        subject(t.registrationDecision.subject[decision], title[p.locale], p.locale),
      ].sort(),
    );
    checkEach(p, mails);
    const receipt = mails.find(
      (m) =>
        m.subject.endsWith(title[p.locale]) &&
        m.subject.startsWith(withColon(t.registrationReceipt.subject.submitted, p.locale)),
    );
    expect(receipt?.text).toContain(p.organization);
    const told = mails.find((m) => m !== receipt) as Mail;
    const why = reasonOf(i);
    if (why) expect(told.text, p.email).toContain(t.registrationDecision.reasons[why]);
    else for (const r of Object.values(t.registrationDecision.reasons)) expect(told.text).not.toContain(r);
    expect(
      told.links.some((l) => l === `${location.origin}/v1/events/${encodeURIComponent(sessionId)}.ics`),
    ).toBe(decision === 'selected');
  }
  for (const p of consulted) {
    const mails = boxes.get(p.email) ?? [];
    const t = T[p.locale];
    expect(mails.map((m) => m.subject).sort(), p.email).toEqual(
      [
        subject(t.registrationReceipt.subject.submitted, consultationTitle[p.locale], p.locale),
        subject(t.eventCancelled.subject, consultationTitle[p.locale], p.locale),
      ].sort(),
    );
    checkEach(p, mails);
    const cancellation = mails.find((m) =>
      m.subject.startsWith(withColon(t.eventCancelled.subject, p.locale)),
    );
    expect(cancellation?.text).toContain(t.eventCancelled.lead);
    expect(cancellation?.text).toContain(reason);
    expect(cancellation?.links).toContain(
      `${location.origin}/v1/events/${encodeURIComponent(consultationId)}.ics`,
    );
  }
  for (const [i, p] of proposers.entries()) {
    const mails = boxes.get(p.email) ?? [];
    const t = T[p.locale];
    const words = proposalTitles[i] as string;
    expect(mails.map((m) => m.subject).sort(), p.email).toEqual(
      [
        subject(t.proposalReceipt.subject.policy, words, p.locale),
        subject(t.proposalAnswer.subject, words, p.locale),
      ].sort(),
    );
    checkEach(p, mails);
    const answer = mails.find((m) => m.subject.startsWith(withColon(t.proposalAnswer.subject, p.locale)));
    expect(answer?.text).toContain(t.proposalAnswer.status[i === 1 ? 'accepted' : 'answered']);
    expect(answer?.text).toContain(answers[i]);
    expect(answer?.links).toContain(`${location.origin}/v1/committees/${COMMITTEE}/proposals`);
  }
  // The coordinator and the auditor were sent nothing.
  expect(await commands.mailbox(coordinator.email)).toEqual([]);
  expect(await commands.mailbox(auditor.email)).toEqual([]);
  console.info(`issue 18 walk-through: ${Math.round((performance.now() - started) / 1000)} s`);
}, 180_000);
