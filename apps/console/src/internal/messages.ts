import {
  ACTION_PACKAGES,
  type AccountRole,
  type CommitmentStatus,
  countryNameIn,
  formatDate,
  formatNumber,
  isLadApiError,
  isLadNetworkError,
  languageNameIn,
  pickText,
  pluralCategory,
  punctuation,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { currentLocale, localeNames } from './locale.js';

// Words more than one screen shows, written once so they are translated once.

/** The console's name, in the header and every page title. */
export const productName = () =>
  msg('LAD Console', {
    id: 'app.name',
    desc: 'Name of the operators’ web app (LAD = Los Angeles Declaration)',
  });

/** `label` and a colon, spaced as the language writes it ("Pays\u202F:" in French). */
export const withColon = (label: string) => `${label}${punctuation(':', currentLocale())}`;

/**
 * The message for `count` in the console's language and its plural rules: `one()` for
 * "1 commitment", `other()` for "3 commitments" (always `other` in Creole).
 */
export const byCount = (count: number, one: () => string, other: () => string) =>
  pluralCategory(count, currentLocale()) === 'one' ? one() : other();

export const number = (n: number) => formatNumber(n, currentLocale());

/** "1 commitment", "12 commitments". */
export function commitmentCount(count: number): string {
  const n = number(count);
  return byCount(
    count,
    () => msg(str`${n} commitment`, { id: 'commitments.one', desc: 'One commitment (singular form)' }),
    () => msg(str`${n} commitments`, { id: 'commitments.count', desc: 'How many commitments (plural form)' }),
  );
}

/** A country's name in the console's language (Creole names from the SDK, never the browser's French). */
export const countryName = (code: string) => countryNameIn(code, currentLocale(), localeNames());

/** A language's name in the console's language: "Haitian Creole", "kreyòl ayisyen"… */
export const languageName = (lang: string) => languageNameIn(lang, currentLocale(), localeNames());

/** An action package's name in the console's language. */
export function actionPackageName(id: string): string {
  const known = ACTION_PACKAGES.find((p) => p.id === id);
  return known ? pickText(known.name, currentLocale()).text : id;
}

/** A calendar day, e.g. "5 mas 2026". */
export const dateText = (day: string) => formatDate(day, currentLocale(), { dateStyle: 'medium' });

/** "Pillar IV". */
export const pillarLabel = (id: string) =>
  msg(str`Pillar ${id}`, {
    id: 'pillar.label',
    desc: 'A pillar of the Declaration by its number, e.g. Pillar IV',
  });

/** The five-point completion scale (the tracker's words). */
export function statusLabel(status: CommitmentStatus): string {
  switch (status) {
    case 'no_evidence':
      return msg('No evidence available', { id: 'status.no_evidence', desc: 'Commitment status' });
    case 'not_started':
      return msg('Not started', { id: 'status.not_started', desc: 'Commitment status' });
    case 'limited':
      return msg('Limited progress', { id: 'status.limited', desc: 'Commitment status' });
    case 'substantial':
      return msg('Substantial progress', { id: 'status.substantial', desc: 'Commitment status' });
    case 'complete':
      return msg('Complete', { id: 'status.complete', desc: 'Commitment status' });
  }
}

/** What a role is called, without its scope. */
export function roleName(role: string): string {
  switch (role) {
    case 'secretariat':
      return msg('Secretariat', { id: 'role.secretariat', desc: 'Role: the technical secretariat' });
    case 'committee':
      return msg('Committee coordinator', {
        id: 'role.committee',
        desc: 'Role: coordinator of an action package’s committee',
      });
    case 'country':
      return msg('Country coordinator', {
        id: 'role.country',
        desc: 'Role: a government’s coordinator for its country’s commitments',
      });
    default:
      return role;
  }
}

/** The place a scope names: a country for a country role, an action package for a committee. */
export function scopeName(role: Pick<AccountRole, 'role' | 'scope'>): string {
  if (!role.scope) return '';
  if (role.role === 'country') return countryName(role.scope);
  if (role.role === 'committee') return actionPackageName(role.scope);
  return role.scope;
}

/** "Country coordinator — Haiti", "Secretariat". */
export function roleLabel(role: Pick<AccountRole, 'role' | 'scope'>): string {
  const scope = scopeName(role);
  return scope ? `${roleName(role.role)} — ${scope}` : roleName(role.role);
}

export const loadingText = () => msg('Loading…', { id: 'state.loading', desc: 'While data loads' });
export const retryText = () => msg('Try again', { id: 'state.retry', desc: 'Button after an error' });

/** "2 minutes", "30 seconds": how long to wait, rounded up to what a person reads. */
export function waitText(seconds: number): string {
  if (seconds >= 90) {
    const minutes = Math.ceil(seconds / 60);
    const n = number(minutes);
    return byCount(
      minutes,
      () => msg(str`${n} minute`, { id: 'wait.minute', desc: 'A wait of one minute' }),
      () => msg(str`${n} minutes`, { id: 'wait.minutes', desc: 'A wait of several minutes' }),
    );
  }
  const s = Math.max(1, Math.ceil(seconds));
  const n = number(s);
  return byCount(
    s,
    () => msg(str`${n} second`, { id: 'wait.second', desc: 'A wait of one second' }),
    () => msg(str`${n} seconds`, { id: 'wait.seconds', desc: 'A wait of several seconds' }),
  );
}

/**
 * What went wrong, for a person: no connection, the server down, a refusal of their role, or
 * what the API said. Never a stack trace.
 */
export function errorText(error: unknown): string {
  if (isLadNetworkError(error)) {
    return error.reason === 'offline'
      ? msg('You are offline. Nothing was lost; try again once the connection is back.', {
          id: 'error.offline',
        })
      : msg('The server could not be reached. Nothing was lost; try again in a moment.', {
          id: 'error.network',
        });
  }
  if (isLadApiError(error)) {
    if (error.status === 401)
      return msg('You are signed out. Sign in again to go on.', { id: 'error.signed_out' });
    if (error.status === 403 && error.code === 'csrf')
      return msg(
        'The server refused a request from this page. Open the console at the address of the LAD server itself.',
        {
          id: 'error.csrf',
        },
      );
    if (error.status === 403)
      return msg('The role you are acting in may not do this. Choose another role in the header.', {
        id: 'error.forbidden',
      });
    if (error.status === 404) return msg('This was not found.', { id: 'error.not_found' });
    if (error.status === 429 && error.retryAfter !== undefined) {
      const wait = waitText(error.retryAfter);
      return msg(str`Too many attempts. Try again in ${wait}.`, { id: 'error.rate_limited' });
    }
    if (error.status >= 500)
      return msg('The server had a problem. Nothing was lost; try again in a moment.', {
        id: 'error.server',
      });
  }
  return msg('Something went wrong. Nothing was lost; try again.', { id: 'error.unknown' });
}
