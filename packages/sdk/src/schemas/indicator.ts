import * as v from 'valibot';
import { CalendarDate, DateTime, Id, objectRule, plainText, Source, withRules } from './common.js';
import { CountryCode } from './country.js';
import { LocalizedText, LocalizedTitle } from './locale.js';
import { PillarId } from './pillar.js';

/** Quantitative indicators count something; qualitative ones describe a state in words (R9). */
export const IndicatorKind = v.picklist(['qualitative', 'quantitative']);
export type IndicatorKind = v.InferOutput<typeof IndicatorKind>;

/** A baseline or target: a number for quantitative indicators, words for qualitative ones. */
export const IndicatorValue = v.object({
  value: v.nullable(v.number()),
  text: v.nullable(LocalizedText),
  /** The date the baseline was measured, or the date the target is due. */
  date: v.nullable(CalendarDate),
});
export type IndicatorValue = v.InferOutput<typeof IndicatorValue>;

/** One dated measurement of an indicator, with its source. */
export const Measurement = v.object({
  id: Id,
  indicatorId: Id,
  /** The day the value was observed. */
  date: CalendarDate,
  /** The measured value (quantitative indicators). */
  value: v.nullable(v.number()),
  /** What was observed, or context for the number. */
  note: v.nullable(LocalizedText),
  source: v.nullable(Source),
  createdAt: DateTime,
});
export type Measurement = v.InferOutput<typeof Measurement>;

/** A new measurement, sent by a curator. */
export const MeasurementInput = v.strictObject({
  date: CalendarDate,
  value: v.optional(v.nullable(v.number())),
  note: v.optional(v.nullable(LocalizedText)),
  source: v.optional(v.nullable(Source)),
});
export type MeasurementInput = v.InferInput<typeof MeasurementInput>;

const indicatorShape = {
  /** The commitment this indicator tracks, if it tracks one. */
  commitmentId: v.nullable(Id),
  country: v.nullable(CountryCode),
  pillar: v.nullable(PillarId),
  kind: IndicatorKind,
  name: LocalizedTitle,
  description: v.nullable(LocalizedText),
  /** Unit of quantitative values, e.g. `people`, `%`, `USD`. */
  unit: v.nullable(plainText(40)),
  /** Whether progress means the value going up or down. */
  direction: v.picklist(['increase', 'decrease']),
  baseline: v.nullable(IndicatorValue),
  target: v.nullable(IndicatorValue),
  sources: v.array(Source),
};

type HasRange = {
  kind: IndicatorKind;
  baseline?: IndicatorValue | null;
  target?: IndicatorValue | null;
};
function quantitativeHasNumbers(v: HasRange) {
  if (v.kind !== 'quantitative') return true;
  return [v.baseline, v.target].every((x) => !x || x.value !== null);
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
  v.object({
    id: Id,
    ...indicatorShape,
    measurements: v.array(Measurement),
    /** Share of the way from baseline to target reached by the latest measurement, 0–1. */
    progress: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
    updatedAt: DateTime,
  }),
  quantitativeCheck,
);
export type Indicator = v.InferOutput<typeof Indicator>;

/** A new indicator, sent by a curator. */
export const IndicatorInput = withRules(
  v.strictObject({
    ...indicatorShape,
    commitmentId: v.optional(v.nullable(Id)),
    country: v.optional(v.nullable(CountryCode)),
    pillar: v.optional(v.nullable(PillarId)),
    description: v.optional(v.nullable(LocalizedText)),
    unit: v.optional(v.nullable(plainText(40))),
    direction: v.optional(v.picklist(['increase', 'decrease'])),
    baseline: v.optional(v.nullable(IndicatorValue)),
    target: v.optional(v.nullable(IndicatorValue)),
    sources: v.optional(v.array(Source)),
  }),
  quantitativeCheck,
);
export type IndicatorInput = v.InferInput<typeof IndicatorInput>;
