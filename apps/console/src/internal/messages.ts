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
  MECHANISMS,
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

/** A share (0–1) as a whole percentage in the console's language: "34%", "34 %" in French and Creole. */
export const percentText = (share: number) =>
  formatNumber(share, currentLocale(), { style: 'percent', maximumFractionDigits: 0 });

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
    case 'mechanism':
      return msg('Regional mechanism officer', {
        id: 'role.mechanism',
        desc: 'Role: an officer of a regional mechanism (CRM, MIRPS, CARICOM…) who curates the commitments it shares and its events',
      });
    default:
      return role;
  }
}

/** A regional mechanism's full name in the console's language. */
export function mechanismTitle(id: string): string {
  const known = MECHANISMS.find((m) => m.id === id);
  return known ? pickText(known.name, currentLocale()).text : id;
}

/** A regional mechanism by its acronym ("CRM"), or its name in the console's language when it has none. */
export function mechanismName(id: string): string {
  return MECHANISMS.find((m) => m.id === id)?.acronym ?? mechanismTitle(id);
}

/**
 * The place a scope names: a country for a country role, an action package for a committee, a
 * regional mechanism for a mechanism officer.
 */
export function scopeName(role: Pick<AccountRole, 'role' | 'scope'>): string {
  if (!role.scope) return '';
  if (role.role === 'country') return countryName(role.scope);
  if (role.role === 'committee') return actionPackageName(role.scope);
  if (role.role === 'mechanism') return mechanismName(role.scope);
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

/**
 * Why a row of an imported file was refused, in the console's language, from the error's
 * `code` (the SDK's field-error codes — `toFieldErrors` — and the importers' own) and the
 * column it is in. `null` for a code the console has no sentence for: show the API's English
 * message instead, marked `lang="en"`.
 */
export function importErrorText(code: string, column: string | null): string | null {
  switch (code) {
    case 'required':
      return column === 'externalId'
        ? msg('Each row needs an externalId: the identifier that matches it with what is stored.', {
            id: 'import.error.required_id',
            desc: 'Refused row of an imported file; externalId is a column name, keep it as it is',
          })
        : msg('This cell is empty, and this column needs a value.', {
            id: 'import.error.required',
            desc: 'Refused row of an imported file',
          });
    case 'invalid_value':
      return msg('This value is not one of those the column allows. The template’s example row lists them.', {
        id: 'import.error.invalid_value',
        desc: 'Refused row of an imported file',
      });
    case 'invalid_type':
      return msg('This cell holds the wrong kind of value, such as words where a number is expected.', {
        id: 'import.error.invalid_type',
        desc: 'Refused row of an imported file',
      });
    case 'invalid_format':
      return msg(
        'This value is not written as the column expects: dates as YYYY-MM-DD, numbers with digits only.',
        {
          id: 'import.error.invalid_format',
          desc: 'Refused row of an imported file; keep YYYY-MM-DD as it is',
        },
      );
    case 'too_big':
    case 'too_long':
      return msg('This value is too long or too large for this column.', {
        id: 'import.error.too_big',
        desc: 'Refused row of an imported file',
      });
    case 'too_small':
      return msg('This value is too short or too small for this column.', {
        id: 'import.error.too_small',
        desc: 'Refused row of an imported file',
      });
    case 'unknown_action_package':
      return msg('No action package has this identifier. Check its spelling.', {
        id: 'import.error.unknown_action_package',
        desc: 'Refused row of an imported file',
      });
    case 'unknown_mechanism':
      return msg('No regional mechanism has this identifier. Check its spelling.', {
        id: 'import.error.unknown_mechanism',
        desc: 'Refused row of an imported file',
      });
    case 'unknown_reference':
      if (column === 'actionPackages') return importErrorText('unknown_action_package', column);
      if (column === 'mechanisms') return importErrorText('unknown_mechanism', column);
      if (column === 'commitment' || column === 'commitmentId')
        return msg('No commitment has this externalId or id. Check its spelling.', {
          id: 'import.error.unknown_commitment',
          desc: 'Refused row of an imported file; externalId and id are column names, keep them as they are',
        });
      return msg('Nothing stored has this identifier. Check its spelling.', {
        id: 'import.error.unknown_reference',
        desc: 'Refused row of an imported file: it names a record that does not exist',
      });
    case 'forbidden':
      return msg('This row is outside the scope of the role you are acting in.', {
        id: 'import.error.forbidden',
        desc: 'Refused row of an imported file',
      });
    case 'malformed_csv':
      return msg('This line could not be read as CSV. Check its quotation marks and separators.', {
        id: 'import.error.malformed_csv',
        desc: 'Refused row of an imported file',
      });
    case 'malformed_xlsx':
      return msg('This row of the workbook could not be read.', {
        id: 'import.error.malformed_xlsx',
        desc: 'Refused row of an imported Excel file',
      });
    case 'duplicate':
    case 'duplicate_external_id':
      if (column === 'date')
        return msg('An earlier row of the file already has this indicator’s measurement on this date.', {
          id: 'import.error.duplicate_date',
          desc: 'Refused row of an imported file of indicators and their dated measurements',
        });
      return msg('This externalId is already on an earlier row of the file.', {
        id: 'import.error.duplicate',
        desc: 'Refused row of an imported file; externalId is a column name, keep it as it is',
      });
    case 'inconsistent':
      return msg('The rows of one indicator must agree, and this column differs between them.', {
        id: 'import.error.inconsistent',
        desc: 'Refused row of an imported file: rows of the same indicator hold different values',
      });
    case 'missing_column':
      return msg(
        'The file has no externalId column. Start from the template: its header row has every column.',
        {
          id: 'import.error.missing_column',
          desc: 'A whole imported file refused; externalId is a column name, keep it as it is',
        },
      );
    case 'date_out_of_range':
      return msg('This date is outside the range allowed here.', {
        id: 'import.error.date_out_of_range',
        desc: 'Refused row of an imported file',
      });
    case 'end_before_start':
      return msg('This date comes before the start date.', {
        id: 'import.error.end_before_start',
        desc: 'Refused row of an imported file',
      });
    case 'quantitative_without_number':
      return msg('A quantitative indicator needs numbers for its baseline and its target.', {
        id: 'import.error.quantitative_without_number',
        desc: 'Refused row of an imported file',
      });
    case 'plain_text':
      return msg('Remove the control characters or broken characters from this cell.', {
        id: 'import.error.plain_text',
        desc: 'Refused row of an imported file',
      });
    case 'http_url':
      return msg('Use a web address that starts with https:// or http://.', {
        id: 'import.error.http_url',
        desc: 'Refused row of an imported file',
      });
    case 'unrecognized_key':
      return msg('This column is not one of the template’s.', {
        id: 'import.error.unrecognized_key',
        desc: 'Refused row of an imported file',
      });
    default:
      return null;
  }
}
