import * as z from 'zod/mini';

/** Length limits shared by every schema, so forms can show them before the server does. */
export const LIMITS = {
  /** Titles, names of things. */
  title: 300,
  /** Descriptions, proposals, any long text. */
  body: 20_000,
  /** Personal and organisation names, roles. */
  name: 200,
  /** Short free text such as an answer summary or a reason. */
  short: 2_000,
  /** Full-text search queries. */
  query: 200,
} as const;

// C0 controls other than tab, line feed and carriage return, DEL, and C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * True when `value` is plain text we can store and show as typed: well-formed UTF-16 (no lone
 * surrogates, which cannot be encoded as UTF-8) and no control characters except tab and line
 * breaks. Markup such as `<b>` is allowed — it is text, and widgets always render it as text.
 */
export function isPlainText(value: string): boolean {
  if (CONTROL_CHARACTERS.test(value)) return false;
  const wellFormed = (value as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof wellFormed === 'function') return wellFormed.call(value);
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

const plainTextCheck = z.refine<string>(isPlainText, {
  error: 'Use plain text: control characters and broken characters are not allowed.',
  params: { reason: 'plain_text' },
});

/**
 * A plain-text string, trimmed, between `min` and `max` characters. User text is never HTML:
 * it is stored and shown exactly as typed.
 */
export function plainText(max: number, min = 1) {
  return z.string().check(z.trim(), z.minLength(min), z.maxLength(max), plainTextCheck);
}

/** A title: plain text, 1–300 characters. */
export const Title = plainText(LIMITS.title);
/** A long text body: plain text, 1–20,000 characters. */
export const Body = plainText(LIMITS.body);
/** A person's or organisation's name: plain text, 1–200 characters. */
export const Name = plainText(LIMITS.name);

/** Identifier of a stored record: letters, digits and `_ . : -`, up to 128 characters. */
export const Id = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, { error: 'Not a valid identifier.' }));
export type Id = z.infer<typeof Id>;

/** An instant: ISO 8601 date-time with `Z` or an offset, e.g. `2026-03-05T14:00:00-05:00`. */
export const DateTime = z.iso.datetime({ offset: true });
export type DateTime = z.infer<typeof DateTime>;

/** A calendar date without time or zone: `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date();
export type CalendarDate = z.infer<typeof CalendarDate>;

/** An `http:` or `https:` URL. Other schemes (`javascript:`, `data:`) are rejected. */
export const HttpUrl = z.httpUrl({ error: 'Use a web address that starts with http:// or https://.' });
export type HttpUrl = z.infer<typeof HttpUrl>;

/** An email address. */
export const Email = z
  .email({ error: 'Use an email address such as name@example.org.' })
  .check(z.maxLength(254));
export type Email = z.infer<typeof Email>;

const zoneCache = new Map<string, boolean>();
/** True when `zone` is an IANA time zone the runtime knows, e.g. `America/Port-au-Prince`. */
export function isTimeZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.length <= 64;
    } catch {
      known = false;
    }
    zoneCache.set(zone, known);
  }
  return known;
}

/** An IANA time zone name such as `America/Port-au-Prince`. */
export const TimeZone = z
  .string()
  .check(z.refine(isTimeZone, { error: 'Not a known IANA time zone.', params: { reason: 'time_zone' } }));
export type TimeZone = z.infer<typeof TimeZone>;

/** A public source for a fact: where a reader can check it. */
export const Source = z.object({
  title: Title,
  url: HttpUrl,
  /** Who published it, e.g. "U.S. Department of State". */
  publisher: z.optional(Name),
  /** When it was published, if known. */
  publishedOn: z.optional(CalendarDate),
  /** `secondary` for news sites and reprints of an official text. */
  kind: z.optional(z.enum(['official', 'secondary'])),
});
export type Source = z.infer<typeof Source>;

/** How sure the project is of a fact taken from public sources. */
export const Certainty = z.enum(['confirmed', 'uncertain']);
export type Certainty = z.infer<typeof Certainty>;

/** A non-negative whole number. */
export const Count = z.int().check(z.minimum(0));

/**
 * A check that `endKey` is after `startKey` (both ISO dates or date-times, either may be
 * missing). The issue is reported on `endKey`.
 */
export function endsAfterStart<S extends string, E extends string>(
  startKey: S,
  endKey: E,
  { allowEqual = false } = {},
) {
  return z.refine<{ [K in S | E]?: string | null | undefined }>(
    (value) => {
      const start = value[startKey];
      const end = value[endKey];
      if (typeof start !== 'string' || typeof end !== 'string') return true;
      const gap = Date.parse(end) - Date.parse(start);
      return Number.isNaN(gap) || gap > 0 || (allowEqual && gap === 0);
    },
    {
      error: `${endKey} must be after ${startKey}.`,
      path: [endKey],
      params: { reason: 'end_before_start', after: startKey },
    },
  );
}
