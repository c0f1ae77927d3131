import { afterEach, beforeAll, beforeEach, expect, inject, test, vi } from 'vitest';
import { $$, cleanup, mount, text, until } from '../testing/dom.js';
import '../components/commitment-tracker/lad-commitment-tracker.js';
import '../components/proposal-form/lad-proposal-form.js';
import '../components/registration-form/lad-registration-form.js';
import '../components/session-calendar/lad-session-calendar.js';

// Hostile text stays text: payloads stored through curation (commitment titles, event titles)
// and public writes (agenda-topic titles and summaries) are rendered by the widgets in
// Chromium — no script runs, no request leaves for another host, and each shows as typed.

const api = inject('apiUrl');
const token = inject('secretariatToken');
const T0 = Date.parse('2026-03-02T15:00:00.000Z');

const PAYLOADS = [
  '<script>window.__xss="script"</script>',
  '<img src=x onerror="window.__xss=\'img\'">',
  '<img src="https://evil.example/pixel.gif">',
  '<svg onload="window.__xss=\'svg\'"></svg>',
  '<svg><script>window.__xss="svg-script"</script></svg>',
  '<iframe src="javascript:window.__xss=\'iframe\'"></iframe>',
  '<a href="javascript:window.__xss=\'a\'">click</a>',
  '<body onload="window.__xss=\'body\'">',
  '<details open ontoggle="window.__xss=\'details\'">',
  '<input autofocus onfocus="window.__xss=\'input\'">',
  '<video><source onerror="window.__xss=\'video\'"></video>',
  '<audio src=x onerror="window.__xss=\'audio\'">',
  '<object data="javascript:window.__xss=\'object\'"></object>',
  '<embed src="javascript:window.__xss=\'embed\'">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=\'math\'">',
  '<style>@import "https://evil.example/x.css";</style>',
  '<style>*{background:url("https://evil.example/bg")}</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example"><button>go</button></form>',
  '"><script>window.__xss="attr"</script>',
  "'><img src=x onerror=window.__xss='quote'>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal trick, on purpose.
  '${window.__xss="template"}',
  '{{constructor.constructor("window.__xss=\'angular\'")()}}',
  '<%= window.__xss %>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal trick, on purpose.
  '`${alert(1)}`',
  '<!--><script>window.__xss="comment"</script>-->',
  '<![CDATA[<script>window.__xss="cdata"</script>]]>',
  '&lt;script&gt;window.__xss="entity"&lt;/script&gt;',
  '&#60;script&#62;window.__xss=1&#60;/script&#62;',
  '%3Cscript%3Ewindow.__xss=1%3C/script%3E',
  '\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e',
  'javascript:window.__xss="scheme"',
  'data:text/html,<script>window.__xss="data"</script>',
  'vbscript:msgbox(1)',
  '<div style="background-image:url(javascript:window.__xss=1)">css</div>',
  '<div style="width: expression(window.__xss=1)">ie</div>',
  '</style><script>window.__xss="close-style"</script>',
  '</textarea><script>window.__xss="close-textarea"</script>',
  '</title><script>window.__xss="close-title"</script>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<template><script>window.__xss="template-tag"</script></template>',
  '<slot name="x" onclick="window.__xss=1">slot</slot>',
  '<lad-commitment-tracker api-base="https://evil.example"></lad-commitment-tracker>',
  'Nòt \u202Eevil.exe\u202C ak \u2066izole\u2069 tèks',
  '\u200F\u200E\u061C right-to-left marks مرحبا',
  'Zero\u200Bwidth\u200Djoiner\uFEFF',
  '🧕🏾👶🏽 emoji ak \u{1F3F3}\u{FE0F}\u{200D}\u{1F308}',
  '<b>bold</b> <i>italic</i> &amp; &copy;',
  'Ḁ̴̢̛͓̗͔̙̟̲̱̳͕̭̥͙͈̤̖̝͍͈̠̓̈́̀̑͑̒͐́͆̓̉͆̑̈́̓̓͛̇̏̂͆̚͠ zalgo',
  'a'.repeat(280),
];

let session = '';
const stored: string[] = [];
const eventIds: string[] = [];

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return response;
}

beforeAll(async () => {
  const committees = (await (await fetch(`${api}/v1/committees`)).json()).items;
  // A session no other suite lists (its list is then not in the browser's cache already).
  session = `demo-evt-${committees[2].actionPackageId}-1`;
  const bearer = { authorization: `Bearer ${token}` };
  for (const [i, payload] of PAYLOADS.entries()) {
    const title = payload.slice(0, 300);
    const created = await post(
      '/v1/commitments',
      {
        country: 'UY',
        pillar: 'I',
        status: 'limited',
        title: { original: 'en', text: { en: title } },
        announcedOn: '2022-06-10',
        sources: [],
      },
      bearer,
    );
    expect(created.status, `commitment ${i}`).toBe(201);
    stored.push(title.trim());
    const topic = await post(
      `/v1/events/${session}/agenda-topics`,
      {
        title,
        summary: payload,
        locale: 'en',
        organization: { name: payload.slice(0, 200), country: 'HT' },
        contact: { name: 'XSS Tester', email: `xss${i}@example.org` },
        consent: true,
        listPublicly: true,
      },
      { 'idempotency-key': `xss-${i}-${Date.now()}` },
    );
    expect(topic.status, `topic ${i}`).toBe(201);
    // Public once a committee has taken it up (moderation is on by default).
    const { id } = await topic.json();
    const reviewed = await fetch(`${api}/v1/agenda-topics/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...bearer },
      body: JSON.stringify({ status: 'under_review' }),
    });
    expect(reviewed.status, `review ${i}`).toBe(200);
  }
  // Event titles, descriptions and venues (curation), one event a day in April 2026.
  for (const [i, payload] of PAYLOADS.entries()) {
    const start = Date.UTC(2026, 3, 1 + (i % 28), 14 + Math.floor(i / 28) * 3);
    const created = await post(
      '/v1/events',
      {
        kind: 'regional_meeting',
        title: { original: 'en', text: { en: payload.slice(0, 300) } },
        description: { original: 'en', text: { en: payload } },
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 3_600_000).toISOString(),
        timeZone: 'America/Port-au-Prince',
        format: 'in_person',
        venue: { name: payload.slice(0, 200), address: payload.slice(0, 500), city: null, country: 'HT' },
        languages: ['ht'],
        registration: {
          opensAt: '2026-02-01T00:00:00.000Z',
          closesAt: '2026-03-30T00:00:00.000Z',
          capacity: 10,
          waitlist: false,
          role: 'participant',
          retentionDays: 30,
          criteria: [{ text: { original: 'en', text: { en: payload } }, answer: 'text', required: true }],
        },
      },
      bearer,
    );
    expect(created.status, `event ${i}`).toBe(201);
    eventIds.push(((await created.json()) as { id: string }).id);
  }
  // Links from data must be http(s): the API refuses anything else.
  const bad = await post(
    '/v1/commitments',
    {
      country: 'UY',
      pillar: 'I',
      status: 'limited',
      title: { original: 'en', text: { en: 'bad link' } },
      announcedOn: '2022-06-10',
      sources: [{ title: 'x', url: 'javascript:window.__xss=1' }],
    },
    bearer,
  );
  expect(bad.status).toBe(422);
}, 60_000);

beforeEach(async () => {
  await cleanup();
  (window as { __xss?: unknown }).__xss = undefined;
  performance.clearResourceTimings();
});
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

/** Requests that went anywhere but the test server. */
const strayRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => !name.startsWith(api) && !name.startsWith(location.origin));

test(`${PAYLOADS.length} payloads in commitment titles: the tracker shows each as typed, runs nothing, loads nothing`, async () => {
  const el = mount(
    `<lad-commitment-tracker api-base="${api}" lang="en" country="UY" page-size="100"></lad-commitment-tracker>`,
  );
  await until(() => $$(el, '.item[data-key]').length >= 5, 15_000);
  // The list is virtual: scroll through it, collecting every title shown.
  const seen = new Set<string>();
  const box = el.shadowRoot?.querySelector('.list:not(.skeleton-list)') as HTMLElement;
  for (let y = 0; y <= box.scrollHeight + 200; y += 150) {
    box.scrollTop = y;
    await new Promise((r) => setTimeout(r, 60));
    for (const t of $$(el, '.item[data-key] .title'))
      seen.add((t.querySelector('[lang]')?.textContent ?? '').trim());
  }
  for (const title of stored) expect(seen.has(title), title.slice(0, 60)).toBe(true);
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  expect(
    el.shadowRoot?.querySelectorAll('.title img, .title script, .title svg, .title iframe, .title a'),
  ).toHaveLength(0);
  expect(strayRequests()).toEqual([]);
  console.log(
    `xss: ${PAYLOADS.length} payloads rendered by the tracker as text; scripts run 0; stray requests 0`,
  );
});

test('the same payloads as public agenda topics: shown as typed in the proposal form’s list', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0 - 3_600_000);
  const el = mount(
    `<lad-proposal-form api-base="${api}" lang="en" kind="agenda-topic" event="${session}"></lad-proposal-form>`,
  );
  await until(() => $$(el, '.proposals h4').length >= PAYLOADS.length, 15_000);
  const titles = new Set($$(el, '.proposals h4').map((h) => (h.textContent ?? '').trim()));
  for (const title of stored) expect(titles.has(title), title.slice(0, 60)).toBe(true);
  for (const d of $$<HTMLDetailsElement>(el, '.proposals details')) d.open = true;
  await new Promise((r) => setTimeout(r, 300));
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  expect(
    el.shadowRoot?.querySelectorAll('.proposals img, .proposals script, .proposals svg, .proposals iframe'),
  ).toHaveLength(0);
  expect(text(el)).toContain('<script>window.__xss="script"</script>');
  expect(strayRequests()).toEqual([]);
});

test('the same payloads as event titles, descriptions, venues and criteria: the calendar and the registration form show them as text', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0 - 3_600_000);
  const calendar = mount(
    `<lad-session-calendar api-base="${api}" lang="en" view="list" from="2026-04" kind="regional_meeting" time-zone="America/Port-au-Prince"></lad-session-calendar>`,
  );
  await until(() => $$(calendar, 'article.event').length >= PAYLOADS.length, 15_000);
  const titles = new Set($$(calendar, 'article.event h4').map((h) => (h.textContent ?? '').trim()));
  for (const title of stored) expect(titles.has(title), title.slice(0, 60)).toBe(true);
  // Each event opened: its venue and everything else in view.
  for (const b of $$<HTMLButtonElement>(calendar, 'article.event h4 button')) b.click();
  await new Promise((r) => setTimeout(r, 300));
  const forms: HTMLElement[] = [];
  for (const id of eventIds.slice(0, 12)) {
    forms.push(
      mount(`<lad-registration-form api-base="${api}" lang="en" event="${id}"></lad-registration-form>`),
    );
  }
  await until(() => forms.every((f) => f.shadowRoot?.querySelector('.criteria')), 15_000);
  await new Promise((r) => setTimeout(r, 300));
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  for (const el of [calendar, ...forms])
    expect(
      el.shadowRoot?.querySelectorAll(
        'main img, .event img, .criteria img, h2 img, script, iframe, object, embed',
      ),
    ).toHaveLength(0);
  expect(text(forms[0] as HTMLElement)).toContain(PAYLOADS[0] as string);
  expect(strayRequests()).toEqual([]);
  console.log(
    `xss: ${PAYLOADS.length} payloads as events, rendered by the calendar and ${forms.length} registration forms as text; scripts run 0; stray requests 0`,
  );
});
