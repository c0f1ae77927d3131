import type { Account, ProposalDetail } from '@lad/sdk';
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
import {
  ACCOUNT,
  committeeFixture,
  fakeApi,
  json,
  problem,
  proposalDetailFixture,
  proposalQueueItem,
  type Seen,
} from '../../testing/fake-api.js';

afterEach(async () => {
  sessionStorage.clear();
  await cleanup();
});

const COORDINATOR: Account = { ...ACCOUNT, roles: [{ role: 'committee', scope: 'labor-mobility' }] };
const SECRETARIAT: Account = { ...ACCOUNT, roles: [{ role: 'secretariat', scope: null }] };
const COUNTS = { received: 2, under_review: 0, accepted: 1, merged: 0, declined: 0, answered: 0 };

type Routes = Parameters<typeof fakeApi>[0];

function open(hash: string, routes: Routes, account: Account = COORDINATOR) {
  location.hash = hash;
  const api = fakeApi({
    'GET auth/me': () => json(account),
    'GET committees': () =>
      json({
        items: [
          committeeFixture(),
          committeeFixture({
            id: 'cmte-integration-host-communities',
            actionPackageId: 'integration-host-communities',
            name: { original: 'en', text: { en: 'Host Communities Committee' } },
          }),
        ],
      }),
    'GET events': () => json({ items: [], nextCursor: null }),
    ...routes,
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { el, api };
}

const queue = (items = [proposalQueueItem()], counts = COUNTS) => json({ items, nextCursor: null, counts });
const select = (el: Element, selector: string, value: string) => {
  const s = find<HTMLSelectElement>(el, selector) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
};
const button = (el: Element, label: RegExp) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) =>
    label.test(b.textContent?.trim() ?? ''),
  ) as HTMLButtonElement;
const queueCalls = (seen: Seen[]) =>
  seen.filter((r) => r.path === 'proposal-queue').map((r) => Object.fromEntries(r.search));

describe('the queues', () => {
  test('a coordinator’s written proposals: the committee fixed, counts per status, filters kept in the address', async () => {
    const { el, api } = open('#/proposals', {
      'GET proposal-queue': () =>
        queue([
          proposalQueueItem(),
          proposalQueueItem({
            id: 'pol-2',
            title: 'Guide for host municipalities',
            locale: 'en',
            status: 'accepted',
            answeredAt: '2026-03-02T09:00:00.000Z',
          }),
        ]),
    });
    await until(() => find(el, 'tbody tr'));
    // The scope fixes the committee: shown, not offered.
    expect(find(el, '#f-committee')).toBeNull();
    expect(text(find(el, 'form.filters') as Element)).toContain('Labour Mobility Committee');
    expect(queueCalls(api.seen).at(-1)).toMatchObject({ kind: 'policy', committee: 'cmte-labor-mobility' });
    expect(text(el)).toContain('In this queue: 3');
    expect(text(find(el, 'ul.counts') as Element)).toContain('Received: 2');
    expect(text(find(el, '#f-status') as Element)).toContain('Received (2)');
    const links = findAll<HTMLAnchorElement>(el, 'tbody a');
    expect(links.map((a) => [a.getAttribute('href'), a.lang])).toEqual([
      ['#/proposals/pol-1', 'es'],
      ['#/proposals/pol-2', 'en'],
    ]);
    expect(text(findAll(el, 'tbody tr')[1] as Element)).toContain('Accepted');
    const nav = findAll<HTMLAnchorElement>(el, 'nav a').find((a) => a.textContent?.trim() === 'Proposals');
    expect(nav?.getAttribute('aria-current')).toBe('page');

    select(el, '#f-status', 'accepted');
    await until(() => location.hash === '#/proposals?status=accepted');
    await until(() => queueCalls(api.seen).at(-1)?.status === 'accepted');

    // The agenda topics' tab: its own queue, filtered by event.
    (findAll<HTMLAnchorElement>(el, 'nav.tabs a')[1] as HTMLAnchorElement).click();
    await until(() => find(el, '#f-event'));
    expect(location.hash).toBe('#/proposals?kind=agenda_topic');
    await until(() => queueCalls(api.seen).at(-1)?.kind === 'agenda_topic');
    expect(findAll(el, 'nav.tabs a').map((a) => a.getAttribute('aria-current'))).toEqual(['false', 'page']);
  });

  test('the secretariat chooses the committee; an empty queue and an error say so', async () => {
    let fail = true;
    const { el, api } = open(
      '#/proposals?committee=cmte-integration-host-communities',
      {
        'GET proposal-queue': () =>
          fail ? problem(500) : queue([], { ...COUNTS, received: 0, accepted: 0 }),
      },
      SECRETARIAT,
    );
    await until(() => find(el, '[role=alert]'));
    expect(text(el)).toContain('The server had a problem');
    fail = false;
    button(el, /^Try again$/).click();
    await until(() => /No proposal matches these filters\./.test(text(el)));
    expect((find<HTMLSelectElement>(el, '#f-committee') as HTMLSelectElement).value).toBe(
      'cmte-integration-host-communities',
    );
    expect(queueCalls(api.seen).at(-1)).toMatchObject({ committee: 'cmte-integration-host-communities' });
  });

  test('a country coordinator is told who answers proposals', async () => {
    const { el, api } = open('#/proposals', {}, { ...ACCOUNT, roles: [{ role: 'country', scope: 'HT' }] });
    await until(() => /Committee coordinators and the secretariat answer proposals/.test(text(el)));
    expect(queueCalls(api.seen)).toEqual([]);
  });
});

describe('one proposal', () => {
  const answered: ProposalDetail = proposalDetailFixture({
    status: 'answered',
    response: {
      text: { original: 'es', text: { es: 'Lo veremos en la sesión.' } },
      respondedAt: '2026-03-02T15:00:00.000Z',
    },
    answeredAt: '2026-03-02T15:00:00.000Z',
    answers: [
      {
        version: 1,
        action: 'answer',
        status: 'answered',
        text: { original: 'es', text: { es: 'Lo veremos en la sesión.' } },
        mergedInto: null,
        answeredAt: '2026-03-02T15:00:00.000Z',
        reason: null,
        answeredBy: 'Marie Joseph',
      },
    ],
  });

  test('the proposal, its sender and links, and the history of answers with their times', async () => {
    const { el } = open('#/proposals/pol-1', { 'GET proposal-queue/pol-1': () => json(answered) });
    await until(() => find(el, '#history-h'));
    const h1 = find(el, 'h1') as HTMLElement;
    expect([h1.textContent?.trim(), h1.lang]).toEqual(['Ventanilla única con intérpretes', 'es']);
    const facts = text(find(el, 'dl.facts') as Element);
    expect(facts).toContain('Written proposal');
    expect(facts).toContain('Labour Mobility Committee');
    expect(facts).toContain('Rosa Díaz, rosa@example.org');
    expect(facts).toContain('LAD-7K3M-Q9P2');
    expect(find<HTMLAnchorElement>(el, 'a[href="https://example.org/propuesta.pdf"]')).not.toBeNull();
    const row = find(el, 'section[aria-labelledby="history-h"] tbody tr') as Element;
    expect(text(row)).toContain('Answer written');
    expect(text(row)).toContain('Lo veremos en la sesión.');
    expect(text(row)).toContain('Marie Joseph');
    expect(find(row, 'time')?.getAttribute('datetime')).toBe('2026-03-02T15:00:00.000Z');
    // Decided already: answering keeps the status.
    expect(text(el)).toContain('Answer only: the status stays “Answered”');
    await expectAccessible(el);
  });

  test('decline: the reason and the answer are asked for at their fields, then sent with the version seen', async () => {
    const sent: unknown[] = [];
    const { el } = open('#/proposals/pol-1', {
      'GET proposal-queue/pol-1': () => json(answered),
      'POST proposal-queue/pol-1/decline': (r) => {
        sent.push(r.body);
        return json({
          ...answered,
          status: 'declined',
          declineReason: 'out_of_scope',
          answers: [
            ...answered.answers,
            {
              ...(answered.answers[0] as ProposalDetail['answers'][number]),
              version: 2,
              action: 'decline',
              status: 'declined',
              reason: 'out_of_scope',
              text: { original: 'en', text: { en: 'Outside our subject.' } },
              answeredAt: '2026-03-03T09:00:00.000Z',
            },
          ],
        });
      },
    });
    await until(() => find(el, 'input[value=decline]'));
    (find<HTMLInputElement>(el, 'input[value=decline]') as HTMLInputElement).click();
    await until(() => find(el, '#reason'));
    button(el, /^Decline$/).click();
    await until(() => focused()?.id === 'reason');
    expect(find(el, '#reason')?.getAttribute('aria-invalid')).toBe('true');
    expect(text(el)).toContain('Choose the reason.');
    expect(text(el)).toContain('Write the public answer: it is needed to decline or to answer.');
    expect(sent).toEqual([]);
    select(el, '#reason', 'out_of_scope');
    await typeInto(find<HTMLTextAreaElement>(el, '#answer') as HTMLTextAreaElement, 'Outside our subject.');
    // The preview shows what the widgets will show.
    const preview = text(find(el, 'section.preview') as Element);
    expect(preview).toContain('Declined');
    expect(preview).toContain('Outside our subject.');
    expect(preview).toContain('Red Fronteriza');
    expect(find(el, 'section.preview .response [lang=en]')).not.toBeNull();
    await expectAccessible(el);
    button(el, /^Decline$/).click();
    await until(() => focused()?.id === 'saved');
    expect(sent).toEqual([
      {
        basedOn: 1,
        reason: 'out_of_scope',
        answer: { original: 'en', text: { en: 'Outside our subject.' } },
      },
    ]);
    expect(findAll(el, 'section[aria-labelledby="history-h"] tbody tr')).toHaveLength(2);
    expect(text(el)).toContain('Outside the committee’s subject');
    expect(sessionStorage.length).toBe(0);
  });

  test('merge: another proposal found by its title, chosen, merged', async () => {
    const sent: unknown[] = [];
    const { el, api } = open('#/proposals/pol-1', {
      'GET proposal-queue/pol-1': () => json(proposalDetailFixture()),
      'GET proposal-queue': () =>
        queue([
          proposalQueueItem(),
          proposalQueueItem({ id: 'pol-7', title: 'Intérpretes en la frontera', status: 'under_review' }),
        ]),
      'POST proposal-queue/pol-1/merge': (r) => {
        sent.push(r.body);
        return json(
          proposalDetailFixture({
            status: 'merged',
            mergedInto: {
              id: 'pol-7',
              kind: 'policy',
              title: 'Intérpretes en la frontera',
              locale: 'es',
              status: 'under_review',
            },
          }),
        );
      },
    });
    await until(() => find(el, 'input[value=merge]'));
    (find<HTMLInputElement>(el, 'input[value=merge]') as HTMLInputElement).click();
    await until(() => find(el, '#merge-q'));
    await typeInto(find<HTMLInputElement>(el, '#merge-q') as HTMLInputElement, 'intérpretes');
    await userEvent.keyboard('{Enter}');
    await until(() => find(el, 'input[name=into]'));
    expect(
      api.seen
        .filter((r) => r.path === 'proposal-queue')
        .at(-1)
        ?.search.get('q'),
    ).toBe('intérpretes');
    // Itself is not offered.
    expect(findAll<HTMLInputElement>(el, 'input[name=into]').map((i) => i.value)).toEqual(['pol-7']);
    (find<HTMLInputElement>(el, 'input[name=into]') as HTMLInputElement).click();
    button(el, /^Merge$/).click();
    await until(() => focused()?.id === 'saved');
    expect(sent).toEqual([{ basedOn: 0, into: 'pol-7' }]);
    expect(find<HTMLAnchorElement>(el, 'a[href="#/proposals/pol-7"]')).not.toBeNull();
  });

  test('someone answered meanwhile: said, their answer read in, what was typed kept', async () => {
    let version = 0;
    const { el } = open('#/proposals/pol-1', {
      'GET proposal-queue/pol-1': () => json(version ? answered : proposalDetailFixture()),
      'POST proposal-queue/pol-1/answer': () => {
        version = 1;
        return problem(409, { code: 'conflict', version: 1 });
      },
    });
    await until(() => find(el, '#answer'));
    await typeInto(find<HTMLTextAreaElement>(el, '#answer') as HTMLTextAreaElement, 'My answer.');
    // What was typed survives a reload.
    document.body.innerHTML = '';
    const again = open('#/proposals/pol-1', {
      'GET proposal-queue/pol-1': () => json(version ? answered : proposalDetailFixture()),
      'POST proposal-queue/pol-1/answer': () => {
        version = 1;
        return problem(409, { code: 'conflict', version: 1 });
      },
    }).el;
    await until(() => (find<HTMLTextAreaElement>(again, '#answer') as HTMLTextAreaElement | null)?.value);
    expect((find<HTMLTextAreaElement>(again, '#answer') as HTMLTextAreaElement).value).toBe('My answer.');
    button(again, /^Publish the answer$/).click();
    await until(() => focused()?.id === 'problem');
    expect(text(again)).toContain('Someone else answered this proposal meanwhile');
    expect(findAll(again, 'section[aria-labelledby="history-h"] tbody tr')).toHaveLength(1);
    expect((find<HTMLTextAreaElement>(again, '#answer') as HTMLTextAreaElement).value).toBe('My answer.');
  });
});

describe('keyboard and accessibility', () => {
  test('by keyboard alone: the decision, the answer, then Enter sends it', async () => {
    const sent: unknown[] = [];
    const { el } = open('#/proposals/pol-1', {
      'GET proposal-queue/pol-1': () => json(proposalDetailFixture()),
      'POST proposal-queue/pol-1/accept': (r) => {
        sent.push(r.body);
        return json(proposalDetailFixture({ status: 'accepted' }));
      },
    });
    await until(() => find(el, 'input[value=answer]'));
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('input[name=decision]');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()?.getAttribute('value')).toBe('accept');
    await tabTo('#answer');
    await userEvent.keyboard('Welcome: on the June agenda.');
    await tabTo('button[type=submit]');
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'saved');
    expect(sent).toEqual([
      { basedOn: 0, answer: { original: 'en', text: { en: 'Welcome: on the June agenda.' } } },
    ]);
  });

  test.each([
    [1280, 800],
    [768, 1024],
  ])('at %i px: the queue and a proposal pass axe, nothing overflows sideways', async (width, height) => {
    await page.viewport(width, height);
    const { el } = open('#/proposals', {
      'GET proposal-queue': () => queue(),
      'GET proposal-queue/pol-1': () => json(proposalDetailFixture()),
    });
    await until(() => find(el, 'tbody tr'));
    await expectAccessible(el, `queue ${width}px`);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    location.hash = '#/proposals/pol-1';
    await until(() => find(el, '#answer'));
    await expectAccessible(el, `proposal ${width}px`);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  });
});
