import {
  Indicator,
  type IndicatorInput,
  Measurement,
  type MeasurementInput,
} from '../../schemas/indicator.js';
import { type ProgressQuery, ProgressSummary } from '../../schemas/progress.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc } from '../util.js';

// Each call is its own function, so a bundle keeps only the calls (and schemas) it uses;
// `indicatorsClient` groups them for `createLadClient`.

/**
 * Curation: create an indicator — quantitative (a `unit`, numbers for `baseline` and `target`)
 * or qualitative (words for them).
 *
 * @example
 * const indicator = await createIndicator(transport, {
 *   commitmentId: 'cmt-ht-1',
 *   kind: 'quantitative',
 *   name: { original: 'en', text: { en: 'Seasonal work visas issued' } },
 *   unit: 'visas',
 *   direction: 'increase',
 *   baseline: { value: 120, date: '2023-01-01' },
 *   target: { value: 600, date: '2027-12-31' },
 * });
 */
export const createIndicator = (t: LadTransport, input: IndicatorInput, opts?: RequestOptions) =>
  t.send(Indicator, 'post', 'indicators', input, opts);

/**
 * Curation: add a dated measurement to an indicator, with its source. A quantitative
 * indicator's measurement needs a `value` (else a 422 with the code `required` on `value`).
 *
 * @example
 * await addMeasurement(transport, indicator.id, {
 *   date: '2026-03-31',
 *   value: 240,
 *   source: { title: 'Ministry report, Q1 2026', url: 'https://example.org/q1' },
 * });
 */
export const addMeasurement = (t: LadTransport, id: string, input: MeasurementInput, opts?: RequestOptions) =>
  t.send(Measurement, 'post', `indicators/${enc(id)}/measurements`, input, opts);

/** Indicators and their measurements; curate with a token. */
export function indicatorsClient(t: LadTransport) {
  return {
    /** One indicator with its measurements. */
    get: (id: string, opts?: RequestOptions) => t.get(Indicator, `indicators/${enc(id)}`, undefined, opts),
    /** Curation: create an indicator. */
    create: (input: IndicatorInput, opts?: RequestOptions) => createIndicator(t, input, opts),
    /** Curation: add a dated measurement. */
    addMeasurement: (id: string, input: MeasurementInput, opts?: RequestOptions) =>
      addMeasurement(t, id, input, opts),
    /** Link to the open-data export of all indicators and measurements (CSV). */
    exportUrl: () => t.url('export/indicators.csv'),
  };
}

/** Commitments by status and indicator progress, grouped (empty groups included). */
export const getProgressSummary = (t: LadTransport, query: ProgressQuery = {}, opts?: RequestOptions) =>
  t.get(ProgressSummary, 'progress', query, opts);

/** Progress across commitments. */
export function progressClient(t: LadTransport) {
  return {
    summary: (query?: ProgressQuery, opts?: RequestOptions) => getProgressSummary(t, query, opts),
  };
}
