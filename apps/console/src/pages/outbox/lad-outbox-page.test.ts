import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
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
  until,
} from '../../testing/dom.js';
import { ACCOUNT, fakeApi, json, outboxMessage, outboxPage, problem } from '../../testing/fake-api.js';

afterEach(async () => {
  localStorage.clear();
  await cleanup();
});

const SECRETARIAT = { ...ACCOUNT, roles: [{ role: 'secretariat' as const, scope: null }] };

const failed = outboxMessage({
  id: 'msg_failed',
  locale: 'fr',
  status: 'failed',
  attempts: 10,
  lastError: '451: Try again later',
  recipient: 'a•••@rezo.example.org',
  subject: 'Candidature reçue\u202F: Séance d’information',
  to: 'ana@rezo.example.org',
  text: 'Bonjour,\n\nNous avons reçu la candidature.\n',
});
const pending = outboxMessage();
const sent = outboxMessage({
  id: 'msg_sent',
  locale: 'es',
  status: 'sent',
  attempts: 1,
  sentAt: '2026-11-30T14:06:00Z',
  subject: 'Solicitud recibida: Sesión informativa',
});

/** The console at `#/outbox`, as the secretariat, over a fake API answering with `routes`. */
function open(routes: Parameters<typeof fakeApi>[0], hash = '#/outbox') {
  location.hash = hash;
  const api = fakeApi({ 'GET auth/me': () => json(SECRETARIAT), ...routes });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { api, el };
}

const rows = (el: Element) => findAll<HTMLTableRowElement>(el, 'tbody tr');

describe('the outbox', () => {
  test('lists messages failed first, with status, subject, masked address; filters by status; a message opens to be read and closes back to where it was', async () => {
    const { api, el } = open({
      'GET outbox': (r) =>
        json(
          r.search.get('status') === 'failed'
            ? outboxPage([failed], { counts: { failed: 1, pending: 1, sending: 0, sent: 1 } })
            : outboxPage([failed, pending, sent]),
        ),
      'GET outbox/msg_1': () => json(pending),
    });
    await until(() => rows(el).length === 3);
    expect(rows(el).map((r) => r.dataset.status)).toEqual(['failed', 'pending', 'sent']);
    expect(text(rows(el)[0] as Element)).toContain('Failed');
    expect(text(rows(el)[0] as Element)).toContain('451: Try again later');
    expect(text(rows(el)[0] as Element)).toContain('a•••@rezo.example.org');
    expect(text(el)).toContain('Messages that could not be sent: 1');
    // No full address in the list.
    expect(text(el)).not.toContain('ana@rezo.example.org');

    const status = find<HTMLSelectElement>(el, '#status') as HTMLSelectElement;
    expect([...status.options].map((o) => o.textContent?.trim())).toEqual([
      'All (3)',
      'Failed (1)',
      'Waiting to be sent (1)',
      'Being sent (0)',
      'Sent (1)',
    ]);
    status.value = 'failed';
    status.dispatchEvent(new Event('change'));
    await until(() => rows(el).length === 1);
    expect(api.seen.filter((r) => r.path === 'outbox').map((r) => r.search.get('status'))).toEqual([
      null,
      'failed',
    ]);
    status.value = '';
    status.dispatchEvent(new Event('change'));
    await until(() => rows(el).length === 3);

    const opener = findAll<HTMLButtonElement>(el, 'td button.link')[1] as HTMLButtonElement;
    opener.click();
    await until(() => /Nimewo resi: LAD-7K3M-Q9P2/.test(text(el)));
    const reading = find(el, '.reading') as HTMLElement;
    expect(text(reading)).toContain('mirlande@korefanm.example.org');
    expect(text(reading)).toContain('Application receipt');
    expect(text(reading)).toContain('Haitian Creole');
    expect(find(el, '.reading h2')?.getAttribute('lang')).toBe('ht');
    expect(focused()?.matches('.reading h2')).toBe(true);
    await expectAccessible(el);
    (findAll<HTMLButtonElement>(el, '.reading button').at(-1) as HTMLButtonElement).click();
    await until(() => !find(el, '.reading'));
    expect(focused()).toBe(opener);
  });

  test('a failed message is sent again: from its row or from the message; the list comes back with the news', async () => {
    let retried = false;
    const { api, el } = open({
      'GET outbox': () =>
        json(outboxPage(retried ? [{ ...failed, status: 'pending', attempts: 0 }] : [failed])),
      'POST outbox/msg_failed/retry': () => {
        retried = true;
        return json({ ...failed, status: 'pending', attempts: 0, lastError: '451: Try again later' });
      },
    });
    await until(() => rows(el).length === 1);
    const retry = find<HTMLButtonElement>(el, 'tbody button.secondary') as HTMLButtonElement;
    expect(retry.getAttribute('aria-label')).toBe(
      'Send again: Candidature reçue\u202F: Séance d’information',
    );
    retry.click();
    await until(() => /back in the queue/.test(text(el)));
    expect(api.seen.some((r) => r.method === 'POST' && r.path === 'outbox/msg_failed/retry')).toBe(true);
    expect(api.seen.find((r) => r.method === 'POST')?.headers.get('x-lad-console')).toBe('1');
    await until(() => rows(el)[0]?.dataset.status === 'pending');
    expect(find(el, 'tbody button.secondary')).toBeNull();
  });

  test('a refused retry says why, in the person’s language', async () => {
    const { el } = open({
      'GET outbox': () => json(outboxPage([failed])),
      'POST outbox/msg_failed/retry': () => problem(403),
    });
    await until(() => rows(el).length === 1);
    (find<HTMLButtonElement>(el, 'tbody button.secondary') as HTMLButtonElement).click();
    await until(() => find(el, '.notice.error[role="alert"]'));
    expect(text(el)).toContain('The role you are acting in may not do this.');
  });

  test('by keyboard alone: Tab to a message, Enter opens it, Escape closes it and the focus comes back; Send again by Enter', async () => {
    const { api, el } = open({
      'GET outbox': () => json(outboxPage([failed, pending])),
      'GET outbox/msg_failed': () => json(failed),
      'POST outbox/msg_failed/retry': () => json({ ...failed, status: 'pending' }),
    });
    await until(() => rows(el).length === 2);
    const subject = await tabTo('td button.link');
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.matches('.reading h2'));
    expect(text(find(el, '.reading') as Element)).toContain('Nous avons reçu la candidature.');
    await userEvent.keyboard('{Escape}');
    await until(() => !find(el, '.reading'));
    expect(focused()).toBe(subject);
    await tabTo('tbody button.secondary');
    await userEvent.keyboard('{Enter}');
    await until(() => api.seen.some((r) => r.method === 'POST'));
  });

  test('states: loading, an error with Try again, an empty outbox', async () => {
    // Failing until the person asks again (the client's own retries of a 500 fail too).
    let fail = true;
    const { el } = open({
      'GET outbox': () => (fail ? problem(500) : json(outboxPage([]))),
    });
    await until(() => /Loading…/.test(text(el)));
    await until(() => find(el, '.notice.error'), 15_000);
    fail = false;
    (find<HTMLButtonElement>(el, '.notice.error button') as HTMLButtonElement).click();
    await until(() => /No messages\./.test(text(el)));
    await expectAccessible(el);
  });

  test('in Kreyòl, the page, its statuses and kinds are in Kreyòl', async () => {
    localStorage.setItem('lad-console-locale', 'ht');
    const { el } = open({ 'GET outbox': () => json(outboxPage([failed, pending])) });
    await until(() => document.documentElement.lang === 'ht');
    await until(() => rows(el).length === 2);
    expect(text(el)).toContain('Imèl k ap soti');
    expect(text(el)).toContain('Ap tann pou l pati');
    expect(text(el)).toContain('Resi aplikasyon · franse');
    expect(text(el)).toContain('Mesaj ki pa t ka pati: 1');
    expect(text(el)).toContain('30 nov 2026');
    expect(text(el)).not.toMatch(/Waiting to be sent|Outgoing e-mail|Application receipt|Nov 30/);
    await expectAccessible(el);
  });

  test('anyone else is told the outbox is the secretariat’s, and nothing is asked of the API', async () => {
    location.hash = '#/outbox';
    const api = fakeApi({ 'GET auth/me': () => json(ACCOUNT) });
    const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
      e.fetch = api.fetch;
    });
    await until(() => /Only the technical secretariat sees the outgoing e-mail\./.test(text(el)));
    expect(api.seen.some((r) => r.path.startsWith('outbox'))).toBe(false);
  });
});
