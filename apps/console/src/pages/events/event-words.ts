import {
  type AccountRole,
  type Committee,
  type Event,
  type EventKind,
  type EventQuery,
  formatDate,
  formatDateRange,
  getZonedParts,
} from '@lad/sdk';
import { msg, str } from '@lit/localize';
import { currentLocale } from '../../internal/locale.js';
import { byCount, number } from '../../internal/messages.js';

// What the meetings screens (list, editor, agenda) share: the words for kinds and states, the
// role's scope as event filters, and times written in the event's own time zone.

/** A meeting's kind in the console's language (the calendar widget's words). */
export function kindLabel(kind: EventKind): string {
  switch (kind) {
    case 'information_session':
      return msg('Quarterly information session', {
        id: 'events.kind.information_session',
        desc: 'Kind of meeting',
      });
    case 'national_consultation':
      return msg('National consultation', {
        id: 'events.kind.national_consultation',
        desc: 'Kind of meeting',
      });
    case 'regional_meeting':
      return msg('Regional meeting', { id: 'events.kind.regional_meeting', desc: 'Kind of meeting' });
    case 'coordinators_meeting':
      return msg('Coordinators’ meeting', {
        id: 'events.kind.coordinators_meeting',
        desc: 'Kind of meeting',
      });
    case 'high_level_meeting':
      return msg('High-level meeting', { id: 'events.kind.high_level_meeting', desc: 'Kind of meeting' });
  }
}

/** "3 days", "1 day". */
export function dayCount(days: number): string {
  const n = number(days);
  return byCount(
    days,
    () => msg(str`${n} day`, { id: 'events.day', desc: 'A number of days, singular' }),
    () => msg(str`${n} days`, { id: 'events.days', desc: 'A number of days, plural' }),
  );
}

/** "Published 25 days before the meeting" (the public calendar's words), or late. */
export function publishedText(days: number): string {
  if (days < 0)
    return msg('Published after the meeting began', { id: 'agenda.published_after', desc: 'Agenda state' });
  const count = dayCount(days);
  return msg(str`Published ${count} before the meeting`, {
    id: 'agenda.published_before',
    desc: 'Agenda state, e.g. Published 25 days before the meeting',
  });
}

/** The meeting's dates in its own time zone, with the zone: "5 Mar 2026, 09:00–11:00 (America/Port-au-Prince)". */
export function whenText(e: Pick<Event, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const range = formatDateRange(e.startsAt, e.endsAt, currentLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: e.timeZone,
  });
  return `${range} (${e.timeZone})`;
}

/** An instant as a date and time in `timeZone`, in the console's language. */
export const instantText = (iso: string, timeZone?: string) =>
  formatDate(iso, currentLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` (what a `datetime-local` field holds) of an instant in `timeZone`. */
export function toLocalInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const p = getZonedParts(iso, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The instant (ISO, UTC) at which the clocks of `timeZone` read `local` (`YYYY-MM-DDTHH:mm`);
 * `null` when `local` is not such a value. Around a change of the clocks, the first reading wins.
 */
export function fromLocalInput(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as number[];
  const wall = Date.UTC(y as number, (mo as number) - 1, d, h, mi);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const p = getZonedParts(guess, timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    if (seen === wall) break;
    guess += wall - seen;
  }
  return Number.isFinite(guess) ? new Date(guess).toISOString() : null;
}

/** Every IANA time zone the browser knows, the events' own first. */
export function timeZones(): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : ['America/Panama', 'UTC'];
  return [...new Set(known)].sort();
}

/**
 * The events a role works on, as filters of `GET /v1/events`: a country coordinator's country,
 * a committee coordinator's committee, a mechanism officer's mechanism, everything for the
 * secretariat. The API enforces the same scope on every change.
 */
export function eventScope(role: AccountRole | null, committees: readonly Committee[]): Partial<EventQuery> {
  if (!role?.scope) return {};
  if (role.role === 'country') return { country: role.scope };
  if (role.role === 'committee') {
    const committee = committees.find((c) => c.actionPackageId === role.scope);
    return { committee: committee?.id ?? `cmte-${role.scope}` };
  }
  if (role.role === 'mechanism') return { mechanism: role.scope };
  return {};
}

/** What everyone who applied is told, said before a cancellation or a new date. */
export const emailNotice = () =>
  msg('Everyone who applied will be told by email, in the language they applied in.', {
    id: 'events.email_notice',
    desc: 'Said before cancelling or rescheduling a meeting',
  });

/**
 * The link to a meeting's criteria versions (`#/events/<id>/criteria`), from the editor and the
 * selection screen: "Earlier versions of the criteria (2)" once they changed.
 */
export function criteriaHistoryText(version: number): string {
  const earlier = Math.max(0, version - 1);
  if (!earlier)
    return msg('Every version of the criteria', {
      id: 'events.criteria_history_all',
      desc: 'Link to the versions of a meeting’s selection criteria, when there is only one',
    });
  const n = number(earlier);
  return msg(str`Earlier versions of the criteria (${n})`, {
    id: 'events.criteria_history',
    desc: 'Link to the versions of a meeting’s selection criteria; the number is how many came before the one in force',
  });
}

/** "Required · In words": how a criterion is answered. */
export function criterionTerms(c: { required: boolean; answer: 'text' | 'yes_no' }): string {
  const need = c.required
    ? msg('Required', { id: 'events.required' })
    : msg('Optional', {
        id: 'criteria.optional',
        desc: 'A selection criterion applicants may leave unanswered',
      });
  const how =
    c.answer === 'yes_no'
      ? msg('Yes or no', { id: 'events.answer.yes_no' })
      : msg('In words', { id: 'events.answer.text' });
  return `${need} · ${how}`;
}
