import * as z from 'zod/mini';
import { CalendarDate, DateTime, Id, plainText, Source } from './common.js';
import { CountryCode } from './country.js';
import { LocalizedText, LocalizedTitle } from './locale.js';
import { PillarId } from './pillar.js';

/** Quantitative indicators count something; qualitative ones describe a state in words (R9). */
export const IndicatorKind = z.enum(['qualitative', 'quantitative']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

/** A baseline or target: a number for quantitative indicators, words for qualitative ones. */
export const IndicatorValue = z.object({
  value: z.nullable(z.number()),
  text: z.nullable(LocalizedText),
  /** The date the baseline was measured, or the date the target is due. */
  date: z.nullable(CalendarDate),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

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
export type Measurement = z.infer<typeof Measurement>;

/** A new measurement, sent by a curator. */
export const MeasurementInput = z.strictObject({
  date: CalendarDate,
  value: z.optional(z.nullable(z.number())),
  note: z.optional(z.nullable(LocalizedText)),
  source: z.optional(z.nullable(Source)),
});
export type MeasurementInput = z.input<typeof MeasurementInput>;

const indicatorShape = {
  /** The commitment this indicator tracks, if it tracks one. */
  commitmentId: z.nullable(Id),
  country: z.nullable(CountryCode),
  pillar: z.nullable(PillarId),
  kind: IndicatorKind,
  name: LocalizedTitle,
  description: z.nullable(LocalizedText),
  /** Unit of quantitative values, e.g. `people`, `%`, `USD`. */
  unit: z.nullable(plainText(40)),
  /** Whether progress means the value going up or down. */
  direction: z.enum(['increase', 'decrease']),
  baseline: z.nullable(IndicatorValue),
  target: z.nullable(IndicatorValue),
  sources: z.array(Source),
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
const quantitativeCheck = z.refine<HasRange>(quantitativeHasNumbers, {
  error: 'A quantitative indicator needs numbers for its baseline and target.',
  path: ['target'],
  params: { reason: 'quantitative_without_number' },
});

/** An indicator with its measurements, oldest first, and its progress toward the target. */
export const Indicator = z
  .object({
    id: Id,
    ...indicatorShape,
    measurements: z.array(Measurement),
    /** Share of the way from baseline to target reached by the latest measurement, 0–1. */
    progress: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
    updatedAt: DateTime,
  })
  .check(quantitativeCheck);
export type Indicator = z.infer<typeof Indicator>;

/** A new indicator, sent by a curator. */
export const IndicatorInput = z
  .strictObject({
    ...indicatorShape,
    commitmentId: z.optional(z.nullable(Id)),
    country: z.optional(z.nullable(CountryCode)),
    pillar: z.optional(z.nullable(PillarId)),
    description: z.optional(z.nullable(LocalizedText)),
    unit: z.optional(z.nullable(plainText(40))),
    direction: z.optional(z.enum(['increase', 'decrease'])),
    baseline: z.optional(z.nullable(IndicatorValue)),
    target: z.optional(z.nullable(IndicatorValue)),
    sources: z.optional(z.array(Source)),
  })
  .check(quantitativeCheck);
export type IndicatorInput = z.input<typeof IndicatorInput>;

/**
 * Share of the way from baseline to target that `value` has reached, clamped to 0–1; `null`
 * when the indicator has no numeric baseline and target.
 *
 * @example
 * indicatorProgress({ baseline: 100, target: 200 }, 150) // 0.5
 */
export function indicatorProgress(
  range: { baseline: number | null | undefined; target: number | null | undefined },
  value: number | null | undefined,
): number | null {
  const { baseline, target } = range;
  if (baseline == null || target == null || value == null || baseline === target) return null;
  const share = (value - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, share));
}
