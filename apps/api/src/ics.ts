import { type Event, pickText } from '@lad/sdk';

// iCalendar (RFC 5545) for the events feed: CRLF lines folded at 75 octets, TEXT escaped,
// local times with TZID and a VTIMEZONE for each zone built from the runtime's time-zone data.

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function utcStamp(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
/** Offset from UTC in minutes of `zone` at `ms`. */
export function offsetMinutes(zone: string, ms: number): number {
  let f = offsetFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, f);
  }
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Local wall-clock time `YYYYMMDDTHHMMSS` of `ms` at a given offset. */
function localStamp(ms: number, offset: number): string {
  return utcStamp(new Date(ms + offset * 60_000)).slice(0, -1);
}

const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}${pad(minutes % 60)}`;

const DAY = 86_400_000;

/** The first instant after `lo` at which `zone`'s offset is no longer `offset`, to the minute. */
function transition(zone: string, offset: number, lo: number, hi: number): number {
  while (hi - lo > 60_000) {
    const mid = Math.floor((lo + hi) / 2 / 60_000) * 60_000;
    if (offsetMinutes(zone, mid) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * A VTIMEZONE for `zone` that is right at every instant inside `spans` (each `[from, to]`):
 * an observance where each span starts, with the offset in effect there, and every transition
 * found inside a span (day steps, refined to the minute). Only the spans are looked at — an
 * event in the year 9999 costs what an event next week costs, not every day in between.
 */
export function vtimezone(zone: string, spans: [number, number][]): string[] {
  const observances: { at: number; from: number; to: number }[] = [];
  let offset: number | null = null;
  let covered = Number.NEGATIVE_INFINITY;
  for (const [rawFrom, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(rawFrom, covered);
    if (from >= to) continue;
    const here = offsetMinutes(zone, from);
    if (offset === null || here !== offset) observances.push({ at: from, from: offset ?? here, to: here });
    offset = here;
    for (let t = from; t < to; t += DAY) {
      const end = Math.min(t + DAY, to);
      const next = offsetMinutes(zone, end);
      if (next === offset) continue;
      observances.push({ at: transition(zone, offset, t, end), from: offset, to: next });
      offset = next;
    }
    covered = to;
  }
  const component = (kind: string, at: number, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(at, from)}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
  const standard = Math.min(...observances.map((o) => o.to));
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observances.flatMap((o) => component(o.to === standard ? 'STANDARD' : 'DAYLIGHT', o.at, o.from, o.to)),
    'END:VTIMEZONE',
  ];
}

export interface IcsOptions {
  locale: string;
  /** URL of the event for people, `{id}` replaced by its id. */
  eventUrl: (id: string) => string;
  calendarName: string;
  now: Date;
}

/** An iCalendar document for `events`; each keeps its UID across changes, with SEQUENCE bumped. */
export function toIcs(events: Event[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//LAD Widgets//LAD API//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  // Each zone's rules around its events only: from the whole day before each event to the
  // day after it.
  const zones = new Map<string, [number, number][]>();
  for (const e of events) {
    const start = Math.floor(Date.parse(e.startsAt) / DAY) * DAY - DAY;
    const spans = zones.get(e.timeZone) ?? [];
    spans.push([start, Date.parse(e.endsAt) + DAY]);
    zones.set(e.timeZone, spans);
  }
  for (const [zone, spans] of zones) lines.push(...vtimezone(zone, spans));
  for (const e of events) {
    const title = pickText(e.title, options.locale).text;
    const url = options.eventUrl(e.id);
    const description = [
      e.description ? pickText(e.description, options.locale).text : '',
      e.agenda?.items.length
        ? e.agenda.items.map((item, i) => `${i + 1}. ${pickText(item.title, options.locale).text}`).join('\n')
        : '',
      e.onlineUrl ?? '',
      url,
    ]
      .filter(Boolean)
      .join('\n\n');
    const start = Date.parse(e.startsAt);
    const end = Date.parse(e.endsAt);
    const location = [e.venue?.name, e.venue?.city, e.format !== 'in_person' ? e.onlineUrl : null]
      .filter(Boolean)
      .join(', ');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@lad-widgets`,
      `DTSTAMP:${utcStamp(new Date(e.updatedAt))}`,
      `LAST-MODIFIED:${utcStamp(new Date(e.updatedAt))}`,
      `CREATED:${utcStamp(new Date(e.createdAt))}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTART;TZID=${e.timeZone}:${localStamp(start, offsetMinutes(e.timeZone, start))}`,
      `DTEND;TZID=${e.timeZone}:${localStamp(end, offsetMinutes(e.timeZone, end))}`,
      `SUMMARY:${escapeText(title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      `URL:${url}`,
      `CATEGORIES:${e.kind.toUpperCase().replace(/_/g, '-')}`,
      // A cancelled event stays in the feed, marked, so calendars that hold it drop it (RFC 5545
      // §3.8.1.11); its SEQUENCE rose with the cancellation.
      `STATUS:${e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      // Free time once cancelled: the slot no longer shows as busy.
      `TRANSP:${e.status === 'cancelled' ? 'TRANSPARENT' : 'OPAQUE'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
