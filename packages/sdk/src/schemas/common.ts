import * as z from 'zod/mini';

// Schemas are written with `zod/mini`: the same schema objects as classic `zod` (both share
// zod's core), with functions instead of methods, so a browser bundle keeps only the checks it
// uses. Our factories are marked side-effect free so unused schemas are dropped too.

/** Any schema of this package (a zod schema, classic or mini). */
export type Schema = z.core.$ZodType;

/** Length limits shared by every schema, so forms can show them before the server does. */
export const LIMITS = {
  /** Titles, names of things. */
  title: 300,
  /** Descriptions, proposals, any long text. */
  body: 20_000,
  /** Personal and organisation names, roles. */
  name: 200,
  /** Short free text such as an answer or a reason. */
  short: 2_000,
  /** Full-text search queries. */
  query: 200,
} as const;

/**
 * A custom rule with a reason code, which {@link toFieldErrors} reports as the field error's
 * `code` (the issue carries it as `params.reason`).
 */
/* @__NO_SIDE_EFFECTS__ */
export function rule<T>(reason: string, requirement: (input: T) => boolean, message: string) {
  return z.refine<T>(requirement, { message, params: { reason } });
}

/** A rule on a whole object, made by {@link objectRule}; attach it with {@link withRules}. */
export type ObjectRule = z.core.$ZodCheck<never>;

/**
 * A rule on an object reported on one of its fields: `requirement` sees the whole object, and
 * runs only when the object and the fields it reads are valid.
 */
/* @__NO_SIDE_EFFECTS__ */
export function objectRule<T extends object>(
  reason: string,
  fields: readonly string[],
  at: string,
  requirement: (input: T) => boolean,
  message: string,
): ObjectRule {
  return z.refine<T>(requirement, {
    message,
    path: [at],
    params: { reason },
    when: (payload) =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      !payload.issues.some((issue) => fields.includes(issue.path?.[0] as string)),
  }) as unknown as ObjectRule;
}

/**
 * `schema` with `checks` added. A function rather than zod's `.check()` method, so that a
 * bundler can drop every schema a page does not use (a method call is never known to be pure).
 */
/* @__NO_SIDE_EFFECTS__ */
export function checked<S extends z.ZodMiniType>(schema: S, ...checks: z.core.$ZodCheck<z.output<S>>[]): S {
  return schema.check(...checks);
}

/**
 * An object schema with rules across its fields. Its type stays the object schema's, so its
 * shape and inferred types are those of the object.
 */
/* @__NO_SIDE_EFFECTS__ */
export function withRules<S extends z.ZodMiniType>(schema: S, ...rules: ObjectRule[]): S {
  return schema.check(...(rules as z.core.$ZodCheck<z.output<S>>[]));
}

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

/**
 * A plain-text string, trimmed, between `min` and `max` characters. User text is never HTML:
 * it is stored and shown exactly as typed.
 */
/* @__NO_SIDE_EFFECTS__ */
export function plainText(max: number, min = 1) {
  return checked(
    z.string(),
    z.trim(),
    z.minLength(min),
    z.maxLength(max),
    rule(
      'plain_text',
      isPlainText,
      'Use plain text: control characters and broken characters are not allowed.',
    ),
  );
}

/** A title: plain text, 1–300 characters. */
export const Title = plainText(LIMITS.title);
/** A long text body: plain text, 1–20,000 characters. */
export const Body = plainText(LIMITS.body);
/** A person's or organisation's name: plain text, 1–200 characters. */
export const Name = plainText(LIMITS.name);

/** Identifier of a stored record: letters, digits and `_ . : -`, up to 128 characters. */
export const Id = checked(
  z.string(),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'Not a valid identifier.'),
);
export type Id = z.output<typeof Id>;

/** Years a date of the Declaration's work can fall in: 1900 to 2199. */
export const YEARS = { min: 1900, max: 2199 } as const;

/**
 * True when the ISO date or date-time `value` falls in {@link YEARS}. A value that does not
 * start with a four-digit year is left to the format check, so it gets one error, not two.
 */
export function isSensibleYear(value: string): boolean {
  if (!/^\d{4}/.test(value)) return true;
  const year = Number(value.slice(0, 4));
  return year >= YEARS.min && year <= YEARS.max;
}

const sensibleYear = rule(
  'date_out_of_range',
  isSensibleYear,
  `Use a year between ${YEARS.min} and ${YEARS.max}.`,
);

/** An instant: ISO 8601 date-time with `Z` or an offset, e.g. `2026-03-05T14:00:00-05:00`. */
export const DateTime = checked(
  z.iso.datetime({
    offset: true,
    error: 'Use an ISO 8601 date and time with a time zone offset.',
  }),
  sensibleYear,
);
export type DateTime = z.output<typeof DateTime>;

/** A calendar date without time or zone: `YYYY-MM-DD`. */
export const CalendarDate = checked(z.iso.date('Use a date as YYYY-MM-DD.'), sensibleYear);
export type CalendarDate = z.output<typeof CalendarDate>;

/**
 * A date as precise as it is known: a day (`2024-05-07`), a month (`2024-05`) or a year
 * (`2024`). For sources whose page gives only a month.
 */
export const PartialDate = z.union([
  CalendarDate,
  checked(
    z.string(),
    z.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'Use YYYY-MM-DD, YYYY-MM or YYYY.'),
    sensibleYear,
  ),
]);
export type PartialDate = z.output<typeof PartialDate>;

/** True for an absolute `http:` or `https:` URL with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname && /^https?:\/\//i.test(value)
    );
  } catch {
    return false;
  }
}

/** An `http:` or `https:` URL. Other schemes (`javascript:`, `data:`) are rejected. */
export const HttpUrl = checked(
  z.string(),
  z.maxLength(2048),
  rule('http_url', isHttpUrl, 'Use a web address that starts with http:// or https://.'),
);
export type HttpUrl = z.output<typeof HttpUrl>;

/** An email address. */
export const Email = checked(z.email('Use an email address such as name@example.org.'), z.maxLength(254));
export type Email = z.output<typeof Email>;

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
export const TimeZone = checked(z.string(), rule('time_zone', isTimeZone, 'Not a known IANA time zone.'));
export type TimeZone = z.output<typeof TimeZone>;

/** A public source for a fact: where a reader can check it. */
export const Source = z.object({
  title: Title,
  url: HttpUrl,
  /** Who published it, e.g. "U.S. Department of State". */
  publisher: z.optional(Name),
  /** When it was published, as precisely as known (`2024-05-07`, `2024-05`, `2024`). */
  publishedOn: z.optional(PartialDate),
  /** `secondary` for news sites and reprints of an official text. */
  kind: z.optional(z.enum(['official', 'secondary'])),
});
export type Source = z.output<typeof Source>;

/** How sure the project is of a fact taken from public sources. */
export const Certainty = z.enum(['confirmed', 'uncertain']);
export type Certainty = z.output<typeof Certainty>;

/** A non-negative whole number. */
export const Count = checked(z.int(), z.minimum(0));

/** A rule that `endKey` is at most `days` after `startKey` (instants), reported on `endKey`. */
/* @__NO_SIDE_EFFECTS__ */
export function lastsAtMost(startKey: string, endKey: string, days: number): ObjectRule {
  return objectRule<Record<string, unknown>>(
    'too_long',
    [startKey, endKey],
    endKey,
    (value) => {
      const start = value[startKey];
      const end = value[endKey];
      if (typeof start !== 'string' || typeof end !== 'string') return true;
      return !(Date.parse(end) - Date.parse(start) > days * 86_400_000);
    },
    `${endKey} must be at most ${days} days after ${startKey}.`,
  );
}

/**
 * A rule that `endKey` is after `startKey` (ISO dates or date-times; either may be missing),
 * reported on `endKey`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function endsAfterStart(startKey: string, endKey: string, { allowEqual = false } = {}): ObjectRule {
  return objectRule<Record<string, unknown>>(
    'end_before_start',
    [startKey, endKey],
    endKey,
    (value) => {
      const start = value[startKey];
      const end = value[endKey];
      if (typeof start !== 'string' || typeof end !== 'string') return true;
      const gap = Date.parse(end) - Date.parse(start);
      return Number.isNaN(gap) || gap > 0 || (allowEqual && gap === 0);
    },
    `${endKey} must be after ${startKey}.`,
  );
}
