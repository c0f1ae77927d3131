import type { ImportJob } from '@lad/sdk';
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
import { ACCOUNT, fakeApi, importJob, importResult, json, problem } from '../../testing/fake-api.js';

afterEach(cleanup);

type Routes = Parameters<typeof fakeApi>[0];

interface Upload {
  type: string | null;
  search: URLSearchParams;
  text: string;
}

/**
 * The console on `hash` with a fake API; `POST import/jobs` (a file, not JSON) is answered here
 * with `upload`, and what was sent is kept in `uploads`.
 */
async function openImport(hash: string, routes: Routes = {}, upload?: () => Response) {
  location.hash = hash;
  const api = fakeApi({
    'GET auth/me': () => json(ACCOUNT),
    'GET import/jobs': () => json({ items: [] }),
    ...routes,
  });
  const uploads: Upload[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname === '/v1/import/jobs') {
      uploads.push({
        type: request.headers.get('content-type'),
        search: url.searchParams,
        text: await request.text(),
      });
      return upload ? upload() : json(importJob(), 202);
    }
    return api.fetch(request);
  };
  const el = mount<LadConsole>('<lad-console></lad-console>', (e) => {
    e.fetch = fetch;
  });
  await until(() => find(el, 'lad-import-page')?.shadowRoot?.querySelector('h1'));
  return { el, api, uploads };
}

/** A handler answering each of `jobs` in turn, then the last one again and again. */
function inTurn(...jobs: ImportJob[]) {
  let i = 0;
  return () => json(jobs[Math.min(i++, jobs.length - 1)]);
}

const checking = (processed: number, total: number, id = 'job-1') =>
  importJob({ id, status: 'checking', progress: { stage: 'check', processed, total } });

const DRY_RUN = importResult({
  rows: 5,
  created: 1,
  updated: 1,
  unchanged: 1,
  errors: [
    {
      row: 3,
      column: 'actionPackages',
      code: 'unknown_reference',
      message: 'Unknown action package: labour.',
    },
    { row: 4, column: 'sources', code: 'odd_new_code', message: 'Something the console has no words for.' },
  ],
  changes: [
    { row: 1, externalId: 'HT-2024-01', action: 'create', fields: [], label: 'Vize travay sezonye' },
    {
      row: 2,
      externalId: 'HT-2024-02',
      action: 'update',
      fields: ['status', 'actionPackages', 'title', 'dueDate'],
      label: 'Pwoteksyon tanporè',
      diff: {
        status: { from: 'not_started', to: 'limited' },
        actionPackages: { from: [], to: ['labor-mobility'] },
        title: {
          from: { original: 'ht', text: { ht: 'Pwoteksyon' } },
          to: { original: 'ht', text: { ht: 'Pwoteksyon tanporè', en: 'Temporary protection' } },
        },
        dueDate: { from: null, to: '2026-12-31' },
      },
    },
    { row: 5, externalId: 'HT-2024-05', action: 'unchanged', fields: [] },
  ],
});

const checked = (id = 'job-1', result = DRY_RUN) =>
  importJob({ id, status: 'checked', progress: { stage: 'check', processed: 5, total: 5 }, result });

/** Chooses `file` in the page's file field, as the browser's file picker does. */
function choose(el: Element, file: File) {
  const input = find<HTMLInputElement>(el, '#file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const progressBar = (el: Element) => find<HTMLProgressElement>(el, 'progress');

describe('checking a file', () => {
  test('the file goes to the server, the address keeps the job, the bar moves, the dry run takes the focus', async () => {
    const { el, uploads, api } = await openImport(
      '#/import',
      { 'GET import/jobs/job-1': inTurn(checking(1200, 5000), checking(4000, 5000), checked()) },
      () => json(checking(0, 0), 202),
    );
    choose(el, new File(['externalId,country\nHT-2024-01,HT\n'], 'matrix.csv', { type: 'text/csv' }));
    (find<HTMLButtonElement>(el, '#check') as HTMLButtonElement).click();
    await until(() => location.hash === '#/import/job-1');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.search.get('kind')).toBe('commitments');
    expect(uploads[0]?.search.get('filename')).toBe('matrix.csv');
    expect(uploads[0]?.type).toMatch(/^text\/csv/);
    expect(uploads[0]?.text).toContain('HT-2024-01,HT');

    // A real progress bar, named by its label, with numbers in the console's language.
    await until(() => progressBar(el)?.value === 1200);
    expect(progressBar(el)?.max).toBe(5000);
    expect(text(find(el, 'label[for="progress"]') as Element)).toBe('Checking row 1,200 of 5,000');
    await until(() => progressBar(el)?.value === 4000);
    expect(text(find(el, 'label[for="progress"]') as Element)).toBe('Checking row 4,000 of 5,000');

    // The dry run: the focus moves to its heading, and the stage change is said once.
    await until(() => focused()?.id === 'results');
    expect(find(el, 'progress')).toBeNull();
    const live = find(el, 'p.visually-hidden[role="status"]') as Element;
    expect(text(live)).toBe('The file is checked. Review what it would change.');
    const totals = findAll(el, 'dl.totals > div').map((d) => text(d));
    expect(totals).toEqual(['New 1', 'Changed 1', 'Unchanged 1', 'Refused 2']);

    // Polling stopped once checked.
    const asked = api.seen.filter((r) => r.path === 'import/jobs/job-1').length;
    await new Promise((r) => setTimeout(r, 1200));
    expect(api.seen.filter((r) => r.path === 'import/jobs/job-1').length).toBe(asked);
  });

  test('a file that is neither CSV nor Excel, or no file at all, is said next to the field', async () => {
    const { el, uploads } = await openImport('#/import');
    (find<HTMLButtonElement>(el, '#check') as HTMLButtonElement).click();
    await until(() => focused()?.id === 'file');
    expect(text(find(el, '#file-error') as Element)).toBe('Choose the file to import.');
    expect(find(el, '#file')?.getAttribute('aria-invalid')).toBe('true');
    choose(el, new File(['x'], 'notes.pdf', { type: 'application/pdf' }));
    (find<HTMLButtonElement>(el, '#check') as HTMLButtonElement).click();
    await until(() => find(el, '#file-error'));
    expect(text(find(el, '#file-error') as Element)).toContain('neither a CSV file nor an Excel workbook');
    expect(uploads).toHaveLength(0);
  });

  test('a file the server refuses outright (no key column) says why, in the console’s words', async () => {
    const { el } = await openImport('#/import', {}, () =>
      problem(400, {
        code: 'validation-failed',
        errors: [
          {
            path: ['columns', 'externalId'],
            code: 'missing_column',
            message: 'The file needs an externalId column (or the id column of an export).',
          },
        ],
      }),
    );
    choose(el, new File(['title,country\nVisas,HT\n'], 'matrix.csv', { type: 'text/csv' }));
    (find<HTMLButtonElement>(el, '#check') as HTMLButtonElement).click();
    await until(() => focused()?.id === 'start-error');
    expect(text(find(el, '#start-error') as Element)).toBe(
      'The file has no externalId column. Start from the template: its header row has every column.',
    );
    expect(find(el, '#start-error')?.getAttribute('role')).toBe('alert');
    expect(location.hash).toBe('#/import');
  });

  test('an Excel workbook is sent as one, with the kind chosen', async () => {
    const { el, uploads } = await openImport('#/import', {
      'GET import/jobs/job-1': () => json(checked()),
    });
    (find<HTMLInputElement>(el, 'input[value="indicators"]') as HTMLInputElement).click();
    choose(el, new File([new Uint8Array([80, 75, 3, 4])], 'Matris.xlsx'));
    (find<HTMLButtonElement>(el, '#check') as HTMLButtonElement).click();
    await until(() => uploads.length === 1);
    expect(uploads[0]?.search.get('kind')).toBe('indicators');
    expect(uploads[0]?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});

describe('the dry run', () => {
  test('refused rows with the reason in English, the API’s own words for an unknown code, new rows, a changed row’s diff', async () => {
    const { el } = await openImport('#/import/job-1', { 'GET import/jobs/job-1': () => json(checked()) });
    await until(() => find(el, '#refused-table'));
    const refused = findAll<HTMLTableRowElement>(el, '#refused-table tbody tr');
    expect(refused.map((r) => text(r.cells[0] as Element))).toEqual(['4', '5']);
    expect(text(refused[0]?.cells[1] as Element)).toBe('actionPackages');
    expect(text(refused[0]?.cells[2] as Element)).toBe(
      'No action package has this identifier. Check its spelling.',
    );
    const fallback = refused[1]?.cells[2]?.querySelector('[lang="en"]');
    expect(fallback?.textContent).toBe('Something the console has no words for.');
    expect(find(el, '#refused-table caption')).not.toBeNull();
    expect(findAll(el, '#refused-table thead th[scope="col"]')).toHaveLength(3);

    const created = findAll<HTMLTableRowElement>(el, '#created-table tbody tr');
    expect(created.map((r) => text(r))).toEqual(['2 HT-2024-01 Vize travay sezonye']);

    const diff = find(el, '#updated-table dl.diff') as Element;
    const entries = [...diff.querySelectorAll('dt')].map((dt) => [
      text(dt),
      text(dt.nextElementSibling as Element),
    ]);
    expect(entries).toEqual([
      ['Status', 'Not started → becomes Limited progress'],
      ['Action packages', 'empty → becomes Labor Mobility'],
      [
        'Title',
        'Haitian Creole Pwoteksyon → becomes Haitian Creole Pwoteksyon tanporè English Temporary protection',
      ],
      ['Due date', 'empty → becomes Dec 31, 2026'],
    ]);
    expect(diff.querySelector('[lang="ht"]')?.textContent).toBe('Pwoteksyon');
    expect(text(el)).toContain('1 row is as stored already: nothing to do for it.');
    expect(text(find(el, '#apply') as Element)).toBe('Apply 2 changes');
    expect(find(el, '#apply')?.getAttribute('aria-describedby')).toBe('skipped-note');
    expect(text(find(el, '#skipped-note') as Element)).toBe(
      'Rows with problems are not imported; fix them in your file and import it again.',
    );
    await expectAccessible(el);
  });

  test('in Haitian Creole: the reason, the labels and the numbers are Creole', async () => {
    localStorage.setItem('lad-console-locale', 'ht');
    const big = importResult({
      ...DRY_RUN,
      unchanged: 1234,
    });
    const { el } = await openImport('#/import/job-1', {
      'GET import/jobs/job-1': () => json(checked('job-1', big)),
    });
    await until(() => find(el, '#refused-table'));
    expect(document.documentElement.lang).toBe('ht');
    const reason = text(findAll<HTMLTableRowElement>(el, '#refused-table tbody tr')[0]?.cells[2] as Element);
    expect(reason).toBe('Pa gen okenn pakè mezi ki gen idantifyan sa a. Verifye jan li ekri.');
    expect(text(find(el, '#results') as Element)).toBe('Sa fichye a ta chanje');
    const entries = [...(find(el, '#updated-table dl.diff') as Element).querySelectorAll('dt')].map((dt) =>
      text(dt),
    );
    expect(entries[0]).toBe('Sitiyasyon');
    expect(text(find(el, '#updated-table dl.diff dd') as Element)).toContain('Ti kras pwogrè');
    // Creole numbers come from the SDK (a space between thousands), never the machine's default.
    expect(text(el)).toContain('1 234');
    expect(text(find(el, '#apply') as Element)).toBe('Aplike 2 chanjman');
    await expectAccessible(el);
  });

  test('nothing to change: the apply button is off, and says why', async () => {
    const { el } = await openImport('#/import/job-1', {
      'GET import/jobs/job-1': () =>
        json(
          checked(
            'job-1',
            importResult({
              rows: 2,
              unchanged: 2,
              changes: [
                { row: 1, externalId: 'A', action: 'unchanged', fields: [] },
                { row: 2, externalId: 'B', action: 'unchanged', fields: [] },
              ],
            }),
          ),
        ),
    });
    const apply = (await until(() => find<HTMLButtonElement>(el, '#apply'))) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    expect(apply.getAttribute('aria-describedby')).toBe('nothing-note');
    expect(text(find(el, '#nothing-note') as Element)).toBe(
      'Nothing would change: every row is unchanged or refused.',
    );
  });

  test('a large file shows 200 rows a section, and more on demand', async () => {
    const changes = Array.from({ length: 5000 }, (_, i) => ({
      row: i + 1,
      externalId: `HT-${i + 1}`,
      action: 'create' as const,
      fields: [],
      label: `Angajman ${i + 1}`,
    }));
    const { el } = await openImport('#/import/job-1', {
      'GET import/jobs/job-1': () =>
        json(checked('job-1', importResult({ rows: 5000, created: 5000, changes }))),
    });
    await until(() => find(el, '#created-table'));
    expect(findAll(el, '#created-table tbody tr')).toHaveLength(200);
    expect(text(el)).toContain('Showing 200 of 5,000.');
    const more = find<HTMLButtonElement>(
      el,
      '#created-table ~ button, .table-wrap ~ button',
    ) as HTMLButtonElement;
    expect(text(more)).toBe('Show 200 more');
    more.click();
    await until(() => findAll(el, '#created-table tbody tr').length === 400);
    // The first row just shown takes the focus.
    await until(() => focused()?.textContent === '202');
    expect(text(el)).toContain('Showing 400 of 5,000.');
  });
});

describe('applying', () => {
  test('apply → applying (a bar for the changed rows) → the applied summary takes the focus', async () => {
    const applying = (processed: number) =>
      importJob({
        status: 'applying',
        progress: { stage: 'apply', processed, total: 1000 },
        result: DRY_RUN,
      });
    const applied = importJob({
      status: 'applied',
      progress: { stage: 'apply', processed: 2, total: 2 },
      result: { ...DRY_RUN, dryRun: false },
    });
    let state: 'checked' | 'applying' = 'checked';
    const after = inTurn(applying(400), applied);
    const { el, api } = await openImport('#/import/job-1', {
      'GET import/jobs/job-1': () => (state === 'checked' ? json(checked()) : after()),
      'POST import/jobs/job-1/apply': () => {
        state = 'applying';
        return json(applying(0), 202);
      },
    });
    const apply = (await until(() => find<HTMLButtonElement>(el, '#apply'))) as HTMLButtonElement;
    apply.click();
    await until(() => progressBar(el)?.value === 400);
    expect(text(find(el, 'label[for="progress"]') as Element)).toBe('Applying 400 of 1,000 changed rows');
    expect(api.seen.filter((r) => r.method === 'POST' && r.path === 'import/jobs/job-1/apply')).toHaveLength(
      1,
    );
    await until(() => focused()?.id === 'applied');
    expect(text(find(el, '#applied') as Element)).toBe('The import is applied');
    expect(find(el, 'a[href="#/commitments"]')).not.toBeNull();
    expect(find(el, 'a[href="#/import?kind=commitments"]')).not.toBeNull();
    expect(text(find(el, 'p.visually-hidden[role="status"]') as Element)).toBe('The changes are applied.');
    await expectAccessible(el);
  });

  test('a 409 (applied elsewhere meanwhile): the job is read again and shown as it stands', async () => {
    let applied = false;
    const { el } = await openImport('#/import/job-1', {
      'GET import/jobs/job-1': () =>
        json(applied ? importJob({ status: 'applied', result: { ...DRY_RUN, dryRun: false } }) : checked()),
      'POST import/jobs/job-1/apply': () => {
        applied = true;
        return problem(409, { code: 'conflict' });
      },
    });
    (await until(() => find<HTMLButtonElement>(el, '#apply')))?.click();
    await until(() => focused()?.id === 'conflict');
    expect(text(find(el, '#conflict') as Element)).toContain('already applied');
    expect(find(el, '#applied')).not.toBeNull();
    expect(find(el, '#apply')).toBeNull();
  });
});

describe('coming back to a job', () => {
  test('a reload mid-job follows it again; leaving the page stops asking', async () => {
    let n = 0;
    const routes: Routes = {
      'GET import/jobs/job-2': () => {
        n += 1;
        return json(n < 6 ? checking(n * 100, 1000, 'job-2') : checked('job-2'));
      },
    };
    const first = await openImport('#/import/job-2', routes);
    await until(() => (progressBar(first.el)?.value ?? 0) >= 200);
    // The tab is closed (or reloaded): nothing asks any more.
    first.el.remove();
    const asked = n;
    await new Promise((r) => setTimeout(r, 1100));
    expect(n).toBe(asked);
    // Reopened at the same address: the job is followed from where it is.
    const second = await openImport('#/import/job-2', routes);
    await until(() => (progressBar(second.el)?.value ?? 0) >= (asked + 1) * 100);
    await until(() => find(second.el, '#results'));
    expect(text(second.el)).toContain('Refused rows');
  });

  test('the recent imports link to their jobs', async () => {
    const { el } = await openImport('#/import', {
      'GET import/jobs': () =>
        json({
          items: [
            checked('job-9'),
            importJob({ id: 'job-8', kind: 'indicators', fileName: null, status: 'failed' }),
          ],
        }),
    });
    await until(() => findAll(el, 'section[aria-labelledby="recent-heading"] tbody tr').length === 2);
    const rows = findAll<HTMLTableRowElement>(el, 'section[aria-labelledby="recent-heading"] tbody tr');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('#/import/job-9');
    expect(text(rows[0] as Element)).toContain('Checked, waiting to be applied');
    expect(text(rows[1] as Element)).toContain('Indicators and measurements');
    expect(text(rows[1] as Element)).toContain('Stopped by an error');
  });

  test('the server out of reach: the page says so, keeps the job on screen and asks again by itself', async () => {
    let down = false;
    let n = 0;
    const { el } = await openImport('#/import/job-1', {
      'GET import/jobs/job-1': () => {
        if (down) return Promise.reject(new TypeError('Failed to fetch'));
        n += 1;
        return json(checking(Math.min(n, 3) * 10, 100));
      },
    });
    await until(() => progressBar(el)?.value === 10);
    down = true;
    await until(() => text(el).includes('The server cannot be reached just now.'));
    expect(progressBar(el)?.value).toBe(10);
    down = false;
    await until(() => (progressBar(el)?.value ?? 0) >= 20);
    await until(() => !text(el).includes('The server cannot be reached just now.'));
  });

  test('a failed job shows the server’s words and offers to start again', async () => {
    const { el } = await openImport('#/import/job-3', {
      'GET import/jobs/job-3': () =>
        json(
          importJob({
            id: 'job-3',
            kind: 'indicators',
            status: 'failed',
            error: { code: 'import-failed', detail: 'The workbook has no sheet.' },
          }),
        ),
    });
    await until(() => find(el, '#failed'));
    expect(find(el, '.notice [lang="en"]')?.textContent).toBe('The workbook has no sheet.');
    expect(find(el, 'a[href="#/import?kind=indicators"]')?.textContent?.trim()).toBe('Start again');
    await expectAccessible(el);
  });

  test('a job cut short by a server restart says so in the person’s language, with what to do', async () => {
    localStorage.setItem('lad-console-locale', 'ht');
    const { el } = await openImport('#/import/job-4', {
      'GET import/jobs/job-4': () =>
        json(
          importJob({
            id: 'job-4',
            status: 'failed',
            error: { code: 'interrupted', detail: 'The server stopped while this import was running.' },
          }),
        ),
    });
    await until(() => find(el, '#failed'));
    expect(text(find(el, '#failed')?.parentElement as Element)).toContain(
      'Sèvè a te kanpe pandan enpòtasyon sa a t ap fèt. Rekòmanse enpòtasyon an',
    );
    expect(find(el, '.notice [lang="en"]')).toBeNull();
    localStorage.removeItem('lad-console-locale');
  });

  test('an address naming no job says so', async () => {
    const { el } = await openImport('#/import/nope');
    await until(() => text(el).includes('There is no import at this address'));
    expect(find(el, 'a[href="#/import"].button')).not.toBeNull();
  });
});

describe('templates', () => {
  test('the links carry the console’s language and the kind chosen', async () => {
    const { el } = await openImport('#/import');
    const csv = () => new URL((find<HTMLAnchorElement>(el, '#template-csv') as HTMLAnchorElement).href);
    const xlsx = () => new URL((find<HTMLAnchorElement>(el, '#template-xlsx') as HTMLAnchorElement).href);
    expect(csv().pathname).toBe('/v1/import/commitments/template.csv');
    expect(csv().searchParams.get('locale')).toBe('en');
    expect(xlsx().pathname).toBe('/v1/import/commitments/template.xlsx');
    (find<HTMLInputElement>(el, 'input[value="indicators"]') as HTMLInputElement).click();
    await until(() => csv().pathname === '/v1/import/indicators/template.csv');
    expect(xlsx().pathname).toBe('/v1/import/indicators/template.xlsx');
    // Above the file field, with the sentence about the header and the example row.
    const form = find(el, 'form') as Element;
    expect(text(form)).toMatch(/keep its header row, and delete its example row.*File to import/);
  });

  test('in French, the templates are French', async () => {
    localStorage.setItem('lad-console-locale', 'fr');
    const { el } = await openImport('#/import?kind=indicators');
    await until(() => document.documentElement.lang === 'fr');
    const href = new URL((find<HTMLAnchorElement>(el, '#template-xlsx') as HTMLAnchorElement).href);
    expect(href.pathname).toBe('/v1/import/indicators/template.xlsx');
    expect(href.searchParams.get('locale')).toBe('fr');
  });
});

describe('keyboard and accessibility', () => {
  test('by keyboard alone: what the file holds, the templates, the file, then Check; a dry run is applied by Enter', async () => {
    const { el } = await openImport('#/import', {
      'GET import/jobs/job-1': () => json(checked()),
      'POST import/jobs/job-1/apply': () =>
        json(importJob({ status: 'applied', result: { ...DRY_RUN, dryRun: false } }), 202),
    });
    await until(() => find(el, 'section[aria-labelledby="recent-heading"] p'));
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('input[value="commitments"]');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()?.getAttribute('value')).toBe('indicators');
    expect((find<HTMLInputElement>(el, 'input[value="indicators"]') as HTMLInputElement).checked).toBe(true);
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await userEvent.keyboard('{Tab}');
      order.push(focused()?.id ?? '');
    }
    expect(order).toEqual(['template-csv', 'template-xlsx', 'file', 'check']);
    // Enter on Check without a file: the field says what is missing and takes the focus.
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'file');

    location.hash = '#/import/job-1';
    await until(() => find(el, '#apply'));
    // The dry run's heading has the focus; Tab goes on to Apply, Enter applies.
    await until(() => focused()?.tagName === 'H1');
    await tabTo('#apply');
    await userEvent.keyboard('{Enter}');
    await until(() => focused()?.id === 'applied');
  });

  test.each([
    [1280, 800],
    [768, 1024],
  ])('at %i px: the form and the dry run pass axe, nothing overflows sideways', async (width, height) => {
    await page.viewport(width, height);
    const { el } = await openImport('#/import', {
      'GET import/jobs': () => json({ items: [checked('job-9')] }),
      'GET import/jobs/job-1': () => json(checked()),
    });
    await until(() => find(el, 'section[aria-labelledby="recent-heading"] table'));
    await expectAccessible(el, `form ${width}px`);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
    location.hash = '#/import/job-1';
    await until(() => find(el, '#updated-table'));
    await expectAccessible(el, `dry run ${width}px`);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
  });
});
