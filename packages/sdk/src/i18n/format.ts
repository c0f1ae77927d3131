import { HT_AT, HT_LIST, HT_MONTHS, HT_NUMBER, HT_RELATIVE_DAYS, HT_UNITS, HT_WEEKDAYS } from './creole.js';
import { languageOf } from './locales.js';

/** A point in time, or a `YYYY-MM-DD` calendar date (formatted as that day in every zone). */
export type DateInput = Date | number | string;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_TAGS: Record<string, string> = { es: 'es-419', pt: 'pt-BR' };

function isCreole(locale: string) {
  return languageOf(locale) === 'ht';
}

const supported = new Map<string, string>();
/**
 * The tag to hand to `Intl` for `locale`: Latin-American Spanish for `es`, Brazilian
 * Portuguese for `pt`; any tag the runtime has no data for becomes `en`, never the machine's
 * default language.
 */
export function intlLocale(locale: string): string {
  let tag = supported.get(locale);
  if (tag === undefined) {
    const wanted = (Object.hasOwn(DEFAULT_TAGS, locale) ? DEFAULT_TAGS[locale] : undefined) ?? locale;
    try {
      tag = Intl.DateTimeFormat.supportedLocalesOf([wanted])[0] ?? 'en';
    } catch {
      tag = 'en';
    }
    supported.set(locale, tag);
  }
  return tag;
}

function toDate(value: DateInput): { date: Date; calendarDay: boolean } {
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) {
    return { date: new Date(`${value}T00:00:00Z`), calendarDay: true };
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return { date, calendarDay: false };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Calendar fields of an instant in a time zone. */
export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/**
 * The calendar fields of `date` in `timeZone` (the runtime's zone when omitted). Language
 * independent: useful for calendars and for comparing days across zones.
 */
export function getZonedParts(date: DateInput, timeZone?: string): ZonedParts {
  const { date: d, calendarDay } = toDate(date);
  const zone = calendarDay ? 'UTC' : timeZone;
  const parts = dateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(d);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  return {
    year,
    month,
    day,
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

function offsetName(date: Date, timeZone: string | undefined) {
  const name =
    dateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name.replace('GMT', 'UTC').replace('-', '\u2212');
}

const pad = (n: number) => String(n).padStart(2, '0');

type Width = 'long' | 'short' | 'narrow';

function creoleDatePart(p: ZonedParts, o: Intl.DateTimeFormatOptions): string {
  const style = o.dateStyle;
  if (style === 'full')
    return `${HT_WEEKDAYS.long[p.weekday]} ${p.day} ${HT_MONTHS.long[p.month - 1]} ${p.year}`;
  if (style === 'long') return `${p.day} ${HT_MONTHS.long[p.month - 1]} ${p.year}`;
  if (style === 'medium') return `${p.day} ${HT_MONTHS.short[p.month - 1]} ${p.year}`;
  if (style === 'short') return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  const out: string[] = [];
  const year = o.year === '2-digit' ? pad(p.year % 100) : String(p.year);
  if (o.weekday) out.push(HT_WEEKDAYS[o.weekday as Width][p.weekday] ?? '');
  if (o.month === 'numeric' || o.month === '2-digit') {
    const numeric = [o.day ? pad(p.day) : '', pad(p.month), o.year ? year : ''].filter(Boolean);
    out.push(numeric.join('/'));
  } else {
    if (o.day) out.push(o.day === '2-digit' ? pad(p.day) : String(p.day));
    if (o.month) out.push(HT_MONTHS[o.month as Width][p.month - 1] ?? '');
    if (o.year) out.push(year);
  }
  return out.join(' ');
}

function creoleTimePart(date: Date, p: ZonedParts, o: Intl.DateTimeFormatOptions, zone?: string) {
  const style = o.timeStyle;
  let text: string;
  let withZone = !!o.timeZoneName;
  if (style) {
    text = `${pad(p.hour)}:${pad(p.minute)}`;
    if (style !== 'short') text += `:${pad(p.second)}`;
    withZone = style === 'long' || style === 'full';
  } else if (o.hour && !o.minute) {
    text = `${p.hour} h`;
  } else if (o.hour || o.minute) {
    text = `${pad(p.hour)}:${pad(p.minute)}`;
    if (o.second) text += `:${pad(p.second)}`;
  } else {
    text = '';
  }
  if (withZone) text = text ? `${text} ${offsetName(date, zone)}` : offsetName(date, zone);
  return text;
}

const DATE_FIELDS = ['weekday', 'era', 'year', 'month', 'day'] as const;
const TIME_FIELDS = ['hour', 'minute', 'second', 'fractionalSecondDigits', 'dayPeriod'] as const;

function hasAny(o: Intl.DateTimeFormatOptions, keys: readonly string[]) {
  return keys.some((k) => (o as Record<string, unknown>)[k] !== undefined);
}

function creoleFormat(date: Date, options: Intl.DateTimeFormatOptions): string {
  const o = { ...options };
  if (!o.dateStyle && !o.timeStyle && !hasAny(o, DATE_FIELDS) && !hasAny(o, TIME_FIELDS)) {
    if (!o.timeZoneName) Object.assign(o, { year: 'numeric', month: 'numeric', day: 'numeric' });
  }
  const parts = getZonedParts(date, o.timeZone);
  const day = o.dateStyle || hasAny(o, DATE_FIELDS) ? creoleDatePart(parts, o) : '';
  const time = creoleTimePart(date, parts, o, o.timeZone);
  if (!day) return time;
  if (!time) return day;
  const joiner = o.dateStyle === 'full' || o.dateStyle === 'long' ? ` ${HT_AT} ` : ' ';
  return `${day}${joiner}${time}`;
}

/**
 * Formats a date in one of the five LAD languages, with `Intl.DateTimeFormat` options
 * (`dateStyle`, `timeStyle`, `weekday`, `month`, `timeZone`, …).
 *
 * Haitian Creole is formatted from the SDK's own month and weekday names and patterns (24-hour
 * clock), because `Intl` has no `ht` data and would silently use the machine's language.
 * A `Date` or timestamp is an instant, shown in `options.timeZone` (default: the runtime's
 * zone). A `YYYY-MM-DD` string is a calendar day and reads the same in every zone.
 *
 * @example
 * formatDate('2026-03-05', 'ht', { dateStyle: 'long' })                              // '5 mas 2026'
 * formatDate(new Date('2026-03-05'), 'ht', { dateStyle: 'full', timeZone: 'UTC' })  // 'jedi 5 mas 2026'
 * formatDate('2026-03-05', 'es', { dateStyle: 'long' })                              // '5 de marzo de 2026'
 */
export function formatDate(
  value: DateInput,
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): string {
  const { date, calendarDay } = toDate(value);
  const o = calendarDay ? { ...options, timeZone: 'UTC' } : options;
  if (isCreole(locale)) return creoleFormat(date, o);
  return dateTimeFormat(intlLocale(locale), o).format(date);
}

/**
 * A date as precise as it is known — a day (`2024-05-07`), a month (`2024-05`) or a year
 * (`2024`) — the way the language writes it: "7 me 2024", "me 2024", "2024".
 *
 * @example
 * formatPartialDate('2024-05', 'es') // 'mayo de 2024'
 */
export function formatPartialDate(value: string, locale: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value))
    return formatDate(`${value}-01`, locale, { year: 'numeric', month: 'long' });
  return formatDate(value, locale, { dateStyle: 'long' });
}

function sameDay(a: ZonedParts, b: ZonedParts) {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * Formats a span of time compactly: "5–7 mas 2026", "5 mas 2026 09:00–12:00". Other languages
 * use `Intl.DateTimeFormat#formatRange`.
 *
 * @example
 * formatDateRange('2026-03-05', '2026-03-07', 'ht', { dateStyle: 'long' }) // '5–7 mas 2026'
 */
export function formatDateRange(
  start: DateInput,
  end: DateInput,
  locale: string,
  options: Intl.DateTimeFormatOptions = {},
): string {
  const a = toDate(start);
  const b = toDate(end);
  const o = a.calendarDay && b.calendarDay ? { ...options, timeZone: 'UTC' } : options;
  if (!isCreole(locale)) {
    const formatter = dateTimeFormat(intlLocale(locale), o);
    if (typeof formatter.formatRange === 'function') return formatter.formatRange(a.date, b.date);
    return `${formatter.format(a.date)} – ${formatter.format(b.date)}`;
  }
  const pa = getZonedParts(a.date, o.timeZone);
  const pb = getZonedParts(b.date, o.timeZone);
  const hasTime = !!o.timeStyle || hasAny(o, TIME_FIELDS);
  const hasDate = !!o.dateStyle || hasAny(o, DATE_FIELDS) || !hasTime;
  const full = (d: Date) => creoleFormat(d, o);
  if (sameDay(pa, pb)) {
    if (!hasTime) return full(a.date);
    const timeOnly = {
      ...o,
      dateStyle: undefined,
      ...Object.fromEntries(DATE_FIELDS.map((k) => [k, undefined])),
    };
    const endTime = creoleFormat(b.date, timeOnly);
    return `${full(a.date)}\u2013${endTime}`;
  }
  const style = o.dateStyle ?? (typeof o.month === 'string' && o.month.length > 2 ? 'text' : undefined);
  const textual = !hasTime && !o.weekday && style && style !== 'short' && style !== 'full';
  if (textual && pa.year === pb.year) {
    const months = o.dateStyle === 'medium' || o.month === 'short' ? HT_MONTHS.short : HT_MONTHS.long;
    if (pa.month === pb.month) return `${pa.day}\u2013${pb.day} ${months[pb.month - 1]} ${pb.year}`;
    return `${pa.day} ${months[pa.month - 1]} \u2013 ${pb.day} ${months[pb.month - 1]} ${pb.year}`;
  }
  return hasDate ? `${full(a.date)} \u2013 ${full(b.date)}` : `${full(a.date)}\u2013${full(b.date)}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, formatter);
  }
  return formatter;
}

/**
 * `label` followed by a colon, spaced as `locale` writes it: `withColon('Pays', 'fr')` →
 * `'Pays\u202F:'` (a narrow no-break space, as French typography asks), `'Country:'` elsewhere.
 */
export function withColon(label: string, locale: string): string {
  return `${label}${colon(locale)}`;
}

/** The colon after a label in `locale`: `'\u202F:'` in French, `':'` elsewhere. */
export function colon(locale: string): string {
  return punctuation(':', locale);
}

/**
 * A high punctuation mark as `locale` writes it after a word: French puts a narrow no-break
 * space before `:` `;` `!` `?` (`punctuation(';', 'fr')` → `'\u202F;'`); other languages none.
 */
export function punctuation(mark: ':' | ';' | '!' | '?', locale: string): string {
  return languageOf(locale) === 'fr' ? `\u202F${mark}` : mark;
}

function creoleNumber(value: number | bigint, options: Intl.NumberFormatOptions): string {
  const o: Intl.NumberFormatOptions = { ...options };
  if (o.style === 'currency') o.currencyDisplay = 'code';
  if (o.style === 'unit' && !(o.unit && Object.hasOwn(HT_UNITS, o.unit))) o.unitDisplay = 'narrow';
  const parts = numberFormat('en-US', o).formatToParts(value);
  let number = '';
  let prefix = '';
  let suffix = '';
  for (const part of parts) {
    switch (part.type) {
      case 'group':
        number += HT_NUMBER.group;
        break;
      case 'decimal':
        number += HT_NUMBER.decimal;
        break;
      case 'currency':
        suffix += `\u00A0${part.value}`;
        break;
      case 'percentSign':
        suffix += `${HT_NUMBER.percentSpace}%`;
        break;
      case 'compact': {
        const word = HT_NUMBER.compactShort[part.value] ?? HT_NUMBER.compactLong[part.value] ?? part.value;
        suffix += `\u00A0${word}`;
        break;
      }
      case 'minusSign':
      case 'plusSign':
        prefix += part.value;
        break;
      case 'literal':
        // Spacing around currency codes and compact words is ours; keep other literals.
        if (part.value.trim()) number += part.value;
        break;
      case 'unit': {
        // Intl's unit names are English here: a Creole word where we have one, else the symbol
        // (the parts were asked narrow for such units, below).
        suffix += `\u00A0${o.unit && Object.hasOwn(HT_UNITS, o.unit) ? HT_UNITS[o.unit] : part.value}`;
        break;
      }
      default:
        number += part.value;
    }
  }
  return `${prefix}${number}${suffix}`;
}

/**
 * Formats a number with `Intl.NumberFormat` options. Haitian Creole uses a decimal comma and a
 * narrow no-break space between thousands ("1 234,5"), "12 %", and currency codes after the
 * amount ("1 500 USD").
 *
 * @example
 * formatNumber(1234.5, 'ht')                    // '1 234,5'
 * formatNumber(0.42, 'ht', { style: 'percent' }) // '42 %'
 */
export function formatNumber(
  value: number | bigint,
  locale: string,
  options: Intl.NumberFormatOptions = {},
): string {
  if (isCreole(locale)) return creoleNumber(value, options);
  return numberFormat(intlLocale(locale), options).format(value);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
/**
 * Says how far a day is from today: "today", "in 3 days", "2 days ago" — "jodi a", "nan 3 jou",
 * "sa gen 2 jou" in Creole.
 *
 * @param days whole days from today: negative in the past.
 * @example
 * formatRelativeDays(-1, 'ht') // 'yè'
 * formatRelativeDays(14, 'es') // 'dentro de 14 días'
 */
export function formatRelativeDays(days: number, locale: string): string {
  const n = Math.trunc(days);
  if (isCreole(locale)) {
    const word = HT_RELATIVE_DAYS[String(n) as '0'];
    if (typeof word === 'string') return word;
    const count = formatNumber(Math.abs(n), 'ht');
    return n > 0 ? HT_RELATIVE_DAYS.future(count) : HT_RELATIVE_DAYS.past(count);
  }
  const tag = intlLocale(locale);
  let formatter = relativeFormats.get(tag);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
    relativeFormats.set(tag, formatter);
  }
  return formatter.format(n, 'day');
}

/**
 * Whole calendar days from `from` to `to` as seen in `timeZone`: from 23:00 one day to 01:00 the
 * next is 1 day. Use it with {@link formatRelativeDays}.
 *
 * @example
 * calendarDaysBetween(agenda.publishedAt, event.startsAt, event.timeZone) // 14
 */
export function calendarDaysBetween(from: DateInput, to: DateInput, timeZone?: string): number {
  const a = getZonedParts(from, timeZone);
  const b = getZonedParts(to, timeZone);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

/**
 * Joins items as a sentence: "Haiti, Mexico and Chile". Creole: "Ayiti, Meksik ak Chili".
 */
export function formatList(
  items: readonly string[],
  locale: string,
  options: { type?: 'conjunction' | 'disjunction' } = {},
): string {
  const type = options.type ?? 'conjunction';
  if (isCreole(locale)) {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${HT_LIST[type]} ${items[items.length - 1]}`;
  }
  return new Intl.ListFormat(intlLocale(locale), { type }).format(items);
}

/**
 * Month names, January first: `monthNames('ht')` → `['janvye', 'fevriye', 'mas', …]`.
 * Other languages come from `Intl` in their stand-alone form.
 */
export function monthNames(locale: string, width: Width = 'long'): string[] {
  if (isCreole(locale)) return [...HT_MONTHS[width]];
  const formatter = dateTimeFormat(intlLocale(locale), { month: width, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => formatter.format(Date.UTC(2026, i, 15)));
}

/**
 * Weekday names, Sunday first (index = `Date#getDay()`): `weekdayNames('ht', 'short')` →
 * `['dim', 'len', …]`.
 */
export function weekdayNames(locale: string, width: Width = 'long'): string[] {
  if (isCreole(locale)) return [...HT_WEEKDAYS[width]];
  const formatter = dateTimeFormat(intlLocale(locale), { weekday: width, timeZone: 'UTC' });
  // 2026-03-01 is a Sunday.
  return Array.from({ length: 7 }, (_, i) => formatter.format(Date.UTC(2026, 2, 1 + i)));
}
