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

/**
 * A VTIMEZONE for `zone` covering `[fromMs, toMs]`: the offset at the start, then every
 * transition found in that span (day steps, refined to the minute).
 */
export function vtimezone(zone: string, fromMs: number, toMs: number): string[] {
  const DAY = 86_400_000;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  let offset = offsetMinutes(zone, fromMs);
  const first = offset;
  const observances: { at: number; from: number; to: number }[] = [];
  for (let t = fromMs; t < toMs; t += DAY) {
    const next = offsetMinutes(zone, Math.min(t + DAY, toMs));
    if (next === offset) continue;
    let lo = t;
    let hi = Math.min(t + DAY, toMs);
    while (hi - lo > 60_000) {
      const mid = Math.floor((lo + hi) / 2 / 60_000) * 60_000;
      if (offsetMinutes(zone, mid) === offset) lo = mid;
      else hi = mid;
    }
    observances.push({ at: hi, from: offset, to: next });
    offset = next;
  }
  const component = (kind: string, at: number, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(at, from)}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
  const all = [first, ...observances.map((o) => o.to)];
  const standard = Math.min(...all);
  lines.push(...component(first === standard ? 'STANDARD' : 'DAYLIGHT', fromMs, first, first));
  for (const o of observances)
    lines.push(...component(o.to === standard ? 'STANDARD' : 'DAYLIGHT', o.at, o.from, o.to));
  lines.push('END:VTIMEZONE');
  return lines;
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
  const zones = new Map<string, { from: number; to: number }>();
  for (const e of events) {
    const start = Date.parse(e.startsAt);
    const end = Date.parse(e.endsAt);
    const span = zones.get(e.timeZone) ?? { from: start, to: end };
    zones.set(e.timeZone, { from: Math.min(span.from, start), to: Math.max(span.to, end) });
  }
  for (const [zone, span] of zones) {
    // From a day before the first event to a day after the last, starting on a whole day.
    const from = Math.floor(span.from / 86_400_000) * 86_400_000 - 86_400_000;
    lines.push(...vtimezone(zone, from, span.to + 86_400_000));
  }
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
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
