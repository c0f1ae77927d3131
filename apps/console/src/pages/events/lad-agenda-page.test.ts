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
  until,
} from '../../testing/dom.js';
import { ACCOUNT, agendaDraftFixture, eventFixture, fakeApi, json } from '../../testing/fake-api.js';
import { parseDocuments, parseSpeakers } from './agenda-form.js';
import { fromLocalInput, toLocalInput } from './event-words.js';

afterEach(cleanup);

const DAY = 86_400_000;

function open(routes: Parameters<typeof fakeApi>[0]) {
  localStorage.setItem('lad-console-acting', 'committee:labor-mobility');
  location.hash = '#/events/evt-1/agenda';
  const api = fakeApi({ 'GET auth/me': () => json(ACCOUNT), ...routes });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { el, api };
}

function set(el: Element, selector: string, value: string) {
  const f = find<HTMLInputElement>(el, selector) as HTMLInputElement;
  f.value = value;
  f.dispatchEvent(new Event('input', { bubbles: true }));
}

const button = (el: Element, label: RegExp) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) =>
    label.test(b.textContent?.trim() ?? ''),
  ) as HTMLButtonElement;

test('speakers and documents as typed, one a line', () => {
  expect(parseSpeakers('Ana Pérez, Secretariat\n\n  Jean Baptiste ')).toEqual([
    { name: 'Ana Pérez', organization: 'Secretariat', role: null },
    { name: 'Jean Baptiste', organization: null, role: null },
  ]);
  expect(parseDocuments('Concept note https://example.org/note.pdf\nhttps://example.org/b')).toEqual([
    { title: 'Concept note', url: 'https://example.org/note.pdf' },
    { title: 'https://example.org/b', url: 'https://example.org/b' },
  ]);
  expect(parseDocuments('no address here')).toBeNull();
});

describe('the agenda editor', () => {
  test('keyboard only: two items added and reordered with buttons (the focus follows); publishing 10 days before asks first, as the promise is 21', async () => {
    // Noon in Port-au-Prince, ten calendar days from today there (whatever the hour now).
    const today = toLocalInput(new Date().toISOString(), 'America/Port-au-Prince').slice(0, 10);
    const day10 = new Date(Date.parse(`${today}T12:00:00Z`) + 10 * DAY).toISOString().slice(0, 10);
    const starts = fromLocalInput(`${day10}T12:00`, 'America/Port-au-Prince') as string;
    const event = eventFixture({
      startsAt: starts,
      endsAt: new Date(Date.parse(starts) + 2 * 3_600_000).toISOString(),
    });
    const puts: unknown[] = [];
    let stored = agendaDraftFixture({ dueAt: new Date(Date.parse(starts) - 21 * DAY).toISOString() });
    const { el } = open({
      'GET events/evt-1': () => json(event),
      'GET events/evt-1/agenda': () => json(stored),
      'PUT events/evt-1/agenda': (r) => {
        puts.push(r.body);
        const body = r.body as {
          items: { title: unknown; durationMinutes: number | null }[];
          publish: boolean;
        };
        stored = {
          ...stored,
          items: body.items.map((item, i) => ({
            id: `item-${i + 1}`,
            title: item.title as never,
            description: null,
            presenters: [],
            startsAt: null,
            durationMinutes: item.durationMinutes,
            fromProposalId: null,
            documents: [],
          })),
          publishedAt: body.publish ? new Date().toISOString() : null,
        };
        return json({ ...stored, leadDays: undefined });
      },
    });
    await until(() => find(el, '#add-item'));
    expect(text(el)).toContain('Not published.');
    expect(text(el)).toMatch(
      /Published now, it would be 10 days before the meeting: later than the promised 21 days\./,
    );

    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('#add-item', 120);
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'title-0');
    await userEvent.keyboard('Opening');
    await tabTo('#duration-0');
    await userEvent.keyboard('15');
    await tabTo('#add-item');
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'title-1');
    await userEvent.keyboard('Labour pathways');
    // The second item goes first: "Move item 2 up", and the focus stays with it.
    await tabTo('button[data-move="up"][aria-describedby="item-1-heading"]');
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.matches('button[data-move="down"][aria-describedby="item-0-heading"]'));
    expect((find<HTMLInputElement>(el, '#title-0') as HTMLInputElement).value).toBe('Labour pathways');
    // The second item started where the first ended (the meeting's start + 15 minutes).
    expect((find<HTMLInputElement>(el, '#starts-0') as HTMLInputElement).value).not.toBe('');

    await tabTo('#publish');
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'late-heading');
    expect(text(el)).toContain('Publish later than promised?');
    expect(puts).toHaveLength(0);
    await tabTo('button:not(.secondary)');
    expect(focused()?.textContent?.trim()).toBe('Publish anyway');
    await userEvent.keyboard('{Enter}');
    await until(() => text(el).includes('The agenda is published: the public calendar shows it now.'));
    expect(puts).toEqual([
      {
        publish: true,
        items: [
          expect.objectContaining({
            title: { original: 'en', text: { en: 'Labour pathways' } },
            durationMinutes: null,
          }),
          expect.objectContaining({
            title: { original: 'en', text: { en: 'Opening' } },
            durationMinutes: 15,
          }),
        ],
      },
    ]);
    expect(text(el)).toContain('Published 10 days before the meeting');
  });

  test('on time: published at once; a document line without an address is named; the freeze date is saved in the meeting’s time zone', async () => {
    const puts: unknown[] = [];
    const patches: unknown[] = [];
    let stored = agendaDraftFixture();
    const { el } = open({
      'GET events/evt-1': () => json(eventFixture()),
      'GET events/evt-1/agenda': () => json(stored),
      'PUT events/evt-1/agenda': (r) => {
        puts.push(r.body);
        const items = (r.body as { items: { title: never; documents: never; presenters: never }[] }).items;
        stored = {
          ...stored,
          publishedAt: '2030-04-01T12:00:00.000Z',
          items: items.map((item, i) => ({
            id: `item-${i + 1}`,
            title: item.title,
            description: null,
            presenters: item.presenters,
            startsAt: null,
            durationMinutes: null,
            fromProposalId: null,
            documents: item.documents,
          })),
        };
        return json(stored);
      },
      'PATCH events/evt-1': (r) => {
        patches.push(r.body);
        return json(eventFixture({ topicProposalsCloseAt: '2030-05-01T03:59:00.000Z' }));
      },
    });
    await until(() => find(el, '#add-item'));
    expect(text(el)).not.toContain('later than the promised');
    button(el, /^Add an item$/).click();
    await until(() => find(el, '#title-0'));
    set(el, '#title-0', 'Opening');
    set(el, '#documents-0', 'Concept note');
    button(el, /^Publish the agenda$/).click();
    await until(() => text(el).includes('Each line needs an address starting with https://'));
    await until(() => focused()?.id === 'documents-0');
    set(el, '#documents-0', 'Concept note https://example.org/note.pdf');
    set(el, '#speakers-0', 'Ana Pérez, Secretariat');
    button(el, /^Publish the agenda$/).click();
    await until(() => text(el).includes('The agenda is published'));
    expect(puts).toEqual([
      {
        publish: true,
        items: [
          expect.objectContaining({
            documents: [{ title: 'Concept note', url: 'https://example.org/note.pdf' }],
            presenters: [{ name: 'Ana Pérez', organization: 'Secretariat', role: null }],
          }),
        ],
      },
    ]);
    expect(text(el)).toContain('Published 41 days before the meeting');
    expect((find<HTMLTextAreaElement>(el, '#documents-0') as HTMLTextAreaElement).value).toBe(
      'Concept note https://example.org/note.pdf',
    );

    set(el, '#freeze', '2030-04-30T23:59');
    button(el, /^Save the freeze date$/).click();
    await until(() => text(el).includes('Agenda topics can be proposed until Apr 30, 2030, 11:59 PM.'));
    expect(patches).toEqual([{ topicProposalsCloseAt: '2030-05-01T03:59:00.000Z' }]);
  });

  test.each([
    [1280, 800],
    [768, 1024],
  ])('at %i px: nothing overflows sideways, axe finds nothing', async (width, height) => {
    await page.viewport(width, height);
    const { el } = open({
      'GET events/evt-1': () => json(eventFixture()),
      'GET events/evt-1/agenda': () =>
        json(
          agendaDraftFixture({
            dueAt: new Date(Date.now() - DAY).toISOString(),
            items: [
              {
                id: 'item-1',
                title: { original: 'en', text: { en: 'Opening' } },
                description: null,
                presenters: [{ name: 'Ana Pérez', organization: null, role: null }],
                startsAt: '2030-05-12T14:00:00.000Z',
                durationMinutes: 15,
                fromProposalId: null,
                documents: [{ title: 'Note', url: 'https://example.org/n' }],
              },
            ],
          }),
        ),
    });
    await until(() => find(el, '#title-0'));
    button(el, /^Publish the agenda$/).click();
    await until(() => find(el, '#late-heading'));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    await expectAccessible(el, `${width}px`);
  });
});
