import { afterEach, expect, test } from 'vitest';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, findAll, mount, text, until } from '../../testing/dom.js';
import { ACCOUNT, commitmentDetail, fakeApi, json } from '../../testing/fake-api.js';
import { parseEvidence } from './lad-progress-page.js';

afterEach(async () => {
  sessionStorage.clear();
  await cleanup();
});

const type = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
};

test('evidence as typed: one link a line, the words before it its title', () => {
  expect(parseEvidence('Decree 45 https://example.org/d45\n\n  https://example.org/b  ')).toEqual([
    { title: 'Decree 45', url: 'https://example.org/d45' },
    { title: 'https://example.org/b', url: 'https://example.org/b' },
  ]);
});

test('a dated update with a status, a note and evidence: typed text survives a reload, then it is sent', async () => {
  location.hash = '#/commitments/c-1/progress';
  const sent: unknown[] = [];
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET commitments/c-1': () => json(commitmentDetail({ id: 'c-1', status: 'limited' })),
    'POST commitments/c-1/updates': async (r) => {
      sent.push(r.body);
      return json(
        {
          id: 'u-1',
          commitmentId: 'c-1',
          date: '2026-11-30',
          status: 'substantial',
          summary: { original: 'en', text: { en: 'The decree was signed.' } },
          evidence: [{ title: 'Official journal', url: 'https://example.org/journal' }],
          createdAt: '2026-11-30T15:00:00Z',
        },
        201,
      );
    },
  });
  const open = () =>
    mount<LadConsole>('<lad-console></lad-console>', (e) => {
      e.fetch = api.fetch;
    });
  let el = open();
  const q = <T extends Element>(s: string) => find<T>(el, s) as T;
  await until(() => find(el, 'lad-progress-page textarea') ?? findAll(el, 'textarea').length);
  type(q<HTMLInputElement>('input[type=date]'), '2026-11-30');
  type(q<HTMLSelectElement>('form select'), 'substantial');
  type(findAll<HTMLTextAreaElement>(el, 'textarea')[0] as HTMLTextAreaElement, 'The decree was signed.');
  // A reload keeps what was typed (the page goes; the tab's storage stays).
  document.body.innerHTML = '';
  location.hash = '#/commitments/c-1/progress';
  el = open();
  await until(() => findAll<HTMLTextAreaElement>(el, 'textarea')[0]?.value);
  expect((findAll<HTMLTextAreaElement>(el, 'textarea')[0] as HTMLTextAreaElement).value).toBe(
    'The decree was signed.',
  );
  type(
    findAll<HTMLTextAreaElement>(el, 'textarea')[1] as HTMLTextAreaElement,
    'Official journal https://example.org/journal',
  );
  q<HTMLButtonElement>('button[type=submit]').click();
  await until(() => /The update was added to the public timeline\./.test(text(el)));
  expect(sent).toEqual([
    {
      date: '2026-11-30',
      status: 'substantial',
      summary: { original: 'en', text: { en: 'The decree was signed.' } },
      evidence: [{ title: 'Official journal', url: 'https://example.org/journal' }],
    },
  ]);
  expect(sessionStorage.length).toBe(0);
  await expectAccessible(el);
});
