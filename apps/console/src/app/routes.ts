import type { Role } from '@lad/sdk';
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
    name: 'commitment-new',
    pattern: /^\/commitments\/new$/,
    tag: 'lad-commitment-edit-page',
    load: () => import('../pages/commitment-edit/lad-commitment-edit-page.js'),
    title: () => msg('New commitment', { id: 'edit.new_title' }),
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
    name: 'proposals',
    pattern: /^\/proposals$/,
    tag: 'lad-proposals-page',
    load: () => import('../pages/proposals/lad-proposals-page.js'),
    title: () => msg('Proposals', { id: 'proposals.title' }),
  },
  {
    name: 'proposal',
    pattern: /^\/proposals\/([^/]+)$/,
    tag: 'lad-proposals-page',
    load: () => import('../pages/proposals/lad-proposals-page.js'),
    title: () => msg('Proposal', { id: 'proposals.detail_title' }),
  },
  {
    name: 'people',
    pattern: /^\/people$/,
    tag: 'lad-people-page',
    load: () => import('../pages/people/lad-people-page.js'),
    title: () => msg('People', { id: 'people.title' }),
  },
  {
    name: 'tokens',
    pattern: /^\/tokens$/,
    tag: 'lad-tokens-page',
    load: () => import('../pages/tokens/lad-tokens-page.js'),
    title: () => msg('API tokens', { id: 'tokens.title' }),
  },
  {
    name: 'selection',
    pattern: /^\/selection$/,
    tag: 'lad-selection-page',
    load: () => import('../pages/selection/lad-selection-page.js'),
    title: () => msg('Selection', { id: 'selection.events_title' }),
  },
  {
    name: 'event-registrations',
    pattern: /^\/events\/([^/]+)\/registrations$/,
    tag: 'lad-selection-page',
    load: () => import('../pages/selection/lad-selection-page.js'),
    title: () => msg('Applications', { id: 'selection.title' }),
  },
  {
    name: 'outbox',
    pattern: /^\/outbox$/,
    tag: 'lad-outbox-page',
    load: () => import('../pages/outbox/lad-outbox-page.js'),
    title: () => msg('Outgoing e-mail', { id: 'outbox.title' }),
  },
  {
    name: 'events',
    pattern: /^\/events$/,
    tag: 'lad-events-page',
    load: () => import('../pages/events/lad-events-page.js'),
    title: () => msg('Meetings', { id: 'events.title' }),
  },
  {
    name: 'event-new',
    pattern: /^\/events\/new$/,
    tag: 'lad-event-edit-page',
    load: () => import('../pages/events/lad-event-edit-page.js'),
    title: () => msg('New meeting', { id: 'events.new' }),
  },
  {
    name: 'event-agenda',
    pattern: /^\/events\/([^/]+)\/agenda$/,
    tag: 'lad-agenda-page',
    load: () => import('../pages/events/lad-agenda-page.js'),
    title: () => msg('Agenda', { id: 'events.col_agenda' }),
  },
  {
    name: 'event-criteria',
    pattern: /^\/events\/([^/]+)\/criteria$/,
    tag: 'lad-criteria-page',
    load: () => import('../pages/events/lad-criteria-page.js'),
    title: () => msg('Versions of the selection criteria', { id: 'criteria.title' }),
  },
  {
    name: 'event',
    pattern: /^\/events\/([^/]+)$/,
    tag: 'lad-event-edit-page',
    load: () => import('../pages/events/lad-event-edit-page.js'),
    title: () => msg('Edit meeting', { id: 'events.edit_title' }),
  },
  {
    name: 'bodies',
    pattern: /^\/bodies$/,
    tag: 'lad-bodies-page',
    load: () => import('../pages/bodies/lad-bodies-page.js'),
    title: () =>
      msg('Committees and bodies', {
        id: 'bodies.title',
        desc: 'Page title: committees, secretariat, mechanisms',
      }),
  },
  {
    name: 'bodies-committee',
    pattern: /^\/bodies\/committees\/([^/]+)$/,
    tag: 'lad-committee-page',
    load: () => import('../pages/bodies/lad-committee-page.js'),
    title: () => msg('Committee', { id: 'bodies.committee' }),
  },
  {
    name: 'bodies-secretariat',
    pattern: /^\/bodies\/secretariat$/,
    tag: 'lad-secretariat-page',
    load: () => import('../pages/bodies/lad-secretariat-page.js'),
    title: () =>
      msg('Technical secretariat', {
        id: 'bodies.secretariat',
        desc: 'The technical secretariat of the Declaration',
      }),
  },
  {
    name: 'bodies-mechanism',
    pattern: /^\/bodies\/mechanisms\/([^/]+)$/,
    tag: 'lad-mechanism-page',
    load: () => import('../pages/bodies/lad-mechanism-page.js'),
    title: () => msg('Regional mechanism', { id: 'bodies.mechanism' }),
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
  /** Shown only to people acting in one of these roles (every role when absent). */
  roles?: readonly Role[];
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
    current: ['commitments', 'commitment', 'commitment-new', 'progress'],
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
    href: '#/proposals',
    label: () => msg('Proposals', { id: 'nav.proposals', desc: 'Nav link to the queues of proposals' }),
    current: ['proposals', 'proposal'],
  },
  {
    href: '#/people',
    label: () => msg('People', { id: 'nav.people', desc: 'Nav link to the people who use the console' }),
    current: ['people'],
    roles: ['secretariat'],
  },
  {
    href: '#/tokens',
    label: () => msg('API tokens', { id: 'nav.tokens', desc: 'Nav link to the API tokens for automation' }),
    current: ['tokens'],
    roles: ['secretariat'],
  },
  {
    href: '#/selection',
    label: () =>
      msg('Selection', {
        id: 'nav.selection',
        desc: 'Nav link to the CSO selection: meetings and their applications',
      }),
    current: ['selection', 'event-registrations'],
  },
  {
    href: '#/outbox',
    label: () => msg('E-mail', { id: 'nav.outbox', desc: 'Nav link to the outgoing e-mail (the outbox)' }),
    current: ['outbox'],
    roles: ['secretariat'],
  },
  {
    href: '#/events',
    label: () => msg('Meetings', { id: 'nav.events', desc: 'Nav link to the meetings and their agendas' }),
    current: ['events', 'event-new', 'event', 'event-agenda', 'event-criteria'],
  },
  {
    href: '#/bodies',
    label: () =>
      msg('Committees and bodies', {
        id: 'nav.bodies',
        desc: 'Nav link to the committees, the secretariat and the regional mechanisms',
      }),
    current: ['bodies', 'bodies-committee', 'bodies-secretariat', 'bodies-mechanism'],
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
