import * as v from 'valibot';
import { Count, DateTime, Id } from './common.js';
import { CountryCode } from './country.js';
import { LocalizedTitle } from './locale.js';
import { PillarId } from './pillar.js';

/** How `/v1/progress` groups commitments. */
export const ProgressGroupBy = v.picklist(['country', 'pillar', 'actionPackage', 'mechanism']);
export type ProgressGroupBy = v.InferOutput<typeof ProgressGroupBy>;

/** Number of commitments in each status. Every status is present, zero included. */
export const StatusCounts = v.object({
  no_evidence: Count,
  not_started: Count,
  limited: Count,
  substantial: Count,
  complete: Count,
});
export type StatusCounts = v.InferOutput<typeof StatusCounts>;

/** Progress of one group: commitments by status and indicators toward their targets. */
export const ProgressGroup = v.object({
  /** Country code, pillar id, action-package id or mechanism id. */
  key: v.string(),
  label: v.nullable(LocalizedTitle),
  total: Count,
  byStatus: StatusCounts,
  indicators: v.object({
    total: Count,
    /** Indicators with a numeric baseline, target and at least one measurement. */
    measured: Count,
    /** Mean share of the way to target among measured indicators, 0–1; `null` if none. */
    averageProgress: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  }),
});
export type ProgressGroup = v.InferOutput<typeof ProgressGroup>;

/**
 * Progress across commitments, grouped. Groups with no commitments are included (a pillar with
 * nothing in it is information: R3).
 */
export const ProgressSummary = v.object({
  groupBy: ProgressGroupBy,
  total: Count,
  byStatus: StatusCounts,
  groups: v.array(ProgressGroup),
  generatedAt: DateTime,
});
export type ProgressSummary = v.InferOutput<typeof ProgressSummary>;

/** Filters of `/v1/progress`. */
export const ProgressQuery = v.object({
  groupBy: v.optional(ProgressGroupBy),
  country: v.optional(CountryCode),
  pillar: v.optional(PillarId),
  actionPackage: v.optional(Id),
  mechanism: v.optional(Id),
});
export type ProgressQuery = v.InferInput<typeof ProgressQuery>;
