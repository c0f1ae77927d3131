import { msg } from '@lit/localize';

// Every address of the console, in one place: the hash (`#/commitments/<id>`) names the page,
// its parameters and its query. Pages load when first opened. The nav is data too: Part 2 adds
// its screens (meetings, registrations, proposals, people) here and nowhere else.

export interface Route {
  /** The page's name, e.g. `commitment` (what the nav and the tests match on). */
  name: string;
  /** The path under `#`, with `([^/]+)` for each parameter. */
  pattern: RegExp;
  /** The page's custom element. */
  tag: string;
  /** Loads the module that defines `tag`. */
  load: () => Promise<unknown>;
  /** Open without signing in (signing in, accepting an invitation). */
  public?: boolean;
  /** The page's title, for the document title. */
  title: () => string;
}

export const ROUTES: readonly Route[] = [
  {
    name: 'sign-in',
    pattern: /^\/sign-in$/,
    tag: 'lad-sign-in-page',
    load: () => import('../pages/sign-in/lad-sign-in-page.js'),
    public: true,
    title: () => msg('Sign in', { id: 'signin.title' }),
  },
  {
    name: 'invite',
    pattern: /^\/invite\/([^/]+)$/,
    tag: 'lad-invite-page',
    load: () => import('../pages/invite/lad-invite-page.js'),
    public: true,
    title: () => msg('Accept your invitation', { id: 'invite.title' }),
  },
  {
    name: 'home',
    pattern: /^\/?$/,
    tag: 'lad-home-page',
    load: () => import('../pages/home/lad-home-page.js'),
    title: () => msg('What needs attention', { id: 'home.title' }),
  },
  {
    name: 'commitments',
    pattern: /^\/commitments$/,
    tag: 'lad-commitments-page',
    load: () => import('../pages/commitments/lad-commitments-page.js'),
    title: () => msg('Commitments', { id: 'commitments.title' }),
  },
  {
    name: 'progress',
    pattern: /^\/commitments\/([^/]+)\/progress$/,
    tag: 'lad-progress-page',
    load: () => import('../pages/progress/lad-progress-page.js'),
    title: () => msg('Record progress', { id: 'progress.title' }),
  },
  {
    name: 'commitment',
    pattern: /^\/commitments\/([^/]+)$/,
    tag: 'lad-commitment-edit-page',
    load: () => import('../pages/commitment-edit/lad-commitment-edit-page.js'),
    title: () => msg('Edit commitment', { id: 'edit.title' }),
  },
  {
    name: 'translations',
    pattern: /^\/translations$/,
    tag: 'lad-translations-page',
    load: () => import('../pages/translations/lad-translations-page.js'),
    title: () => msg('Translation queue', { id: 'translations.title' }),
  },
  {
    name: 'import',
    pattern: /^\/import$/,
    tag: 'lad-import-page',
    load: () => import('../pages/import/lad-import-page.js'),
    title: () => msg('Import a tracking matrix', { id: 'import.title' }),
  },
  {
    name: 'import-job',
    pattern: /^\/import\/([^/]+)$/,
    tag: 'lad-import-page',
    load: () => import('../pages/import/lad-import-page.js'),
    title: () => msg('Import a tracking matrix', { id: 'import.title' }),
  },
  {
    name: 'audit',
    pattern: /^\/audit$/,
    tag: 'lad-audit-page',
    load: () => import('../pages/audit/lad-audit-page.js'),
    title: () => msg('Audit log', { id: 'audit.title' }),
  },
];

/** The nav, in order. `current` says which routes highlight the item. */
export interface NavItem {
  href: string;
  label: () => string;
  current: readonly string[];
}

export const NAV: readonly NavItem[] = [
  {
    href: '#/',
    label: () => msg('Home', { id: 'nav.home', desc: 'Nav link to the home page' }),
    current: ['home'],
  },
  {
    href: '#/commitments',
    label: () => msg('Commitments', { id: 'nav.commitments', desc: 'Nav link to the commitments list' }),
    current: ['commitments', 'commitment', 'progress'],
  },
  {
    href: '#/translations',
    label: () => msg('Translations', { id: 'nav.translations', desc: 'Nav link to the translation queue' }),
    current: ['translations'],
  },
  {
    href: '#/import',
    label: () => msg('Import', { id: 'nav.import', desc: 'Nav link to the tracking-matrix import' }),
    current: ['import', 'import-job'],
  },
  {
    href: '#/audit',
    label: () => msg('Audit log', { id: 'nav.audit', desc: 'Nav link to the audit log' }),
    current: ['audit'],
  },
];

export interface Match {
  route: Route;
  params: string[];
  query: URLSearchParams;
}

/** The route a hash names (`#/commitments/abc?x=1`), or `null` when none does. */
export function matchRoute(hash: string): Match | null {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  for (const route of ROUTES) {
    const m = route.pattern.exec(path || '/');
    if (!m) continue;
    let params: string[];
    try {
      params = m.slice(1).map((p) => decodeURIComponent(p));
    } catch {
      return null;
    }
    return { route, params, query: new URLSearchParams(search) };
  }
  return null;
}

/** The hash of a route with a query, e.g. `#/commitments?pillar=II` (empty values left out). */
export function hashOf(path: string, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}
