import * as z from 'zod/mini';
import { CalendarDate, checked, DateTime, Id, objectRule, plainText, Source, withRules } from './common.js';
import { CountryCode } from './country.js';
import { LocalizedText, LocalizedTitle } from './locale.js';
import { PillarId } from './pillar.js';

/** Quantitative indicators count something; qualitative ones describe a state in words (R9). */
export const IndicatorKind = z.enum(['qualitative', 'quantitative']);
export type IndicatorKind = z.output<typeof IndicatorKind>;

/** A baseline or target: a number for quantitative indicators, words for qualitative ones. */
export const IndicatorValue = z.object({
  value: z.nullable(z.number()),
  text: z.nullable(LocalizedText),
  /** The date the baseline was measured, or the date the target is due. */
  date: z.nullable(CalendarDate),
});
export type IndicatorValue = z.output<typeof IndicatorValue>;

/** A baseline or target as a curator sends it: give what you know, the rest is `null`. */
export const IndicatorValueInput = z.strictObject({
  value: z._default(z.nullable(z.number()), null),
  text: z._default(z.nullable(LocalizedText), null),
  date: z._default(z.nullable(CalendarDate), null),
});
export type IndicatorValueInput = z.input<typeof IndicatorValueInput>;

/** One dated measurement of an indicator, with its source. */
export const Measurement = z.object({
  id: Id,
  indicatorId: Id,
  /** The day the value was observed. */
  date: CalendarDate,
  /** The measured value (quantitative indicators). */
  value: z.nullable(z.number()),
  /** What was observed, or context for the number. */
  note: z.nullable(LocalizedText),
  source: z.nullable(Source),
  createdAt: DateTime,
});
export type Measurement = z.output<typeof Measurement>;

/** A new measurement, sent by a curator. */
export const MeasurementInput = z.strictObject({
  date: CalendarDate,
  value: z.optional(z.nullable(z.number())),
  note: z.optional(z.nullable(LocalizedText)),
  source: z.optional(z.nullable(Source)),
});
export type MeasurementInput = z.input<typeof MeasurementInput>;

const indicatorShape = {
  /** The id in a ministry's own matrix: the indicators import matches rows by it. */
  externalId: z.nullable(plainText(100)),
  /** The commitment this indicator tracks, if it tracks one. */
  commitmentId: z.nullable(Id),
  country: z.nullable(CountryCode),
  pillar: z.nullable(PillarId),
  kind: IndicatorKind,
  name: LocalizedTitle,
  description: z.nullable(LocalizedText),
  /**
   * Unit of quantitative values: one of `INDICATOR_UNITS` (`people`, `children`, `days`…, shown
   * in the reader's language), a currency code (`USD`), `%`, or any other unit, shown as written.
   */
  unit: z.nullable(plainText(40)),
  /** Whether progress means the value going up or down. */
  direction: z.enum(['increase', 'decrease']),
  baseline: z.nullable(IndicatorValue),
  target: z.nullable(IndicatorValue),
  sources: z.array(Source),
};

type HasRange = {
  kind: IndicatorKind;
  baseline?: { value?: number | null } | null;
  target?: { value?: number | null } | null;
};
function quantitativeHasNumbers(range: HasRange) {
  if (range.kind !== 'quantitative') return true;
  return [range.baseline, range.target].every((x) => !x || (x.value !== null && x.value !== undefined));
}
const quantitativeCheck = objectRule<HasRange>(
  'quantitative_without_number',
  ['kind'],
  'target',
  quantitativeHasNumbers,
  'A quantitative indicator needs numbers for its baseline and target.',
);

/** An indicator with its measurements, oldest first, and its progress toward the target. */
export const Indicator = withRules(
  z.object({
    id: Id,
    ...indicatorShape,
    measurements: z.array(Measurement),
    /** Share of the way from baseline to target reached by the latest measurement, 0–1. */
    progress: z.nullable(checked(z.number(), z.minimum(0), z.maximum(1))),
    updatedAt: DateTime,
    /** True for the demonstration data set: invented figures, shown so the widgets can be tried. */
    demo: z.boolean(),
  }),
  quantitativeCheck,
);
export type Indicator = z.output<typeof Indicator>;

/** A new indicator, sent by a curator. */
export const IndicatorInput = withRules(
  z.strictObject({
    ...indicatorShape,
    externalId: z.optional(z.nullable(plainText(100))),
    commitmentId: z.optional(z.nullable(Id)),
    country: z.optional(z.nullable(CountryCode)),
    pillar: z.optional(z.nullable(PillarId)),
    description: z.optional(z.nullable(LocalizedText)),
    unit: z.optional(z.nullable(plainText(40))),
    direction: z.optional(z.enum(['increase', 'decrease'])),
    baseline: z.optional(z.nullable(IndicatorValueInput)),
    target: z.optional(z.nullable(IndicatorValueInput)),
    sources: z.optional(z.array(Source)),
  }),
  quantitativeCheck,
);
export type IndicatorInput = z.input<typeof IndicatorInput>;
