import { ACTION_PACKAGES, MECHANISMS } from '@lad/sdk';
import { afterEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../app/lad-console.js';
import type { LadConsole } from '../../app/lad-console.js';
import { cleanup, expectAccessible, find, findAll, mount, text, typeInto, until } from '../../testing/dom.js';
import { ACCOUNT, commitmentDetail, fakeApi, json, problem, type Seen } from '../../testing/fake-api.js';

afterEach(async () => {
  await cleanup();
  server.detail = STORED;
  server.version = 1;
});

const STORED = commitmentDetail({
  title: {
    original: 'fr',
    text: { fr: 'Visas de travail saisonnier', en: 'Seasonal work visas' },
    provenance: { en: 'machine' },
  },
});

/** The commitment the fake API stores now, and its version (`ETag`). */
const server = { detail: STORED, version: 1 };

function open(
  patch: (r: Seen) => Response | Promise<Response>,
  hash = '#/commitments/cmt-ht-1',
  more: Record<string, (r: Seen) => Response | Promise<Response>> = {},
) {
  location.hash = hash;
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET commitments/cmt-ht-1': () => json(server.detail, 200, { etag: `"v${server.version}"` }),
    'PATCH commitments/cmt-ht-1': patch,
    ...more,
  });
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = api.fetch;
  });
  return { el, api };
}

const field = (el: Element, id: string) => find<HTMLTextAreaElement>(el, `#${id}`) as HTMLTextAreaElement;
const button = (el: Element, label: string) =>
  findAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent?.trim() === label) as HTMLButtonElement;

test('five languages side by side, each named, with its lang and its machine-translation box; save sends the texts', async () => {
  const { el, api } = open((r) =>
    json({ ...STORED, title: (r.body as { title: unknown }).title, updatedAt: '2026-01-02T00:00:00.000Z' }),
  );
  await until(() => find(el, '#title-ht'));
  for (const l of ['es', 'en', 'pt', 'fr', 'ht']) {
    expect(field(el, `title-${l}`).lang).toBe(l);
    expect(field(el, `description-${l}`).lang).toBe(l);
  }
  expect(find(el, 'label[for="title-ht"]')?.textContent).toContain('Title in Haitian Creole');
  // The original's box cannot be ticked; the English machine translation is ticked.
  expect(find<HTMLInputElement>(el, '[name="title-machine-fr"]')?.disabled).toBe(true);
  expect(find<HTMLInputElement>(el, '[name="title-machine-en"]')?.checked).toBe(true);
  const country = find<HTMLSelectElement>(el, '#country') as HTMLSelectElement;
  expect(country.selectedOptions[0]?.textContent).toContain('Haiti');
  await expectAccessible(el);
  await typeInto(field(el, 'title-ht'), 'Viza travay sezonye');
  (find<HTMLInputElement>(el, '[name="title-machine-ht"]') as HTMLInputElement).click();
  button(el, 'Save').click();
  await until(() => text(el).includes('Saved.'));
  const sent = api.seen.find((r) => r.method === 'PATCH');
  expect(sent?.headers.get('x-lad-console')).toBe('1');
  expect(sent?.headers.get('x-lad-role')).toBe('country:HT');
  // Saved on the version read: someone else's save in between would be refused, not overwritten.
  expect(sent?.headers.get('if-match')).toBe('"v1"');
  expect(sent?.body).toEqual({
    title: {
      original: 'fr',
      text: { fr: 'Visas de travail saisonnier', en: 'Seasonal work visas', ht: 'Viza travay sezonye' },
      provenance: { en: 'machine', ht: 'machine' },
    },
    description: null,
  });
  expect(sessionStorage.length).toBe(0);
});

test('typed text survives a reload (a draft per commitment) until it is saved or discarded', async () => {
  const first = open(() => problem(500));
  await until(() => find(first.el, '#title-ht'));
  await typeInto(field(first.el, 'title-ht'), 'Tèks ki pa ko anrejistre');
  document.body.innerHTML = '';
  const second = open(() => problem(500));
  await until(() => find(second.el, '#title-ht'));
  expect(field(second.el, 'title-ht').value).toBe('Tèks ki pa ko anrejistre');
  expect(text(second.el)).toContain('unsaved changes');
  // A failed save keeps it too.
  button(second.el, 'Save').click();
  await until(() => text(second.el).includes('The server had a problem'));
  expect(field(second.el, 'title-ht').value).toBe('Tèks ki pa ko anrejistre');
  button(second.el, 'Discard my changes').click();
  await until(() => field(second.el, 'title-ht').value === '');
  expect(sessionStorage.length).toBe(0);
});

test('the original language cannot be emptied', async () => {
  const { el, api } = open(() => json(STORED));
  await until(() => find(el, '#title-fr'));
  await userEvent.clear(field(el, 'title-fr'));
  button(el, 'Save').click();
  await until(() => find(el, '#title-fr-error'));
  expect(text(find(el, '#title-fr-error') as Element)).toBe(
    'The title in French is the original: it cannot be empty.',
  );
  expect(api.seen.some((r) => r.method === 'PATCH')).toBe(false);
});

test('someone else saved first (412): their version beside mine; keep theirs, or save mine over it', async () => {
  const theirs = {
    ...STORED,
    title: { ...STORED.title, text: { ...STORED.title.text, ht: 'Vèsyon pa yo' } },
  };
  let patches = 0;
  const { el, api } = open((r) => {
    patches++;
    if (r.headers.get('if-match') !== `"v${server.version}"`)
      return problem(412, { code: 'precondition-failed', current: server.detail });
    return json({ ...STORED, title: (r.body as { title: unknown }).title });
  });
  await until(() => find(el, '#title-ht'));
  // Someone else saves now.
  server.detail = theirs;
  server.version = 2;
  await typeInto(field(el, 'title-ht'), 'Vèsyon pa m');
  button(el, 'Save').click();
  await until(() => text(el).includes('Someone else saved this commitment'));
  const row = findAll(el, 'table.conflict tbody tr').map((tr) => text(tr));
  expect(row).toEqual(['Title in Haitian Creole Vèsyon pa yo Vèsyon pa m']);
  await expectAccessible(el, 'conflict');
  // Mine over theirs: a fresh read, then my texts.
  button(el, 'Save mine over theirs').click();
  await until(() => text(el).includes('Saved.'));
  expect(patches).toBe(2);
  const last = api.seen.findLast((r) => r.method === 'PATCH');
  expect(last?.headers.get('if-match')).toBe('"v2"');
  expect((last?.body as { title: { text: Record<string, string> } } | undefined)?.title.text.ht).toBe(
    'Vèsyon pa m',
  );
});

test('keeping theirs puts their texts in the form and forgets mine', async () => {
  const theirs = {
    ...STORED,
    title: { ...STORED.title, text: { ...STORED.title.text, ht: 'Vèsyon pa yo' } },
  };
  const { el } = open(() => problem(412, { code: 'precondition-failed', current: theirs }));
  await until(() => find(el, '#title-ht'));
  server.detail = theirs;
  server.version = 2;
  await typeInto(field(el, 'title-ht'), 'Vèsyon pa m');
  button(el, 'Save').click();
  await until(() => text(el).includes('Someone else saved this commitment'));
  button(el, 'Keep theirs').click();
  await until(() => field(el, 'title-ht').value === 'Vèsyon pa yo');
  expect(find(el, 'table.conflict')).toBeNull();
  expect(sessionStorage.length).toBe(0);
});

/** Sets a field's value as typing would, for inputs `userEvent.type` cannot fill (dates, selects). */
function setValue(el: Element, selector: string, value: string) {
  const input = find<HTMLInputElement | HTMLSelectElement>(el, selector) as
    | HTMLInputElement
    | HTMLSelectElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const AP = ACTION_PACKAGES[0]?.id as string;
const MECH = MECHANISMS[0]?.id as string;

test('country (fixed for a country coordinator), pillar, packages, mechanisms, sources and consultation: one save, only what changed', async () => {
  const { el, api } = open((r) => json({ ...STORED, ...(r.body as object) }));
  await until(() => find(el, '#pillar'));
  const country = find<HTMLSelectElement>(el, '#country') as HTMLSelectElement;
  expect(country.disabled).toBe(true);
  expect(country.value).toBe('HT');
  setValue(el, '#pillar', '');
  (find<HTMLInputElement>(el, `input[name="actionPackages"][value="${AP}"]`) as HTMLInputElement).click();
  (find<HTMLInputElement>(el, `input[name="mechanisms"][value="${MECH}"]`) as HTMLInputElement).click();
  button(el, 'Add a source').click();
  await until(() => find(el, '#source-title-0'));
  // The new row's first field has the focus.
  expect((el.shadowRoot?.activeElement ?? document.activeElement)?.id ?? '').not.toBe('add-source');
  await typeInto(find<HTMLInputElement>(el, '#source-title-0') as HTMLInputElement, 'Decreto 12');
  await typeInto(
    find<HTMLInputElement>(el, '#source-url-0') as HTMLInputElement,
    'https://example.org/decreto',
  );
  await typeInto(find<HTMLInputElement>(el, '#source-publisher-0') as HTMLInputElement, 'Moniteur');
  await typeInto(find<HTMLInputElement>(el, '#source-publishedOn-0') as HTMLInputElement, '2024-05');
  setValue(el, '#consultation-method', 'cso_meeting');
  setValue(el, '#consultation-date', '2024-03-01');
  await typeInto(find<HTMLTextAreaElement>(el, '#consultation-notes') as HTMLTextAreaElement, 'Two meetings');
  // Kept as a draft, new fields too.
  expect(JSON.stringify(Object.values(sessionStorage))).toContain('Decreto 12');
  await expectAccessible(el, 'all fields');
  button(el, 'Save').click();
  await until(() => text(el).includes('Saved.'));
  const sent = api.seen.find((r) => r.method === 'PATCH');
  expect(sent?.headers.get('if-match')).toBe('"v1"');
  expect(sent?.body).toEqual({
    title: STORED.title,
    description: null,
    pillar: null,
    actionPackages: [AP],
    mechanisms: [MECH],
    sources: [
      {
        title: 'Decreto 12',
        url: 'https://example.org/decreto',
        publisher: 'Moniteur',
        publishedOn: '2024-05',
      },
    ],
    consultation: {
      method: 'cso_meeting',
      date: '2024-03-01',
      notes: { original: 'en', text: { en: 'Two meetings' } },
    },
  });
  expect(sessionStorage.length).toBe(0);
});

test('a source can be removed with the keyboard; the focus goes back to "Add a source"', async () => {
  const { el } = open(() => json(STORED));
  await until(() => find(el, '#pillar'));
  button(el, 'Add a source').click();
  await until(() => find(el, '#source-title-0'));
  const remove = button(el, 'Remove source 1');
  remove.focus();
  await userEvent.keyboard('{Enter}');
  await until(() => !find(el, '#source-title-0'));
  await until(() => findAll(el, '#add-source').some((b) => b.matches(':focus')));
});

test('a source address the API refuses (422 on sources.0.url) is shown at that field, with the focus', async () => {
  const withSource = commitmentDetail({
    ...STORED,
    sources: [{ title: 'Decreto', url: 'https://example.org/old' }],
  });
  server.detail = withSource;
  const { el } = open(() =>
    problem(422, {
      code: 'validation',
      errors: [{ path: ['sources', 0, 'url'], code: 'invalid_format', message: 'Invalid URL' }],
    }),
  );
  await until(() => find(el, '#source-url-0'));
  await typeInto(find<HTMLInputElement>(el, '#source-url-0') as HTMLInputElement, 'https://example.org/new');
  button(el, 'Save').click();
  await until(() => find(el, '#source-url-0-error'));
  const url = find<HTMLInputElement>(el, '#source-url-0') as HTMLInputElement;
  expect(url.getAttribute('aria-invalid')).toBe('true');
  expect(url.getAttribute('aria-describedby')).toContain('source-url-0-error');
  await until(() => findAll(el, '#source-url-0').some((f) => f.matches(':focus')));
  await expectAccessible(el, '422');
});

test('#/commitments/new creates a commitment (POST) and lands on its page', async () => {
  const created = commitmentDetail({
    id: 'cmt-new',
    title: { original: 'en', text: { en: 'Labor pathways' } },
    pillar: 'I',
    status: 'not_started',
  });
  const { el, api } = open(() => json(STORED), '#/commitments/new', {
    'POST commitments': () => json(created, 201),
    'GET commitments/cmt-new': () => json(created, 200, { etag: '"v1"' }),
  });
  await until(() => find(el, '#status'));
  expect(text(el)).toContain('New commitment');
  await expectAccessible(el, 'new');
  // Without a title: refused before sending.
  button(el, 'Create the commitment').click();
  await until(() => find(el, '#title-en-error'));
  expect(api.seen.some((r) => r.method === 'POST')).toBe(false);
  await typeInto(field(el, 'title-en'), 'Labor pathways');
  setValue(el, '#pillar', 'I');
  setValue(el, '#status', 'not_started');
  button(el, 'Create the commitment').click();
  await until(() => location.hash === '#/commitments/cmt-new');
  expect(api.seen.find((r) => r.method === 'POST')?.body).toEqual({
    title: { original: 'en', text: { en: 'Labor pathways' } },
    country: 'HT',
    pillar: 'I',
    status: 'not_started',
  });
  await until(() => find(el, '#title-en') && text(el).includes('Record progress'));
  expect(field(el, 'title-en').value).toBe('Labor pathways');
});
