import { formatNumber, pluralCategory, punctuation, zoneCityIn } from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { currentLocale, localeNames } from './locale.js';
import { number } from './text.js';

/**
 * The message for `count` in the page's language and its plural rules: `one()` for "1 day",
 * `other()` for "3 days" (always `other` in Creole). Each is a `msg()` call of its own, so each
 * language writes both forms.
 */
export function byCount(count: number, one: () => string, other: () => string): string {
  return pluralCategory(count, currentLocale()) === 'one' ? one() : other();
}

/** `label` and a colon, spaced as the page's language writes it ("Pays\u202F:" in French). */
export const withColon = (label: string) => `${label}${punctuation(':', currentLocale())}`;

// Messages more than one widget shows, written once so they are translated once.

/** "Pillar IV". */
export const pillarLabel = (id: string) =>
  msg(str`Pillar ${id}`, {
    id: 'pillar.label',
    desc: 'A pillar of the Declaration by its number, e.g. Pillar IV',
  });

/** "1 commitment", "1,234 commitments", in the page's language and its plural rules. */
export function commitmentCount(count: number): string {
  const n = number(count);
  return byCount(
    count,
    () =>
      msg(str`${n} commitment`, {
        id: 'commitments.one',
        desc: 'One commitment (singular form of the language)',
      }),
    () =>
      msg(str`${n} commitments`, {
        id: 'commitments.count',
        desc: 'How many commitments (plural form of the language)',
      }),
  );
}

/** After a pillar's or group's name when it has no commitments. */
export const noCommitments = () =>
  msg('no commitments recorded', {
    id: 'commitments.none',
    desc: 'After a pillar or group name when it has no commitments',
  });

export const loadingText = () => msg('Loading…', { id: 'state.loading', desc: 'While data loads' });
export const retryText = () => msg('Try again', { id: 'state.retry', desc: 'Button after an error' });
export const offlineText = () =>
  msg('You are offline. What is shown may be out of date; it will refresh when the connection returns.', {
    id: 'state.offline',
    desc: 'Banner when the device has no connection',
  });
export const statusText = () =>
  msg('Status', { id: 'status.heading', desc: 'Label of the commitment status filter and legend' });

/** The kinds of LAD meetings, for people. */
export function eventKindLabel(kind: string): string {
  switch (kind) {
    case 'high_level_meeting':
      return msg('High-level meeting', { id: 'event.kind.high_level_meeting' });
    case 'information_session':
      return msg('Quarterly information session', { id: 'event.kind.information_session' });
    case 'national_consultation':
      return msg('National meeting with the special coordinator', { id: 'event.kind.national_consultation' });
    case 'coordinators_meeting':
      return msg('Special coordinators’ meeting', { id: 'event.kind.coordinators_meeting' });
    case 'regional_meeting':
      return msg('Regional meeting', { id: 'event.kind.regional_meeting' });
    default:
      return kind;
  }
}

/** The city of an IANA time zone in the page's language: `America/Port-au-Prince` → `Pòtoprens`. */
export const zoneCity = (zone: string) => zoneCityIn(zone, localeNames());

/** The reader's own time zone. */
export const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * "1 day", "30 days" — "30 días", "30 jou" — in the page's language: a unit the SDK names with
 * its plural rules (Creole included), so no message is needed.
 */
export const dayCount = (count: number) => duration(count, 'day');

/** "1 minute", "5 minutes", in the page's language (see {@link dayCount}). */
export const minuteCount = (count: number) => duration(count, 'minute');

const duration = (count: number, unit: 'day' | 'minute') =>
  formatNumber(count, currentLocale(), { style: 'unit', unit, unitDisplay: 'long' });

/** "1 session", "3 sessions", in the page's language and its plural rules. */
export function sessionCount(count: number): string {
  const n = number(count);
  return byCount(
    count,
    () => msg(str`${n} session`, { id: 'cal.sessions.one', desc: 'One meeting on a day (singular)' }),
    () => msg(str`${n} sessions`, { id: 'cal.sessions.count', desc: 'How many meetings on a day (plural)' }),
  );
}
