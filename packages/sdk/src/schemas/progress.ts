import * as z from 'zod/mini';
import { Count, checked, DateTime, Id } from './common.js';
import { CountryCode } from './country.js';
import { LocalizedTitle } from './locale.js';
import { PillarId } from './pillar.js';

/** How `/v1/progress` groups commitments. */
export const ProgressGroupBy = z.enum(['country', 'pillar', 'actionPackage', 'mechanism']);
export type ProgressGroupBy = z.output<typeof ProgressGroupBy>;

/** Number of commitments in each status. Every status is present, zero included. */
export const StatusCounts = z.object({
  no_evidence: Count,
  not_started: Count,
  limited: Count,
  substantial: Count,
  complete: Count,
});
export type StatusCounts = z.output<typeof StatusCounts>;

/** Progress of one group: commitments by status and indicators toward their targets. */
export const ProgressGroup = z.object({
  /** Country code, pillar id, action-package id or mechanism id. */
  key: z.string(),
  label: z.nullable(LocalizedTitle),
  total: Count,
  byStatus: StatusCounts,
  indicators: z.object({
    total: Count,
    /** Indicators with a numeric baseline, target and at least one measurement. */
    measured: Count,
    /** Mean share of the way to target among measured indicators, 0–1; `null` if none. */
    averageProgress: z.nullable(checked(z.number(), z.minimum(0), z.maximum(1))),
  }),
});
export type ProgressGroup = z.output<typeof ProgressGroup>;

/**
 * Progress across commitments, grouped. Groups with no commitments are included (a pillar with
 * nothing in it is information: R3).
 */
export const ProgressSummary = z.object({
  groupBy: ProgressGroupBy,
  total: Count,
  byStatus: StatusCounts,
  groups: z.array(ProgressGroup),
  generatedAt: DateTime,
});
export type ProgressSummary = z.output<typeof ProgressSummary>;

/** Filters of `/v1/progress`. */
export const ProgressQuery = z.object({
  groupBy: z.optional(ProgressGroupBy),
  country: z.optional(CountryCode),
  pillar: z.optional(PillarId),
  actionPackage: z.optional(Id),
  mechanism: z.optional(Id),
});
export type ProgressQuery = z.input<typeof ProgressQuery>;
