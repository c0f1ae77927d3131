import type { Event as Meeting } from '@lad/sdk';
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
import { ACCOUNT, committeeFixture, eventFixture, fakeApi, json, problem } from '../../testing/fake-api.js';

afterEach(cleanup);

function open(hash: string, routes: Parameters<typeof fakeApi>[0]) {
  localStorage.setItem('lad-console-acting', 'committee:labor-mobility');
  location.hash = hash;
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET committees': () => json({ items: [committeeFixture()] }),
    ...routes,
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { el, api };
}

const field = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
  el: Element,
  selector: string,
) => find<T>(el, selector) as T;

/** Sets a field as a person would (an input or change event after the value). */
function set(el: Element, selector: string, value: string | boolean) {
  const f = field<HTMLInputElement>(el, selector);
  if (typeof value === 'boolean') {
    f.checked = value;
    f.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  f.value = value;
  f.dispatchEvent(new Event(f instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

const button = (el: Element, label: RegExp) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) =>
    label.test(b.textContent?.trim() ?? ''),
  ) as HTMLButtonElement;

const withEtag = (body: unknown, etag = '"v1"') => json(body, 200, { etag });

describe('a new meeting', () => {
  test('the committee’s quarterly session: what is missing is named at its field; times are the meeting’s time zone; criteria sent; then it opens created', async () => {
    const sent: unknown[] = [];
    const { el } = open('#/events/new', {
      'POST events': (r) => {
        sent.push(r.body);
        return json(eventFixture({ id: 'evt-new' }), 201);
      },
      'GET events/evt-new': () => withEtag(eventFixture({ id: 'evt-new' })),
    });
    await until(() => find(el, '#title-en'));
    expect(text(el)).toContain('A meeting is in the public calendar as soon as it is created.');
    // The committee is the coordinator's own, shown, not chosen.
    expect(find(el, '#committee')).toBeNull();
    expect(text(el)).toContain('Committee: Labour Mobility Committee');
    button(el, /^Create the meeting$/).click();
    await until(() => text(el).includes('Check the highlighted fields.'));
    expect(text(el)).toContain('Give the meeting a title in at least one language.');
    await until(() => focused()?.id === 'title-en');

    set(el, '#title-en', 'Quarterly information session — Q2');
    set(el, '#zone', 'America/Port-au-Prince');
    set(el, '#starts', '2030-05-12T10:00');
    set(el, '#ends', '2030-05-12T12:00');
    set(el, '#online', 'https://meet.example.org/q2');
    set(el, '#registration', true);
    await until(() => find(el, '#opens'));
    set(el, '#opens', '2030-04-01T09:00');
    set(el, '#closes', '2030-04-30T17:00');
    set(el, '#capacity', '40');
    (findAll<HTMLInputElement>(el, 'input[name="role"]')[1] as HTMLInputElement).click();
    button(el, /^Add a criterion$/).click();
    await until(() => focused()?.id === 'criterion-0');
    set(el, '#criterion-0', 'Describe your work with migrants.');
    // A second change to the same criterion before the page draws again keeps the first.
    set(el, '#answer-0', 'yes_no');
    button(el, /^Create the meeting$/).click();
    await until(() => location.hash === '#/events/evt-new?saved=created');
    expect(sent).toEqual([
      expect.objectContaining({
        kind: 'information_session',
        title: { original: 'en', text: { en: 'Quarterly information session — Q2' } },
        committeeId: 'cmte-labor-mobility',
        country: null,
        timeZone: 'America/Port-au-Prince',
        startsAt: '2030-05-12T14:00:00.000Z',
        endsAt: '2030-05-12T16:00:00.000Z',
        format: 'online',
        onlineUrl: 'https://meet.example.org/q2',
        registration: expect.objectContaining({
          opensAt: '2030-04-01T13:00:00.000Z',
          closesAt: '2030-04-30T21:00:00.000Z',
          capacity: 40,
          role: 'observer',
          criteria: [
            expect.objectContaining({
              text: { original: 'en', text: { en: 'Describe your work with migrants.' } },
              answer: 'yes_no',
              required: true,
            }),
          ],
        }),
      }),
    ]);
    await until(() => text(el).includes('The meeting was created. It is in the public calendar now.'));
    expect(sessionStorage.getItem('lad-console:draft:event:new')).toBeNull();
  });

  test('what was typed survives a reload', async () => {
    const first = open('#/events/new', {});
    await until(() => find(first.el, '#title-en'));
    set(first.el, '#title-en', 'Reyinyon rejyonal');
    document.body.innerHTML = '';
    const { el } = open('#/events/new', {});
    await until(() => find(el, '#title-en'));
    expect(field<HTMLInputElement>(el, '#title-en').value).toBe('Reyinyon rejyonal');
    expect(text(el)).toContain('Your unsaved changes to this meeting were kept');
  });
});

describe('an existing meeting', () => {
  test('registration has opened: the criteria’s version is shown, a change says it makes version 2, sent with If-Match and without the dates', async () => {
    const patches: { body: unknown; ifMatch: string | null }[] = [];
    const event = eventFixture();
    const { el } = open('#/events/evt-1', {
      'GET events/evt-1': () => withEtag(event),
      'PATCH events/evt-1': (r) => {
        patches.push({ body: r.body, ifMatch: r.headers.get('if-match') });
        const body = r.body as { registration: Meeting['registration'] };
        return withEtag(
          eventFixture({
            registration: {
              ...event.registration!,
              criteria: body.registration!.criteria,
              criteriaVersion: 2,
            },
          }),
          '"v2"',
        );
      },
    });
    await until(() => find(el, '#criterion-0'));
    expect(text(el)).toContain('Criteria version 1');
    expect(text(el)).toContain(
      'Registration has opened: saving a change to the criteria publishes version 2.',
    );
    // Dates move only with "Reschedule…".
    expect(find(el, '#starts')).toBeNull();
    set(el, '#criterion-0', 'Describe your work with migrants and refugees.');
    button(el, /^Save$/).click();
    await until(() => text(el).includes('Saved. The criteria are now version 2.'));
    expect(patches).toHaveLength(1);
    expect(patches[0]?.ifMatch).toBe('"v1"');
    expect(patches[0]?.body).not.toHaveProperty('startsAt');
    expect(patches[0]?.body).not.toHaveProperty('endsAt');
    expect(text(el)).toContain('Criteria version 2');
  });

  test('someone else changed it meanwhile: both kept until the person chooses; only seats taken changing saves without asking', async () => {
    let version = 1;
    const theirs = eventFixture({ title: { original: 'en', text: { en: 'Their title' } } });
    const seatsOnly = eventFixture({ registration: { ...eventFixture().registration!, seatsTaken: 9 } });
    let answer: 'seats' | 'title' = 'seats';
    const { el, api } = open('#/events/evt-1', {
      'GET events/evt-1': () =>
        withEtag(version === 1 ? eventFixture() : answer === 'seats' ? seatsOnly : theirs, `"v${version}"`),
      'PATCH events/evt-1': (r) => {
        if (r.headers.get('if-match') !== `"v${version}"`)
          return problem(412, {
            code: 'precondition-failed',
            current: answer === 'seats' ? seatsOnly : theirs,
          });
        return withEtag(eventFixture({ interpretation: ['pt'] }), `"v${++version}"`);
      },
    });
    await until(() => find(el, '#title-en'));
    version = 2; // seats were taken meanwhile
    set(el, 'input[name="interpretation"][value="pt"], input[name="interpretation"]', true);
    button(el, /^Save$/).click();
    await until(() => text(el).includes('Saved. The public calendar shows the changes now.'));
    expect(api.seen.filter((r) => r.method === 'PATCH')).toHaveLength(2);

    answer = 'title';
    version = 5;
    set(el, '#title-en', 'My title');
    button(el, /^Save$/).click();
    await until(() => text(el).includes('Someone else changed this meeting while you were editing it.'));
    expect(field<HTMLInputElement>(el, '#title-en').value).toBe('My title');
    button(el, /^Keep theirs$/).click();
    await until(() => field<HTMLInputElement>(el, '#title-en').value === 'Their title');
  });

  test('keyboard only: cancel with a reason, told that everyone who applied will be e-mailed; the page then shows it cancelled', async () => {
    const cancels: unknown[] = [];
    const { el } = open('#/events/evt-1', {
      'GET events/evt-1': () => withEtag(eventFixture()),
      'POST events/evt-1/cancel': (r) => {
        cancels.push(r.body);
        return json(
          eventFixture({
            status: 'cancelled',
            cancelledAt: '2030-04-02T15:00:00.000Z',
            cancellationReason: 'The venue is closed.',
            sequence: 3,
          }),
        );
      },
    });
    await until(() => find(el, '#title-en'));
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('button[aria-controls="panel-cancel"]', 200);
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'cancel-heading');
    expect(text(find(el, '#panel-cancel') as Element)).toContain(
      'Everyone who applied will be told by email, in the language they applied in.',
    );
    await tabTo('#cancel-reason');
    await userEvent.keyboard('The venue is closed.');
    await tabTo('button.danger');
    await userEvent.keyboard('{Enter}');
    await until(() => text(el).includes('Cancelled on'));
    expect(cancels).toEqual([{ reason: 'The venue is closed.' }]);
    expect(text(el)).toContain('Reason: The venue is closed.');
    expect(find(el, 'form')).toBeNull();
    await expectAccessible(el);
  });

  test('rescheduling: new dates in the meeting’s time zone, confirmed, sent on their own', async () => {
    const patches: { body: unknown; ifMatch: string | null }[] = [];
    const { el } = open('#/events/evt-1', {
      'GET events/evt-1': () => withEtag(eventFixture()),
      'PATCH events/evt-1': (r) => {
        patches.push({ body: r.body, ifMatch: r.headers.get('if-match') });
        return withEtag(
          eventFixture({
            startsAt: '2030-05-19T14:00:00.000Z',
            endsAt: '2030-05-19T16:00:00.000Z',
            sequence: 3,
          }),
          '"v2"',
        );
      },
    });
    await until(() => find(el, '#title-en'));
    button(el, /^Reschedule…$/).click();
    await until(() => focused()?.id === 'reschedule-heading');
    expect(field<HTMLInputElement>(el, '#move-starts').value).toBe('2030-05-12T10:00');
    expect(text(find(el, '#panel-reschedule') as Element)).toContain(
      'Everyone who applied will be told by email',
    );
    set(el, '#move-starts', '2030-05-19T10:00');
    set(el, '#move-ends', '2030-05-19T12:00');
    button(el, /^Move the meeting$/).click();
    await until(() =>
      text(el).includes('The meeting was moved. Everyone who applied is being told by email.'),
    );
    expect(patches).toEqual([
      { body: { startsAt: '2030-05-19T14:00:00.000Z', endsAt: '2030-05-19T16:00:00.000Z' }, ifMatch: null },
    ]);
    expect(text(el)).toContain('Calendar version (iCalendar SEQUENCE) 3.');
  });

  test.each([
    [1280, 800],
    [768, 1024],
  ])(
    'at %i px: nothing overflows sideways, axe finds nothing (criteria and panels open)',
    async (width, height) => {
      await page.viewport(width, height);
      const { el } = open('#/events/evt-1', { 'GET events/evt-1': () => withEtag(eventFixture()) });
      await until(() => find(el, '#criterion-0'));
      button(el, /^Reschedule…$/).click();
      await until(() => find(el, '#move-starts'));
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      await expectAccessible(el, `${width}px`);
    },
  );
});
