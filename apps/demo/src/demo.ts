import './styles.css';
import { ENDONYMS, LANGS, type Lang, pageTitle, t } from './i18n.js';

// What every demo page shares: the header with the pages and a language switch that drives
// every widget on the page, the page's own words, and the widgets themselves — loaded from this
// server's /cdn/lad-widgets.js, exactly as a partner site loads them.

const PAGES = [
  'tracker',
  'summary',
  'registration',
  'proposals',
  'calendar',
  'directory',
  'builder',
  'partner',
];
const STORAGE_KEY = 'lad-locale'; // the widgets' own key: one choice for the site and the widgets

function stored(): Lang | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : null;
  } catch {
    return null;
  }
}

export let lang: Lang =
  stored() ??
  ((LANGS as readonly string[]).includes(navigator.language.slice(0, 2))
    ? (navigator.language.slice(0, 2) as Lang)
    : 'en');

const listeners = new Set<(lang: Lang) => void>();
/** Runs `fn` now and whenever the language changes. */
export function onLanguage(fn: (lang: Lang) => void) {
  listeners.add(fn);
  fn(lang);
}

function translate() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]'))
    el.textContent = t(el.dataset.t as string, lang);
  document.title = pageTitle(document.body.dataset.page ?? 'index', lang);
  const select = document.querySelector<HTMLSelectElement>('#site-language');
  if (select) select.value = lang;
  for (const fn of listeners) fn(lang);
}

/** Switches the site and every LAD widget on the page. */
export function setLanguage(next: Lang) {
  lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: this page only.
  }
  for (const el of document.querySelectorAll('*'))
    if (el.localName.startsWith('lad-')) el.setAttribute('lang', next);
  translate();
}

function header() {
  const page = document.body.dataset.page ?? 'index';
  const bar = document.createElement('header');
  bar.className = 'site-header';
  bar.innerHTML = `<a class="brand" href="/" data-t="site"></a>
    <nav aria-label="Pages"><ul>${PAGES.map(
      (p) => `<li><a href="/${p}.html" data-t="${p}"${p === page ? ' aria-current="page"' : ''}></a></li>`,
    ).join('')}</ul></nav>
    <label class="language"><span data-t="language"></span>
      <select id="site-language">${LANGS.map((l) => `<option value="${l}" lang="${l}">${ENDONYMS[l]}</option>`).join('')}</select>
    </label>`;
  document.body.prepend(bar);
  bar
    .querySelector('select')
    ?.addEventListener('change', (e) => setLanguage((e.target as HTMLSelectElement).value as Lang));
}

header();
for (const el of document.querySelectorAll('*'))
  if (el.localName.startsWith('lad-')) el.setAttribute('lang', lang);
translate();
// A widget's own language menu switches the site too.
window.addEventListener('lad-locale-change', (e) => {
  const next = (e as CustomEvent<{ locale: Lang }>).detail.locale;
  if (next !== lang) {
    lang = next;
    translate();
  }
});

/** The API this page talks to (the same server). */
export const api = location.origin;

export async function json<T = unknown>(path: string): Promise<T> {
  const response = await fetch(`${api}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json() as Promise<T>;
}

await import(/* @vite-ignore */ `${location.origin}/cdn/lad-widgets.js`);
