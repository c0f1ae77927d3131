import {
  Indicator,
  type IndicatorInput,
  Measurement,
  type MeasurementInput,
} from '../../schemas/indicator.js';
import { type ProgressQuery, ProgressSummary } from '../../schemas/progress.js';
import type { LadTransport, RequestOptions } from '../transport.js';
import { enc } from '../util.js';

/** Indicators and their measurements; curate with a token. */
export function indicatorsClient(t: LadTransport) {
  return {
    /** One indicator with its measurements. */
    get: (id: string, opts?: RequestOptions) => t.get(Indicator, `indicators/${enc(id)}`, undefined, opts),
    /** Curation: create an indicator. */
    create: (input: IndicatorInput, opts?: RequestOptions) =>
      t.send(Indicator, 'post', 'indicators', input, opts),
    /** Curation: add a dated measurement. */
    addMeasurement: (id: string, input: MeasurementInput, opts?: RequestOptions) =>
      t.send(Measurement, 'post', `indicators/${enc(id)}/measurements`, input, opts),
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
