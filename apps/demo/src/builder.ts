import { api, json } from './demo.js';

// The embed-code builder: choose a widget, its filters (lists from the API), a language and
// theme tokens; see it live; copy a snippet that works (script tag with its integrity hash,
// the element, the theme as CSS).

interface Filter {
  attr: string;
  label: string;
  options: () => Promise<[string, string][]>;
}

interface Named {
  text: Record<string, string>;
}
/** The fields of API rows the lists use. */
interface Row {
  id: string;
  code: string;
  acronym: string | null;
  name: Named;
  title: Named;
  startsAt: string;
  registration: { selectionReportPublishedAt: string | null } | null;
  topicProposalsCloseAt: string | null;
}

const name = (text: Named) => text.text.en ?? Object.values(text.text)[0] ?? '';
const list = async (path: string) => (await json<{ items: Row[] }>(path)).items;
const countries = async () =>
  (await list('/v1/countries')).map((c) => [c.code, name(c.name)] as [string, string]);
const pillars = async () =>
  (await list('/v1/pillars')).map((p) => [p.id, `Pillar ${p.id}`] as [string, string]);
const mechanisms = async () =>
  (await list('/v1/mechanisms')).map((m) => [m.acronym ?? m.id, name(m.name)] as [string, string]);
const committees = async () =>
  (await list('/v1/committees')).map((c) => [c.id, name(c.name)] as [string, string]);
const events = (test: (e: Row) => boolean) => async () =>
  (await list(`/v1/events?limit=100&from=${new Date(Date.now() - 400 * 86_400_000).toISOString()}`))
    .filter(test)
    .map((e) => [e.id, `${name(e.title)} (${e.startsAt.slice(0, 10)})`] as [string, string]);
const fixed = (values: string[]) => async () => values.map((v) => [v, v] as [string, string]);

const FILTERS: Record<string, Filter[]> = {
  'lad-commitment-tracker': [
    { attr: 'country', label: 'Country', options: countries },
    { attr: 'pillar', label: 'Pillar', options: pillars },
    { attr: 'mechanism', label: 'Regional mechanism', options: mechanisms },
  ],
  'lad-progress-summary': [
    {
      attr: 'group-by',
      label: 'Group by',
      options: fixed(['pillar', 'country', 'action-package', 'mechanism']),
    },
    { attr: 'mechanism', label: 'Regional mechanism', options: mechanisms },
    { attr: 'country', label: 'Country', options: countries },
  ],
  'lad-registration-form': [{ attr: 'event', label: 'Event', options: events((e) => !!e.registration) }],
  'lad-proposal-form': [
    { attr: 'kind', label: 'Kind', options: fixed(['agenda-topic', 'policy']) },
    { attr: 'event', label: 'Session (agenda topics)', options: events((e) => !!e.topicProposalsCloseAt) },
    { attr: 'committee', label: 'Committee (policy proposals)', options: committees },
  ],
  'lad-selection-report': [
    { attr: 'event', label: 'Event', options: events((e) => !!e.registration?.selectionReportPublishedAt) },
  ],
  'lad-session-calendar': [
    {
      attr: 'kind',
      label: 'Kind of meeting',
      options: fixed([
        'information_session',
        'national_consultation',
        'coordinators_meeting',
        'regional_meeting',
        'high_level_meeting',
      ]),
    },
    { attr: 'country', label: 'Country', options: countries },
    { attr: 'committee', label: 'Committee', options: committees },
    { attr: 'view', label: 'View', options: fixed(['month', 'list']) },
  ],
  'lad-committee-directory': [],
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const widget = $<HTMLSelectElement>('widget');
const filters = $<HTMLDivElement>('filters');
const preview = $<HTMLDivElement>('preview');
const snippet = $<HTMLTextAreaElement>('snippet');
const cdn = await json<{ version: string; path: string; integrity: string }>('/cdn/manifest.json');

const TOKENS: [string, string, (v: string) => string][] = [
  ['accent', '--lad-color-accent', (v) => v],
  ['text', '--lad-color-text', (v) => v],
  ['surface', '--lad-color-surface', (v) => v],
  ['font', '--lad-font-family', (v) => v],
  ['radius', '--lad-radius', (v) => `${v}px`],
  ['density', '--lad-density', (v) => v],
];
const DEFAULTS: Record<string, string> = {
  accent: '#0b5cad',
  text: '#1b1f24',
  surface: '#ffffff',
  font: '',
  radius: '8',
  density: '1',
};

async function showFilters() {
  filters.replaceChildren();
  for (const f of FILTERS[widget.value] ?? []) {
    const label = document.createElement('label');
    label.textContent = f.label;
    const select = document.createElement('select');
    select.dataset.attr = f.attr;
    select.append(new Option('—', ''));
    for (const [value, text] of await f.options()) select.append(new Option(text, value));
    label.append(select);
    filters.append(label);
  }
  update();
}

/** The chosen attributes, in order. */
function attributes(): [string, string][] {
  const attrs: [string, string][] = [['api-base', api]];
  for (const select of filters.querySelectorAll<HTMLSelectElement>('select'))
    if (select.value) attrs.push([select.dataset.attr as string, select.value]);
  const lang = $<HTMLSelectElement>('lang').value;
  if (lang) attrs.push(['lang', lang]);
  return attrs;
}

function tokens(): [string, string][] {
  return TOKENS.flatMap(([id, prop, format]) => {
    const value = $<HTMLInputElement>(id).value;
    return value && value !== DEFAULTS[id] ? [[prop, format(value)] as [string, string]] : [];
  });
}

const reserved = new Map<string, number>();
const waiting = new Set<string>();
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const tag = widget.value;
  const attrs = attributes();
  const theme = tokens();
  // The preview: the same element and tokens, live.
  const el = document.createElement(tag);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  for (const [prop, value] of theme) el.style.setProperty(prop, value);
  // The widget shown so far gives its height for the snippet (see `reserve`).
  const shown = preview.firstElementChild;
  const height = shown?.localName === tag ? Math.round(shown.getBoundingClientRect().height) : 0;
  if (height) reserved.set(tag, height);
  preview.replaceChildren(el);
  if (!reserved.has(tag) && !waiting.has(tag)) {
    waiting.add(tag);
    setTimeout(update, 1_500);
  }
  const element = `<${tag}${attrs.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')}></${tag}>`;
  // Space kept for the widget from the start — before its file has loaded and while its data
  // load — so nothing on the page moves when it appears.
  const reserve = reserved.get(tag) ?? 0;
  const declarations = [
    ...theme.map(([p, v]) => `    ${p}: ${v};`),
    ...(reserve ? ['    display: block;', `    min-block-size: ${reserve}px;`] : []),
  ];
  const rules = declarations.length ? [`  ${tag} {\n${declarations.join('\n')}\n  }`] : [];
  const style = rules.length ? `<style>\n${rules.join('\n')}\n</style>\n` : '';
  snippet.value = `<script type="module" src="${api}${cdn.path}" integrity="${cdn.integrity}" crossorigin="anonymous"></script>\n${style}${element}\n`;
  $('csp').textContent =
    `Content-Security-Policy: script-src 'self' ${api}; connect-src 'self' ${api}; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`;
  const component = tag
    .replace(/^lad-/, 'Lad-')
    .replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
    .replace(/^Lad/, 'Lad');
  const props = attrs
    .map(([k, v]) => ` ${k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}="${escapeHtml(v)}"`)
    .join('');
  $('react').textContent = `import { ${component} } from '@lad/widgets/react';\n\n<${component}${props} />`;
}

widget.addEventListener('change', () => void showFilters());
$('options').addEventListener('change', update);
$('options').addEventListener('input', update);
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
  } catch {
    snippet.select();
    document.execCommand('copy');
  }
  $('copied').textContent = 'Copied.';
});
await showFilters();
